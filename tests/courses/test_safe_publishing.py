"""Safe publishing: editors submit, only moderators (methodologists) publish, and a
lesson whose required quiz or H5P package is not published never goes live, by a
moderator's publish or by approval in the review workflow."""

import json
import re
import uuid

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from courses.models import LessonPage
from h5p.models import Package
from quizzes.models import Quiz
from tests.factories import UserFactory

from .test_editing import lesson_form

pytestmark = pytest.mark.django_db

REASON = "ще не опубліковано"


def staff(username, *groups):
    return UserFactory(
        username=username, groups=[Group.objects.get(name=name) for name in groups]
    )


@pytest.fixture
def editor(db):
    return staff("avtor", "Editors")


@pytest.fixture
def moderator(db):
    return staff("metodyst", "Editors", "Moderators")


@pytest.fixture
def course(make_course):
    return make_course(title="Петиції", lessons=0)


@pytest.fixture
def draft_quiz(make_quiz):
    """A quiz saved as a draft and never published."""
    quiz = make_quiz()
    Quiz.objects.filter(pk=quiz.pk).update(live=False, live_revision=None)
    quiz.refresh_from_db()
    quiz.title = "Чернетка тесту"
    quiz.save_revision()
    Quiz.objects.filter(pk=quiz.pk).update(title="Чернетка тесту")
    return Quiz.objects.get(pk=quiz.pk)


def quiz_block(quiz, required=True):
    return ("quiz", {"quiz": quiz.pk, "required": required})


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


# --- editors submit; only moderators publish ---------------------------------------


def test_editors_see_submit_and_no_publish_on_a_lesson(client, editor, make_course):
    lesson = make_course(lessons=1).get_children().get()
    client.force_login(editor)
    html = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    assert "Опублікувати" not in html


def quiz_publish_post(client, quiz):
    """The quiz's edit form as the page has it, posted with "publish"."""
    edit_url = f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/"
    data = querydict_from_html(
        client.get(edit_url).content.decode(), form_id="w-editor-form"
    ).dict()
    data.update(nested_form_data({"questions": streamfield([])}))
    data["action-publish"] = "1"
    return client.post(edit_url, data)


def test_editors_cannot_publish_or_unpublish_a_quiz(
    client, editor, moderator, make_quiz
):
    live = make_quiz()
    draft = make_quiz()
    Quiz.objects.filter(pk=draft.pk).update(live=False, live_revision=None)
    client.force_login(editor)
    html = client.get(f"/admin/snippets/quizzes/quiz/edit/{draft.pk}/").content
    assert b'name="action-publish"' not in html
    assert (
        b"/unpublish/"
        not in client.get(f"/admin/snippets/quizzes/quiz/edit/{live.pk}/").content
    )
    # Posting the actions changes nothing either.
    quiz_publish_post(client, draft)
    assert not Quiz.objects.get(pk=draft.pk).live
    client.post(f"/admin/snippets/quizzes/quiz/unpublish/{live.pk}/")
    assert Quiz.objects.get(pk=live.pk).live
    # The same posts by a methodologist do it.
    client.force_login(moderator)
    quiz_publish_post(client, draft)
    assert Quiz.objects.get(pk=draft.pk).live
    client.post(f"/admin/snippets/quizzes/quiz/unpublish/{live.pk}/")
    assert not Quiz.objects.get(pk=live.pk).live


def test_the_demo_editor_submits_and_a_demo_methodologist_publishes(db):
    from home.demo import DEMO_ACCOUNTS, ensure_accounts, ensure_groups

    ensure_groups()
    ensure_accounts()
    from accounts.models import User

    editor = User.objects.get(username="demo-editor")
    assert set(editor.groups.values_list("name", flat=True)) == {"Editors"}
    assert not editor.has_perm("quizzes.publish_quiz")
    methodologists = [a for a in DEMO_ACCOUNTS if "Moderators" in a.groups]
    assert methodologists
    reviewer = User.objects.get(username=methodologists[0].username)
    assert reviewer.has_perm("quizzes.publish_quiz")


def test_the_demo_editor_loses_the_moderators_group_on_a_second_load(db):
    from accounts.models import User
    from home.demo import ensure_accounts, ensure_groups

    ensure_groups()
    ensure_accounts()
    editor = User.objects.get(username="demo-editor")
    editor.groups.add(Group.objects.get(name="Moderators"))
    ensure_accounts()
    assert not editor.groups.filter(name="Moderators").exists()


# --- a lesson needing unpublished content is not published -------------------------


def test_a_moderator_cannot_publish_a_lesson_whose_quiz_is_a_draft(
    client, moderator, course, draft_quiz
):
    client.force_login(moderator)
    response = lesson_form(client, course, [quiz_block(draft_quiz)], "action-publish")
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    assert not lesson.live
    page = client.get(response["Location"])
    said = messages_of(page)
    assert "Чернетка тесту" in said and REASON in said


def publish_edit(client, lesson, body):
    """A methodologist's "Publish" of the lesson's edit form with this body."""
    edit_url = f"/admin/pages/{lesson.pk}/edit/"
    data = querydict_from_html(
        client.get(edit_url).content.decode(), form_id="page-edit-form"
    ).dict()
    for key in [k for k in data if k.startswith("body-")]:
        del data[key]
    # The other streams, as the editor's browser posts them (empty here).
    data.update(
        nested_form_data(
            {
                "body": streamfield(body),
                "sources": streamfield([]),
                "plan": streamfield([]),
            }
        )
    )
    data["action-publish"] = "action-publish"
    return client.post(edit_url, data)


def test_a_live_lesson_keeps_its_published_version(
    client, moderator, make_course, draft_quiz
):
    lesson = make_course(lessons=1).get_children().get().specific
    before = lesson.live_revision_id
    client.force_login(moderator)
    response = publish_edit(client, lesson, [quiz_block(draft_quiz)])
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.live and lesson.live_revision_id == before
    assert "quiz" not in json.dumps(list(lesson.body.raw_data))
    assert REASON in messages_of(client.get(response["Location"]))


def test_once_the_quiz_is_published_the_lesson_can_be(
    client, moderator, course, draft_quiz
):
    draft_quiz.get_latest_revision().publish()
    client.force_login(moderator)
    response = lesson_form(client, course, [quiz_block(draft_quiz)], "action-publish")
    assert response.status_code == 302
    assert LessonPage.objects.get().live


def test_an_optional_draft_quiz_does_not_stop_publishing(
    client, moderator, course, draft_quiz
):
    client.force_login(moderator)
    lesson_form(
        client, course, [quiz_block(draft_quiz, required=False)], "action-publish"
    )
    assert LessonPage.objects.get().live


def test_a_lesson_whose_h5p_package_is_unpublished_is_refused(
    client, moderator, h5p_lesson
):
    lesson, _activity = h5p_lesson()
    before = lesson.live_revision_id
    package = Package.objects.get()
    Package.objects.filter(pk=package.pk).update(live=False)
    client.force_login(moderator)
    block = ("h5p", {"package": package.pk, "required": True})
    response = publish_edit(client, lesson, [block])
    lesson.refresh_from_db()
    assert lesson.live_revision_id == before
    assert REASON in messages_of(client.get(response["Location"]))


def submitted(client, editor, course, quiz):
    client.force_login(editor)
    body = [("paragraph", rich_text("<p>Текст.</p>")), quiz_block(quiz)]
    response = lesson_form(client, course, body, "action-submit")
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    assert lesson.current_workflow_state.status == "in_progress"
    return lesson


def test_approving_a_lesson_whose_quiz_is_a_draft_is_refused(
    client, editor, moderator, course, draft_quiz
):
    lesson = submitted(client, editor, course, draft_quiz)
    task_state = lesson.current_workflow_state.current_task_state
    task = task_state.task.specific
    # The moderator is not offered approval, and is told why on the edit page.
    assert "approve" not in [name for name, *_ in task.get_actions(lesson, moderator)]
    client.force_login(moderator)
    page = client.get(f"/admin/pages/{lesson.pk}/edit/")
    said = messages_of(page)
    assert "Чернетка тесту" in said and REASON in said
    assert 'data-workflow-action-name="approve"' not in page.content.decode()
    # Approving anyway (the workflow's own URL, the task itself) changes nothing.
    client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    task.on_action(task_state, moderator, "approve")
    lesson.refresh_from_db()
    assert not lesson.live
    assert lesson.current_workflow_state.status == "in_progress"


def test_once_the_quiz_is_published_the_lesson_is_approved(
    client, editor, moderator, course, draft_quiz
):
    lesson = submitted(client, editor, course, draft_quiz)
    draft_quiz.get_latest_revision().publish()
    task_state = lesson.current_workflow_state.current_task_state
    client.force_login(moderator)
    client.post(
        f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    lesson.refresh_from_db()
    assert lesson.live


def test_the_review_workflow_is_named_in_ukrainian(db):
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(active=True, workflow_pages__page__depth=1)
    assert re.search("[а-яіїєґ]", workflow.name)
    for task in workflow.tasks:
        assert re.search("[а-яіїєґ]", task.name)


# --- Cyrillic titles get ASCII slugs ----------------------------------------------


@pytest.mark.parametrize(
    "slug", ["", "електронні-петиції", "Електронні петиції"], ids=["empty", "cyr", "sp"]
)
def test_a_new_lesson_gets_a_transliterated_slug(client, moderator, course, slug):
    client.force_login(moderator)
    body = [("paragraph", rich_text("<p>Текст.</p>"))]
    response = lesson_form(
        client, course, body, "action-publish", title="Електронні петиції", slug=slug
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    assert lesson.slug == "elektronni-petytsii"
    assert lesson.url.endswith("/elektronni-petytsii/")


def test_an_ascii_slug_is_kept(client, moderator, course):
    client.force_login(moderator)
    body = [("paragraph", rich_text("<p>Текст.</p>"))]
    lesson_form(client, course, body, "action-save", title="Петиції", slug="my-slug")
    assert LessonPage.objects.get().slug == "my-slug"


def test_bulk_publishing_such_a_lesson_is_refused(
    client, moderator, make_course, draft_quiz
):
    lesson = make_course(lessons=1).get_children().get().specific
    before = lesson.live_revision_id
    lesson.body = json.dumps(
        [{"type": "quiz", "id": str(uuid.uuid4()), "value": {"quiz": draft_quiz.pk}}]
    )
    lesson.save_revision(user=moderator)
    client.force_login(moderator)
    response = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={lesson.pk}",
        {"include_descendants": ""},
        follow=True,
    )
    lesson.refresh_from_db()
    assert lesson.live_revision_id == before
    assert REASON in messages_of(response)


def test_editors_submit_quizzes_to_the_review_and_methodologists_approve(
    client, editor, moderator, make_quiz
):
    draft = make_quiz()
    Quiz.objects.filter(pk=draft.pk).update(live=False, live_revision=None)
    client.force_login(editor)
    edit_url = f"/admin/snippets/quizzes/quiz/edit/{draft.pk}/"
    html = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in html
    data = querydict_from_html(html, form_id="w-editor-form").dict()
    data.update(nested_form_data({"questions": streamfield([])}))
    data["action-submit"] = "1"
    client.post(edit_url, data)
    draft = Quiz.objects.get(pk=draft.pk)
    assert not draft.live
    state = draft.current_workflow_state
    assert state is not None and state.status == "in_progress"
    client.force_login(moderator)
    client.post(
        f"/admin/snippets/quizzes/quiz/workflow/action/{draft.pk}/approve/"
        f"{state.current_task_state.pk}/",
        {"comment": ""},
    )
    assert Quiz.objects.get(pk=draft.pk).live
