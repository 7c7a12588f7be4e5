"""Library identity as H5P defines it, patch upgrades and their rollback."""

import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation
from wagtail.models import ModelLogEntry

from civiced.versioned import H5P_LIBRARIES
from h5p.libraries import current_versions
from h5p.models import Library, Package
from h5p.store import import_package
from h5p.validation import PackageRejected
from tests.factories import UserFactory

from .fixtures import SAMPLES, needs_samples, stored_files
from .packages import LIBRARY, build, library_json, valid_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media", "in_english")]

OLD_JS = "H5P.CivicedCheck = function () {};\n"
NEW_JS = "H5P.CivicedCheck = function () { /* 1.0.4 */ };\n"


def rewritten(sample: str, change) -> io.BytesIO:
    """The sample with each entry's bytes passed through ``change(name, data)``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(SAMPLES / sample) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info)))
    out.seek(0)
    return out


def minified(name: str, data: bytes) -> bytes:
    """A library's JSON files as another exporter writes them: keys in another
    order, no spaces."""
    top = name.split("/")[0]
    if top in ("content", "h5p.json") or not name.endswith(".json"):
        return data
    parsed = json.loads(data)
    if isinstance(parsed, dict):
        parsed = dict(reversed(list(parsed.items())))
    return json.dumps(parsed, separators=(",", ":")).encode()


def sample(name: str):
    with (SAMPLES / name).open("rb") as file:
        return import_package(file, name=name)


@needs_samples
def test_libraries_whose_json_differs_only_in_formatting_are_the_same(media):
    first = sample("multichoice.h5p")
    libraries = set(Library.objects.values_list("pk", "path"))
    files = stored_files(media)

    other = import_package(rewritten("multichoice.h5p", minified), title="Мініфіковано")

    assert set(Library.objects.values_list("pk", "path")) == libraries
    assert set(other.libraries.all()) == set(first.libraries.all())
    # Nothing of the libraries was written again: only the new content.
    added = set(stored_files(media)) - set(files)
    assert added and all(not name.startswith("h5p/libraries/") for name in added)


@needs_samples
def test_a_same_version_whose_code_differs_is_refused_naming_the_files(media):
    sample("multichoice.h5p")
    before = stored_files(media)
    changed = "H5P.JoubelUI-1.3/js/joubel-help-dialog.js"

    def poisoned(name, data):
        return data + b"\nfetch('https://x.example/');\n" if name == changed else data

    with pytest.raises(PackageRejected) as error:
        import_package(rewritten("multichoice.h5p", poisoned))
    problem = next(p for p in error.value.problems if p.rule == "library.changed")
    assert "H5P.JoubelUI 1.3.10" in problem.message
    assert changed in problem.message
    assert "library.json" not in problem.message
    assert stored_files(media) == before
    assert Package.objects.count() == 1

    with translation.override("uk"), pytest.raises(PackageRejected) as error:
        import_package(rewritten("multichoice.h5p", poisoned))
    assert f"вже встановлена з іншими файлами: {changed}" in str(error.value)


def patched(patch: int, script: str) -> dict:
    return {
        **valid_files(),
        f"{LIBRARY}/library.json": library_json(patchVersion=patch),
        f"{LIBRARY}/scripts/check.js": script,
    }


def administrator():
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="install_library"))
    return user


def library_script(client, package) -> str:
    """The check.js the package's player loads, through the URL the player uses."""
    player = client.get(f"/h5p/play/{package.pk}/{package.version_key}/")
    assert player.status_code == 200
    config = player.context["config"]
    base = config["librariesPath"].removeprefix("http://testserver")
    response = client.get(f"{base}/H5P.CivicedCheck-1.0/scripts/check.js")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode(), base


def test_a_patch_upgrade_plays_for_existing_content_and_rolls_back(
    client, django_capture_on_commit_callbacks
):
    admin = administrator()
    old = import_package(build(patched(3, OLD_JS)), user=admin)
    script, old_base = library_script(client, old)
    assert script == OLD_JS
    version = H5P_LIBRARIES.read()

    with django_capture_on_commit_callbacks(execute=True):
        new = import_package(build(patched(4, NEW_JS)), user=admin)

    # Every worker looks the files up again, and browsers get new URLs.
    assert H5P_LIBRARIES.read() != version
    script, new_base = library_script(client, old)
    assert script == NEW_JS
    assert new_base != old_base
    assert library_script(client, new)[0] == NEW_JS
    upgrade = ModelLogEntry.objects.get(action="h5p.upgrade_library")
    assert upgrade.user_id == admin.pk
    assert upgrade.data == {"name": "H5P.CivicedCheck", "from": "1.0.3", "to": "1.0.4"}
    # The previous version is kept, files and all.
    kept = Library.objects.get(machine_name="H5P.CivicedCheck", patch=3)
    assert default_storage.exists(f"{kept.path}/scripts/check.js")

    superuser = UserFactory(is_superuser=True)
    client.force_login(superuser)
    page = client.get(f"/admin/h5p/libraries/{kept.pk}/")
    text = page.content.decode()
    assert "1.0.4" in text and "Відтворювати версію 1.0.3" in text
    version = H5P_LIBRARIES.read()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/h5p/libraries/{kept.pk}/", {"version": kept.pk}, follow=True
        )
    assert "тепер відтворюють версію 1.0.3 замість 1.0.4" in response.content.decode()
    assert H5P_LIBRARIES.read() != version
    client.logout()
    assert library_script(client, old)[0] == OLD_JS
    assert library_script(client, new)[0] == OLD_JS
    rollback = ModelLogEntry.objects.get(action="h5p.use_library_version")
    assert rollback.user_id == superuser.pk
    assert rollback.data["to"] == "1.0.3"

    # Back to the later version, from the same page.
    client.force_login(superuser)
    newer = Library.objects.get(machine_name="H5P.CivicedCheck", patch=4)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/h5p/libraries/{kept.pk}/", {"version": newer.pk})
    client.logout()
    assert library_script(client, old)[0] == NEW_JS


def test_an_upgrade_is_refused_without_the_permission(media):
    import_package(build(patched(3, OLD_JS)))
    before = stored_files(media)
    editor = UserFactory(groups=[Group.objects.get(name="Editors")])
    with pytest.raises(PackageRejected) as error:
        import_package(build(patched(4, NEW_JS)), user=editor)
    assert [p.rule for p in error.value.problems] == ["library.upgrade_permission"]
    message = error.value.problems[0].message
    assert "would upgrade H5P.CivicedCheck 1.0.3 to H5P.CivicedCheck 1.0.4" in message
    assert "only administrators may upgrade libraries" in message
    assert stored_files(media) == before
    assert Library.objects.get().patch == 3
    assert Package.objects.count() == 1


def test_a_lower_patch_plays_the_installed_version_and_says_so(media, capsys, tmp_path):
    import_package(build(patched(4, NEW_JS)))
    package = import_package(build(patched(3, OLD_JS)), user=UserFactory())
    assert [lib.version for lib in package.libraries.all()] == ["1.0.4"]
    assert Library.objects.count() == 1
    assert package.import_notices == [
        f"{LIBRARY}/ holds H5P.CivicedCheck 1.0.3; the installed 1.0.4 is newer "
        "and is used instead."
    ]
    older = tmp_path / "older.h5p"
    older.write_bytes(build(patched(3, OLD_JS)).getvalue())
    call_command("import_h5p", str(older))
    out = capsys.readouterr().out
    assert "imported" in out and "the installed 1.0.4 is newer" in out


def test_library_versions_are_for_administrators_only(client):
    import_package(build(patched(3, OLD_JS)))
    library = Library.objects.get()
    newer = import_package(build(patched(4, NEW_JS))).libraries.get()
    client.force_login(UserFactory(groups=[Group.objects.get(name="Editors")]))
    # The Wagtail admin's way: back to its home, with a message.
    denied = "Вибачте, ви не маєте дозволів для доступу у цей розділ."
    response = client.get("/admin/h5p/libraries/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert denied in response.content.decode()
    response = client.post(
        f"/admin/h5p/libraries/{library.pk}/", {"version": library.pk}, follow=True
    )
    assert denied in response.content.decode()
    assert current_versions(["H5P.CivicedCheck"])[newer.key] == newer
    assert "Бібліотеки H5P" not in client.get("/admin/").content.decode()

    client.force_login(UserFactory(groups=[Group.objects.get(name="Moderators")]))
    listing = client.get("/admin/h5p/libraries/").content.decode()
    assert "H5P.CivicedCheck 1.0" in listing
    response = client.post(
        f"/admin/h5p/libraries/{library.pk}/", {"version": "x"}, follow=True
    )
    assert "Виберіть одну з версій цієї бібліотеки." in response.content.decode()
    assert current_versions(["H5P.CivicedCheck"])[newer.key] == newer
    assert not ModelLogEntry.objects.filter(action="h5p.use_library_version").exists()


def test_the_admin_upload_tells_of_an_older_library_version(client):
    import_package(build(patched(4, NEW_JS)))
    client.force_login(UserFactory(groups=[Group.objects.get(name="Editors")]))
    upload = SimpleUploadedFile(
        "older.h5p", build(patched(3, OLD_JS)).getvalue(), "application/zip"
    )
    response = client.post(
        "/admin/snippets/h5p/package/add/",
        {"title": "Старіша", "upload": upload},
        follow=True,
    )
    assert Package.objects.filter(title="Старіша").exists()
    assert "встановлена версія 1.0.4 новіша" in response.content.decode()


@needs_samples
def test_libraries_installed_before_are_given_their_identity(media):
    """The data migration: a library stored with the hash of its raw bytes gets the
    identity of its files, so a differently formatted copy is accepted after it."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("h5p.migrations.0006_library_identity_digests")
    first = sample("multichoice.h5p")
    expected = {
        row.pk: (row.content_hash, row.file_digests) for row in Library.objects.all()
    }
    Library.objects.update(content_hash="raw", file_digests={})

    migration.forwards(apps, None)

    assert {
        row.pk: (row.content_hash, row.file_digests) for row in Library.objects.all()
    } == expected
    other = import_package(rewritten("multichoice.h5p", minified))
    assert set(other.libraries.all()) == set(first.libraries.all())
