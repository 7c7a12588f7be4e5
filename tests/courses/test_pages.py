"""The page tree, the module page and the lesson page as a learner sees them."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from courses.illustrations import draw_illustration
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage, StandardPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_course_tree_is_locked(catalogue, make_course):
    course = make_course()
    lesson = LessonPage.objects.child_of(course).first()
    home = catalogue.get_parent().specific
    assert not CourseIndexPage.can_create_at(home)  # one catalogue per language
    assert CoursePage.can_create_at(catalogue)
    assert not CoursePage.can_create_at(home)
    assert LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(catalogue)
    assert not LessonPage.can_create_at(lesson)
    assert not StandardPage.can_create_at(course)
    assert not HomePage.can_create_at(course)


def test_module_page_lists_outcomes_and_lessons_with_durations(client, make_course):
    course = make_course(
        title="Петиції",
        learning_outcomes=json.dumps(
            [{"type": "outcome", "value": "Подати петицію до Київради."}]
        ),
        age_guidance="8–11 класи",
    )
    html = soup(client.get(course.url))
    assert html.h1.get_text(strip=True) == "Петиції"
    assert "Подати петицію до Київради." in html.select_one(".outcomes").get_text()
    lessons = [li.get_text(" ", strip=True) for li in html.select(".lesson-list li")]
    assert lessons == [
        "Петиції: урок 1 11 хв",
        "Петиції: урок 2 12 хв",
        "Петиції: урок 3 13 хв",
    ]
    start = html.find("a", string="Почати курс")
    assert start["href"] == course.url + "lesson-1/"
    assert "Школярі" in html.select_one(".facts").get_text()


def test_teacher_guide_is_shown_only_to_teachers(client, make_course):
    course = make_course(teacher_guide="<p>Поділіть клас на групи.</p>")
    assert "Поділіть клас на групи." not in client.get(course.url).content.decode()
    learner = UserFactory(username="uchen")
    client.force_login(learner)
    assert "Поділіть клас на групи." not in client.get(course.url).content.decode()
    teacher = UserFactory(
        username="vchytelka", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    client.force_login(teacher)
    assert "Поділіть клас на групи." in client.get(course.url).content.decode()


def test_pd_hours_and_ects_show_on_teacher_modules(client, make_course):
    course = make_course(audiences=("teacher_pd",), pd_hours=30, ects_credits="1.0")
    facts = soup(client.get(course.url)).select_one(".facts").get_text(" ", strip=True)
    assert "30 годин" in facts
    assert "Кредитів ЄКТС: 1" in facts


def test_lesson_page_has_breadcrumb_position_and_previous_next(client, make_course):
    course = make_course(title="Консультації", lessons=3)
    second = LessonPage.objects.child_of(course).get(slug="lesson-2")
    html = soup(client.get(second.url))
    crumbs = [a.get_text(strip=True) for a in html.select(".breadcrumb a")]
    assert crumbs == ["Громадянська освіта для Києва", "Курси", "Консультації"]
    assert "Урок 2 з 3" in html.select_one(".eyebrow").get_text()
    assert html.select_one('a[rel="prev"]')["href"] == course.url + "lesson-1/"
    assert html.select_one('a[rel="next"]')["href"] == course.url + "lesson-3/"
    last = soup(client.get(course.url + "lesson-3/"))
    assert last.select_one('a[rel="next"]') is None
    assert last.select_one(".pager__next")["href"] == course.url


def test_long_lessons_get_a_table_of_contents(client, make_course):
    headings = [
        {"type": "heading", "value": {"text": f"Розділ {i}", "level": "h2"}}
        for i in range(1, 4)
    ]
    course = make_course(lessons=1, body=headings)
    html = soup(client.get(course.url + "lesson-1/"))
    links = [(a.get_text(), a["href"]) for a in html.select(".contents a")]
    assert links == [
        ("Розділ 1", "#s-розділ-1"),
        ("Розділ 2", "#s-розділ-2"),
        ("Розділ 3", "#s-розділ-3"),
    ]
    assert html.find(id="s-розділ-2").name == "h2"
    short = make_course(lessons=1, slug="short", body=headings[:2])
    assert not soup(client.get(short.url + "lesson-1/")).select(".contents")


def test_anonymous_visitors_read_published_lessons_but_not_drafts(client, make_course):
    course = make_course(lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(course.url + "lesson-1/").status_code == 404


def lesson_queries(client, url) -> int:
    client.get(url)  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_lesson_page_queries_do_not_grow_with_blocks_or_lessons(
    client, make_course, glossary_term
):
    images = []
    for i in range(10):
        image = get_image_model()(title=f"Ілюстрація {i}")
        image.file = ImageFile(io.BytesIO(draw_illustration("city")), name=f"c{i}.png")
        image.save()
        images.append(image)

    def body(n):
        blocks = []
        for i in range(n):
            blocks += [
                {
                    "type": "image",
                    "value": {"image": images[i].pk, "alt_text": "Місто"},
                },
                {"type": "heading", "value": {"text": f"Розділ {i}", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Текст.</p>"},
                {"type": "glossary", "value": {"term": glossary_term.pk}},
                {
                    "type": "callout",
                    "value": {"kind": "example", "title": "", "text": "<p>Так.</p>"},
                },
                {
                    "type": "discussion",
                    "value": {"prompt": "Чому?", "teacher_note": ""},
                },
            ]
        return blocks

    small = make_course(slug="small", lessons=2, body=body(1))
    large = make_course(slug="large", lessons=12, body=body(10))
    small_count = lesson_queries(client, small.url + "lesson-2/")
    large_count = lesson_queries(client, large.url + "lesson-2/")
    assert small_count == large_count
    # Site, locale, Wagtail's routing (a query per level), breadcrumb, siblings,
    # images and their renditions, navigation, language switcher and footer:
    # fixed, whatever the lesson holds.
    assert small_count <= 21


def test_language_switcher_on_a_lesson_lands_on_its_translation(
    client, make_course, english
):
    course = make_course(title="Петиції", slug="petitions", lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    catalogue = course.get_parent()
    catalogue.copy_for_translation(english).save_revision().publish()
    course.copy_for_translation(english).save_revision().publish()
    translated = lesson.copy_for_translation(english)
    translated.title = "Petitions: lesson 1"
    translated.save_revision().publish()

    html = soup(client.get("/courses/petitions/lesson-1/"))
    switch = html.select_one('.language-switcher a[hreflang="en"]')
    assert switch["href"] == "/en/courses/petitions/lesson-1/"
    english_page = soup(client.get(switch["href"]))
    assert english_page.html["lang"] == "en"
    assert english_page.h1.get_text(strip=True) == "Petitions: lesson 1"
    back = english_page.select_one('.language-switcher a[hreflang="uk"]')
    assert back["href"] == "/courses/petitions/lesson-1/"
