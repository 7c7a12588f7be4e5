"""A lesson shows its sources ("Джерела") with their dates to everyone, and tells
teachers as of when its facts are stated and when they are due for review."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from courses.models import LessonPage
from tests.conftest import publish
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SOURCES = [
    {
        "type": "source",
        "value": {
            "title": "Положення про електронні петиції",
            "url": "https://petition.kyivcity.gov.ua",
            "as_of": "2021-06-10",
        },
    },
    {
        "type": "source",
        "value": {"title": "Закон № 577-VIII", "url": "", "as_of": "2015-10-28"},
    },
]


@pytest.fixture
def lesson(make_course):
    course = make_course(lessons=1)
    page = LessonPage.objects.child_of(course).get()
    page.sources = json.dumps(SOURCES)
    page.as_of = datetime.date(2025, 12, 28)
    page.review_by = datetime.date(2027, 3, 31)
    return publish(page)


def _sources(response):
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "sources-title"})
    return soup, section


def test_learners_see_the_sources_with_their_dates(client, lesson):
    soup, section = _sources(client.get(lesson.url))
    assert section.find("h2").get_text(strip=True) == "Джерела"
    assert "станом на 28 грудня 2025" in section.get_text(" ", strip=True)
    items = [li.get_text(" ", strip=True) for li in section.find_all("li")]
    assert items == [
        "Положення про електронні петиції (станом на 10 червня 2021)",
        "Закон № 577-VIII (станом на 28 жовтня 2015)",
    ]
    link = section.find("a")
    assert link["href"] == "https://petition.kyivcity.gov.ua"
    assert "перевірити знову" not in soup.get_text()


def test_teachers_are_told_when_the_facts_are_due_for_review(client, lesson):
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    client.force_login(teacher)
    soup, _section = _sources(client.get(lesson.url))
    note = soup.find(class_="lesson__checked")
    assert note is not None
    assert note.get_text(" ", strip=True) == (
        "Для вчителя: факти в цьому уроці подано станом на 28 грудня 2025; "
        "їх треба перевірити знову до 31 березня 2027."
    )


def test_a_lesson_without_sources_has_no_empty_section(client, make_course):
    course = make_course(lessons=1)
    page = LessonPage.objects.child_of(course).get()
    _soup, section = _sources(client.get(page.url))
    assert section is None
