"""The catalogue: filters by audience, topic and language, search, and bad input."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses.models import CoursePage

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in html.select(".course-card__title")]


@pytest.fixture
def courses(make_course):
    make_course(
        title="Петиції", slug="petitions", audiences=("school",), topics=("петиції",)
    )
    make_course(
        title="Відкриті дані",
        slug="open-data",
        audiences=("university", "vocational"),
        topics=("відкриті дані",),
    )
    make_course(
        title="Як навчати участі",
        slug="teaching",
        audiences=("teacher_pd",),
        topics=("методика", "петиції"),
        pd_hours=30,
    )


def test_catalogue_lists_every_module_with_duration_and_audience(client, courses):
    response = client.get("/courses/")
    assert titles(response) == ["Петиції", "Відкриті дані", "Як навчати участі"]
    html = BeautifulSoup(response.content, "html.parser")
    card = html.select(".course-card")[1]
    text = card.get_text(" ", strip=True)
    assert "1 год" in text
    assert "Студенти університетів, Студенти коледжів і закладів профосвіти" in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("audience=school", ["Петиції"]),
        ("audience=vocational", ["Відкриті дані"]),
        ("audience=teacher_pd", ["Як навчати участі"]),
        ("topic=петиції", ["Петиції", "Як навчати участі"]),
        ("audience=school&topic=методика", []),
    ],
)
def test_filters(client, courses, query, expected):
    assert titles(client.get(f"/courses/?{query}")) == expected


def test_search_finds_modules_by_their_own_text_and_by_their_lessons(
    client, courses, make_course
):
    assert titles(client.get("/courses/?q=дані")) == ["Відкриті дані"]
    # Lesson titles are "<module>: урок N", so a lesson match finds its module.
    assert titles(client.get("/courses/?q=навчати")) == ["Як навчати участі"]
    assert titles(client.get("/courses/?q=ніщотакенеіснує")) == []


@pytest.mark.parametrize(
    "q", ['"', '"дані', "дані*", "дані AND", "NEAR(дані", "-дані", "дані)", "'"]
)
def test_search_syntax_in_the_box_is_read_as_words(client, courses, q):
    """The search index's own syntax (quotes, operators, brackets) is not the
    visitor's: a stray quote must not break the page (SQLite's full-text MATCH
    refused it with an error), and the words still find what they name."""
    response = client.get("/courses/", {"q": q})
    assert response.status_code == 200
    if "дані" in q:
        assert titles(response) == ["Відкриті дані"]


def test_language_filter_shows_the_english_modules(client, courses, english):
    petitions = CoursePage.objects.get(slug="petitions")
    catalogue = petitions.get_parent()
    catalogue.copy_for_translation(english).save_revision().publish()
    translated = petitions.copy_for_translation(english)
    translated.title = "Petitions"
    translated.save_revision().publish()
    assert titles(client.get("/courses/?language=en")) == ["Petitions"]
    assert titles(client.get("/en/courses/")) == ["Petitions"]


def test_bad_filters_get_a_clear_message_and_the_whole_catalogue(client, courses):
    response = client.get("/courses/?audience=aliens&language=xx")
    assert response.status_code == 200
    assert "Деякі фільтри некоректні" in response.content.decode()
    assert len(titles(response)) == 3


@pytest.mark.parametrize("language", ["\x00", "uk\x00", "x" * 500])
def test_a_language_no_site_has_is_refused_not_looked_up(client, courses, language):
    # PostgreSQL refuses a NUL character in a query: it was a 500 there.
    response = client.get("/courses/", {"language": language})
    assert response.status_code == 200
    assert "Деякі фільтри некоректні" in response.content.decode()
    assert len(titles(response)) == 3


def test_catalogue_queries_do_not_grow_with_the_number_of_modules(client, make_course):
    def count() -> int:
        client.get("/courses/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/courses/?audience=school")
        return len(captured)

    make_course(slug="a", lessons=1)
    few = count()
    for i in range(6):
        make_course(slug=f"more-{i}", lessons=1, audiences=("school", "university"))
    assert count() == few


def test_glossary_page_lists_terms_of_the_language(client, catalogue, glossary_term):
    english_term = glossary_term.copy_for_translation(
        Locale.objects.get_or_create(language_code="en")[0]
    )
    english_term.term = "Petition"
    english_term.save()
    html = client.get("/courses/glossary/").content.decode()
    assert "Петиція" in html
    assert "Колективне звернення до влади." in html
    assert "Petition<" not in html


@pytest.fixture
def petition_courses(make_course):
    """Three modules naming petitions in three different forms, and one that does
    not, in its lesson's text only for one of them."""
    make_course(title="Петиція до Київради", slug="one-petition", lessons=1)
    make_course(title="Сто петицій за рік", slug="hundred", lessons=1)
    make_course(
        title="Голос громади",
        slug="voice",
        lessons=1,
        body=[{"type": "paragraph", "value": "<p>Як підтримати петиції сусідів.</p>"}],
    )
    make_course(title="Відкриті дані", slug="open-data", lessons=1)


def test_every_form_of_a_ukrainian_word_finds_the_same_modules(
    client, petition_courses
):
    found = {
        q: sorted(titles(client.get("/courses/", {"q": q})))
        for q in ("петиція", "петиції", "петицій", "Петиціями")
    }
    expected = ["Голос громади", "Петиція до Київради", "Сто петицій за рік"]
    assert all(result == expected for result in found.values()), found


def test_topics_are_offered_in_their_proper_case(client, make_course):
    make_course(title="Простори", slug="spaces", topics=("vcentri", "петиції"))
    html = BeautifulSoup(client.get("/courses/").content, "html.parser")
    offered = [o.get_text(strip=True) for o in html.select("select[name=topic] option")]
    assert "Vcentri" in offered
    assert "Петиції" in offered
    assert "vcentri" not in offered
