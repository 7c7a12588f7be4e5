"""H5P packages pass the methodologist review: learners play only what a moderator
published, and a new upload to a placed package waits for approval."""

import json
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from h5p.demo import build_package
from h5p.models import Package, SavedState, Statement
from tests.factories import UserFactory

from .fixtures import statement, stored_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

ADD = "/admin/snippets/h5p/package/add/"


def upload(language):
    return SimpleUploadedFile(
        "activity.h5p", build_package(language).getvalue(), "application/zip"
    )


def staff(username, *groups):
    return UserFactory(
        username=username, groups=[Group.objects.get(name=name) for name in groups]
    )


def edit_url(package):
    return f"/admin/snippets/h5p/package/edit/{package.pk}/"


def frame_url(lesson) -> str:
    """The player frame's address on the lesson page, as a visitor sees it."""
    page = Client().get(lesson.url).content.decode()
    if "data-frame-url=" not in page:
        return ""
    return page.split('data-frame-url="', 1)[1].split('"', 1)[0].replace("&amp;", "&")


def approve(client, package, moderator):
    state = package.current_workflow_state
    client.force_login(moderator)
    return client.post(
        f"/admin/snippets/h5p/package/workflow/action/{package.pk}/approve/"
        f"{state.current_task_state.pk}/",
        {"comment": ""},
    )


@pytest.fixture
def moderator(db):
    return staff("metodyst", "Moderators")


@pytest.fixture
def editor(db):
    return staff("avtor", "Editors")


@pytest.fixture
def published(client, moderator):
    """A package a moderator uploaded and published."""
    client.force_login(moderator)
    response = client.post(
        ADD, {"title": "", "upload": upload("uk"), "action-publish": "1"}
    )
    assert response.status_code == 302
    package = Package.objects.get()
    assert package.live
    return package


def test_packages_go_through_the_methodologist_review():
    assert Package.get_default_workflow().name == "Методична рецензія"


def test_a_new_upload_to_a_placed_package_waits_for_approval(
    client, published, h5p_lesson, editor, moderator, media
):
    lesson, _activity_id = h5p_lesson(package=published)
    before = frame_url(lesson)
    assert before
    live_content = published.content_path

    client.force_login(editor)
    response = client.post(
        edit_url(published),
        {"title": published.title, "upload": upload("en"), "action-submit": "1"},
    )
    assert response.status_code == 302
    published.refresh_from_db()
    # Learners keep playing the published content, in its language.
    assert published.content_path == live_content and published.language == "uk"
    assert frame_url(lesson) == before
    assert Client().get(before).status_code == 200
    draft = published.get_latest_revision_as_object()
    assert draft.language == "en" and draft.content_path != live_content
    assert any(name.startswith(draft.content_path) for name in stored_files(media))
    # The methodologist sees which file the draft would publish.
    client.force_login(moderator)
    review = client.get(edit_url(published)).content.decode()
    assert draft.file.name.split("/")[-2] in review
    assert published.file.name.split("/")[-2] not in review

    response = approve(client, published, moderator)
    assert response.status_code in (200, 302)
    published.refresh_from_db()
    assert published.language == "en" and published.content_path == draft.content_path
    after = frame_url(lesson)
    assert after and after != before
    assert Client().get(after).status_code == 200


def test_publishing_removes_the_content_it_replaced(
    client, published, editor, moderator, media, django_capture_on_commit_callbacks
):
    old = published.content_path
    client.force_login(editor)
    client.post(
        edit_url(published),
        {"title": published.title, "upload": upload("en"), "action-submit": "1"},
    )
    published.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, published, moderator)
    assert not any(name.startswith(old) for name in stored_files(media))


def test_a_package_never_published_is_not_playable(client, editor, h5p_lesson):
    client.force_login(editor)
    response = client.post(
        ADD, {"title": "Чернетка", "upload": upload("uk"), "action-submit": "1"}
    )
    assert response.status_code == 302
    draft = Package.objects.get(title="Чернетка")
    assert not draft.live
    lesson, activity_id = h5p_lesson(package=draft)
    assert frame_url(lesson) == ""
    assert Client().get(f"/h5p/play/{draft.pk}/{draft.version_key}/").status_code == 404

    learner = UserFactory(username="uchen")
    client.force_login(learner)
    base = f"/api/h5p/{lesson.pk}/{activity_id}"
    sent = client.post(
        f"{base}/xapi/",
        json.dumps(
            {"key": str(uuid.uuid4()), "statement": statement(raw=1, maximum=1)}
        ),
        content_type="application/json",
    )
    assert sent.status_code == 404
    assert sent.json() == {"error": "Ця активність недоступна."}
    saved = client.post(
        f"{base}/state/", json.dumps({"data": "{}", "seq": 1}), "application/json"
    )
    assert saved.status_code == 404
    assert client.post(f"{base}/viewed/").status_code == 404
    assert not Statement.objects.exists() and not SavedState.objects.exists()


def test_an_unpublished_package_stops_playing(client, published, h5p_lesson, moderator):
    lesson, _activity_id = h5p_lesson(package=published)
    url = frame_url(lesson)
    assert Client().get(url).status_code == 200
    client.force_login(moderator)
    response = client.post(f"/admin/snippets/h5p/package/unpublish/{published.pk}/")
    assert response.status_code == 302
    assert frame_url(lesson) == ""
    assert Client().get(url).status_code == 404


def test_editors_cannot_publish_a_package(client, published, editor, h5p_lesson):
    lesson, _activity_id = h5p_lesson(package=published)
    before = frame_url(lesson)
    client.force_login(editor)
    client.post(
        edit_url(published),
        {"title": "Інша назва", "upload": upload("en"), "action-publish": "1"},
    )
    published.refresh_from_db()
    assert published.language == "uk" and published.title != "Інша назва"
    assert frame_url(lesson) == before

    client.post(ADD, {"title": "Нова", "upload": upload("uk"), "action-publish": "1"})
    assert not Package.objects.filter(title="Нова", live=True).exists()


def test_reverting_to_a_version_whose_files_were_removed_asks_for_the_file(
    client, published, editor, moderator, django_capture_on_commit_callbacks
):
    """Publishing removes the content it replaced, so the first version's files are
    gone: reverting to it must not publish a package that plays nothing."""
    first = published.latest_revision
    client.force_login(editor)
    client.post(
        edit_url(published),
        {"title": published.title, "upload": upload("en"), "action-submit": "1"},
    )
    published.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, published, moderator)
    published.refresh_from_db()
    live_content = published.content_path

    client.force_login(moderator)
    revert = (
        f"/admin/snippets/h5p/package/history/{published.pk}"
        f"/revisions/{first.pk}/revert/"
    )
    response = client.post(revert, {"title": published.title, "action-publish": "1"})
    assert response.status_code == 200
    assert "Завантажте файл .h5p ще раз" in response.content.decode()
    published.refresh_from_db()
    assert published.content_path == live_content
    assert published.language == "en"
