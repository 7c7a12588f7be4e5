"""A teacher looks at one learner: grades open answers, resets attempts, marks a
lesson done offline; every change is logged with its reason."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from classes.models import Assignment, AuditEntry, Class, Institution, Membership
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory, class_taking
from tests.quizzes.builders import open_response, single_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(client, quiz_lesson, make_quiz):
    quiz = make_quiz(questions=[single_choice(), open_response()], pass_mark=50)
    lesson, quiz, activity = quiz_lesson(quiz=quiz, lessons=1)
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    school = Institution.objects.create(
        name="Гімназія", kind="school", district="podilskyi"
    )
    klass = Class.objects.create(
        institution=school, name="7-А", academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    learner = UserFactory(username="taras", display_name="Тарас")
    Membership.objects.create(klass=klass, learner=learner)
    Assignment.objects.create(klass=klass, course=lesson.get_parent().specific)
    choice, essay = quiz.question_snapshots()
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    client.force_login(learner)
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {
            "key": str(uuid.uuid4()),
            f"q-{choice['id']}": right,
            f"q-{essay['id']}": "Про ліхтарі в парку.",
        },
    )
    client.force_login(teacher)
    return {
        "klass": klass,
        "learner": learner,
        "lesson": lesson,
        "essay": essay,
        "url": f"/teach/{klass.pk}/learners/{learner.pk}/",
        "teacher": teacher,
    }


def test_the_learner_page_shows_answers_and_waiting_open_responses(client, setting):
    html = BeautifulSoup(client.get(setting["url"]).content, "html.parser")
    assert "Про ліхтарі в парку." in html.get_text()
    assert html.select("form.grade-form")
    extend = html.find(id="extend-title").find_parent("section")
    assert extend.find("label", string="Новий термін") is not None
    assert extend.find("select", {"name": "assignment"}).find_all("option")[1:]
    # The tab title names the learner and class, nothing else.
    assert html.title.get_text().split(" · ")[:2] == ["Тарас", "7-А"]
    assert len(html.find_all(id="remove-title")) == 1


def test_grading_an_open_answer_finishes_the_attempt_and_is_logged(client, setting):
    attempt = Attempt.objects.get()
    assert attempt.status == "awaiting_grading"
    client.post(
        setting["url"],
        {
            "action": "grade",
            "attempt": attempt.pk,
            "question": setting["essay"]["id"],
            "points": "1,5",
            "comment": "Добре, але додайте рішення.",
        },
    )
    attempt.refresh_from_db()
    assert attempt.status == "graded"
    assert str(attempt.percent) == "83.33"
    assert attempt.passed is True
    assert LessonProgress.objects.get().status == "completed"
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.learner) == (
        "grade",
        setting["teacher"],
        setting["learner"],
    )


def test_points_outside_the_range_are_refused(client, setting):
    attempt = Attempt.objects.get()
    response = client.post(
        setting["url"],
        {
            "action": "grade",
            "attempt": attempt.pk,
            "question": setting["essay"]["id"],
            "points": "9",
        },
        follow=True,
    )
    assert "від 0 до 2" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == "awaiting_grading"
    assert not AuditEntry.objects.exists()


def test_reset_needs_a_reason_and_gives_the_attempts_back(client, setting):
    lesson = setting["lesson"]
    client.post(setting["url"], {"action": "reset", "lesson": lesson.pk, "reason": ""})
    assert Attempt.objects.filter(voided=False).count() == 1
    client.post(
        setting["url"],
        {"action": "reset", "lesson": lesson.pk, "reason": "Тривога під час тесту"},
    )
    assert Attempt.objects.filter(voided=True).count() == 1
    assert AuditEntry.objects.get().reason == "Тривога під час тесту"


def test_marking_a_lesson_complete_for_offline_work(client, setting):
    client.post(
        setting["url"],
        {
            "action": "mark_complete",
            "lesson": setting["lesson"].pk,
            "reason": "Виконав на папері, не було світла",
        },
    )
    progress = LessonProgress.objects.get()
    assert progress.status == "completed"
    assert progress.completed_offline
    assert AuditEntry.objects.get().action == "mark_complete"


def test_other_teachers_and_non_members_get_404(client, setting):
    outsider = UserFactory(
        username="inshyi", groups=[Group.objects.get(name="Teachers")]
    )
    client.force_login(outsider)
    assert client.get(setting["url"]).status_code == 404
    client.force_login(setting["teacher"])
    stranger = UserFactory(username="chuzhyi")
    url = f"/teach/{setting['klass'].pk}/learners/{stranger.pk}/"
    assert client.get(url).status_code == 404


def test_repeated_failures_and_overdue_work_show_under_needs_help(
    client, setting, make_quiz
):
    from datetime import timedelta

    from django.utils import timezone

    lesson = setting["lesson"]
    block = next(b for b in lesson.body if b.block_type == "quiz")
    learner = setting["learner"]
    client.force_login(learner)
    for _ in range(2):
        client.post(
            f"/api/quizzes/{lesson.pk}/{block.id}/submit/", {"key": str(uuid.uuid4())}
        )
    Assignment.objects.update(due_at=timezone.now() - timedelta(days=1))
    client.force_login(setting["teacher"])
    html = BeautifulSoup(
        client.get(f"/teach/{setting['klass'].pk}/").content, "html.parser"
    )
    help_box = html.select_one(".needs-help").get_text(" ", strip=True)
    assert "Тарас" in help_box
    assert "1 прострочене завдання" in help_box


def test_the_learner_record_downloads_as_csv_and_xlsx(client, setting):
    import csv
    import io

    from openpyxl import load_workbook

    body = client.get(setting["url"] + "?export=csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert rows[0] == ["Тарас"]
    assert any(row[:1] == [setting["lesson"].title] for row in rows[2:])
    assert any("Про ліхтарі в парку." in row for row in rows)
    sheet = load_workbook(
        io.BytesIO(client.get(setting["url"] + "?export=xlsx").content)
    ).active
    assert sheet["A1"].value == "Тарас"


def test_removing_a_learner_keeps_their_results_and_logs_it(client, setting):
    client.post(
        setting["url"], {"action": "remove", "reason": "Перейшов до іншої школи"}
    )
    assert not Membership.objects.current().filter(learner=setting["learner"]).exists()
    assert Attempt.objects.filter(learner=setting["learner"]).exists()
    assert AuditEntry.objects.get().action == "remove"
    assert client.get(setting["url"]).status_code == 404


def test_the_learner_page_lists_h5p_attempts(client, h5p_lesson):
    from h5p.models import Statement
    from tests.h5p.fixtures import statement

    lesson, activity_id = h5p_lesson(rule="score", pass_percent=60)
    teacher = UserFactory(
        username="vchytelka", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    school = Institution.objects.create(
        name="Ліцей", kind="school", district="obolonskyi"
    )
    klass = Class.objects.create(
        institution=school, name="8-Б", academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    learner = UserFactory(username="olha")
    Membership.objects.create(klass=klass, learner=learner)
    Assignment.objects.create(klass=klass, course=lesson.get_parent().specific)
    client.force_login(learner)
    client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/xapi/",
        {"key": str(uuid.uuid4()), "statement": statement(raw=3, maximum=4)},
        content_type="application/json",
    )
    assert Statement.objects.filter(learner=learner, is_attempt=True).count() == 1
    client.force_login(teacher)
    page = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/learners/{learner.pk}/").content, "html.parser"
    )
    section = page.find(id="h5p-attempts-title").find_parent("section")
    cells = [td.get_text(strip=True) for td in section.find_all("td")]
    assert cells[1] == "Петиції до Київради: перевірте себе"
    assert cells[3] == "75%"


def test_a_teachers_grade_rounds_the_percentage_as_grading_does(
    client, quiz_lesson, make_quiz
):
    """1.25 of 8 points: 15.63 %, as quizzes.grading rounds (not 15.62)."""
    essay = open_response()
    essay["value"]["points"] = 8
    quiz = make_quiz(questions=[essay], pass_mark=50)
    lesson, quiz, activity = quiz_lesson(quiz=quiz, lessons=1)
    learner = UserFactory(username="taras", display_name="Тарас")
    teacher, klass, _ = class_taking(
        learner=learner, course=lesson.get_parent().specific
    )
    (snapshot,) = quiz.question_snapshots()
    client.force_login(learner)
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{snapshot['id']}": "Про ліхтарі в парку."},
    )
    client.force_login(teacher)
    attempt = Attempt.objects.get()
    client.post(
        f"/teach/{klass.pk}/learners/{learner.pk}/",
        {
            "action": "grade",
            "attempt": attempt.pk,
            "question": snapshot["id"],
            "points": "1,25",
        },
    )
    attempt.refresh_from_db()
    assert (attempt.status, str(attempt.percent)) == ("graded", "15.63")
