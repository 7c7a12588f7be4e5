"""Editors author lessons in the Wagtail admin: publish validations and the
methodologist review workflow."""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Workflow
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from courses.illustrations import draw_illustration
from courses.models import LessonPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(db):
    picture = get_image_model()(title="Ілюстрація")
    picture.file = ImageFile(io.BytesIO(draw_illustration("city")), name="city.png")
    picture.save()
    return picture


@pytest.fixture
def course(make_course):
    return make_course(title="Петиції", lessons=0)


def lesson_form(
    client, course, body, action, title="Новий урок", slug="novyi-urok", plan=()
):
    add_url = f"/admin/pages/add/courses/lessonpage/{course.pk}/"
    data = querydict_from_html(
        client.get(add_url).content.decode(), form_id="page-edit-form"
    )
    data = data.dict()
    data.update(
        {"title": title, "slug": slug, "intro": "Вступ.", "estimated_minutes": "10"}
    )
    for key in [k for k in data if k.startswith("body-")]:
        del data[key]
    data.update(
        nested_form_data(
            {
                "body": streamfield(body),
                "sources": streamfield([]),
                "plan": streamfield(list(plan)),
            }
        )
    )
    data[action] = action
    return client.post(add_url, data)


def body_errors(response) -> str:
    """The lesson body's validation messages, as the editor sees them."""
    error = response.context["form"].errors["body"].as_data()[0]
    return json.dumps(error.as_json_data(), ensure_ascii=False)


def image_block(image, alt):
    return ("image", {"image": image.pk, "alt_text": alt, "caption": "", "credit": ""})


def video_block(transcript):
    return (
        "video",
        {
            "title": "Відео",
            "video_file": "",
            "video_url": "https://video.example.org/1",
            "transcript": transcript,
        },
    )


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


def test_a_lesson_with_an_image_without_alt_text_cannot_be_published(
    admin_client, course, image
):
    response = lesson_form(
        admin_client, course, [image_block(image, "")], "action-publish"
    )
    assert response.status_code == 200
    assert "урок не можна опублікувати із зображенням без нього" in body_errors(
        response
    )
    assert not LessonPage.objects.exists()


def test_a_lesson_with_a_video_without_transcript_cannot_be_published(
    admin_client, course
):
    response = lesson_form(admin_client, course, [video_block("")], "action-publish")
    assert response.status_code == 200
    assert "урок не можна опублікувати з відео без неї" in body_errors(response)
    assert not LessonPage.objects.exists()


def test_such_a_draft_can_be_saved_and_published_once_complete(
    admin_client, course, image
):
    response = lesson_form(
        admin_client, course, [image_block(image, "")], "action-save"
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    assert not lesson.live
    response = lesson_form(
        admin_client,
        course,
        [image_block(image, "Будинки Києва")],
        "action-publish",
        title="Інший урок",
        slug="inshyi-urok",
    )
    assert response.status_code == 302
    assert LessonPage.objects.get(slug="inshyi-urok").live


def test_editors_submit_to_methodologist_review_and_moderators_publish(client, course):
    workflow = Workflow.objects.get(name="Методична рецензія")
    assert workflow.active
    editor = UserFactory(username="avtor", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    body = [("paragraph", rich_text("<p>Текст уроку.</p>"))]
    response = lesson_form(client, course, body, "action-submit")
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    assert not lesson.live
    state = lesson.current_workflow_state
    assert state.workflow == workflow
    assert state.status == "in_progress"

    moderator = UserFactory(
        username="metodyst", groups=[Group.objects.get(name="Moderators")]
    )
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    lesson.refresh_from_db()
    assert lesson.live
    assert client.get(lesson.url).status_code == 200


def test_editors_cannot_publish_without_review(client, course):
    editor = UserFactory(username="avtor2", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    lesson_form(
        client, course, [("paragraph", rich_text("<p>Текст.</p>"))], "action-publish"
    )
    assert not LessonPage.objects.filter(live=True).exists()


def test_an_editor_creates_a_module_in_the_admin(client, catalogue):
    editor = UserFactory(
        username="avtorka",
        groups=[
            Group.objects.get(name="Editors"),
            Group.objects.get(name="Moderators"),
        ],
    )
    client.force_login(editor)
    add_url = f"/admin/pages/add/courses/coursepage/{catalogue.pk}/"
    page = client.get(add_url)
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id="page-edit-form")
    data.update(
        {
            "title": "Волонтерство",
            "slug": "volunteering",
            "summary": "Хто і як може волонтерити.",
            "estimated_hours": "1.5",
            "topics": "волонтерство, громада",
        }
    )
    from courses.models import Audience

    data.setlist(
        "audiences",
        [str(Audience.objects.get(slug=slug).pk) for slug in ("school", "vocational")],
    )
    data.update(
        nested_form_data(
            {"learning_outcomes": streamfield([("outcome", "Знайти організацію.")])}
        )
    )
    data["action-publish"] = "action-publish"
    # A QueryDict posted as-is loses all but the last value of each key.
    response = client.post(add_url, {key: data.getlist(key) for key in data})
    assert response.status_code == 302
    from courses.models import CoursePage

    module = CoursePage.objects.get(slug="volunteering")
    assert module.live
    assert sorted(a.slug for a in module.audiences.all()) == ["school", "vocational"]
    assert sorted(module.topics.names()) == ["волонтерство", "громада"]
    assert "Знайти організацію." in client.get(module.url).content.decode()


def test_editors_see_wagtails_accessibility_checker_on_lessons(client, make_course):
    course = make_course(lessons=1)
    editor = UserFactory(
        username="perevirka", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    html = client.get(course.url + "lesson-1/").content.decode()
    assert 'id="checker-axe-configuration"' in html


def _plan(hook_minutes):
    def step(minutes, text):
        return {"minutes": str(minutes), "text": text}

    return (
        "plan",
        {
            "goal": "Учні відрізняють петицію від консультації.",
            "hook": step(hook_minutes, "Питання на дошці."),
            "activity": {
                **step(25, "Робота в парах."),
                "tasks": {
                    "count": "1",
                    "0": {
                        "value": "Який інструмент тут доречний?",
                        "deleted": "",
                        "order": "0",
                        "id": "",
                    },
                },
            },
            "reflection": step(8, "Що здивувало?"),
            "exit_ticket": step(7, "Назвіть один інструмент."),
        },
    )


def test_an_editor_writes_the_lesson_plan_in_the_admin(admin_client, course):
    response = lesson_form(admin_client, course, [], "action-publish", plan=[_plan(5)])
    assert response.status_code == 302
    plan = LessonPage.objects.get().lesson_plan
    assert plan["exit_ticket"]["text"] == "Назвіть один інструмент."
    assert list(plan["activity"]["tasks"]) == ["Який інструмент тут доречний?"]


def test_a_plan_that_does_not_fill_45_minutes_is_not_saved(admin_client, course):
    response = lesson_form(admin_client, course, [], "action-publish", plan=[_plan(15)])
    assert response.status_code == 200
    error = response.context["form"].errors["plan"].as_data()[0]
    assert "Кроки тривають 55 хв, а урок — 45 хв." in json.dumps(
        error.as_json_data(), ensure_ascii=False
    )
    assert not LessonPage.objects.exists()
