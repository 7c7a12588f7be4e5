"""The H5P player frame in the browser: a video from an allowed host waits for a
click, sounds load across the frame's opaque origin, links open a new window,
jQuery's <base> raises no policy error, and merely opening an activity is no
progress to resume."""

import json
import re
import struct
import zipfile

import pytest
from playwright.sync_api import expect

from h5p.models import SavedState
from h5p.store import import_package
from tests.factories import UserFactory
from tests.h5p.fixtures import SAMPLES, needs_samples
from tests.h5p.test_player_frame import YOUTUBE, package_with_media, with_content

from .test_h5p import player, wait_until
from .test_quizzes import log_in


@pytest.fixture
def learner(db):
    return UserFactory(username="oksana-9b")


def wav(seconds: float = 0.5, rate: int = 8000) -> bytes:
    """A real WAV file: a quiet 440 Hz tone, 16-bit mono."""
    import math

    frames = b"".join(
        struct.pack("<h", int(2000 * math.sin(2 * math.pi * 440 * n / rate)))
        for n in range(int(seconds * rate))
    )
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(frames),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        rate,
        rate * 2,
        2,
        16,
        b"data",
        len(frames),
    )
    return header + frames


def console_errors(page) -> list[str]:
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    return errors


def test_an_allowed_video_host_waits_for_the_learners_click(
    page, live_server, learner, h5p_lesson, settings
):
    settings.H5P_MEDIA_HOSTS = ["youtube.com"]
    package = package_with_media(YOUTUBE)
    lesson, _activity_id = h5p_lesson(package=package)
    # A safety net only: nothing may reach YouTube from CI, even by mistake.
    page.context.route(re.compile(r"youtube|ytimg"), lambda route: route.abort())
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    content = player(page)
    expect(content.get_by_text("Це відео розміщено на YouTube.")).to_be_visible()
    button = content.get_by_role("button", name="Завантажити відео")
    # The frame grows to show the whole placeholder, button included.
    bottom = button.evaluate("(el) => el.getBoundingClientRect().bottom")
    page.wait_for_function(
        "(bottom) => document.querySelector('iframe.h5p-activity__iframe')"
        ".getBoundingClientRect().height >= bottom",
        arg=bottom,
    )
    # The content has not started: nothing asked of the video host yet.
    expect(content.locator("fieldset")).to_have_count(0)
    page.wait_for_timeout(500)
    assert page.audit.foreign_requests == []
    button.focus()
    page.keyboard.press("Enter")
    expect(content.locator("[data-media-gate]")).to_have_count(0)
    expect(content.locator("fieldset").first).to_be_visible()


def test_a_sound_in_a_package_loads_across_the_frames_origin(
    page, live_server, learner, h5p_lesson
):
    package = package_with_media(files={"content/sounds/ding.wav": wav()})
    lesson, _activity_id = h5p_lesson(package=package)
    errors = console_errors(page)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    content = player(page)
    expect(content.locator("fieldset").first).to_be_visible()
    url = (
        f"{live_server.url}/h5p/files/{package.pk}/{package.version_key}"
        "/content/sounds/ding.wav"
    )
    outcome = content.locator("body").evaluate(
        # As H5P's sound library loads a sound: an XMLHttpRequest with a header
        # that makes the browser ask first (a CORS preflight), then an audio
        # element that reads it anonymously.
        """(body, url) => new Promise((resolve) => {
            const xhr = new XMLHttpRequest();
            xhr.open('GET', url);
            xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
            xhr.responseType = 'arraybuffer';
            xhr.onerror = () => resolve({xhr: 'refused'});
            xhr.onload = () => {
                const audio = new Audio();
                audio.crossOrigin = 'anonymous';
                audio.onerror = () => resolve({xhr: xhr.status, audio: 'error'});
                audio.oncanplaythrough = () => resolve({
                    xhr: xhr.status, bytes: xhr.response.byteLength,
                    audio: audio.duration > 0.4 ? 'ready' : audio.duration});
                audio.src = url;
                audio.load();
            };
            xhr.send();
        })""",
        url,
    )
    assert outcome == {"xhr": 200, "bytes": len(wav()), "audio": "ready"}, errors
    assert errors == []


@needs_samples
def test_a_link_in_content_opens_a_new_window(
    page, live_server, learner, h5p_lesson, media
):
    source = SAMPLES / "truefalse-hello.h5p"
    content = json.loads(zipfile.ZipFile(source).read("content/content.json"))
    target = f"{live_server.url}/"
    content["question"] = (
        f'<p>Is this false? Read <a href="{target}">the rules</a> first.</p>\n'
    )
    with source.open("rb") as file:
        data = with_content(file, {"content/content.json": json.dumps(content)})
    package = import_package(data, name="link.h5p")
    lesson, _activity_id = h5p_lesson(package=package)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    link = player(page).get_by_role("link", name="the rules")
    with page.context.expect_page() as opened:
        link.click()
    popup = opened.value
    popup.wait_for_load_state()
    assert popup.url == target
    # Opened without a handle back to the frame, and the lesson stays where it was.
    assert popup.evaluate("() => window.opener") is None
    assert page.url == live_server.url + lesson.url
    assert "noopener" in link.get_attribute("rel")


def test_jquery_parsing_html_in_the_frame_breaks_no_policy(
    page, live_server, learner, h5p_lesson
):
    errors = console_errors(page)
    lesson, _activity_id = h5p_lesson()
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    content = player(page)
    expect(content.locator("fieldset").first).to_be_visible()
    # H5P core's jQuery gives the document it parses into a <base> of the frame.
    parsed = content.locator("body").evaluate(
        "() => H5P.jQuery.parseHTML('<p>один</p><p>два</p>').length"
    )
    assert parsed == 2
    page.wait_for_timeout(300)
    assert [e for e in errors if "base" in e.lower()] == []
    assert page.audit.csp_violations == []


def test_merely_opening_an_activity_leaves_nothing_to_resume(
    page, live_server, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson()
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    section = page.locator("[data-h5p-activity]")
    expect(section).to_have_attribute("data-h5p-started", "")
    content = player(page)
    expect(content.locator("fieldset").first).to_be_visible()
    # The lesson page asks for the state, as when the learner leaves the tab, and
    # the frame reports it every few seconds: an untouched activity sends none.
    page.evaluate(
        "() => document.querySelector('iframe.h5p-activity__iframe')"
        ".contentWindow.postMessage({civicedH5P: 1, kind: 'save'}, '*')"
    )
    page.wait_for_timeout(6_500)
    assert not SavedState.objects.filter(learner=learner).exists()
    page.reload()
    expect(section).to_have_attribute("data-h5p-started", "")
    page.audit.check()
    expect(page.locator("[data-h5p-status]")).to_have_text("")

    # One answer is progress: it is kept, and the notice says so after a reload.
    player(page).locator("fieldset").nth(0).get_by_label(
        "6 000 підписів за 60 днів"
    ).check()
    assert wait_until(
        page,
        lambda: SavedState.objects.filter(
            learner=learner, activity_id=activity_id
        ).exists(),
    )
    page.reload()
    expect(page.get_by_role("status").filter(has_text="продовжуєте")).to_be_visible()
