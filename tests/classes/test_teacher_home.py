"""The teacher's home (/teach/): each class at a glance, in a fixed number of
queries, and where people land after logging in."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes.models import Assignment, Class, Membership
from courses.models import LessonPage
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def a_class(school, teacher, name, course, make_quiz, *, pupils=3):
    """A class with pupils, one overdue and one upcoming assignment, a pupil who
    failed a quiz twice and one who completed a lesson."""
    klass = Class.objects.create(
        institution=school, name=name, academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    now = timezone.now()
    Assignment.objects.create(klass=klass, course=course, due_at=now - timedelta(1))
    lesson = LessonPage.objects.child_of(course).first()
    Assignment.objects.create(
        klass=klass, course=course, lesson=lesson, due_at=now + timedelta(days=3)
    )
    learners = []
    for number in range(pupils):
        learner = UserFactory(
            username=f"{name}-uchen-{number}", display_name=f"Учень {name} {number}"
        )
        Membership.objects.create(klass=klass, learner=learner)
        learners.append(learner)
    quiz = make_quiz()
    for number in (1, 2):
        Attempt.objects.create(
            learner=learners[0],
            lesson=lesson,
            activity_id="a",
            quiz=quiz,
            status=Attempt.GRADED,
            passed=False,
            number=number,
            submitted_at=now,
        )
    LessonProgress.objects.create(
        learner=learners[1],
        lesson=lesson,
        course=course,
        status=LessonProgress.COMPLETED,
        completed_at=now,
        last_seen=now - timedelta(hours=2),
    )
    return klass


def home(client):
    return BeautifulSoup(client.get("/teach/").content, "html.parser")


def test_each_class_shows_learners_due_dates_overdue_help_and_activity(
    client, teacher, school, make_course, make_quiz
):
    course = make_course(title="Петиції", lessons=2)
    klass = a_class(school, teacher, "8-А", course, make_quiz)
    client.force_login(teacher)
    card = home(client).select_one(".class-overview")
    text = card.get_text(" ", strip=True)
    assert "8-А" in text
    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in card.select(".class-overview__facts > div")
    }
    assert facts["Учні"] == "3"
    assert facts["Наступний термін"].startswith("Петиції: урок 1")
    # Three pupils, none has finished the overdue module.
    assert facts["Прострочено"] == "3 завдання не виконано вчасно"
    assert "Учень 8-А 0" in facts["Потребують допомоги"]  # failed twice
    assert facts["Остання активність"] != "ще немає"
    links = [a["href"] for a in card.select("a")]
    assert f"/teach/{klass.pk}/" in links


def test_a_co_teacher_sees_the_class_and_archived_classes_are_apart(
    client, teacher, school, make_course, make_quiz
):
    course = make_course(title="Петиції", lessons=1)
    owner = UserFactory(
        username="vlasnyk", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    shared = a_class(school, owner, "9-В", course, make_quiz, pupils=2)
    shared.teachers.add(teacher)
    old = Class.objects.create(
        institution=school, name="Минулий рік", academic_year="2025/2026"
    )
    old.teachers.add(teacher)
    old.archived = True
    old.save()
    client.force_login(teacher)
    page = home(client)
    assert [h.get_text(strip=True) for h in page.select(".class-overview h2")] == [
        "9-В"
    ]
    assert "Минулий рік" in page.select_one("[aria-labelledby=archived-title]").text


def test_the_home_reads_in_the_same_number_of_queries_for_one_class_or_three(
    client, teacher, school, make_course, make_quiz
):
    course = make_course(title="Петиції", lessons=2)
    a_class(school, teacher, "5-А", course, make_quiz)
    client.force_login(teacher)
    client.get("/teach/")
    with CaptureQueriesContext(connection) as one:
        client.get("/teach/")
    a_class(school, teacher, "5-Б", course, make_quiz, pupils=5)
    a_class(school, teacher, "5-В", course, make_quiz, pupils=2)
    client.get("/teach/")  # warm as before the first count (caches on: PostgreSQL pass)
    with CaptureQueriesContext(connection) as three:
        page = client.get("/teach/")
    assert len(BeautifulSoup(page.content, "html.parser").select(".class-overview"))
    assert len(three) == len(one) <= 20


def login_lands(client, user, password, **data):
    response = client.post(
        "/accounts/login/", {"login": user.username, "password": password, **data}
    )
    return response["Location"]


@pytest.mark.parametrize(
    ("group", "landing"),
    [
        (None, "/learning/"),
        ("Teachers", "/teach/"),
        ("Editors", "/admin/"),
        ("Moderators", "/admin/"),
        ("Institute analysts", "/reports/"),
    ],
)
def test_people_land_where_they_work(client, site_pages, password, group, landing):
    groups = [Group.objects.get_or_create(name=group)[0]] if group else []
    user = UserFactory(username="liudyna", groups=groups)
    assert login_lands(client, user, password) == landing


def test_next_still_wins(client, site_pages, password):
    user = UserFactory(
        username="vchytel2", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    assert login_lands(client, user, password, next="/join/ABCDEFG/") == (
        "/join/ABCDEFG/"
    )


def test_an_english_speaker_lands_on_the_english_page(client, site_pages, password):
    user = UserFactory(username="anglo", preferred_language="en")
    assert login_lands(client, user, password) == "/en/learning/"
