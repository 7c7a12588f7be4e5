"""Who grades a PD module taken alone: the course leader group named on the module
page grades those open answers; the learner is told so; nobody else may grade them."""

import uuid

import pytest
from django.contrib.auth.models import Group

from certificates.permissions import (
    attempts_course_leader_grades,
    can_grade_as_course_leader,
)
from classes.models import AuditEntry
from courses.models import CoursePage
from quizzes.models import Attempt
from tests.factories import UserFactory, class_taking
from tests.quizzes.builders import open_response, single_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def leaders(db):
    return Group.objects.create(name="Керівники курсу (демо)")


@pytest.fixture
def pd(client, quiz_lesson, make_quiz, leaders):
    """A PD module whose one lesson has a quiz with an open answer, led by
    `leaders`, and a teacher taking it alone who has submitted an answer."""
    quiz = make_quiz(questions=[single_choice(), open_response()], pass_mark=50)
    lesson, quiz, activity = quiz_lesson(
        quiz=quiz,
        lessons=1,
        audiences=("teacher_pd",),
        certificate_kind="pd",
        pd_hours=2,
        certificate_provider="Демонстраційний курс civiced",
        certificate_signatory_position="Координатор курсу (демо)",
    )
    course = lesson.get_parent().specific
    CoursePage.objects.filter(pk=course.pk).update(grading_group=leaders)
    choice, essay = quiz.question_snapshots()
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    learner = UserFactory(username="solo-teacher", display_name="Ганна")
    client.force_login(learner)
    response = client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {
            "key": str(uuid.uuid4()),
            f"q-{choice['id']}": right,
            f"q-{essay['id']}": "Дискусія за правилами, з ролями.",
        },
    )
    assert Attempt.objects.get().status == Attempt.AWAITING_GRADING
    return {
        "course": course,
        "lesson": lesson,
        "learner": learner,
        "essay": essay,
        "submitted": response,
    }


def grade(client, pd, points="2"):
    return client.post(
        "/certificates/grading/",
        {
            "attempt": Attempt.objects.get().pk,
            "question": pd["essay"]["id"],
            "points": points,
            "comment": "Добре.",
        },
    )


def test_the_lone_teacher_is_told_who_grades_on_the_lesson_and_in_my_learning(
    client, pd
):
    lesson_page = client.get(pd["lesson"].url).content.decode()
    assert "оцінюють керівники курсу (Керівники курсу (демо))" in lesson_page
    my_learning = client.get("/learning/").content.decode()
    assert "Відповіді, що чекають на оцінку" in my_learning
    assert "Керівники курсу (демо)" in my_learning


def test_a_module_with_no_leaders_says_how_to_get_graded(client, pd):
    CoursePage.objects.filter(pk=pd["course"].pk).update(grading_group=None)
    my_learning = client.get("/learning/").content.decode()
    assert "приєднайтеся до класу" in my_learning


def test_a_course_leader_sees_and_grades_the_answer_and_it_is_logged(
    client, pd, leaders
):
    leader = UserFactory(username="leader", groups=[leaders])
    client.force_login(leader)
    page = client.get("/certificates/grading/").content.decode()
    assert "Дискусія за правилами, з ролями." in page

    refused = grade(client, pd, points="99")
    assert refused.status_code == 302
    attempt = Attempt.objects.get()
    assert attempt.status == Attempt.AWAITING_GRADING  # bad points change nothing

    grade(client, pd, points="2")
    attempt.refresh_from_db()
    assert attempt.status == Attempt.GRADED
    entry = AuditEntry.objects.get(action=AuditEntry.GRADE)
    assert (entry.actor, entry.learner, entry.klass) == (leader, pd["learner"], None)
    # Graded answers leave the list.
    assert (
        "Дискусія за правилами"
        not in client.get("/certificates/grading/").content.decode()
    )


def test_nobody_else_sees_or_grades_it(client, pd, leaders):
    attempt = Attempt.objects.get()
    others = [
        UserFactory(username="stranger"),
        UserFactory(username="other-leaders", groups=[Group.objects.create(name="X")]),
        UserFactory(username="root", is_superuser=True),
    ]
    for user in others:
        client.force_login(user)
        assert client.get("/certificates/grading/").status_code == 403
        assert grade(client, pd).status_code == 403
        assert not can_grade_as_course_leader(user, attempt)
        assert not attempts_course_leader_grades(user).exists()
    # A leader who is the learner does not grade their own answers.
    pd["learner"].groups.add(leaders)
    client.force_login(pd["learner"])
    assert grade(client, pd).status_code == 404
    assert not can_grade_as_course_leader(pd["learner"], attempt)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.AWAITING_GRADING
    assert not AuditEntry.objects.filter(action=AuditEntry.GRADE).exists()


def test_a_learner_in_a_class_assigned_the_module_is_graded_by_the_teacher(
    client, pd, leaders
):
    class_taking(learner=pd["learner"], course=pd["course"])
    leader = UserFactory(username="leader", groups=[leaders])
    assert not can_grade_as_course_leader(leader, Attempt.objects.get())
    client.force_login(pd["learner"])
    my_learning = client.get("/learning/").content.decode()
    assert "оцінює вчитель вашого класу" in my_learning
