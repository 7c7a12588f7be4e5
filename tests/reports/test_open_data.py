"""Open data: public, aggregate only, small cells hidden, the schema documented.

The figures are those of the latest quarter's release (tests/reports/test_releases.py
has the rules of releases)."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from classes.models import Class, Institution, Membership
from learning.models import LessonProgress
from reports.periods import QUARTER, period_of
from tests.factories import UserFactory

from .conftest import progress

# 100 days ago is in a quarter that is over, whatever the day.
CROWD_DAY = timezone.now() - timedelta(days=100)
CROWD_QUARTER = period_of(CROWD_DAY, QUARTER).label


def publish(quarter):
    call_command("publish_release", quarter=quarter, verbosity=0)


def records(client, language=""):
    response = client.get(f"{language}/open-data/participation.json", follow=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)["records"]


def cell(rows, district, kind):
    return next(
        r for r in rows if r["district"] == district and r["institution_kind"] == kind
    )


@pytest.fixture
def crowd(make_course):
    """A closed quarter, released: 12 pupils of an Obolon school (7 complete), 6
    students of a Podil college (2 complete), 3 pupils of a Podil school (1
    completes)."""
    module = make_course(title="Петиції", slug="petitions", lessons=1)
    lesson = module.get_children().get().specific
    now = CROWD_DAY.strftime("%Y-%m-%dT%H:%M")
    groups = [
        ("obolonskyi", "school", 12, 7),
        ("podilskyi", "vocational", 6, 2),
        ("podilskyi", "school", 3, 1),
    ]
    for district, kind, size, completing in groups:
        institution = Institution.objects.create(
            name=f"{kind} {district}", kind=kind, district=district
        )
        klass = Class.objects.create(
            institution=institution, name="1", academic_year="2026/2027"
        )
        for number in range(size):
            learner = UserFactory(username=f"{district}-{kind}-{number}")
            Membership.objects.create(klass=klass, learner=learner)
            status = (
                LessonProgress.COMPLETED
                if number < completing
                else LessonProgress.IN_PROGRESS
            )
            progress(learner, lesson, status, 80, now)
    publish(CROWD_QUARTER)
    return module


def test_small_cells_are_hidden_and_cannot_be_recovered(client, crowd):
    rows = records(client)
    assert {r["period"] for r in rows} == {CROWD_QUARTER}

    def value(district, kind, field="learners_reached"):
        return cell(rows, district, kind)[field]

    # 3 pupils in a Podil school: hidden, and the Podil row and the school column
    # each hide something else too, so no subtraction gives the 3 back.
    assert value("podilskyi", "school") is None
    assert None in (value("podilskyi", "vocational"), value("podilskyi", "total"))
    assert None in (value("obolonskyi", "school"), value("total", "school"))
    assert value("total", "total") == 21
    # Completions: 2 and 1 are hidden, and so is enough around them.
    assert value("podilskyi", "vocational", "completions") is None
    assert value("podilskyi", "school", "completions") is None
    assert None in (
        value("obolonskyi", "school", "completions"),
        value("total", "school", "completions"),
    )
    for row in rows:
        for field in ("learners_reached", "completions"):
            assert row[field] is None or row[field] == 0 or row[field] >= 5
    # Zeros are published: nobody from Darnytskyi.
    assert cell(rows, "darnytskyi", "school")["learners_reached"] == 0


def test_the_csv_matches_the_json_and_has_no_personal_data(client, crowd):
    response = client.get("/open-data/participation.csv", follow=True)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8").lstrip("\ufeff")
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == [
        "period",
        "module_id",
        "module_title_uk",
        "module_title_en",
        "module_pd_hours",
        "district",
        "institution_kind",
        "learners_reached",
        "completions",
    ]
    json_rows = records(client)
    assert len(table) == len(json_rows)
    for line, record in zip(table, json_rows, strict=True):
        value = record["learners_reached"]
        assert line["learners_reached"] == ("" if value is None else str(value))
    assert "obolonskyi-school-0" not in text
    assert "obolonskyi-school-0" not in json.dumps(json_rows)


def test_with_only_a_few_learners_everything_is_hidden(client, city):
    publish("2026-Q1")
    rows = records(client)
    # The teachers' PD module says how many hours it earns; the pupils' says none.
    hours = {r["module_title_uk"]: r["module_pd_hours"] for r in rows}
    assert hours == {"Методика": 30, "Петиції": None}
    assert rows
    assert all(r["learners_reached"] in (None, 0) for r in rows)
    assert all(r["completions"] in (None, 0) for r in rows)


def test_the_public_page_documents_the_schema(
    caches_off, client, crowd, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = client.get("/en/open-data/")
    html = response.content.decode()
    assert response.status_code == 200
    for field in ("learners_reached", "completions", "institution_kind", "period"):
        assert f"<code>{field}</code>" in html
    assert "fewer than 5 learners" in html
    slug = CROWD_QUARTER.lower()
    assert f"/open-data/releases/{slug}/participation.csv" in html
    [listed] = response.context["releases"]
    assert [(r["period"], r["learners_reached"]) for r in listed["summary"]] == [
        (CROWD_QUARTER, 21)
    ]


def test_anonymous_users_see_open_data_only(client, city):
    assert client.get("/open-data/").status_code == 200
    for url in ("/reports/", "/reports/questions/", "/reports/releases/"):
        assert client.get(url).status_code == 302
