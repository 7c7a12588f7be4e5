"""The grid's downloads: file names from the class and module, numbers as numbers,
the workbook's title row; and the grid page's legend."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from openpyxl import load_workbook

from classes.models import Assignment, Membership
from courses.models import LessonPage
from learning.models import LessonProgress
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def grid(client, klass, teacher, make_course):
    course = make_course(title="Електронні петиції", lessons=2)
    lesson = LessonPage.objects.child_of(course).first()
    named = UserFactory(username="marta", display_name="Марта Коваль")
    self_registered = UserFactory(username="zhuk-2014", display_name="")
    for learner in (named, self_registered):
        Membership.objects.create(klass=klass, learner=learner)
    LessonProgress.objects.create(
        learner=named,
        lesson=lesson,
        course=course,
        status=LessonProgress.IN_PROGRESS,
        best_score=75,
    )
    due = timezone.now() - timedelta(days=1)
    assignment = Assignment.objects.create(klass=klass, course=course, due_at=due)
    client.force_login(teacher)
    return f"/teach/{klass.pk}/assignments/{assignment.pk}/", due


def disposition(client, url):
    return client.get(url)["Content-Disposition"]


def test_each_download_is_named_after_the_class_and_module(client, grid):
    url, _due = grid
    assert disposition(client, url + "?export=csv") == (
        'attachment; filename="9-b-elektronni-petytsii.csv"'
    )
    assert disposition(client, url + "?export=csv-semicolon") == (
        'attachment; filename="9-b-elektronni-petytsii-excel.csv"'
    )
    assert disposition(client, url + "?export=xlsx") == (
        'attachment; filename="9-b-elektronni-petytsii.xlsx"'
    )


def test_the_workbook_has_a_title_row_and_numeric_scores(client, grid):
    url, due = grid
    sheet = load_workbook(io.BytesIO(client.get(url + "?export=xlsx").content)).active
    title = [cell.value for cell in sheet[1]]
    assert title[0] == "Клас: 9-Б"
    assert title[1] == "Модуль: Електронні петиції"
    assert title[2].startswith("Термін: ")
    assert str(timezone.localtime(due).year) in title[2]
    assert sheet[1][0].font.b
    marta = next(
        row for row in sheet.iter_rows(min_row=4) if row[0].value == "Марта Коваль"
    )
    score = marta[2]
    assert (score.value, score.data_type, score.number_format) == (75, "n", "0.0")


def test_the_grid_names_learners_explains_statuses_and_marks_overdue_in_words(
    client, grid
):
    url, _due = grid
    page = BeautifulSoup(client.get(url).content, "html.parser")
    names = [th.get_text(strip=True) for th in page.select("tbody th[scope=row]")]
    # A display name where the learner gave one, else the username.
    assert names == ["zhuk-2014", "Марта Коваль"]
    legend = page.select_one(".grid-key").get_text(" ", strip=True)
    assert "розпочато · 75 %" in legend or "розпочато" in legend
    for words in ("завершено", "розпочато", "прострочено", "не здано"):
        assert words in legend
    cell = page.select("tbody tr")[0].select("td")[0]
    assert "cell--overdue" in cell["class"]
    assert "прострочено" in cell.get_text()
