"""Results from H5P activities are what the learner's browser said: the teacher's
grid, learner page and downloads say so, next to the scores the server graded."""

import csv
import io
import json
import uuid

import pytest
from bs4 import BeautifulSoup

from classes.models import Assignment, Membership
from learning.models import LessonProgress
from tests.factories import UserFactory
from tests.h5p.fixtures import statement

pytestmark = pytest.mark.django_db

REPORTED = "повідомив браузер учня"


@pytest.fixture
def setting(client, klass, teacher, h5p_lesson):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=60)
    forger = UserFactory(username="anna", display_name="Анна")
    honest = UserFactory(username="bohdan", display_name="Богдан")
    for learner in (forger, honest):
        Membership.objects.create(klass=klass, learner=learner)
    client.force_login(forger)
    # One POST from the browser says 100 %.
    response = client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/xapi/",
        json.dumps(
            {"key": str(uuid.uuid4()), "statement": statement(raw=5, maximum=5)}
        ),
        content_type="application/json",
    )
    assert response.json()["lesson_score"] == 100.0
    # A score the server graded (a quiz, say).
    LessonProgress.objects.create(
        learner=honest,
        lesson=lesson,
        course_id=lesson.get_parent().pk,
        status=LessonProgress.COMPLETED,
        best_score=80,
    )
    assignment = Assignment.objects.create(
        klass=klass, course=lesson.get_parent().specific
    )
    client.force_login(teacher)
    return {
        "lesson": lesson,
        "forger": forger,
        "honest": honest,
        "grid": f"/teach/{klass.pk}/assignments/{assignment.pk}/",
        "learner": f"/teach/{klass.pk}/learners/",
    }


def test_the_grid_marks_scores_the_browser_reported(client, setting):
    html = BeautifulSoup(client.get(setting["grid"]).content, "html.parser")
    rows = {
        tr.th.get_text(strip=True): tr.find_all("td")[0]
        for tr in html.select("tbody tr")
    }
    assert "100%" in rows["Анна"].get_text()
    assert REPORTED in rows["Анна"].get_text(" ", strip=True)
    assert rows["Анна"].select_one(".reported-mark")
    assert REPORTED not in rows["Богдан"].get_text(" ", strip=True)
    assert not rows["Богдан"].select_one(".reported-mark")
    legend = html.select_one(".grid-legend").get_text(" ", strip=True)
    assert "браузер учня" in legend and "H5P" in legend


def test_the_grid_has_no_legend_without_such_scores(client, setting):
    from h5p.models import Statement

    Statement.objects.all().delete()
    LessonProgress.objects.filter(learner=setting["forger"]).delete()
    html = BeautifulSoup(client.get(setting["grid"]).content, "html.parser")
    assert html.select_one(".grid-legend") is None
    assert not html.select(".reported-mark")


def test_the_grid_download_says_which_scores_the_browser_reported(client, setting):
    body = client.get(setting["grid"] + "?export=csv-semicolon").content
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][1:4] == [
        setting["lesson"].title,
        "Результат, %",
        "Повідомив браузер (H5P)",
    ]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Анна"][1:4] == ["завершено", "100,0", "так"]
    assert by_name["Богдан"][1:4] == ["завершено", "80,0", ""]


def test_the_learner_page_and_its_download_mark_them_too(client, setting):
    url = f"{setting['learner']}{setting['forger'].pk}/"
    html = BeautifulSoup(client.get(url).content, "html.parser")
    lessons = html.find(id="lessons-title").find_parent("section")
    assert REPORTED in lessons.select_one("tbody tr").get_text(" ", strip=True)
    h5p = html.find(id="h5p-attempts-title").find_parent("section")
    assert "браузер учня" in h5p.get_text(" ", strip=True)

    body = client.get(url + "?export=csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert rows[1][-1] == "Повідомив браузер (H5P)"
    assert rows[2][0] == setting["lesson"].title and rows[2][-1] == "так"

    data = client.get(url + "?export=json").json()
    assert [p["reported_by_browser"] for p in data["progress"]] == [True]

    honest = f"{setting['learner']}{setting['honest'].pk}/"
    html = BeautifulSoup(client.get(honest).content, "html.parser")
    lessons = html.find(id="lessons-title").find_parent("section")
    assert REPORTED not in lessons.get_text(" ", strip=True)
