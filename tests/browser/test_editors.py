"""Editors and charts in the browser: an editor submits and cannot publish; a
methodologist cannot publish a lesson whose quiz is a draft, and is told why; the
Ukrainian dashboard draws its bars without a console error; the open-data page fits
a 360 px screen. The admin asks no other host (the audit's foreign-request check)."""

import json
import uuid
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from accounts.roles import ANALYSTS_GROUP
from classes.models import Institution
from courses.models import LessonPage
from quizzes.models import Quiz
from reports.models import Release
from reports.periods import QUARTER, period_of
from reports.releases import publish_release
from tests.browser.test_classes import log_in
from tests.browser.test_reports import learners_in
from tests.factories import UserFactory

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def review(site_pages):
    """The groups, their permissions and the review workflow, as the data
    migrations write them (a transactional test's flush removes them)."""
    from django.contrib.auth.models import Permission
    from wagtail.models import (
        GroupPagePermission,
        Page,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    from courses.models import ReviewTask

    root = Page.get_first_root_node()
    admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    editors = Group.objects.get_or_create(name="Editors")[0]
    moderators = Group.objects.get_or_create(name="Moderators")[0]
    for group, kinds in (
        (editors, ["add_page", "change_page"]),
        (moderators, ["add_page", "change_page", "publish_page"]),
    ):
        group.permissions.add(admin)
        for codename in kinds:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    # Whatever the migrations left (the first transactional test on a worker still
    # sees their workflow, without the pages it was attached to), the root's
    # workflow is the review with its one task.
    workflow = Workflow.objects.get_or_create(name="Методична рецензія")[0]
    task = ReviewTask.objects.get_or_create(name="Схвалення методистом")[0]
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


def admin_pages_seen(page) -> None:
    """Wagtail's admin pages are Wagtail's to make accessible: they are not run
    through axe, but their requests to other hosts still fail the test."""
    page.audit.checked.update(url for url in page.audit.visited if "/admin/" in url)


def staff(username, *groups):
    return UserFactory(
        username=username, groups=[Group.objects.get(name=name) for name in groups]
    )


def test_an_editor_submits_a_lesson_and_cannot_publish_it(
    page, live_server, make_course, review
):
    lesson = make_course(lessons=1).get_children().get()
    staff("avtor", "Editors")
    log_in(page, live_server, "avtor")
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    submit = page.locator('button[name="action-submit"]')
    expect(submit).to_have_count(1)
    expect(page.locator('button[name="action-publish"]')).to_have_count(0)
    expect(page.locator("footer")).not_to_contain_text("Опублікувати")
    with page.expect_navigation():
        submit.evaluate("button => button.click()")
    expect(page.locator(".messages")).to_contain_text("надіслано на модерацію")
    lesson.refresh_from_db()
    assert lesson.current_workflow_state.status == "in_progress"
    admin_pages_seen(page)


def test_a_lesson_with_a_draft_quiz_cannot_be_published(
    page, live_server, make_course, make_quiz, review
):
    quiz = make_quiz()
    Quiz.objects.filter(pk=quiz.pk).update(
        live=False, live_revision=None, title="Чернетка тесту"
    )
    course = make_course(lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    lesson.body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>Текст.</p>"},
            {
                "type": "quiz",
                "id": str(uuid.uuid4()),
                "value": {"quiz": quiz.pk, "required": True},
            },
        ]
    )
    lesson.save_revision()
    before = lesson.live_revision_id
    staff("metodyst", "Editors", "Moderators")
    log_in(page, live_server, "metodyst")
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    # Told on opening the lesson, and again on trying to publish.
    expect(page.locator(".messages")).to_contain_text("Чернетка тесту")
    page.locator('button[name="action-publish"]').evaluate("b => b.click()")
    expect(page.locator(".messages")).to_contain_text(
        "Цей урок ще не можна опублікувати."
    )
    expect(page.locator(".messages")).to_contain_text("ще не опубліковано")
    lesson.refresh_from_db()
    assert lesson.live_revision_id == before
    assert "quiz" not in json.dumps(list(lesson.body.raw_data))
    admin_pages_seen(page)


def city_of(make_course):
    course = make_course(title="Петиції", slug="petitions", lessons=1)
    lessons = list(LessonPage.objects.child_of(course))
    quarter = period_of(timezone.now(), QUARTER)
    last = period_of(quarter.start - timedelta(seconds=1), QUARTER)
    districts = [
        ("obolonskyi", "school"),
        ("podilskyi", "vocational"),
        ("darnytskyi", "university"),
        ("shevchenkivskyi", "school"),
    ]
    for index, (district, kind) in enumerate(districts):
        institution = Institution.objects.create(
            name=f"Заклад освіти № {index + 1} імені Тараса Шевченка",
            kind=kind,
            district=district,
        )
        when = last.start + timedelta(days=10 + index)
        learners_in(institution, 11 + index, lessons, done=5 + index, when=when)
    return last


def test_the_ukrainian_dashboard_draws_its_bars(page, live_server, make_course):
    city_of(make_course)
    UserFactory(
        username="analityk",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    log_in(page, live_server, "analityk")
    page.goto(live_server.url + "/reports/?granularity=quarter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Панель інституту")
    bars = page.locator("rect.chart__bar")
    expect(bars.first).to_be_attached()
    sizes = bars.evaluate_all(
        "rects => rects.map(r => { const b = r.getBBox();"
        " return [b.width, b.height]; })"
    )
    assert any(w > 0 and h > 0 for w, h in sizes), sizes
    assert all(w >= 0 and h >= 0 for w, h in sizes)
    assert errors == []
    page.audit.check()


def test_open_data_fits_a_phone(page, live_server, make_course):
    last = city_of(make_course)
    publish_release(kind=Release.QUARTER, period=last)
    page.set_viewport_size(PHONE)
    for url in ("/open-data/", "/open-data/uaiev0001/", "/en/open-data/"):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} overflows a 360 px screen by {overflow}px"
        page.audit.check()
        page.set_viewport_size(PHONE)
