"""The virus-scanner hook: every uploaded package goes to the scanner first."""

import logging
import sys

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from h5p.models import Library, Package
from h5p.store import import_package
from h5p.validation import PackageRejected
from tests.factories import UserFactory

from .fixtures import SAMPLES, needs_samples, stored_files
from .packages import build, valid_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media", "in_english")]

# The EICAR test file, built from parts so that this file does not hold it.
EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"

SCANNER = """\
import io, sys, zipfile
data = sys.stdin.buffer.read()
seen = [data]
try:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        seen += [archive.read(name) for name in archive.namelist()]
except zipfile.BadZipFile:
    pass
signature = b"EICAR-STANDARD-ANTIVIRUS" + b"-TEST-FILE"
if any(signature in part for part in seen):
    print("stdin: Eicar-Test-Signature FOUND")
    print("\\x1b[31m----------- SCAN SUMMARY -----------")
    sys.exit(1)
print("stdin: OK")
"""


@pytest.fixture
def scanner(settings, tmp_path):
    script = tmp_path / "scanner.py"
    script.write_text(SCANNER)
    settings.H5P_SCAN_COMMAND = f"{sys.executable} {script}"
    return settings


def infected() -> dict:
    return {**valid_files(), "content/readme.txt": EICAR}


def test_an_infected_package_is_refused_with_the_scanners_words(scanner, media):
    with pytest.raises(PackageRejected) as error:
        import_package(build(infected()))
    problem = error.value.problems[0]
    assert problem.rule == "scan.refused"
    assert problem.message == (
        "The virus scanner refused this package: stdin: Eicar-Test-Signature FOUND "
        "[31m----------- SCAN SUMMARY -----------"
    )
    assert stored_files(media) == []
    assert not Package.objects.exists() and not Library.objects.exists()
    # A clean package passes the same scanner.
    assert import_package(build(valid_files())).pk


def test_the_import_command_and_the_admin_use_the_scanner(
    scanner, media, tmp_path, capsys, client
):
    path = tmp_path / "infected.h5p"
    path.write_bytes(build(infected()).getvalue())
    with pytest.raises(CommandError):
        call_command("import_h5p", str(path))
    assert "Eicar-Test-Signature FOUND" in capsys.readouterr().out

    client.force_login(UserFactory(groups=[Group.objects.get(name="Moderators")]))
    upload = SimpleUploadedFile(
        "infected.h5p", build(infected()).getvalue(), "application/zip"
    )
    response = client.post(
        "/admin/snippets/h5p/package/add/", {"title": "", "upload": upload}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Антивірус відхилив цей пакет: stdin: Eicar-Test-Signature FOUND" in page
    assert stored_files(media) == [] and not Package.objects.exists()


@pytest.mark.parametrize("broken", ["missing", "slow"])
def test_a_scanner_that_fails_refuses_the_package(
    settings, tmp_path, media, caplog, broken
):
    if broken == "missing":
        settings.H5P_SCAN_COMMAND = [str(tmp_path / "no-such-scanner"), "-"]
    else:
        settings.H5P_SCAN_COMMAND = [sys.executable, "-c", "import time; time.sleep(5)"]
        settings.H5P_SCAN_TIMEOUT = 0.5
    with (
        caplog.at_level(logging.ERROR, logger="h5p.scanning"),
        pytest.raises(PackageRejected) as error,
    ):
        import_package(build(valid_files()))
    assert [problem.rule for problem in error.value.problems] == ["scan.failed"]
    assert "could not be checked for viruses" in str(error.value)
    assert "H5P scanner" in caplog.text
    assert stored_files(media) == [] and not Package.objects.exists()


@needs_samples
def test_the_samples_pass_a_scanner(scanner):
    for name in ("truefalse-hello.h5p", "dragtext.h5p"):
        with (SAMPLES / name).open("rb") as file:
            assert import_package(file, name=name).pk
