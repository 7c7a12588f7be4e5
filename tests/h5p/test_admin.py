"""Editors upload and replace H5P packages in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from h5p.demo import build_package
from h5p.models import Library, Package
from tests.factories import UserFactory

from .fixtures import stored_files
from .packages import build, valid_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

ADD = "/admin/snippets/h5p/package/add/"


def upload(data, name="activity.h5p"):
    return SimpleUploadedFile(name, data.getvalue(), "application/zip")


def staff(*groups):
    return UserFactory(
        is_staff=False, groups=[Group.objects.get(name=name) for name in groups]
    )


def test_a_moderator_uploads_a_package_with_new_libraries(client):
    client.force_login(staff("Moderators"))
    response = client.post(ADD, {"title": "", "upload": upload(build_package("uk"))})
    assert response.status_code == 302
    package = Package.objects.get()
    assert package.title == "Петиції до Київради: перевірте себе"
    assert package.main_library == "H5P.CivicedChoice 1.0"
    assert package.license == "CC BY 4.0"
    assert package.authors_display == "civiced"
    listing = client.get("/admin/snippets/h5p/package/")
    assert "H5P.CivicedChoice 1.0" in listing.content.decode()


def test_an_editor_cannot_install_libraries_but_may_use_installed_ones(client, media):
    client.force_login(staff("Editors"))
    response = client.post(ADD, {"title": "", "upload": upload(build_package("uk"))})
    assert response.status_code == 200
    page = response.content.decode()
    assert "встановлювати бібліотеки можуть лише адміністратори" in page
    assert stored_files(media) == [] and not Package.objects.exists()

    client.force_login(staff("Moderators"))
    client.post(ADD, {"title": "Перша", "upload": upload(build_package("uk"))})
    client.force_login(staff("Editors"))
    response = client.post(
        ADD, {"title": "Друга", "upload": upload(build_package("en"))}
    )
    assert response.status_code == 302
    assert Package.objects.count() == 2
    assert Library.objects.count() == 1


def test_a_bad_package_is_refused_with_every_reason_and_nothing_stored(client, media):
    client.force_login(UserFactory(is_superuser=True))
    bad = build(
        {**valid_files(), "content/evil.html": "<script>", "content/a.svg": "<svg/>"}
    )
    response = client.post(ADD, {"title": "Погано", "upload": upload(bad)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "content/evil.html" in page and "content/a.svg" in page
    assert not Package.objects.exists() and stored_files(media) == []


def test_a_file_that_is_not_a_zip_gets_a_message_not_an_error(client):
    client.force_login(UserFactory(is_superuser=True))
    junk = SimpleUploadedFile("x.h5p", b"not a zip at all", "application/zip")
    response = client.post(ADD, {"title": "", "upload": junk})
    assert response.status_code == 200
    assert response.context["form"].errors["upload"]
    assert not Package.objects.exists()


def test_uploading_a_new_file_replaces_the_package_content(client):
    client.force_login(UserFactory(is_superuser=True))
    client.post(ADD, {"title": "Перевірка", "upload": upload(build_package("uk"))})
    package = Package.objects.get()
    old_path = package.content_path
    edit = f"/admin/snippets/h5p/package/edit/{package.pk}/"
    response = client.post(
        edit, {"title": "Перевірка", "upload": upload(build_package("en"))}
    )
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.content_path != old_path
    assert package.language == "en"
    # Renaming without a new file keeps the content.
    client.post(edit, {"title": "Нова назва"})
    package.refresh_from_db()
    assert package.title == "Нова назва" and package.language == "en"
