"""Offline use in the browser: a learner saves a module, loses the connection, and
still opens every lesson at its usual address; after logging out, nothing saved is
served any more (a shared school computer must not show the previous pupil's
pages)."""

import io
import json
import uuid

import pytest
from django.core.files.images import ImageFile
from playwright.sync_api import expect
from wagtail.images import get_image_model

from courses.illustrations import draw_illustration
from courses.models import LessonPage
from tests.factories import UserFactory

from .test_quizzes import log_in

# Through the service worker, as the page's own requests go.
FETCH = (
    "url => fetch(url).then(r => r.ok ? 'served' : 'status ' + r.status,"
    " () => 'failed')"
)
SAVED_CACHES = (
    "() => caches.keys().then(names =>"
    " names.filter(n => n.startsWith('civiced-offline-')))"
)


@pytest.fixture
def module(quiz_lesson, media):
    """Three lessons: a quiz, then two with a picture."""
    image = get_image_model()(title="Київрада")
    image.file = ImageFile(io.BytesIO(draw_illustration("city")), name="city.png")
    image.save()
    lesson, _quiz, _activity = quiz_lesson(lessons=3)
    course = lesson.get_parent().specific
    for other in LessonPage.objects.child_of(course).exclude(pk=lesson.pk):
        other = other.specific
        other.body = json.dumps(
            [
                {"type": "paragraph", "value": "<p>Текст уроку без інтернету.</p>"},
                {
                    "type": "image",
                    "id": str(uuid.uuid4()),
                    "value": {"image": image.pk, "alt_text": "Київрада", "caption": ""},
                },
            ]
        )
        other.save_revision().publish()
    return course, list(LessonPage.objects.child_of(course).live())


def wait_for_worker(page):
    page.wait_for_function(
        "() => document.documentElement.hasAttribute('data-offline-ready')"
    )


def test_a_saved_module_opens_offline_and_logging_out_removes_it(
    page, live_server, module
):
    course, lessons = module
    learner = UserFactory(username="marta-7a")
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + course.url)
    wait_for_worker(page)
    page.audit.check()
    page.get_by_role("button", name="Зберегти для офлайн").click()
    status = page.locator("[data-offline-status]")
    expect(status).to_contain_text("Збережено на цьому пристрої", timeout=30_000)
    page.audit.check()

    # The connection goes (an air-raid alert: the class moves to the shelter).
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
    page.audit.check()
    for lesson in lessons:
        page.goto(live_server.url + lesson.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        page.audit.check()
    # The picture is there too, as the page shows it.
    picture = page.get_by_role("img", name="Київрада")
    expect(picture).to_be_visible()
    assert page.evaluate(
        "img => img.complete && img.naturalWidth > 0", picture.element_handle()
    )
    # What was not saved is not served: personal pages never are.
    assert page.evaluate(FETCH, "/learning/") == "failed"

    # Back online, "Saved for offline" lists the module with its size.
    page.context.set_offline(False)
    page.goto(live_server.url + "/learning/offline/")
    saved = page.locator("[data-offline-items] li")
    expect(saved).to_have_count(1)
    expect(saved).to_contain_text(course.title)
    expect(saved).to_contain_text("MB")
    page.audit.check()

    # The pupil logs out; the next one at this computer has no connection.
    page.get_by_role("button", name="Вийти").click()
    menu = page.get_by_role("navigation", name="Головне меню")
    expect(menu.get_by_role("link", name="Увійти")).to_be_visible()
    wait_for_worker(page)
    page.audit.check()
    assert page.evaluate(SAVED_CACHES) == []
    page.context.set_offline(True)
    for lesson in lessons:
        assert page.evaluate(FETCH, lesson.url) == "failed"
    assert page.evaluate(FETCH, course.url) == "failed"


def test_removing_a_saved_module_stops_it_opening_offline(page, live_server, module):
    course, lessons = module
    log_in(page, live_server, UserFactory(username="ivan-7a").username)
    page.goto(live_server.url + course.url)
    wait_for_worker(page)
    page.get_by_role("button", name="Зберегти для офлайн").click()
    expect(page.locator("[data-offline-status]")).to_contain_text(
        "Збережено на цьому пристрої", timeout=30_000
    )
    page.audit.check()
    page.goto(live_server.url + "/learning/offline/")
    page.get_by_role(
        "button", name=f"Вилучити «{course.title}» з цього пристрою"
    ).click()
    expect(page.locator("[data-offline-empty]")).to_be_visible()
    page.audit.check()
    page.context.set_offline(True)
    assert page.evaluate(FETCH, lessons[0].url) == "failed"
