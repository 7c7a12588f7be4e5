"""Offline use in the browser, issue 24's "Updates" and automatic saving: a saved
module whose published content changed is saved again on the next page seen online,
and a learner's assigned modules are saved without a click."""

import json

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from tests.factories import UserFactory, class_taking

from .test_offline import wait_for_worker
from .test_quizzes import log_in

SAVED_AT = "() => document.querySelector('[data-offline-items] time')?.dateTime"
PACK_SAVED = (
    "id => caches.keys().then(names => Promise.all(names"
    ".filter(n => n.startsWith('civiced-offline-'))"
    ".map(n => caches.open(n).then(c => c.match('/__civiced_offline__/packs/' + id)))))"
    ".then(hits => hits.some(Boolean))"
)


def wait_for_check(page):
    page.wait_for_function(
        "() => document.documentElement.hasAttribute('data-offline-synced')"
    )


@pytest.fixture
def module(make_course):
    course = make_course(
        title="Бюджет участі",
        lessons=2,
        body=[{"type": "paragraph", "value": "<p>Стара версія уроку.</p>"}],
    )
    return course, list(LessonPage.objects.child_of(course).live().specific())


def test_a_saved_module_is_saved_again_when_its_lesson_changes(
    page, live_server, module
):
    course, lessons = module
    log_in(page, live_server, UserFactory(username="marta-7a").username)
    page.goto(live_server.url + course.url)
    wait_for_worker(page)
    page.audit.check()
    page.get_by_role("button", name="Зберегти для офлайн").click()
    expect(page.locator("[data-offline-status]")).to_contain_text(
        "Збережено на цьому пристрої", timeout=30_000
    )
    page.goto(live_server.url + "/learning/offline/")
    wait_for_check(page)
    expect(page.locator("[data-offline-items] li")).to_have_count(1)
    first_saved = page.evaluate(SAVED_AT)
    page.audit.check()

    # An editor publishes a corrected lesson.
    lesson = lessons[1]
    lesson.body = json.dumps(
        [{"type": "paragraph", "value": "<p>Нова версія уроку.</p>"}]
    )
    lesson.save_revision().publish()

    # The pupil opens any page online: the module is saved again ...
    page.goto(live_server.url + lessons[0].url)
    wait_for_worker(page)
    page.audit.check()
    page.goto(live_server.url + "/learning/offline/")
    wait_for_check(page)
    page.wait_for_function(f"() => ({SAVED_AT})() !== {json.dumps(first_saved)}")
    expect(page.locator("[data-offline-items] li")).to_have_count(1)
    page.audit.check()

    # ... and in the shelter, without a connection, the new text is there.
    page.context.set_offline(True)
    page.goto(live_server.url + lesson.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    expect(page.locator("main")).to_contain_text("Нова версія уроку.")
    expect(page.locator("main")).not_to_contain_text("Стара версія уроку.")
    page.audit.check()


def test_an_assigned_module_is_saved_without_a_click(page, live_server, module):
    course, lessons = module
    learner = UserFactory(username="ivan-7a")
    class_taking(learner=learner, course=course)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + "/learning/")
    wait_for_worker(page)
    page.wait_for_function(PACK_SAVED, arg=course.pk, timeout=30_000)
    page.audit.check()

    page.goto(live_server.url + "/learning/offline/")
    saved = page.locator("[data-offline-items] li")
    expect(saved).to_have_count(1)
    expect(saved).to_contain_text(course.title)
    checkbox = page.get_by_label("Зберігати призначені мені модулі для офлайн")
    expect(checkbox).to_be_checked()
    page.audit.check()

    page.context.set_offline(True)
    for lesson in lessons:
        page.goto(live_server.url + lesson.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        page.audit.check()
    page.context.set_offline(False)

    # Turned off, it says so.
    page.goto(live_server.url + "/learning/offline/")
    page.get_by_label("Зберігати призначені мені модулі для офлайн").uncheck()
    page.get_by_role("button", name="Зберегти налаштування").click()
    expect(page.locator(".messages")).to_contain_text(
        "більше не зберігатимуться автоматично"
    )
    page.audit.check()
