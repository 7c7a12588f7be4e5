"""Replacing the file of an image or a document that lessons show is written to the
audit log, naming the editor and both files, and shows in the admin's history."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import querydict_from_html

from courses.illustrations import draw_illustration
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]


@pytest.fixture
def editor(db):
    return UserFactory(
        username="avtorka",
        display_name="Авторка Оксана",
        groups=[Group.objects.get(name="Editors")],
    )


@pytest.fixture
def moderator(db):
    return UserFactory(
        username="metodyst", groups=[Group.objects.get(name="Moderators")]
    )


def edit_form(client, url, form_id):
    html = client.get(url).content.decode()
    return querydict_from_html(html, form_id=form_id).dict()


def site_history(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 200
    return response.content.decode()


def test_replacing_an_images_file_is_in_the_site_history(client, editor, moderator):
    image = get_image_model()(title="Київрада")
    image.file = ImageFile(io.BytesIO(draw_illustration("city")), name="kyivrada.png")
    image.save()
    old = image.file.name.rsplit("/", 1)[-1]
    client.force_login(editor)
    url = f"/admin/images/{image.pk}/"
    data = edit_form(client, url, "w-editor-form")
    data["file"] = SimpleUploadedFile(
        "novyi-kadr.png", draw_illustration("park"), "image/png"
    )
    response = client.post(url, data)
    assert response.status_code == 302
    image.refresh_from_db()
    assert "novyi-kadr" in image.file.name

    page = site_history(client, moderator)
    assert old in page and "novyi-kadr" in page
    assert "Авторка Оксана" in page


def test_replacing_a_documents_file_is_in_the_site_history(client, editor, moderator):
    document = get_document_model()(title="Робочий аркуш")
    document.file.save("arkush.pdf", ContentFile(b"%PDF-1.4 old"), save=False)
    document.save()
    client.force_login(editor)
    url = f"/admin/documents/edit/{document.pk}/"
    data = edit_form(client, url, "w-editor-form")
    data["file"] = SimpleUploadedFile(
        "arkush-2026.pdf", b"%PDF-1.4 new", "application/pdf"
    )
    response = client.post(url, data)
    assert response.status_code == 302

    page = site_history(client, moderator)
    assert "arkush.pdf" in page and "arkush-2026.pdf" in page
    assert "Авторка Оксана" in page
