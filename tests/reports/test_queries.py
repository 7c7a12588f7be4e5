"""Aggregates checked against hand-computed values (see the city fixture)."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.models import LessonProgress
from reports.periods import QUARTER, YEAR, period_of
from reports.queries import Filters, aggregate, catalogue
from tests.factories import UserFactory

from .conftest import progress

Q1 = period_of(datetime(2026, 2, 1, tzinfo=UTC), QUARTER)
Q2 = period_of(datetime(2026, 5, 1, tzinfo=UTC), QUARTER)


def by(rows, dim):
    return {row.dims[dim]: row for row in rows}


def test_city_totals(city):
    (total,) = aggregate(cat=catalogue(), filters=Filters())
    assert total.learners == 6
    assert total.starts == 6
    assert total.completions == 3  # Ivan, Oksana, Olha
    assert total.average_score == pytest.approx(490 / 7)
    assert total.completion_rate == pytest.approx(50)
    assert total.pd_completions == 1
    assert total.pd_hours == 30


def test_by_district_uses_the_first_class_joined(city):
    rows = by(
        aggregate(cat=catalogue(), filters=Filters(), group_by=["district"]), "district"
    )
    assert set(rows) == {"obolonskyi", "podilskyi", "shevchenkivskyi", ""}
    obolon = rows["obolonskyi"]
    assert (obolon.learners, obolon.completions) == (3, 1)
    assert obolon.average_score == pytest.approx(80)
    # Oksana joined the school class later: she still counts in Podil.
    assert (rows["podilskyi"].learners, rows["podilskyi"].completions) == (1, 1)
    assert rows["podilskyi"].average_score == pytest.approx(45)
    assert rows["shevchenkivskyi"].pd_hours == 30
    assert (rows[""].learners, rows[""].completions) == (1, 0)


def test_by_quarter_in_kyiv_time(city):
    rows = by(
        aggregate(
            cat=catalogue(), filters=Filters(), group_by=["period"], periods=[Q1, Q2]
        ),
        "period",
    )
    assert Q1.label == "2026-Q1"
    # Petro's 31 March 22:30 UTC is 1 April in Kyiv: the second quarter.
    assert (rows["2026-Q1"].starts, rows["2026-Q1"].completions) == (3, 3)
    assert (rows["2026-Q2"].starts, rows["2026-Q2"].completions) == (3, 0)


def test_filters_combine(city):
    cat = catalogue()
    module_key = str(city.module.translation_key)
    (row,) = aggregate(cat=cat, filters=Filters(module=module_key, period=Q1))
    assert (row.learners, row.completions) == (2, 2)  # Ivan, Oksana
    (row,) = aggregate(cat=cat, filters=Filters(district="obolonskyi", kind="school"))
    assert (row.learners, row.starts, row.completions) == (3, 3, 1)
    (row,) = aggregate(cat=cat, filters=Filters(institution_id=city.college.pk))
    assert row.learners == 1
    assert aggregate(cat=cat, filters=Filters(district="darnytskyi")) == []


def test_by_module_and_kind(city):
    cat = catalogue()
    rows = aggregate(cat=cat, filters=Filters(), group_by=["module", "kind"])
    cells = {(r.dims["module"], r.dims["kind"]): r.completions for r in rows}
    module, pd = str(city.module.translation_key), str(city.pd_module.translation_key)
    assert cells == {
        (module, "school"): 1,
        (module, "vocational"): 1,
        (module, ""): 0,
        (pd, "institute"): 1,
    }
    assert [m.title for m in cat.modules] == ["Методика", "Петиції"]
    assert cat.module(pd).pd_hours == 30


def test_an_academic_year_holds_both_quarters(city):
    year = period_of(datetime(2026, 2, 1, tzinfo=UTC), YEAR)
    assert year.label == "2025/2026"
    (row,) = aggregate(cat=catalogue(), filters=Filters(period=year))
    assert row.starts == 6


def test_query_count_is_constant_in_the_number_of_learners(
    caches_off, city, django_assert_num_queries
):
    def run():
        with django_assert_num_queries(2):
            cat = catalogue()
        with django_assert_num_queries(1):
            rows = aggregate(
                cat=cat,
                filters=Filters(),
                group_by=["district", "module", "period"],
                periods=[Q1, Q2],
            )
        return rows

    run()
    for number in range(30):
        learner = UserFactory(username=f"extra{number}")
        progress(
            learner, city.lessons[0], LessonProgress.COMPLETED, 50, "2026-02-03T09:00"
        )
    rows = run()
    assert sum(r.learners for r in rows if r.dims["district"] == "") == 31


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL plans small tables differently"
)
def test_a_module_filter_reads_only_that_modules_city_wide_cells(city):
    cat = catalogue()
    with CaptureQueriesContext(connection) as queries:
        aggregate(cat=cat, filters=Filters(module=str(city.module.translation_key)))
    (query,) = queries.captured_queries
    assert "lessonprogress" not in query["sql"]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
        plan = " ".join(str(row) for row in cursor.fetchall())
    # No institution or period asked for: the smallest table, through its index.
    assert "SEARCH c USING INDEX reports_monthcell_course_id" in plan


def test_an_unknown_dimension_is_refused_before_any_query(db):
    """Asked to group by something that is not a dimension (say, pupils' names), the
    aggregate refuses with a ValueError, as it would under `python -O` too, and reads
    nothing."""
    cat = catalogue()
    with (
        CaptureQueriesContext(connection) as queries,
        pytest.raises(ValueError, match="last_name"),
    ):
        aggregate(cat=cat, filters=Filters(), group_by=["district", "last_name"])
    assert queries.captured_queries == []
