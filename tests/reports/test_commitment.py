"""Commitment UAIEV0001's progress page and the quarterly report for the
Coordination Council: figures from the published releases only, hidden cells
hidden, both languages, and a PDF with the same figures."""

import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from reports.models import CommitmentNarrative, Release
from reports.releases import closed_periods, publish_release
from tests.factories import UserFactory

from .test_releases import LAST_QUARTER, THIS_QUARTER, join_crowd, moment

URL = "/open-data/uaiev0001/"
EN_URL = "/en/open-data/uaiev0001/"
CROWD = [
    ("obolonskyi", "school", 12, 6),
    ("podilskyi", "vocational", 10, 5),
    ("darnytskyi", "university", 3, 1),
]


@pytest.fixture
def modules(make_course):
    module = make_course(title="Петиції", slug="petitions", lessons=1)
    pd_module = make_course(
        title="Методика громадянської освіти",
        slug="method",
        lessons=1,
        audiences=("teacher_pd",),
        pd_hours=30,
    )
    return (
        module.get_children().get().specific,
        pd_module.get_children().get().specific,
    )


@pytest.fixture
def released(modules):
    """The last quarter released: a school, a college, a university of three (hidden),
    and seven teachers at the institute who took the PD module."""
    lesson, pd_lesson = modules
    join_crowd(lesson, moment(LAST_QUARTER), CROWD)
    join_crowd(
        pd_lesson, moment(LAST_QUARTER), [("shevchenkivskyi", "institute", 7, 7)]
    )
    return publish_release(kind=Release.QUARTER, period=LAST_QUARTER)


def row(html: str, table: str, code: str) -> str:
    """The text of one row of one table of the page, tags and spaces squeezed."""
    found = re.search(rf'data-table="{table}".*?</table>', html, re.S)
    assert found, f"no table {table}"
    match = re.search(rf'<tr data-code="{code}">(.*?)</tr>', found.group(0), re.S)
    assert match, f"no row {code} in {table}"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


def test_the_page_shows_the_latest_release_by_kind_and_district(client, released):
    html = client.get(URL).content.decode()
    assert row(html, "by-kind", "school") == "Школа 12 6"
    assert row(html, "by-kind", "vocational") == "Коледж / заклад профосвіти 10 5"
    assert row(html, "by-district", "obolonskyi") == "Оболонський 12 6"
    assert LAST_QUARTER.label in html
    assert f"квартал {THIS_QUARTER.label}" in html
    assert 'data-release="' + released.slug in html


def test_a_hidden_cell_stays_hidden_and_is_never_worked_out(client, released):
    records = released.tables["participation"]["records"]
    cell = next(
        r
        for r in records
        if r["district"] == "total"
        and r["institution_kind"] == "university"
        and r["module_pd_hours"] is None
    )
    assert cell["learners_reached"] is None  # three learners: hidden in the release
    for url, word in ((URL, "приховано"), (EN_URL, "hidden")):
        html = client.get(url).content.decode()
        university = row(html, "by-kind", "university")
        assert "3" not in university
        assert university.count(word) == 2
        assert "3" not in row(html, "by-district", "darnytskyi")


def test_teachers_pd_comes_from_the_release(client, released):
    html = client.get(URL).content.decode()
    pd = re.search(r'data-table="pd".*?</table>', html, re.S).group(0)
    text = " ".join(re.sub(r"<[^>]+>", " ", pd).split())
    assert "Методика громадянської освіти 30 7 7" in text
    assert row(html, "by-kind", "institute").endswith("7 7")


def test_the_page_changes_only_when_a_new_release_is_published(
    client, released, modules
):
    lesson, _pd = modules
    before = client.get(URL).content.decode()
    # Late learners of the released quarter, and learners of this quarter: live
    # tables change, the page does not.
    join_crowd(lesson, moment(LAST_QUARTER, 40), [("obolonskyi", "school", 9, 9)], "x")
    join_crowd(lesson, moment(THIS_QUARTER, 3), [("podilskyi", "school", 6, 6)], "y")
    assert client.get(URL).content.decode() == before

    later = THIS_QUARTER.end + timedelta(days=1)
    publish_release(kind=Release.QUARTER, period=THIS_QUARTER, now=later)
    html = client.get(URL).content.decode()
    assert html != before
    assert row(html, "by-district", "podilskyi") == "Подільський 6 6"
    trend = re.search(r'data-table="trend".*?</table>', html, re.S).group(0)
    assert LAST_QUARTER.label in trend and THIS_QUARTER.label in trend


def test_the_trend_is_a_server_rendered_chart_with_its_table(client, released):
    html = client.get(URL).content.decode()
    assert '<svg class="chart__svg"' in html and 'role="img"' in html
    assert 'data-table="trend"' in html
    totals = [
        r["learners_reached"]
        for r in released.tables["participation"]["records"]
        if r["district"] == r["institution_kind"] == "total"
    ]
    # The chart draws what the table says: the published module totals added up,
    # a hidden one left out (and the sum marked "at least").
    shown = sum(v for v in totals if v is not None)
    assert f'data-series="started" data-value="{shown}"' in html
    if None in totals:
        assert f"≥&nbsp;{shown}" in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>")[0]
    assert "http://" not in re.sub(r'href="[^"]*"', "", html.split("<main", 1)[1])


def test_the_page_is_in_english_under_en(client, released):
    html = client.get(EN_URL).content.decode()
    assert '<html lang="en"' in html
    assert "Learners reached by kind of institution" in html
    assert row(html, "by-kind", "school") == "School 12 6"


def test_the_page_does_not_claim_anyone_accredits_the_modules(client, released):
    for url in (URL, EN_URL):
        html = client.get(url).content.decode().lower()
        for word in (
            "accredit",
            "акредит",
            "certif",
            "сертиф",
            "грінченка",
            "grinchenko",
        ):
            assert word not in html


def test_without_a_release_the_page_says_so(client, db):
    html = client.get(URL).content.decode()
    assert "Ще не опубліковано жодного випуску" in html
    assert 'data-table="by-kind"' not in html


def test_the_editor_narrative_is_shown_in_each_language(client, released):
    CommitmentNarrative.objects.create(
        code="UAIEV0001",
        narrative_uk="<p>Платформа порахувала учнів.</p>",
        narrative_en="<p>The platform counted learners.</p>",
    )
    assert "Платформа порахувала учнів." in client.get(URL).content.decode()
    english = client.get(EN_URL).content.decode()
    assert "The platform counted learners." in english
    assert "Платформа порахувала" not in english


# --- the quarterly report -------------------------------------------------------


def report_url(release, pdf=False, language="uk"):
    name = "reports_quarterly_report_pdf" if pdf else "reports_quarterly_report"
    with translation.override("uk"):
        url = reverse(name, args=[release.slug])
    return f"/en{url}" if language == "en" else url


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def narrative(db):
    return CommitmentNarrative.objects.create(
        code="UAIEV0001",
        narrative_uk="<p>Лічильники платформи за квартал.</p>",
        narrative_en="<p>The platform's counts for the quarter.</p>",
    )


def test_the_analyst_prints_the_quarterly_report(client, analyst, released, narrative):
    client.force_login(analyst)
    html = client.get(report_url(released)).content.decode()
    assert row(html, "by-kind", "school") == "Школа 12 6"
    assert "Лічильники платформи за квартал." in html
    assert released.input_checksum in html
    assert "Координаційної ради" in html
    assert report_url(released, pdf=True) in html
    releases_page = client.get(reverse("reports_releases")).content.decode()
    assert report_url(released) in releases_page


def test_the_pdf_holds_the_same_figures_and_the_narrative(
    client, analyst, released, narrative
):
    client.force_login(analyst)
    response = client.get(report_url(released, pdf=True))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Школа 12 6" in text
    assert "Коледж / заклад профосвіти 10 5" in text
    assert "Методика громадянської освіти 30 7 7" in text
    assert "Лічильники платформи за квартал." in text
    assert LAST_QUARTER.label in text
    university = re.search(r"Університет (\S+) (\S+)", text)
    assert university and university.groups() == ("—", "—")


def test_an_academic_years_release_has_its_report_too(client, analyst, modules):
    (year,) = closed_periods(timezone.now(), Release.YEAR, 1)
    join_crowd(modules[0], moment(year), CROWD)
    release = publish_release(kind=Release.YEAR, period=year)
    client.force_login(analyst)
    html = client.get(report_url(release)).content.decode()
    assert f"UAIEV0001, {year.label}" in html
    assert row(html, "by-kind", "university").count("приховано") == 2
    text = pdf_text(client.get(report_url(release, pdf=True)).content)
    assert year.label in text


def test_the_pdf_in_english(client, analyst, released, narrative):
    client.force_login(analyst)
    text = pdf_text(client.get(report_url(released, pdf=True, language="en")).content)
    assert "Report on commitment UAIEV0001" in text
    assert "School 12 6" in text
    assert "The platform's counts for the quarter." in text


@pytest.mark.parametrize("pdf", [False, True])
def test_only_analysts_generate_the_report(client, released, teacher_group, pdf):
    url = report_url(released, pdf=pdf)
    assert client.get(url).status_code == 302
    client.force_login(UserFactory(username="vchytel", groups=[teacher_group]))
    response = client.get(url)
    assert response.status_code == 403
    assert "12" not in response.content.decode()


def test_an_unknown_release_or_a_correction_has_no_report(
    client, analyst, released, modules
):
    lesson, _pd = modules
    join_crowd(lesson, moment(LAST_QUARTER), [("obolonskyi", "school", 9, 0)], "late")
    correction = publish_release(kind=Release.CORRECTION, period=LAST_QUARTER)
    client.force_login(analyst)
    assert client.get(report_url(correction)).status_code == 404
    assert client.get(report_url(correction, pdf=True)).status_code == 404
    assert client.get("/reports/releases/1999-q1/report/").status_code == 404
    assert client.get("/reports/releases/1999-q1/report.pdf").status_code == 404


def test_the_open_data_page_links_to_the_progress_page(client, db):
    assert URL in client.get("/open-data/").content.decode()
    assert EN_URL in client.get("/en/open-data/").content.decode()


def test_the_page_runs_the_same_queries_however_many_releases(client, released):
    client.get(URL)  # warm the site's own caches
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    later = THIS_QUARTER.end + timedelta(days=1)
    publish_release(kind=Release.QUARTER, period=THIS_QUARTER, now=later)
    with CaptureQueriesContext(connection) as two:
        client.get(URL)
    assert len(two) == len(one) <= 6


def test_every_page_links_to_the_progress_page_in_its_footer(client, db):
    footer = client.get("/open-data/").content.decode().split("<footer", 1)[1]
    assert f'href="{URL}">Зобовʼязання UAIEV0001: поступ</a>' in footer
    footer = client.get("/en/open-data/").content.decode().split("<footer", 1)[1]
    assert f'href="{EN_URL}">Commitment UAIEV0001: progress</a>' in footer
