"""A learner browses the catalogue, filters it, opens a module, reads a lesson, moves
to the next one, switches language and prints; every page fits a 360 px screen."""

import json
import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage


def publish(page):
    page.save_revision().publish()
    return page


def lesson_body(title: str) -> str:
    blocks = []
    for section in ("Основи", "Приклади", "Підсумок"):
        blocks += [
            {
                "type": "heading",
                "value": {"text": f"{section}: {title}", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": "<p>" + "Кияни впливають на місто. " * 40 + "</p>",
            },
            {
                "type": "callout",
                "value": {
                    "kind": "key_idea",
                    "title": "Головне",
                    "text": "<p>Так.</p>",
                },
            },
        ]
    return json.dumps(blocks)


@pytest.fixture
def two_modules(make_course, english):
    petitions = make_course(
        title="Петиції", slug="petitions", audiences=("school",), lessons=2
    )
    make_course(title="Відкриті дані", slug="open-data", audiences=("university",))
    for lesson in LessonPage.objects.child_of(petitions):
        lesson.body = lesson_body(lesson.title)
        publish(lesson)
    catalogue = petitions.get_parent()
    publish(catalogue.copy_for_translation(english))
    translated = petitions.copy_for_translation(english)
    translated.title = "Petitions"
    publish(translated)
    for lesson in LessonPage.objects.child_of(petitions):
        copy = lesson.copy_for_translation(english)
        copy.title = lesson.title.replace("Петиції: урок", "Petitions: lesson")
        publish(copy)
    return petitions


def test_learner_finds_reads_and_prints_a_lesson(page, live_server, two_modules):
    audit = page.audit
    page.goto(live_server.url + "/")
    audit.check()
    page.get_by_role("navigation", name="Головне меню").get_by_role(
        "link", name="Курси"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Курси")
    expect(page.locator(".course-card")).to_have_count(2)
    audit.check()

    page.get_by_label("Аудиторія").select_option("school")
    page.get_by_role("button", name="Показати курси").click()
    expect(page.locator(".course-card")).to_have_count(1)
    expect(page.get_by_role("status")).to_have_text("1 курс")
    audit.check()

    page.get_by_role("link", name="Петиції").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Петиції")
    audit.check()
    page.get_by_role("link", name="Почати курс").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Петиції: урок 1")
    expect(page.locator(".eyebrow")).to_contain_text("Урок 1 з 2")
    audit.check()

    # Reading: the contents jump to a section, the progress bar follows the scroll.
    page.get_by_role("navigation", name="У цьому уроці").get_by_role(
        "link", name="Підсумок: Петиції: урок 1"
    ).click()
    expect(page).to_have_url(re.compile(r"#s-"))
    page.mouse.wheel(0, 20000)
    expect(page.locator("[data-reading-progress]")).to_have_attribute(
        "style", re.compile(r"scaleX\(1")
    )

    page.get_by_role("link", name=re.compile("Наступний урок")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Петиції: урок 2")
    audit.check()

    page.get_by_role("navigation", name="Мова").get_by_role(
        "link", name="English"
    ).click()
    expect(page).to_have_url(live_server.url + "/en/courses/petitions/lesson-2/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Petitions: lesson 2")
    audit.check()

    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".pager")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.emulate_media(media="screen")
