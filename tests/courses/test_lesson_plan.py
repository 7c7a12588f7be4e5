"""A lesson's 45-minute plan is for the teacher only, and its printable handout
(the lesson's key text, the plan's tasks and exit ticket, the sources) is for all."""

import datetime
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError

from accounts.roles import TEACHERS_GROUP
from courses.blocks import LessonPlanBlock
from courses.models import LessonPage
from tests.conftest import publish
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PLAN = {
    "goal": "Учні відрізняють київський поріг петиції від загальнодержавного.",
    "hook": {"minutes": 5, "text": "Два числа на дошці: що вони означають?"},
    "activity": {
        "minutes": 25,
        "text": "Робота в парах з роздаткою.",
        "tasks": [
            "До кого звертається мешканка зі світлофором?",
            "Скільки підписів потрібно петиції до Київради?",
        ],
    },
    "reflection": {"minutes": 8, "text": "Що здивувало?"},
    "exit_ticket": {"minutes": 7, "text": "Назвіть поріг і строк петиції до Київради."},
}


@pytest.fixture
def lesson(make_course):
    course = make_course(
        lessons=1,
        body=[
            {"type": "heading", "value": {"text": "Де подають петиції", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Петиції до Київради подають онлайн.</p>",
            },
            {
                "type": "discussion",
                "value": {"prompt": "Чи це справедливо?", "teacher_note": "Секрет."},
            },
        ],
    )
    page = LessonPage.objects.child_of(course).get()
    page.plan = json.dumps([{"type": "plan", "value": PLAN}])
    page.sources = json.dumps(
        [
            {
                "type": "source",
                "value": {
                    "title": "Положення про електронні петиції",
                    "url": "https://petition.kyivcity.gov.ua",
                    "as_of": "2021-06-10",
                },
            }
        ]
    )
    page.as_of = datetime.date(2025, 12, 28)
    page.review_by = datetime.date(2027, 3, 31)
    return publish(page)


def teacher():
    group = Group.objects.get_or_create(name=TEACHERS_GROUP)[0]
    return UserFactory(username="vchytel", groups=[group])


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_teacher_sees_the_plan_folded_away_with_its_timing(client, lesson):
    client.force_login(teacher())
    soup = _soup(client.get(lesson.url))
    plan = soup.find("details", class_="lesson__plan")
    assert plan is not None and not plan.has_attr("open")
    text = plan.get_text(" ", strip=True)
    assert "План уроку для вчителя (45 хвилин)" in plan.summary.get_text()
    assert PLAN["goal"] in text
    for step, label in (
        ("hook", "Мотивація"),
        ("activity", "Основна діяльність"),
        ("reflection", "Рефлексія"),
        ("exit_ticket", "Квиток на вихід"),
    ):
        assert label in text
        assert PLAN[step]["text"] in text
    assert "25 хв" in text


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_learners_and_visitors_never_get_the_plan(client, lesson, who):
    if who == "learner":
        client.force_login(UserFactory(username="uchen"))
    html = client.get(lesson.url).content.decode()
    assert "lesson__plan" not in html
    assert PLAN["goal"] not in html and PLAN["hook"]["text"] not in html


def test_the_lesson_page_links_its_printable_handout(client, lesson):
    link = _soup(client.get(lesson.url)).find("a", string="Роздатка для друку")
    assert link is not None and link["href"] == f"{lesson.url}handout/"


@pytest.mark.parametrize("who", ["anonymous", "learner", "teacher"])
def test_the_handout_has_the_text_tasks_exit_ticket_and_dated_sources(
    client, lesson, who
):
    if who != "anonymous":
        client.force_login(teacher() if who == "teacher" else UserFactory())
    soup = _soup(client.get(f"{lesson.url}handout/"))
    assert soup.h1.get_text(strip=True) == lesson.title
    text = soup.get_text(" ", strip=True)
    assert "Петиції до Київради подають онлайн." in text
    tasks = soup.find("section", attrs={"aria-labelledby": "handout-tasks"})
    assert [li.p.get_text(strip=True) for li in tasks.find_all("li")] == (
        PLAN["activity"]["tasks"]
    )
    exit_ticket = soup.find("section", attrs={"aria-labelledby": "handout-exit"})
    assert exit_ticket.h2.get_text(strip=True) == "Квиток на вихід"
    assert PLAN["exit_ticket"]["text"] in exit_ticket.get_text()
    sources = soup.find("section", attrs={"aria-labelledby": "handout-sources"})
    assert "станом на 28 грудня 2025" in sources.get_text(" ", strip=True)
    assert (
        "Положення про електронні петиції — https://petition.kyivcity.gov.ua "
        "(станом на 10 червня 2021)" in sources.get_text(" ", strip=True)
    )
    # Paper for pupils: no teacher's notes, no plan, no site chrome, no scripts
    # or images, only the handout's own stylesheet.
    assert "Секрет." not in text and PLAN["hook"]["text"] not in text
    assert soup.find("nav") is None and soup.find(class_="site-header") is None
    assert soup.find("script") is None and soup.find("img") is None
    sheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert len(sheets) == 1 and sheets[0].endswith("css/handout.css")


def test_the_handout_stylesheet_prints_a4_in_black_and_white():
    css = Path(finders.find("css/handout.css")).read_text(encoding="utf-8")
    assert "size: A4" in css
    assert "@media print" in css
    assert "color: #000" in css and "background: #fff" in css
    assert "img" in css and "display: none" in css


def test_a_lesson_without_a_plan_still_prints_its_text(client, make_course):
    course = make_course(lessons=1)
    page = LessonPage.objects.child_of(course).get()
    soup = _soup(client.get(f"{page.url}handout/"))
    assert "Абзац 0." in soup.get_text()
    assert soup.find("section", attrs={"aria-labelledby": "handout-exit"}) is None


def test_a_plan_whose_steps_do_not_fill_45_minutes_is_refused():
    block = LessonPlanBlock()
    value = block.to_python({**PLAN, "hook": {"minutes": 15, "text": "Довго."}})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "55" in str(error.value.non_block_errors.as_data()[0].messages)
    assert block.clean(block.to_python(PLAN))["goal"] == PLAN["goal"]


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_the_plan_costs_learners_no_query(client, lesson, make_course, who):
    if who == "learner":
        client.force_login(UserFactory(username="uchen"))
    course = make_course(lessons=1, slug="bez-planu", body=list(lesson.body.raw_data))
    plain = LessonPage.objects.child_of(course).get()
    # The session and the site are read once; with the caches on (the PostgreSQL
    # pass) both pages are then measured as a warm cache serves them.
    client.get(plain.url)
    client.get(lesson.url)
    counts = []
    for page in (plain, lesson):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
