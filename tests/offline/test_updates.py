"""Offline use, issue 24's "Updates" and automatic saving: a saved module's version
changes whenever what its pack holds changes (the service worker saves it again on
the next connection), and a learner's assigned modules are listed for saving
without asking unless they turned that off (browser tests: tests/browser/
test_offline_updates.py)."""

import io
import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model

from classes.models import Assignment, Class, Membership
from courses.illustrations import draw_illustration
from courses.models import CoursePage, LessonPage
from tests.factories import UserFactory, class_taking
from tests.quizzes.builders import publish as publish_revision

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def picture(media):
    image = get_image_model()(title="Київрада")
    image.file = ImageFile(io.BytesIO(draw_illustration("city")), name="city.png")
    image.save()
    return image


@pytest.fixture
def module(quiz_lesson, picture, h5p_package):
    """Two lessons: a quiz, then a picture and an H5P activity."""
    lesson, quiz, _activity = quiz_lesson()
    course = lesson.get_parent().specific
    second = LessonPage.objects.child_of(course).last().specific
    second.body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>Стара версія тексту.</p>"},
            {
                "type": "image",
                "id": str(uuid.uuid4()),
                "value": {"image": picture.pk, "alt_text": "Київрада", "caption": ""},
            },
            {
                "type": "h5p",
                "id": str(uuid.uuid4()),
                "value": {
                    "package": h5p_package.pk,
                    "required": True,
                    "completion_rule": "completed",
                    "pass_percent": 60,
                },
            },
        ]
    )
    second.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk), quiz, picture, h5p_package


@pytest.fixture
def learner_client(client):
    client.force_login(UserFactory(username="marta-7a"))
    return client


def version_of(client, course) -> str:
    response = client.get(reverse("offline_versions"), {"ids": str(course.pk)})
    assert response.status_code == 200
    version = response.json()["versions"][str(course.pk)]
    # The pack a browser saves carries the same version.
    pack = client.get(reverse("offline_pack", args=[course.pk])).json()
    assert pack["version"] == version
    return version


# --- versions ---------------------------------------------------------------------


def test_a_modules_version_stays_while_nothing_changes(learner_client, module):
    course = module[0]
    assert version_of(learner_client, course) == version_of(learner_client, course)


def test_publishing_a_changed_lesson_changes_the_version(learner_client, module):
    course = module[0]
    before = version_of(learner_client, course)
    lesson = LessonPage.objects.child_of(course).last().specific
    lesson.body = json.dumps(
        [{"type": "paragraph", "value": "<p>Нова версія тексту.</p>"}]
    )
    lesson.save_revision()  # a draft changes nothing learners see ...
    assert version_of(learner_client, course) == before
    lesson.save_revision().publish()  # ... publishing it does
    assert version_of(learner_client, course) != before


def test_a_lesson_going_or_coming_changes_the_version(learner_client, module):
    course = module[0]
    before = version_of(learner_client, course)
    LessonPage.objects.child_of(course).last().specific.unpublish()
    assert version_of(learner_client, course) != before


def test_publishing_the_quiz_again_changes_the_version(learner_client, module):
    course, quiz = module[0], module[1]
    before = version_of(learner_client, course)
    quiz.title = "Перевірка знань (оновлена)"
    publish_revision(quiz)
    assert version_of(learner_client, course) != before


def test_replacing_an_image_changes_the_version(learner_client, module):
    course, picture = module[0], module[2]
    before = version_of(learner_client, course)
    picture.file = ImageFile(io.BytesIO(draw_illustration("map")), name="map.png")
    picture._set_file_hash()
    picture.save()
    assert version_of(learner_client, course) != before


def test_uploading_the_h5p_package_again_changes_the_version(
    learner_client, module, demo_h5p
):
    from h5p.store import import_package

    course, package = module[0], module[3]
    before = version_of(learner_client, course)
    demo_h5p.seek(0)
    import_package(demo_h5p, package=package)
    assert version_of(learner_client, course) != before


def test_versions_are_for_logged_in_people_and_published_modules(client, module):
    course = module[0]
    url = reverse("offline_versions")
    refused = client.get(url, {"ids": str(course.pk)})
    assert refused.status_code == 403 and "versions" not in refused.json()
    client.force_login(UserFactory())
    for bad in ("abc", "1,,x", "-1", "1" * 12, ",".join(["1"] * 51)):
        response = client.get(url, {"ids": bad})
        assert response.status_code == 400, bad
        assert "versions" not in response.json() and response.json()["error"]
    course.unpublish()
    assert client.get(url, {"ids": f"{course.pk},999999"}).json() == {"versions": {}}
    assert client.post(url, {"ids": str(course.pk)}).status_code == 405


# --- automatic saving of assigned modules ----------------------------------------


def assigned(client) -> list[dict]:
    response = client.get(reverse("offline_assigned"))
    assert response.status_code == 200
    return response.json()["packs"]


def test_a_learners_assigned_modules_are_listed_for_saving(client, module, make_course):
    course = module[0]
    learner = UserFactory(username="marta-7a")
    _teacher, klass, _assignment = class_taking(learner=learner, course=course)
    # Another class's module and a module not published are not hers to save.
    other = make_course(title="Бюджет участі", lessons=1)
    other_class = Class.objects.create(
        institution=klass.institution, name="7-Б", academic_year="2026/2027"
    )
    Membership.objects.create(klass=other_class, learner=UserFactory())
    Assignment.objects.create(klass=other_class, course=other)
    hidden = make_course(title="Чернетка", lessons=1)
    Assignment.objects.create(klass=klass, course=hidden)
    hidden.unpublish()
    client.force_login(learner)
    assert assigned(client) == [
        {"id": course.pk, "pack": reverse("offline_pack", args=[course.pk])}
    ]
    # Leaving the class ends it.
    Membership.objects.filter(learner=learner).update(left_at="2026-01-01T00:00Z")
    assert assigned(client) == []


def test_a_learner_who_turned_automatic_saving_off_gets_nothing_listed(client, module):
    learner = UserFactory(username="marta-7a")
    class_taking(learner=learner, course=module[0])
    client.force_login(learner)
    assert len(assigned(client)) == 1
    response = client.post(reverse("offline_saved"), {})
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.offline_auto_save is False
    body = client.get(reverse("offline_assigned")).json()
    assert body == {"enabled": False, "packs": []}


def test_the_assigned_list_is_for_logged_in_people(client, db):
    response = client.get(reverse("offline_assigned"))
    assert response.status_code == 403 and "packs" not in response.json()


def test_the_saved_page_has_the_setting_on_by_default(client, db, site_pages):
    learner = UserFactory()
    client.force_login(learner)
    page = soup(client.get(reverse("offline_saved")))
    form = page.find("form", attrs={"data-offline-auto-save": True})
    assert form["method"] == "post" and form.find("input", type="hidden")
    box = form.find("input", type="checkbox")
    assert box.has_attr("checked")
    label = form.find("label", attrs={"for": box["id"]}).get_text(strip=True)
    assert label == "Зберігати призначені мені модулі для офлайн"


def test_turning_automatic_saving_off_and_on_says_so(client, db, site_pages):
    learner = UserFactory()
    client.force_login(learner)
    url = reverse("offline_saved")
    off = client.post(url, {}, follow=True)
    learner.refresh_from_db()
    assert learner.offline_auto_save is False
    assert "більше не зберігатимуться автоматично" in off.content.decode()
    assert not soup(off).find("input", type="checkbox").has_attr("checked")
    on = client.post(url, {"offline_auto_save": "on"}, follow=True)
    learner.refresh_from_db()
    assert learner.offline_auto_save is True
    assert "зберігатимуться на цьому пристрої автоматично" in on.content.decode()


def test_the_setting_is_not_changed_without_the_csrf_token(db, site_pages):
    learner = UserFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = client.post(reverse("offline_saved"), {})
    assert response.status_code == 403
    learner.refresh_from_db()
    assert learner.offline_auto_save is True


def test_checking_versions_costs_the_same_for_one_module_or_several(
    client, module, make_course
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(UserFactory())
    url = reverse("offline_versions")
    one = str(module[0].pk)
    with CaptureQueriesContext(connection) as single:
        client.get(url, {"ids": one})
    others = [make_course(title=f"Модуль {n}", lessons=3).pk for n in range(3)]
    ids = ",".join([one, *map(str, others)])
    with CaptureQueriesContext(connection) as several:
        response = client.get(url, {"ids": ids})
    assert len(response.json()["versions"]) == 4
    assert len(several) == len(single)
    # The session, the user, the modules, their lessons, images, quizzes, packages.
    assert len(single) <= 9


def test_the_setting_is_in_the_learners_own_data_download(client, db, site_pages):
    learner = UserFactory(offline_auto_save=False)
    client.force_login(learner)
    data = json.loads(client.get(reverse("my_learning_json")).content)
    assert data["learner"]["offline_auto_save"] is False
