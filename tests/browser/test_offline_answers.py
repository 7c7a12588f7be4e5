"""Answers made offline: a learner in a shelter answers and submits a quiz of a saved
module, reads its lessons, closes the page and opens it again, all with no
connection; once it is back, every answer and the submit reach the server exactly
once, the submit dated at the click. H5P statements take the same way (the player
frame offline is another part of the work; here statements go through the outbox
in the lesson page while offline)."""

import uuid
from datetime import datetime, timedelta

from playwright.sync_api import expect

from h5p.models import Statement
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.h5p.fixtures import statement

from .test_h5p import wait_until
from .test_offline import module, wait_for_worker  # noqa: F401 (a fixture)
from .test_quizzes import log_in, question

QUEUED = "Збережено на цьому пристрої — надішлемо, щойно зʼявиться звʼязок."


def test_answers_made_offline_arrive_once_when_the_connection_is_back(
    page,
    live_server,
    module,  # noqa: F811
):
    course, lessons = module
    quiz_lesson, *reading = lessons
    learner = UserFactory(username="sofiia-8v")
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + course.url)
    wait_for_worker(page)
    page.audit.check()
    page.get_by_role("button", name="Зберегти для офлайн").click()
    expect(page.locator("[data-offline-status]")).to_contain_text(
        "Збережено на цьому пристрої", timeout=30_000
    )

    # The alert: no connection. Every lesson opens and is read to its end.
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
    for lesson in reversed(lessons):
        page.goto(live_server.url + lesson.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        page.audit.check()
    # On the quiz lesson (the last opened), the pupil answers and submits.
    status = page.locator("[data-save-status]")
    question(page, 1).get_by_label("6000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    expect(status).to_have_text(QUEUED)
    clicked_from = datetime.now().astimezone()
    page.get_by_role("button", name="Надіслати відповіді").click()
    clicked_to = datetime.now().astimezone()
    expect(status).to_have_text(QUEUED)
    expect(page.get_by_role("button", name="Надіслати відповіді")).to_be_disabled()
    page.audit.check()
    assert not Attempt.objects.filter(learner=learner).exists()

    # The page is closed and opened again, still offline: the answers are waiting.
    again = page.context.new_page()
    page.close()
    again.goto(live_server.url + quiz_lesson.url)
    expect(again.locator("[data-save-status]")).to_have_text(QUEUED)
    expect(again.get_by_role("button", name="Надіслати відповіді")).to_be_disabled()
    assert not Attempt.objects.filter(learner=learner).exists()
    assert not LessonProgress.objects.filter(learner=learner).exists()

    # The connection is back: everything arrives, the submit once, at the click.
    again.context.set_offline(False)
    assert wait_until(
        again,
        lambda: Attempt.objects.filter(learner=learner, status=Attempt.GRADED).exists(),
    )
    expect(again.locator(".quiz")).to_contain_text("100", timeout=15_000)
    assert wait_until(
        again,
        lambda: all(
            LessonProgress.objects.filter(
                learner=learner, lesson=lesson, read_to_end=True
            ).exists()
            for lesson in reading
        ),
    )
    again.wait_for_timeout(2000)  # nothing more is on its way
    (attempt,) = Attempt.objects.filter(learner=learner)
    assert attempt.status == Attempt.GRADED and attempt.percent == 100
    assert (
        clicked_from - timedelta(seconds=1)
        <= attempt.submitted_at
        <= clicked_to + timedelta(seconds=1)
    )
    for lesson in reading:
        progress = LessonProgress.objects.get(learner=learner, lesson=lesson)
        assert progress.status == LessonProgress.COMPLETED
    assert LessonProgress.objects.get(learner=learner, lesson=quiz_lesson).status == (
        LessonProgress.COMPLETED
    )
    assert again.evaluate(
        "() => window.civicedOutbox.pending('quiz:' +"
        " document.querySelector('[data-quiz]').getAttribute('data-autosave-url'))"
        ".then(items => items.length)"
    ) in (0, None)


# An xAPI statement through the outbox, as h5p-activity.js sends one.
SEND = """([url, body]) => window.civicedOutbox.send({
  url: url, kind: "xapi", group: "h5p:" + url, body: body, json: true,
}).then(() => true)"""


def test_h5p_statements_made_offline_are_sent_once_on_the_next_visit(
    page, live_server, h5p_lesson
):
    lesson, _activity = h5p_lesson(rule="completed")
    learner = UserFactory(username="danylo-8v")
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    url = page.locator("[data-h5p-activity]").get_attribute("data-xapi-url")
    page.context.set_offline(True)
    key = uuid.uuid4()
    body = {"key": str(key), "statement": statement("completed")}
    sent = Statement.objects.filter(learner=learner, key=key)
    assert page.evaluate(SEND, [url, body])
    status = page.locator("[data-h5p-status]")
    expect(status).to_have_text(QUEUED)
    assert not sent.exists()

    # Closed while offline; the next visit, online, sends it.
    again = page.context.new_page()
    page.close()
    again.context.set_offline(False)
    again.goto(live_server.url + lesson.url)
    assert wait_until(again, sent.exists)
    # The same statement again (a retry whose answer was lost) is kept once.
    assert again.evaluate(SEND, [url, body])
    again.wait_for_timeout(2000)
    assert sent.count() == 1


def test_two_tabs_back_online_send_an_offline_submit_once(
    page, live_server, quiz_lesson
):
    lesson, _quiz, _activity = quiz_lesson(lessons=1)
    learner = UserFactory(username="nazar-8v")
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    other = page.context.new_page()
    other.goto(live_server.url + lesson.url)
    page.context.set_offline(True)
    question(page, 1).get_by_label("6000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    page.get_by_role("button", name="Надіслати відповіді").click()
    expect(page.locator("[data-save-status]")).to_have_text(QUEUED)
    # Both tabs hear the connection come back; one of them sends.
    page.context.set_offline(False)
    assert wait_until(
        page,
        lambda: Attempt.objects.filter(learner=learner, status=Attempt.GRADED).exists(),
    )
    expect(page.locator(".attempt-result")).to_be_visible()
    page.audit.check()
    page.wait_for_timeout(2000)
    (attempt,) = Attempt.objects.filter(learner=learner)
    assert attempt.percent == 100
