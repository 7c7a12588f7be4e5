"""H5P activities of a saved module play with the network off.

The player's sandboxed frame has an opaque origin, so the service worker handles
none of its requests; offline, the lesson page opens a small frame of ours instead
(same origin, so the worker serves it and the saved files) that starts the same
player in a sandboxed frame of its own and hands it the saved files.
"""

import pytest
from playwright.sync_api import expect

from h5p.models import Statement
from h5p.store import import_package
from tests.factories import UserFactory
from tests.h5p.fixtures import SAMPLES, needs_samples

from .test_h5p import wait_until
from .test_offline import wait_for_worker
from .test_quizzes import log_in


def save_for_offline(page, live_server, course):
    page.goto(live_server.url + course.url)
    wait_for_worker(page)
    page.audit.check()
    page.get_by_role("button", name="Зберегти для офлайн").click()
    expect(page.locator("[data-offline-status]")).to_contain_text(
        "Збережено на цьому пристрої", timeout=30_000
    )


def offline_player(page):
    """The H5P content offline: the sandboxed frame inside our own frame."""
    return page.frame_locator("iframe.h5p-activity__iframe").frame_locator("iframe")


def test_our_package_plays_offline_in_a_sandboxed_frame(page, live_server, h5p_lesson):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=75)
    course = lesson.get_parent().specific
    learner = UserFactory(username="olia-8b")
    log_in(page, live_server, learner.username)
    save_for_offline(page, live_server, course)

    page.context.set_offline(True)
    page.goto(live_server.url + lesson.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    content = offline_player(page)
    for number, answer in enumerate(
        [
            "6 000 підписів за 60 днів",
            "Автор петиції",
            "За 10 робочих днів",
        ]
    ):
        content.locator("fieldset").nth(number).get_by_label(answer).check()
    content.locator("fieldset").nth(3).get_by_label(
        "Ні: вони дорадчі", exact=False
    ).check()
    content.get_by_role("button", name="Перевірити відповіді").click()
    expect(content.get_by_role("status")).to_contain_text("3 з 4")
    page.audit.check()

    # The package's code still runs at an opaque origin: no cookies, no storage.
    body = content.locator("body")
    assert body.evaluate("() => window.origin") == "null"
    assert (
        body.evaluate(
            "() => { try { return document.cookie; }"
            " catch (e) { return 'blocked: ' + e.name; } }"
        )
        == "blocked: SecurityError"
    )

    # The result reached the lesson page, which sends it once the connection is
    # back: the attempt arrives on the server, once.
    assert not Statement.objects.filter(learner=learner, is_attempt=True).exists()
    page.context.set_offline(False)
    assert wait_until(
        page,
        lambda: Statement.objects.filter(learner=learner, is_attempt=True).exists(),
        seconds=30,
    )
    page.wait_for_timeout(1000)
    attempt = Statement.objects.get(learner=learner, is_attempt=True)
    assert attempt.activity_id == activity_id and attempt.percent == 75


@needs_samples
@pytest.mark.parametrize(
    "name", ["truefalse-hello.h5p", "multichoice.h5p", "dragtext.h5p"]
)
def test_real_packages_play_offline(page, live_server, h5p_lesson, media, name):
    with (SAMPLES / name).open("rb") as file:
        package = import_package(file, name=name)
    lesson, _activity_id = h5p_lesson(rule="completed", package=package)
    course = lesson.get_parent().specific
    log_in(page, live_server, UserFactory(username="petro-8b").username)
    save_for_offline(page, live_server, course)

    page.context.set_offline(True)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    content = offline_player(page)
    if name == "truefalse-hello.h5p":
        content.locator(".h5p-true-false-answer").first.click()
    elif name == "multichoice.h5p":
        content.locator(".h5p-answer").first.click()
    else:
        # The library's Ukrainian strings came with the saved files.
        expect(content.locator(".h5p-question-check-answer")).to_have_text("Перевірити")
        content.locator(".h5p-drag-draggables-container .ui-draggable").first.drag_to(
            content.locator(".ui-droppable").first
        )
    content.locator(".h5p-question-check-answer").click()
    # The check shows its result, as online.
    expect(content.locator(".h5p-joubelui-score-bar")).to_be_visible()
    expect(content.locator(".h5p-question-check-answer")).to_be_hidden()


@pytest.fixture(autouse=True)
def _back_online(page):
    yield
    page.context.set_offline(False)
