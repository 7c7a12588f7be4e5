"""Anyone opens commitment UAIEV0001's progress page, in Ukrainian and English, and
reads last quarter's released figures; an analyst opens the quarterly report and
downloads its PDF."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from accounts.roles import ANALYSTS_GROUP
from classes.models import Institution
from courses.models import LessonPage
from reports.models import CommitmentNarrative, Release
from reports.periods import QUARTER, period_of
from reports.releases import publish_release
from tests.browser.test_classes import log_in
from tests.browser.test_reports import learners_in
from tests.factories import UserFactory


def test_the_public_reads_the_commitment_page_and_the_analyst_its_report(
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
    release = publish_release(kind=Release.QUARTER, period=last)
    CommitmentNarrative.objects.create(
        code="UAIEV0001",
        narrative_uk="<p>Демонстраційний текст.</p>",
        narrative_en="<p>A demonstration text.</p>",
    )

    page.goto(live_server.url + "/open-data/")
    page.audit.check()
    page.get_by_role("main").get_by_role("link", name="Зобовʼязання UAIEV0001").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("UAIEV0001")
    expect(page.get_by_text("Демонстраційний текст.")).to_be_visible()
    school = page.get_by_role("table", name=f"Усі модулі, {last.label}").first
    expect(school.get_by_role("row", name="Школа")).to_contain_text("10")
    # The chart, and after it the table of its figures.
    expect(page.locator("svg.chart__svg[role=img]")).to_be_visible()
    trend = page.locator("table[data-table=trend]")
    expect(trend.get_by_role("row", name=last.label)).to_be_visible()
    page.audit.check()

    page.goto(live_server.url + "/en/open-data/uaiev0001/")
    expect(
        page.get_by_role(
            "heading", level=2, name="Learners reached by kind of institution"
        )
    ).to_be_visible()
    expect(page.get_by_text("A demonstration text.")).to_be_visible()
    page.audit.check()

    UserFactory(
        username="analityk",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )
    log_in(page, live_server, "analityk")
    page.goto(live_server.url + "/reports/releases/")
    page.audit.check()
    page.get_by_role("link", name="Сторінка для друку").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(last.label)
    page.audit.check()
    with page.expect_download() as download:
        page.get_by_role("link", name="Завантажити як PDF").click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert release.slug in download.value.suggested_filename
