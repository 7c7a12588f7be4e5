"""Logged-in learners get the lesson's shared shell, filled with their own parts."""

import uuid

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.middleware.csrf import _does_token_match
from wagtail.models import PageViewRestriction

from accounts.roles import EDITORS_GROUP, TEACHERS_GROUP
from courses.models import LessonPage
from tests.conftest import publish
from tests.factories import UserFactory
from tests.quizzes.test_taking import field, option_id, urls


def login(client, user):
    client.force_login(user)
    return client


def answered(client, lesson, quiz, activity, text):
    """Autosave one answer; returns the option id chosen."""
    question = quiz.question_snapshots()[0]
    chosen = option_id(question, text)
    autosave, _submit = urls(lesson, activity)
    response = client.post(autosave, {field(question["id"]): chosen, "seq": "1"})
    assert response.status_code == 200
    return chosen


def checked(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [i["value"] for i in soup.select("input[type=radio][checked]")]


def test_two_learners_share_the_shell_but_see_their_own_answers(
    client, quiz_page, shells, django_assert_max_num_queries
):
    lesson, quiz, activity = quiz_page
    olena, taras = UserFactory(username="olena"), UserFactory(username="taras")
    login(client, olena)
    chosen = answered(client, lesson, quiz, activity, "6000")
    first = client.get(lesson.url).content.decode()
    assert checked(first) == [chosen]

    other = login(type(client)(), taras)
    # Taras's first visit is served from the shell Olena's visit stored.
    with django_assert_max_num_queries(8):
        html = other.get(lesson.url).content.decode()
    assert checked(html) == []
    assert "data-quiz-form" in html
    other_chosen = answered(other, lesson, quiz, activity, "25000")
    assert checked(other.get(lesson.url).content.decode()) == [other_chosen]
    assert checked(client.get(lesson.url).content.decode()) == [chosen]


def test_a_stored_shell_is_served_without_routing_or_rendering_the_lesson(
    client, quiz_page, shells, user, django_assert_num_queries
):
    lesson, _quiz, _activity = quiz_page
    login(client, user)
    full = client.get(lesson.url).content.decode()
    client.get(lesson.url)  # the roles are cached at the first stored visit
    # The session (in the database in tests), the user and their attempts: no
    # routing, no lesson, no roles (accounts.roles.load_cached_roles).
    with django_assert_num_queries(3):
        again = client.get(lesson.url).content.decode()
    assert BeautifulSoup(again, "html.parser").h1.text == lesson.title
    assert again.count("csrfmiddlewaretoken") == full.count("csrfmiddlewaretoken") == 2
    assert "<!--slot:" not in again


def test_each_learner_gets_their_own_csrf_token(client, quiz_page, shells):
    lesson, _quiz, _activity = quiz_page
    tokens = {}
    for name in ("olena", "taras"):
        browser = login(type(client)(), UserFactory(username=name))
        html = browser.get(lesson.url).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        values = {i["value"] for i in soup.select("[name=csrfmiddlewaretoken]")}
        secret = browser.cookies["csrftoken"].value
        assert values and all(_does_token_match(v, secret) for v in values)
        tokens[name] = secret
    assert tokens["olena"] != tokens["taras"]


def test_teachers_notes_show_only_to_teachers_whichever_shell_came_first(
    client, quiz_page, shells
):
    lesson, _quiz, _activity = quiz_page
    teacher = UserFactory(username="teacher")
    teacher.groups.add(Group.objects.get_or_create(name=TEACHERS_GROUP)[0])
    learner = UserFactory(username="pupil")
    for _round in range(2):
        assert (
            "Нотатка вчителя."
            in login(type(client)(), teacher).get(lesson.url).content.decode()
        )
        assert (
            "Нотатка вчителя."
            not in login(type(client)(), learner).get(lesson.url).content.decode()
        )


def test_publishing_a_change_shows_it_to_logged_in_learners_at_once(
    client, quiz_page, shells, user, django_capture_on_commit_callbacks
):
    lesson, _quiz, _activity = quiz_page
    login(client, user)
    assert "Текст уроку." in client.get(lesson.url).content.decode()
    lesson.body = [("paragraph", "<p>Нова редакція уроку.</p>")]
    with django_capture_on_commit_callbacks(execute=True):
        publish(lesson)
    html = client.get(lesson.url).content.decode()
    assert "Нова редакція уроку." in html and "Текст уроку." not in html


def test_messages_are_shown_once_on_a_shell_page(client, quiz_page, shells, user):
    lesson, _quiz, _activity = quiz_page
    login(client, user)
    client.get(lesson.url)  # the shell is stored
    response = client.post(
        "/accounts/profile/",
        {"display_name": "Олена К.", "preferred_language": "uk", "institution": ""},
    )
    assert response.status_code == 302
    html = client.get(lesson.url).content.decode()
    assert "Ваш профіль збережено." in html
    html = client.get(lesson.url).content.decode()
    assert "Ваш профіль збережено." not in html


def test_editors_get_the_full_page_with_the_user_bar(client, quiz_page, shells):
    lesson, _quiz, _activity = quiz_page
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    learner = UserFactory(username="pupil")
    login(type(client)(), learner).get(lesson.url)  # a learner's shell is stored
    html = login(client, editor).get(lesson.url).content.decode()
    assert "wagtail-userbar" in html
    assert "Нотатка вчителя." in html


def test_restricted_lessons_are_never_stored(client, quiz_page, shells):
    lesson, _quiz, _activity = quiz_page
    group = Group.objects.create(name=f"Пілот {uuid.uuid4().hex[:6]}")
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    member = UserFactory(username="member")
    member.groups.add(group)
    assert login(type(client)(), member).get(lesson.url).status_code == 200
    outsider = login(client, UserFactory(username="outsider"))
    response = outsider.get(lesson.url)
    assert response.status_code != 200 or lesson.title not in response.content.decode()


def test_a_learner_made_a_teacher_sees_the_teacher_pages_at_once(
    client, quiz_page, shells, django_capture_on_commit_callbacks
):
    lesson, _quiz, _activity = quiz_page
    user = UserFactory(username="pupil")
    login(client, user)
    for _visit in range(2):
        html = client.get(lesson.url).content.decode()
        assert "Нотатка вчителя." not in html and "Сторінки вчителя" not in html
    with django_capture_on_commit_callbacks(execute=True):
        user.groups.add(Group.objects.get_or_create(name=TEACHERS_GROUP)[0])
    html = client.get(lesson.url).content.decode()
    assert "Нотатка вчителя." in html and "Сторінки вчителя" in html


def test_an_activity_whose_id_is_not_a_uuid_is_filled_too(
    client, make_quiz, make_course
):
    quiz = make_quiz()
    body = [{"type": "quiz", "id": "quiz-one", "value": {"quiz": quiz.pk}}]
    course = make_course(lessons=1, body=body)
    lesson = LessonPage.objects.child_of(course).first()
    login(client, UserFactory(username="pupil"))
    html = client.get(lesson.url).content.decode()
    assert "data-quiz-form" in html and "<!--slot:" not in html
