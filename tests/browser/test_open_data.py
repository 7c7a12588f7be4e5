"""An analyst publishes last quarter's release with the button; anyone then finds it
on the public open-data page, in Ukrainian and English, and downloads it."""

import csv
from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from accounts.roles import ANALYSTS_GROUP
from classes.models import Institution
from courses.models import LessonPage
from reports.periods import QUARTER, period_of
from tests.browser.test_classes import log_in
from tests.browser.test_reports import learners_in
from tests.factories import UserFactory


def test_an_analyst_publishes_a_release_and_the_public_downloads_it(
    page, live_server, make_course
):
    course = make_course(title="Петиції", slug="petitions", lessons=1)
    lessons = list(LessonPage.objects.child_of(course))
    this_quarter = period_of(timezone.now(), QUARTER)
    last = period_of(this_quarter.start - timedelta(seconds=1), QUARTER)
    obolon = Institution.objects.create(
        name="Ліцей № 1", kind="school", district="obolonskyi"
    )
    learners_in(obolon, 10, lessons, done=5, when=last.start + timedelta(days=10))
    UserFactory(
        username="analityk",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )

    log_in(page, live_server, "analityk")
    page.goto(live_server.url + "/reports/releases/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Випуски відкритих даних")
    page.audit.check()
    page.get_by_role("button", name=f"Опублікувати квартал {last.label}").click()
    expect(page.get_by_text(f"Опубліковано квартал {last.label}.")).to_be_visible()
    expect(
        page.get_by_role("button", name=f"Опублікувати квартал {last.label}")
    ).to_have_count(0)
    page.audit.check()

    page.context.clear_cookies()
    page.goto(live_server.url + "/open-data/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Відкриті дані")
    release = page.locator("section.release").first
    expect(release.get_by_role("heading")).to_contain_text(f"Квартал {last.label}")
    expect(release.locator("tbody tr").first).to_contain_text("10")
    expect(page.get_by_role("link", name="CC BY 4.0")).to_be_visible()
    page.audit.check()
    with page.expect_download() as download:
        release.get_by_role("link", name="CSV").first.click()
    with open(download.value.path(), encoding="utf-8-sig") as text:
        rows = list(csv.DictReader(text))
    total = next(r for r in rows if r["district"] == r["institution_kind"] == "total")
    assert total["period"] == last.label
    assert total["learners_reached"] == "10" and total["completions"] == "5"

    page.goto(live_server.url + "/en/open-data/")
    expect(page.get_by_role("heading", level=2, name="Releases")).to_be_visible()
    expect(page.locator("section.release h3").first).to_contain_text(
        f"Quarter {last.label}"
    )
    page.audit.check()
