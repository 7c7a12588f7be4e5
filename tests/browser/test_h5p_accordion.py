"""An Accordion in the browser: it reports nothing that completes, so a required
Accordion placed with the editor's default rule counts as done once the learner
opens it, and the lesson is completed without a single answer."""

import io
import json
import zipfile

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from h5p.models import Statement
from h5p.store import import_package
from learning.models import LessonProgress
from tests.courses.test_editing import lesson_form
from tests.factories import UserFactory

from .test_h5p import player, progress, wait_until
from .test_quizzes import log_in


def open_panel(content, title, text):
    """Click a panel's title until its text shows: the accordion draws its titles a
    moment before it listens for clicks, and a learner simply clicks again."""
    for _ in range(3):
        content.get_by_text(title).click()
        try:
            expect(content.get_by_text(text)).to_be_visible(timeout=3000)
            return
        except AssertionError:
            continue
    expect(content.get_by_text(text)).to_be_visible()


PANELS = [
    ("Хто може подати петицію?", "Будь-який громадянин України."),
    ("Скільки підписів потрібно?", "6 000 підписів за 60 днів."),
]

# A minimal H5P.Accordion 1.0: it shows its panels and, like the real one, sends
# no xAPI statement that completes (the real one sends none at all).
ACCORDION_JS = """var H5P = H5P || {};
H5P.Accordion = (function (EventDispatcher) {
  "use strict";
  function Accordion(params, contentId) {
    EventDispatcher.call(this);
    this.panels = (params && params.panels) || [];
    this.contentId = contentId;
  }
  Accordion.prototype = Object.create(EventDispatcher.prototype);
  Accordion.prototype.constructor = Accordion;
  Accordion.prototype.attach = function ($container) {
    var root = $container[0] || $container;
    root.classList.add("h5p-accordion");
    root.textContent = "";
    this.panels.forEach(function (panel) {
      var details = document.createElement("details");
      var summary = document.createElement("summary");
      summary.textContent = panel.title;
      var text = document.createElement("p");
      text.textContent = panel.text;
      details.appendChild(summary);
      details.appendChild(text);
      root.appendChild(details);
    });
    this.trigger("resize");
  };
  return Accordion;
})(H5P.EventDispatcher);
"""


def accordion_package() -> io.BytesIO:
    """An .h5p whose main library is H5P.Accordion 1.0, carried in the package."""
    library = {
        "title": "Accordion",
        "machineName": "H5P.Accordion",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 1,
        "license": "MIT",
        "author": "civiced tests",
        "embedTypes": ["iframe", "div"],
        "coreApi": {"majorVersion": 1, "minorVersion": 19},
        "preloadedJs": [{"path": "scripts/accordion.js"}],
    }
    manifest = {
        "title": "Як подати петицію",
        "language": "uk",
        "mainLibrary": "H5P.Accordion",
        "embedTypes": ["iframe"],
        "license": "CC BY 4.0",
        "preloadedDependencies": [
            {"machineName": "H5P.Accordion", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    content = {"panels": [{"title": t, "text": text} for t, text in PANELS]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps(manifest, ensure_ascii=False))
        archive.writestr(
            "content/content.json", json.dumps(content, ensure_ascii=False)
        )
        archive.writestr("H5P.Accordion-1.0/library.json", json.dumps(library))
        archive.writestr("H5P.Accordion-1.0/scripts/accordion.js", ACCORDION_JS)
    buffer.seek(0)
    return buffer


@pytest.fixture
def learner(db):
    return UserFactory(username="marta-8v")


@pytest.fixture
def accordion_lesson(make_course, media, client):
    """A lesson with a required Accordion, added through the lesson editor with
    the rule left as recommended."""
    package = import_package(accordion_package(), name="accordion.h5p")
    course = make_course(title="Петиції", lessons=0)
    client.force_login(
        UserFactory(username="redaktorka", is_superuser=True, is_staff=True)
    )
    block = {
        "package": package.pk,
        "required": True,
        "completion_rule": "",
        "pass_percent": 60,
    }
    response = lesson_form(client, course, [("h5p", block)], "action-publish")
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    LessonPage.objects.filter(pk=lesson.pk).update(
        completion_rule=LessonPage.ACTIVITIES_DONE
    )
    return LessonPage.objects.get(pk=lesson.pk)


def test_a_required_accordion_completes_the_lesson_once_opened(
    page, live_server, learner, accordion_lesson
):
    lesson = accordion_lesson
    block = next(b for b in lesson.body if b.block_type == "h5p")
    assert block.value["completion_rule"] == "viewed"
    log_in(page, live_server, learner.username)

    # Before the lesson is opened, My learning does not count it as done.
    page.get_by_role("link", name="Моє навчання").click()
    expect(page.get_by_role("heading", name="Завершені курси")).to_have_count(0)
    page.audit.check()
    assert progress(learner, lesson) is None or (
        progress(learner, lesson).status != LessonProgress.COMPLETED
    )

    page.goto(live_server.url + lesson.url)
    page.audit.check()
    section = page.locator("[data-h5p-activity]")
    expect(section).to_contain_text("Зараховується, щойно ви її відкриєте.")
    content = player(page)
    for title, text in PANELS:
        expect(content.get_by_text(title)).to_be_visible()
        open_panel(content, title, text)
    # Nothing answered, nothing sent but the frame opening: the lesson is done.
    expect(page.locator("[data-h5p-status]")).to_have_text("Урок завершено.")
    assert wait_until(
        page,
        lambda: (
            progress(learner, lesson) is not None
            and progress(learner, lesson).status == LessonProgress.COMPLETED
        ),
    )
    assert not Statement.objects.filter(learner=learner).exclude(verb="viewed").exists()

    page.get_by_role("link", name="Моє навчання").click()
    completed = page.locator(
        "section", has=page.get_by_role("heading", name="Завершені курси")
    )
    expect(completed).to_contain_text("Петиції")
    expect(completed).to_contain_text("1 з 1 уроків пройдено")
    page.audit.check()
