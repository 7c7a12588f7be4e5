"""H5P in the browser: our own package and the real samples play, report results that
complete the lesson, resume after a reload, and cannot touch the learner's session."""

import pytest
from playwright.sync_api import expect

from h5p.models import SavedState, Statement
from h5p.store import import_package
from learning.models import LessonProgress
from tests.factories import UserFactory
from tests.h5p.fixtures import SAMPLES, needs_samples

from .test_quizzes import log_in


@pytest.fixture
def learner(db):
    return UserFactory(username="taras-10a")


def player(page):
    """The H5P content, in our sandboxed frame."""
    return page.frame_locator("iframe.h5p-activity__iframe")


def wait_until(page, check, seconds=15):
    """Poll the database (the browser writes to it from the live server)."""
    for _ in range(seconds * 4):
        if check():
            return True
        page.wait_for_timeout(250)
    return check()


def progress(learner, lesson):
    return LessonProgress.objects.filter(learner=learner, lesson=lesson).first()


def test_our_package_completes_the_lesson_resumes_and_is_isolated(
    page, live_server, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=75)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    content = player(page)
    first = content.locator("fieldset").nth(0)
    first.get_by_label("6 000 підписів за 60 днів").check()
    content.locator("fieldset").nth(1).get_by_label("Автор петиції").check()
    # The state reaches the server within a few seconds, then survives a reload.
    assert wait_until(
        page,
        lambda: SavedState.objects.filter(
            learner=learner, activity_id=activity_id
        ).exists(),
    )
    page.reload()
    content = player(page)
    expect(
        content.locator("fieldset").nth(0).get_by_label("6 000 підписів за 60 днів")
    ).to_be_checked()
    expect(page.get_by_role("status").filter(has_text="продовжуєте")).to_be_visible()
    content.locator("fieldset").nth(2).get_by_label("За 10 робочих днів").check()
    content.locator("fieldset").nth(3).get_by_label(
        "Ні: вони дорадчі", exact=False
    ).check()
    content.get_by_role("button", name="Перевірити відповіді").click()
    expect(content.get_by_role("status")).to_contain_text("3 з 4")
    expect(page.locator("[data-h5p-status]")).to_have_text("Урок завершено.")
    row = progress(learner, lesson)
    assert row.status == LessonProgress.COMPLETED and row.best_score == 75

    # The player's frame has an opaque origin: no cookies, no calls as the learner.
    frame = page.frame_locator("iframe.h5p-activity__iframe")
    origin = frame.locator("body").evaluate("() => window.origin")
    assert origin == "null"
    cookie = frame.locator("body").evaluate(
        "() => { try { return document.cookie; }"
        " catch (e) { return 'blocked: ' + e.name; } }"
    )
    assert cookie == "blocked: SecurityError"
    before = Statement.objects.count()
    outcome = frame.locator("body").evaluate(
        # A "simple" request, so the browser really sends it to our server.
        """async (url) => {
            const body = JSON.stringify({key: crypto.randomUUID(), statement: {
                verb: {id: 'http://adlnet.gov/expapi/verbs/completed'}}});
            try {
                const response = await fetch(url, {method: 'POST', mode: 'no-cors',
                    credentials: 'include', headers: {'Content-Type': 'text/plain'},
                    body});
                return response.type;
            } catch (e) { return 'refused'; }
        }""",
        f"{live_server.url}/api/h5p/{lesson.pk}/{activity_id}/xapi/",
    )
    assert outcome in ("opaque", "refused")
    assert Statement.objects.count() == before


@needs_samples
@pytest.mark.parametrize(
    "name,answer",
    [
        ("truefalse-hello.h5p", "truefalse"),
        ("multichoice.h5p", "multichoice"),
        ("dragtext.h5p", "dragtext"),
    ],
)
def test_real_packages_play_and_report_results(
    page, live_server, learner, h5p_lesson, media, name, answer
):
    with (SAMPLES / name).open("rb") as file:
        package = import_package(file, name=name)
    lesson, _activity_id = h5p_lesson(rule="completed", package=package)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    content = player(page)
    if answer == "truefalse":
        content.locator(".h5p-true-false-answer").first.click()
    elif answer == "multichoice":
        content.locator(".h5p-answer").first.click()
    else:
        # The library carries Ukrainian strings, so its buttons speak Ukrainian.
        expect(content.locator(".h5p-question-check-answer")).to_have_text("Перевірити")
        content.locator(".h5p-drag-draggables-container .ui-draggable").first.drag_to(
            content.locator(".ui-droppable").first
        )
    content.locator(".h5p-question-check-answer").click()
    expect(page.locator("[data-h5p-status]")).to_have_text("Урок завершено.")
    attempt = Statement.objects.get(learner=learner, is_attempt=True)
    assert attempt.score_max and attempt.score_max > 0
    assert progress(learner, lesson).status == LessonProgress.COMPLETED


def test_several_activities_on_a_page_start_lazily_and_report_separately(
    page, live_server, learner, h5p_lesson, h5p_package
):
    filler = [
        {"type": "paragraph", "value": f"<p>Абзац {n} про петиції.</p>"}
        for n in range(60)
    ]
    second = {
        "type": "h5p",
        "id": "second-activity",
        "value": {
            "package": h5p_package.pk,
            "required": True,
            "completion_rule": "completed",
            "pass_percent": 60,
        },
    }
    lesson, first_id = h5p_lesson(rule="completed", extra=[*filler, second])
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    sections = page.locator("[data-h5p-activity]")
    expect(sections.nth(0)).to_have_attribute("data-h5p-started", "")
    # The second player is far below: it has not even been created yet.
    expect(sections.nth(1).locator("iframe")).to_have_count(0)
    page.audit.check()
    sections.nth(1).scroll_into_view_if_needed()
    expect(sections.nth(1)).to_have_attribute("data-h5p-started", "")
    frame = page.frame_locator("iframe.h5p-activity__iframe").nth(1)
    for number, answer in enumerate(
        ["6 000 підписів за 60 днів", "Київський міський голова", "За 10 робочих днів"]
    ):
        frame.locator("fieldset").nth(number).get_by_label(answer).check()
    frame.locator("fieldset").nth(3).get_by_label("Так: це місцевий референдум").check()
    frame.get_by_role("button", name="Перевірити відповіді").click()
    expect(sections.nth(1).locator("[data-h5p-status]")).to_have_text(
        "Ваш результат збережено."
    )
    attempt = Statement.objects.get(learner=learner, is_attempt=True)
    assert attempt.activity_id == "second-activity" and attempt.percent == 75
    # The first activity is still to do, so the lesson is not complete.
    assert progress(learner, lesson).status == LessonProgress.IN_PROGRESS
    assert first_id != "second-activity"


def test_a_learner_past_the_storage_cap_is_told_and_nothing_is_kept(
    page, live_server, learner, h5p_lesson, settings
):
    """The endpoints refuse (413) once the learner's H5P storage is full; the page
    says why instead of failing silently, and nothing is stored."""
    settings.H5P_LEARNER_STORAGE_BYTES = 10
    lesson, _activity_id = h5p_lesson(rule="score", pass_percent=75)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    content = player(page)
    content.locator("fieldset").nth(0).get_by_label("6 000 підписів за 60 днів").check()
    expect(page.locator("[data-h5p-status]")).to_contain_text(
        "Більше нічого не зберігається", timeout=15_000
    )
    page.audit.check()
    assert not SavedState.objects.filter(learner=learner).exists()
    assert not Statement.objects.filter(learner=learner).exclude(verb="viewed").exists()
