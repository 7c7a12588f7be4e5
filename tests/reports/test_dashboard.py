"""The institute dashboard: who sees it, what it shows, exports, and query counts."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from learning.models import LessonProgress
from learning.progress import update_lesson_progress
from tests.factories import UserFactory

from .conftest import progress

URL = "/en/reports/"


@pytest.fixture
def as_analyst(client, analyst, password):
    client.login(username=analyst.username, password=password)
    return client


@pytest.fixture
def unsuppressed(settings):
    """The hand-made city is tiny: tests about what the dashboard counts (not what
    it hides) run with a threshold of 1, which hides nothing."""
    settings.REPORTS_SUPPRESSION_THRESHOLD = 1


def test_anonymous_users_are_sent_to_log_in_and_others_are_refused(
    client, city, password
):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]
    for username in ("ivan", "olha"):  # a learner, a teacher
        client.login(username=username, password=password)
        assert client.get(URL).status_code == 403
        assert client.get(URL + "?export=csv").status_code == 403


def test_the_analyst_sees_the_city_and_no_learner(as_analyst, city, unsuppressed):
    response = as_analyst.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    report = response.context["report"]
    assert report.total.learners == 6 and report.total.completions == 3
    districts = {line.key: line.figures for line in report.tables["district"]}
    assert districts["obolonskyi"].learners == 3
    assert "Obolonskyi" in html and "Not in a class" in html
    assert '<svg class="chart__svg"' in html
    for learner in [*city.learners.values(), city.teacher]:
        assert learner.username not in html
        assert learner.display_name not in html


def test_drill_down_to_a_district_then_an_institution(as_analyst, city, unsuppressed):
    response = as_analyst.get(URL + "?district=obolonskyi")
    institutions = response.context["report"].tables["institution"]
    assert [(line.label, line.figures.learners) for line in institutions] == [
        ("Ліцей № 1", 3)
    ]
    assert f"institution={city.school.pk}" in institutions[0].link
    response = as_analyst.get(URL + institutions[0].link)
    assert response.context["institution"] == city.school
    assert response.context["report"].total.learners == 3
    assert "Showing one institution: Ліцей № 1." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "district=atlantis",
        "kind=zoo",
        "granularity=century",
        "period=1999-Q9",
        "institution=abc",
        "institution=999999",
        "module=nope",
    ],
)
def test_bad_filters_get_a_clear_error(as_analyst, city, query):
    response = as_analyst.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert response.context["form"].errors
    assert "report" not in response.context


def test_each_table_downloads_as_xlsx_and_csv(as_analyst, city, unsuppressed):
    response = as_analyst.get(
        URL + "?district=obolonskyi&table=institution&export=xlsx"
    )
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == (
        "By institution",
        "Learners reached",
        "Modules started",
        "Completions",
    )
    assert rows[1][:4] == ("Ліцей № 1", 3, 3, 1)
    assert rows[-1][:1] == ("District: Obolonskyi",)

    response = as_analyst.get("/reports/?table=district&export=csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert lines[0][0] == "За районами"
    oboloon = next(line for line in lines if line[0] == "Оболонський")
    assert oboloon[1:4] == ["3", "3", "1"]
    # A rate with a decimal comma: Ukrainian Excel reads "33,3" as a number.
    assert oboloon[4] == "33,3"
    assert as_analyst.get(URL + "?table=secrets&export=csv").status_code == 404


def test_queries_are_constant_in_the_number_of_learners(
    caches_off, as_analyst, city, django_assert_num_queries, unsuppressed
):
    # Eleven for the session, the user and the page around (header, footer, on a
    # cold cache), two for the modules, three aggregates: by home institution,
    # period, module.
    with django_assert_num_queries(16):
        as_analyst.get(URL)
    for number in range(40):
        learner = UserFactory(username=f"more{number}")
        progress(learner, city.lessons[0], LessonProgress.COMPLETED, 70)
    as_analyst.get(URL)  # the cache is still warm: nothing new is counted ...
    from django.core.cache import cache

    cache.clear()
    with django_assert_num_queries(16):
        response = as_analyst.get(URL)
    assert response.context["report"].total.learners == 46


def test_new_results_invalidate_the_cache(
    caches_off,
    unsuppressed,
    as_analyst,
    city,
    django_capture_on_commit_callbacks,
    django_assert_num_queries,
):
    assert as_analyst.get(URL).context["report"].total.completions == 3
    # Cached: no aggregate runs again, nor the header's and footer's site queries.
    with django_assert_num_queries(7):
        as_analyst.get(URL)
    maria = city.learners["maria"]
    LessonProgress.objects.filter(learner=maria, lesson=city.lessons[1]).update(
        read_to_end=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        update_lesson_progress(learner=maria, lesson=city.lessons[1])
    assert as_analyst.get(URL).context["report"].total.completions == 4


def test_the_reports_link_shows_only_for_analysts(client, as_analyst, city, password):
    assert (
        reverse("reports_dashboard")
        in as_analyst.get("/en/open-data/").content.decode()
    )
    client.login(username="olha", password=password)
    assert '/en/reports/"' not in client.get("/en/open-data/").content.decode()


def test_choosing_another_district_leaves_the_institution(
    as_analyst, city, unsuppressed
):
    response = as_analyst.get(f"{URL}?institution={city.school.pk}&district=podilskyi")
    assert response.context["institution"] is None
    assert response.context["report"].total.learners == 1


def test_the_average_score_says_it_includes_what_browsers_reported(
    as_analyst, city, unsuppressed
):
    """Lesson scores mix graded quizzes with H5P results the browser sent: the page
    and every export say so."""
    from bs4 import BeautifulSoup

    html = BeautifulSoup(as_analyst.get("/reports/").content, "html.parser")
    summary = html.select_one(".report-summary").get_text(" ", strip=True)
    assert "Середній бал * (разом із балами H5P, які повідомили браузери)" in summary
    note = html.select_one(".scores-note").get_text(" ", strip=True)
    assert "H5P" in note and "браузери учнів" in note
    body = as_analyst.get("/reports/?export=csv").content.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(body), delimiter=";"))
    assert "Середній бал, % (разом із балами H5P, які повідомили браузери)" in header
