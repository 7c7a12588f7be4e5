"""Importing packages: the library store, permissions, atomic extraction, replacing."""

import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.files.storage import FileSystemStorage
from django.core.management import call_command
from django.core.management.base import CommandError

from h5p.demo import build_package
from h5p.models import Library, Package
from h5p.store import import_package
from h5p.validation import PackageRejected
from tests.factories import UserFactory

from .fixtures import SAMPLE_NAMES, SAMPLES, needs_samples, stored_files
from .packages import LIBRARY, build, valid_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media", "in_english")]


def rules(error: PackageRejected) -> set[str]:
    return {problem.rule for problem in error.value.problems}


def rebuilt(data: io.BytesIO, changes: dict) -> io.BytesIO:
    """The package with some entries replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename not in changes:
                target.writestr(info, source.read(info))
        for name, content in changes.items():
            target.writestr(name, content)
    out.seek(0)
    return out


@needs_samples
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_real_packages_import_with_their_libraries(name, media):
    with (SAMPLES / name).open("rb") as file:
        package = import_package(file, name=name)
    assert package.status == Package.READY
    assert package.main_library.startswith("H5P.")
    assert package.size > 0
    files = stored_files(media)
    assert f"{package.content_path}/h5p.json" in files
    assert f"{package.content_path}/content/content.json" in files
    main = package.main_library.split()[0]
    used = {lib.machine_name for lib in package.libraries.all()}
    assert main in used
    # Editor libraries are never loaded by the player, so they are not stored.
    assert not any(n.startswith("H5PEditor.") for n in used)
    assert not Library.objects.filter(machine_name__startswith="H5PEditor.").exists()
    for lib in package.libraries.all():
        for js in lib.preloaded_js:
            assert f"{lib.path}/{js}" in files
    # Nothing is left in the temporary folder.
    assert not any(f.startswith("h5p/incoming/") for f in files)


@needs_samples
def test_libraries_are_shared_between_packages():
    with (SAMPLES / "multichoice.h5p").open("rb") as file:
        first = import_package(file)
    count = Library.objects.count()
    with (SAMPLES / "multichoice.h5p").open("rb") as file:
        second = import_package(file, title="Again")
    assert Library.objects.count() == count
    assert set(first.libraries.all()) == set(second.libraries.all())
    assert first.content_path != second.content_path


def test_an_installed_library_version_cannot_be_replaced_by_other_bytes(media):
    import_package(build(valid_files()))
    before = stored_files(media)
    changed = {**valid_files(), f"{LIBRARY}/scripts/check.js": "alert(1);\n"}
    with pytest.raises(PackageRejected) as error:
        import_package(build(changed))
    assert rules(error) == {"library.changed"}
    assert "H5P.CivicedCheck 1.0.3" in str(error.value)
    assert stored_files(media) == before
    assert Package.objects.count() == 1


def test_a_new_patch_version_is_installed_beside_the_old_one():
    import_package(build(valid_files()))
    library = json.loads(json.dumps(valid_files()[f"{LIBRARY}/library.json"]))
    library["patchVersion"] = 4
    newer = {
        **valid_files(),
        f"{LIBRARY}/library.json": library,
        f"{LIBRARY}/scripts/check.js": "H5P.CivicedCheck = function () { };\n",
    }
    package = import_package(build(newer))
    assert [lib.version for lib in package.libraries.all()] == ["1.0.4"]
    assert Library.objects.filter(machine_name="H5P.CivicedCheck").count() == 2


def test_only_users_allowed_may_install_new_libraries(media):
    editor = UserFactory()
    with pytest.raises(PackageRejected) as error:
        import_package(build(valid_files()), user=editor)
    assert rules(error) == {"library.permission"}
    assert stored_files(media) == []
    assert not Library.objects.exists()

    admin = UserFactory()
    admin.user_permissions.add(Permission.objects.get(codename="install_library"))
    import_package(build(valid_files()), user=admin)
    # With the library installed, the editor may upload content that uses it.
    package = import_package(build(valid_files()), user=UserFactory())
    assert package.libraries.get().machine_name == "H5P.CivicedCheck"


def test_a_package_may_rely_on_installed_libraries():
    import_package(build(valid_files()))
    without_library = {
        name: value for name, value in valid_files().items() if LIBRARY not in name
    }
    package = import_package(build(without_library), user=UserFactory())
    assert package.libraries.get().version == "1.0.3"


def test_a_refused_package_writes_nothing(media):
    with pytest.raises(PackageRejected):
        import_package(build({**valid_files(), "content/x.svg": "<svg/>"}))
    assert stored_files(media) == []
    assert not Package.objects.exists() and not Library.objects.exists()


class FailingStorage(FileSystemStorage):
    """A disk that fills up after a few files."""

    def __init__(self, *args, fail_after: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.left = fail_after

    def _save(self, name, content):
        self.left -= 1
        if self.left < 0:
            raise OSError(28, "No space left on device")
        return super()._save(name, content)


@pytest.mark.parametrize("fail_after", [0, 2, 5, 7])
def test_a_failed_extraction_leaves_no_half_package(media, fail_after):
    storage = FailingStorage(location=str(media), fail_after=fail_after)
    with pytest.raises(OSError):
        import_package(build_package("uk"), storage=storage)
    assert stored_files(media) == []
    assert not Package.objects.exists() and not Library.objects.exists()


def test_replacing_a_package_swaps_its_content_and_removes_the_old(
    media, django_capture_on_commit_callbacks
):
    package = import_package(build_package("uk"))
    old_content, old_hash = package.content_path, package.content_hash
    content = json.loads(
        zipfile.ZipFile(build_package("uk")).read("content/content.json")
    )
    content["intro"] = "Нова версія."
    with django_capture_on_commit_callbacks(execute=True):
        replaced = import_package(
            rebuilt(
                build_package("uk"),
                {"content/content.json": json.dumps(content, ensure_ascii=False)},
            ),
            package=package,
        )
    assert replaced.pk == package.pk
    assert replaced.content_hash != old_hash
    files = stored_files(media)
    assert not any(f.startswith(old_content) for f in files)
    assert f"{replaced.content_path}/h5p.json" in files
    assert Package.objects.count() == 1


def test_import_h5p_prints_a_line_per_file_and_fails_on_any_refusal(tmp_path, capsys):
    good = tmp_path / "good.h5p"
    good.write_bytes(build_package("uk").getvalue())
    bad = tmp_path / "bad.h5p"
    bad.write_bytes(build({**valid_files(), "content/evil.html": "<script>"}).read())
    missing = tmp_path / "missing.h5p"
    with pytest.raises(CommandError):
        call_command("import_h5p", str(good), str(bad), str(missing))
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{good}: imported")
    assert out[1].startswith(f"{bad}: rejected")
    assert "content/evil.html" in out[1]
    assert out[2].startswith(f"{missing}: rejected")
    assert Package.objects.count() == 1

    capsys.readouterr()
    call_command("import_h5p", str(good))
    assert capsys.readouterr().out.startswith(f"{good}: imported")
