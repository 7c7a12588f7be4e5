"""Glossary terms pass the methodologist review before learners see them: an edit is
a draft until a moderator approves it, and a term never published is not shown."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from courses.models import GlossaryTerm
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OLD = "Колективне звернення до влади."
NEW = "Звернення громадян, яке підписали щонайменше 10 000 людей."


def staff(username, *groups):
    return UserFactory(
        username=username, groups=[Group.objects.get(name=name) for name in groups]
    )


@pytest.fixture
def lesson_url(make_course, glossary_term):
    course = make_course(
        lessons=1,
        body=[{"type": "glossary", "value": {"term": glossary_term.pk}}],
    )
    return course.url + "lesson-1/"


def edit(client, term, action, definition=NEW):
    return client.post(
        f"/admin/snippets/courses/glossaryterm/edit/{term.pk}/",
        {"term": term.term, "definition": definition, action: action},
    )


def shown(client, url) -> str:
    client.logout()
    return client.get(url).content.decode()


def test_glossary_terms_go_through_the_methodologist_review():
    workflow = GlossaryTerm.get_default_workflow()
    assert workflow == Workflow.objects.get(name="Методична рецензія")


def test_an_edit_in_review_is_not_shown_until_a_moderator_approves(
    client, glossary_term, lesson_url, shells, django_capture_on_commit_callbacks
):
    # With the page cache on: approving must clear it for the new text to show.
    assert OLD in shown(client, lesson_url)
    client.force_login(staff("avtor", "Editors"))
    response = edit(client, glossary_term, "action-submit")
    assert response.status_code == 302
    glossary_term.refresh_from_db()
    state = glossary_term.current_workflow_state
    assert state is not None and state.status == "in_progress"

    page = shown(client, lesson_url)
    assert OLD in page and NEW not in page
    glossary = shown(client, "/courses/glossary/")
    assert OLD in glossary and NEW not in glossary

    moderator = staff("metodyst", "Moderators")
    client.force_login(moderator)
    task_state = state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/snippets/courses/glossaryterm/workflow/action/{glossary_term.pk}/"
            f"approve/{task_state.pk}/",
            {"comment": ""},
        )
    assert response.status_code in (200, 302)
    glossary_term.refresh_from_db()
    assert glossary_term.definition == NEW
    page = shown(client, lesson_url)
    assert NEW in page and OLD not in page


def test_a_saved_draft_is_not_shown(client, glossary_term, lesson_url):
    client.force_login(staff("avtor", "Editors"))
    edit(client, glossary_term, "action-save")
    assert OLD in shown(client, lesson_url) and NEW not in shown(client, lesson_url)


def test_editors_cannot_publish_a_glossary_term(client, glossary_term, lesson_url):
    client.force_login(staff("avtor", "Editors"))
    edit(client, glossary_term, "action-publish")
    glossary_term.refresh_from_db()
    assert glossary_term.definition == OLD
    page = shown(client, lesson_url)
    assert OLD in page and NEW not in page


def test_a_term_never_published_is_not_shown(client, make_course, glossary_term):
    client.force_login(staff("avtor", "Editors"))
    response = client.post(
        "/admin/snippets/courses/glossaryterm/add/",
        {"term": "Бюджет участі", "definition": "Проєкти киян.", "action-submit": "1"},
    )
    assert response.status_code == 302
    new = GlossaryTerm.objects.get(term="Бюджет участі")
    assert not new.live
    course = make_course(
        lessons=1, body=[{"type": "glossary", "value": {"term": new.pk}}]
    )
    assert "Бюджет участі" not in shown(client, course.url + "lesson-1/")
    glossary = shown(client, "/courses/glossary/")
    assert "Бюджет участі" not in glossary and "Петиція" in glossary
