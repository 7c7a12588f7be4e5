"""An institute analyst filters the dashboard by district and quarter, sees the chart
and the table agree, and downloads the figures as XLSX; the public open-data page
shows no live figure."""

import io
import re
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

from accounts.roles import ANALYSTS_GROUP
from classes.models import Class, Institution, Membership
from courses.models import LessonPage
from learning.models import LessonProgress
from reports.periods import QUARTER, period_of
from reports.rollup import refresh_learner_modules
from tests.browser.test_classes import log_in
from tests.factories import UserFactory


def learners_in(institution, count, lessons, *, done, when):
    klass = Class.objects.create(
        institution=institution, name="9-А", academic_year="2026/2027"
    )
    for number in range(count):
        learner = UserFactory(username=f"{institution.pk}-{number}-{when:%m%d}")
        Membership.objects.create(klass=klass, learner=learner)
        for lesson in lessons:
            completed = number < done
            LessonProgress.objects.create(
                learner=learner,
                lesson=lesson,
                course_id=lesson.get_parent().pk,
                status="completed" if completed else "in_progress",
                best_score=Decimal(80),
                completed_at=when if completed else None,
                last_seen=when,
            )
        refresh_learner_modules(learner_id=learner.pk)  # as learning.progress does


def test_an_analyst_filters_by_district_and_quarter_and_downloads_xlsx(
    page, live_server, make_course
):
    course = make_course(title="Петиції", slug="petitions", lessons=1)
    lessons = list(LessonPage.objects.child_of(course))
    now = timezone.now()
    quarter = period_of(now, QUARTER)
    earlier = quarter.start - timedelta(days=40)
    obolon = Institution.objects.create(
        name="Ліцей № 1", kind="school", district="obolonskyi"
    )
    podil = Institution.objects.create(
        name="Коледж № 2", kind="vocational", district="podilskyi"
    )
    learners_in(obolon, 8, lessons, done=6, when=quarter.start + timedelta(hours=2))
    learners_in(obolon, 4, lessons, done=1, when=earlier)
    learners_in(podil, 5, lessons, done=2, when=quarter.start + timedelta(hours=3))
    UserFactory(
        username="analityk",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )

    log_in(page, live_server, "analityk")
    page.get_by_role("link", name="Звіти").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Панель інституту")
    page.audit.check()

    page.get_by_label("Район", exact=True).select_option(label="Оболонський")
    page.get_by_label("Період", exact=True).select_option(quarter.label)
    page.get_by_role("button", name="Показати").click()
    expect(page.locator('[data-measure="learners"]')).to_have_text("8")
    expect(page.locator('[data-measure="completions"]')).to_have_text("6")
    page.audit.check()

    # The trend chart and its table show the same figures for every period.
    table = page.locator("#table-period tbody tr")
    for series in ("started", "completed"):
        bars = page.locator(f'svg[data-chart="trend"] rect[data-series="{series}"]')
        values = {
            bars.nth(i).get_attribute("data-label"): bars.nth(i).get_attribute(
                "data-value"
            )
            for i in range(bars.count())
        }
        assert values[quarter.label] == ("8" if series == "started" else "6")
        for i in range(table.count()):
            row = table.nth(i)
            label = row.locator("th").inner_text().strip()
            if label in values:
                cell = row.locator(f'td[data-column="{series}"]').inner_text()
                assert values[label] == cell.strip(), (series, label)
    # And the district chart agrees with the district table.
    bar = page.locator('svg[data-chart="district"] rect').first
    assert bar.get_attribute("data-label") == "Оболонський"
    rate = page.locator('#table-district td[data-column="rate"]').first.inner_text()
    assert bar.get_attribute("data-value") == rate.strip() == "75%"

    # Drill down to the institution: still figures, never names.
    page.get_by_role("link", name="Ліцей № 1").click()
    expect(page.get_by_text("Показано один заклад: Ліцей № 1.")).to_be_visible()
    assert f"{obolon.pk}-0-" not in page.content()  # no learner's username
    page.audit.check()

    section = page.locator(
        "section", has=page.get_by_role("heading", name="За районами")
    )
    with page.expect_download() as download:
        section.get_by_role("link", name="XLSX").click()
    with open(download.value.path(), "rb") as workbook:
        rows = list(
            load_workbook(io.BytesIO(workbook.read())).active.iter_rows(
                values_only=True
            )
        )
    assert rows[0][:4] == (
        "За районами",
        "Охоплено учнів",
        "Розпочато модулів",
        "Завершень",
    )
    assert rows[1][:5] == ("Оболонський", 8, 8, 6, 75)
    assert any(row[0] == f"Період: {quarter.label}" for row in rows if row)

    # The full breakdown, prepared by the task worker (at once in tests).
    page.get_by_label("Формат").select_option("xlsx")
    page.get_by_role("button", name="Підготувати файл").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Повна деталізація")
    expect(page.locator("[data-status]")).to_have_text("Готово")
    page.audit.check()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Завантажити civiced-report")).click()
    with open(download.value.path(), "rb") as workbook:
        sheet = load_workbook(io.BytesIO(workbook.read())).active
    assert [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Ліцей № 1"
    ]

    page.get_by_role("link", name="Аналіз запитань").click()
    expect(page.get_by_text("Тут ще ніхто не відповідав на тести.")).to_be_visible()
    page.audit.check()

    # This quarter's figures are live for the analyst only: the public open data
    # shows releases, and none has been published (tests/browser/test_open_data.py).
    page.get_by_role("link", name="Відкриті дані").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Відкриті дані")
    expect(page.get_by_text("Ще не опубліковано жодного випуску.")).to_be_visible()
    page.audit.check()


def test_a_lesson_published_into_a_module_keeps_last_quarters_completions(
    page, live_server, make_course
):
    """Issue 23: publishing a new lesson into a module emptied every past quarter's
    completions of it on the dashboard."""
    course = make_course(title="Петиції", slug="petitions", lessons=1)
    lessons = list(LessonPage.objects.child_of(course))
    last_quarter = period_of(
        period_of(timezone.now(), QUARTER).start - timedelta(days=1), QUARTER
    )
    school = Institution.objects.create(
        name="Ліцей № 1", kind="school", district="obolonskyi"
    )
    learners_in(
        school, 12, lessons, done=6, when=last_quarter.start + timedelta(days=3)
    )
    UserFactory(
        username="analityk",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )
    log_in(page, live_server, "analityk")

    def completions() -> str:
        page.goto(f"{live_server.url}/reports/?period={last_quarter.label}")
        return page.locator('[data-measure="completions"]').inner_text().strip()

    assert completions() == "6"
    page.audit.check()
    lesson = LessonPage(title="Петиції: новий урок", slug="new", intro="Вступ.")
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    assert completions() == "6"
