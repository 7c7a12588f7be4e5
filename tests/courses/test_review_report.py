"""The admin report of lessons due for a fact check: editors and moderators see the
lessons past their review-by date and those due within 30 days, and nobody else
opens it."""

import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonPage
from tests.conftest import publish
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/admin/reports/lessons-due-for-review/"


@pytest.fixture
def lessons(make_course):
    today = timezone.localdate()
    course = make_course(title="Петиції", lessons=3)
    overdue, soon, fresh = LessonPage.objects.child_of(course).order_by("path")
    for page, title, review_by in (
        (overdue, "Прострочений урок", today - datetime.timedelta(days=3)),
        (soon, "Урок на перевірку скоро", today + datetime.timedelta(days=20)),
        (fresh, "Свіжий урок", today + datetime.timedelta(days=200)),
    ):
        page.title = title
        page.as_of = datetime.date(2025, 12, 28)
        page.review_by = review_by
        publish(page)
    return overdue, soon, fresh


def _rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in soup.select("table tbody tr")
    ], soup


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_see_overdue_and_soon_due_lessons_with_an_edit_link(
    client, lessons, group
):
    overdue, _soon, _fresh = lessons
    client.force_login(
        UserFactory(username="avtor", groups=[Group.objects.get(name=group)])
    )
    rows, soup = _rows(client.get(URL))
    assert soup.h1 is not None
    titles = [row[0] for row in rows]
    assert titles == ["Прострочений урок", "Урок на перевірку скоро"]
    assert "Свіжий урок" not in soup.get_text()
    assert "Петиції" in rows[0] and "Прострочено" in rows[0]
    assert "Перевірити протягом 30 днів" in rows[1]
    assert "28 грудня 2025 р." in rows[0]
    edit = soup.find("a", string=lambda s: s and "Прострочений урок" in s)
    assert edit["href"] == reverse("wagtailadmin_pages:edit", args=[overdue.pk])


def test_the_report_exports_to_xlsx(client, lessons):
    client.force_login(
        UserFactory(username="avtor", groups=[Group.objects.get(name="Moderators")])
    )
    response = client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(response.streaming_content))
    ).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:2] == ["Урок", "Модуль"]
    assert rows[1][0] == "Прострочений урок" and rows[1][2] == "Українська"


def test_the_report_exports_to_csv(client, lessons):
    client.force_login(
        UserFactory(username="avtor", groups=[Group.objects.get(name="Editors")])
    )
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    assert "Прострочений урок" in text and "Свіжий урок" not in text


def test_the_reports_menu_lists_it_for_editors(client, lessons):
    client.force_login(
        UserFactory(username="avtor", groups=[Group.objects.get(name="Editors")])
    )
    html = client.get("/admin/").content.decode()
    assert URL in html


@pytest.mark.parametrize("who", ["anonymous", "learner", "teacher"])
def test_learners_and_teachers_cannot_open_it(client, lessons, who):
    if who == "teacher":
        teacher = UserFactory(
            username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
        )
        client.force_login(teacher)
    elif who == "learner":
        client.force_login(UserFactory(username="uchen"))
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Прострочений урок" not in response.content.decode()
    export = client.get(URL, {"export": "csv"})
    assert export.status_code in (302, 403)
