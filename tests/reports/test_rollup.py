"""The roll-up the reports read (reports.rollup) gives the figures the progress
itself gives: random histories are counted both ways and must agree, and every way
results are written keeps the roll-up right."""

import dataclasses
import random
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import Locale

from accounts.deletion import delete_account
from classes.models import Class, Institution, Membership
from courses.models import LessonPage
from learning.models import LessonProgress
from learning.progress import record_reading
from quizzes.demo import model_answers
from quizzes.taking import submit_responses
from reports.models import LearnerModule, ModuleCell
from reports.periods import MONTH, QUARTER, YEAR, Period, recent_periods
from reports.queries import Catalogue, Filters, Row, aggregate, catalogue
from reports.rollup import rebuild_learner_modules, refresh_learner_modules
from tests.factories import UserFactory
from tests.reports.conftest import progress

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def reference(
    *, cat: Catalogue, filters: Filters, group_by=(), periods=None
) -> list[Row]:
    """The figures computed straight from LessonProgress and memberships, as
    reports.queries did before the roll-up: the definition the roll-up must keep."""
    q = connection.ops.quote_name
    adapt = connection.ops.adapt_datetimefield_value

    def case(column, mapping, empty="NULL"):
        if not mapping:
            return empty, []
        params = [v for item in mapping.items() for v in item]
        return f"CASE {column} {' '.join(['WHEN %s THEN %s'] * len(mapping))} END", (
            params
        )

    def period_case(column, periods):
        if not periods:
            return "%s", ["earlier"]
        params = [v for p in periods for v in (adapt(p.start), adapt(p.end), p.label)]
        whens = [f"WHEN {column} >= %s AND {column} < %s THEN %s"] * len(periods)
        return f"CASE {' '.join(whens)} ELSE %s END", [*params, "earlier"]

    dim_sql = {
        "district": ("COALESCE(i.district, '')", []),
        "kind": ("COALESCE(i.kind, '')", []),
        "institution": ("COALESCE(i.id, 0)", []),
        "module": case("p.course_id", cat.course_module),
        "period": period_case("p.started_at", periods or []),
    }
    none = "CAST(NULL AS INTEGER)"
    lessons_sql, lessons_params = case("p.course_id", cat.course_lessons, none)
    pd_sql, pd_params = case("p.course_id", cat.course_pd_hours, none)
    dims = "".join(f"{dim_sql[d][0]} AS d_{d}, " for d in group_by)
    params = [LessonProgress.COMPLETED]
    pair_where = "lp.status IN ('in_progress', 'completed')"
    if filters.module is not None:
        module = cat.module(filters.module)
        ids = module.course_ids if module else (0,)
        pair_where += f" AND lp.course_id IN ({', '.join(map(str, ids))})"
    params += [v for d in group_by for v in dim_sql[d][1]]
    params += lessons_params + pd_params
    where = ["1 = 1"]
    if filters.district is not None:
        where.append("COALESCE(i.district, '') = %s")
        params.append(filters.district)
    if filters.kind is not None:
        where.append("COALESCE(i.kind, '') = %s")
        params.append(filters.kind)
    if filters.institution_id is not None:
        where.append("i.id = %s")
        params.append(filters.institution_id)
    if filters.period is not None:
        where.append("p.started_at >= %s AND p.started_at < %s")
        params += [adapt(filters.period.start), adapt(filters.period.end)]
    outer = ", ".join(f"MIN(t.d_{d})" for d in group_by)
    sql = f"""
        WITH home AS (
            SELECT f.learner_id, c.institution_id FROM (
                SELECT learner_id, klass_id,
                    ROW_NUMBER() OVER (PARTITION BY learner_id ORDER BY id) AS n
                FROM {q(Membership._meta.db_table)}
            ) f JOIN {q(Class._meta.db_table)} c ON c.id = f.klass_id WHERE f.n = 1
        ),
        pairs AS (
            SELECT lp.learner_id, lp.course_id,
                MIN(COALESCE(lp.completed_at, lp.last_seen)) AS started_at,
                SUM(CASE WHEN lp.status = %s THEN 1 ELSE 0 END) AS done,
                SUM(lp.best_score) AS score_sum, COUNT(lp.best_score) AS score_count
            FROM {q(LessonProgress._meta.db_table)} lp WHERE {pair_where}
            GROUP BY lp.learner_id, lp.course_id
        )
        SELECT {outer + ", " if group_by else ""}
            COUNT(DISTINCT t.learner_id), COUNT(*), SUM(t.completed),
            SUM(t.score_sum), SUM(t.score_count),
            SUM(CASE WHEN t.pd_hours > 0 THEN t.completed ELSE 0 END),
            SUM(t.completed * COALESCE(t.pd_hours, 0))
        FROM (
            SELECT {dims} p.learner_id, p.score_sum, p.score_count,
                CASE WHEN p.done >= {lessons_sql} THEN 1 ELSE 0 END AS completed,
                {pd_sql} AS pd_hours
            FROM pairs p
            LEFT JOIN home h ON h.learner_id = p.learner_id
            LEFT JOIN {q(Institution._meta.db_table)} i ON i.id = h.institution_id
            WHERE {" AND ".join(where)}
        ) t
        {"GROUP BY " + ", ".join(f"t.d_{d}" for d in group_by) if group_by else ""}
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()
    rows = []
    for values in fetched:
        learners, starts, done, score_sum, scored, pd_done, hours = values[
            len(group_by) :
        ]
        if starts:
            rows.append(
                Row(
                    dims=dict(zip(group_by, values[: len(group_by)], strict=True)),
                    learners=learners,
                    starts=starts,
                    completions=int(done or 0),
                    score_sum=Decimal(str(score_sum or 0)).quantize(Decimal("0.01")),
                    score_count=int(scored or 0),
                    pd_completions=int(pd_done or 0),
                    pd_hours=int(hours or 0),
                )
            )
    return rows


def ordered(rows: list[Row]) -> list[tuple]:
    return sorted(
        (
            (
                tuple(sorted(r.dims.items(), key=str)),
                r.learners,
                r.starts,
                r.completions,
                r.score_sum,
                r.score_count,
                r.pd_completions,
                r.pd_hours,
            )
            for r in rows
        ),
        key=repr,
    )


def assert_same_figures(
    cat: Catalogue, institutions: list, rng: random.Random, reference_cat=None
):
    """Every grouping the reports use, under a spread of filters, both ways;
    `reference_cat` gives the reference other lesson counts."""
    keys = [m.key for m in cat.modules]
    for granularity in (QUARTER, MONTH, YEAR):
        periods = recent_periods(NOW, granularity)
        some = rng.sample(periods, 2)
        filter_sets = [
            Filters(),
            Filters(module=keys[0]),
            Filters(period=some[0]),
            Filters(module=keys[-1], period=some[1]),
            Filters(district=institutions[0].district),
            Filters(kind=institutions[1].kind, module=keys[0]),
            Filters(institution_id=institutions[2].pk, period=some[1]),
        ]
        groupings = [
            (),
            ("district", "kind", "institution"),
            ("period",),
            ("module",),
            ("module", "period", "district", "kind"),
            ("period", "district", "kind", "institution", "module"),
        ]
        for filters in filter_sets:
            for group_by in groupings:
                args = {"cat": cat, "filters": filters, "group_by": group_by}
                if "period" in group_by:
                    args["periods"] = periods
                expected = reference(**{**args, "cat": reference_cat or cat})
                assert ordered(aggregate(**args)) == ordered(expected), (
                    granularity,
                    filters,
                    group_by,
                )


@pytest.fixture
def world(make_course):
    """Two modules, one in two languages, a PD module, four institutions."""
    en = Locale.objects.get_or_create(language_code="en")[0]
    module = make_course(title="Петиції", slug="petitions", lessons=3)
    english = make_course(
        title="Petitions",
        slug="petitions-en",
        lessons=2,
        locale=en,
        translation_key=module.translation_key,
    )
    other = make_course(title="Бюджет", slug="budget", lessons=2)
    pd = make_course(title="Методика", slug="method", lessons=1, pd_hours=12)
    institutions = [
        Institution.objects.create(name=f"Заклад {n}", kind=kind, district=district)
        for n, (kind, district) in enumerate(
            [
                ("school", "obolonskyi"),
                ("vocational", "podilskyi"),
                ("school", "podilskyi"),
                ("institute", "darnytskyi"),
            ]
        )
    ]
    classes = [
        Class.objects.create(institution=i, name="9-А", academic_year="2025/2026")
        for i in institutions
    ]
    lessons = [
        list(LessonPage.objects.child_of(course))
        for course in (module, english, other, pd)
    ]
    return classes, institutions, lessons


def random_history(rng, classes, lessons, learners=30):
    """Learners joining zero to two classes and working on random lessons on
    random dates (some without any date), written as the writers do."""
    start = NOW - timedelta(days=5 * 365)
    people = [UserFactory(username=f"l{n}") for n in range(learners)]
    for person in people:
        for klass in rng.sample(classes, rng.choice([0, 1, 1, 2])):
            Membership.objects.create(klass=klass, learner=person)
        for course_lessons in rng.sample(lessons, rng.randint(0, len(lessons))):
            for lesson in rng.sample(
                course_lessons, rng.randint(1, len(course_lessons))
            ):
                status = rng.choice(
                    [LessonProgress.COMPLETED] * 3
                    + [LessonProgress.IN_PROGRESS, LessonProgress.NOT_STARTED]
                )
                when = start + timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60))
                LessonProgress.objects.create(
                    learner=person,
                    lesson=lesson,
                    course_id=lesson.get_parent().pk,
                    status=status,
                    best_score=(
                        Decimal(rng.randint(0, 10000)) / 100
                        if rng.random() < 0.7
                        else None
                    ),
                    completed_at=when if status == LessonProgress.COMPLETED else None,
                    last_seen=None if rng.random() < 0.05 else when,
                )
            refresh_learner_modules(learner_id=person.pk)
    return people


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_histories_give_the_same_figures_as_the_progress_itself(
    world, seed, monkeypatch
):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    classes, institutions, lessons = world
    rng = random.Random(seed)
    random_history(rng, classes, lessons)
    cat = catalogue()
    assert_same_figures(cat, institutions, rng)

    # A rebuild from scratch makes the same tables as the writes one by one.
    def tables():
        return (
            sorted(
                LearnerModule.objects.values_list(
                    "learner_id",
                    "course_id",
                    "institution_id",
                    "month",
                    "done",
                    "completed",
                )
                .order_by()
                .distinct()
            ),
            sorted(
                (c[:4], c[4:])
                for c in ModuleCell.objects.filter(starts__gt=0).values_list(
                    "institution_id",
                    "course_id",
                    "month",
                    "done",
                    "starts",
                    "score_count",
                    "first",
                    "first_in_module_quarter",
                )
            ),
        )

    incremental = tables()
    rebuild_learner_modules()
    assert tables() == incremental


def test_figures_stay_right_when_a_course_is_unpublished(world, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    classes, institutions, lessons = world
    rng = random.Random(7)
    random_history(rng, classes, lessons)
    before = catalogue()
    lessons[1][0].get_parent().specific.unpublish()
    lessons[0][0].unpublish()  # one lesson fewer: more learners completed it
    cat = catalogue()
    assert cat.hidden_course_ids
    # Completions of the course taken down still count (in no module), as they
    # were when it had its lessons.
    was = dataclasses.replace(
        cat, course_lessons={**before.course_lessons, **cat.course_lessons}
    )
    assert_same_figures(cat, institutions, rng, reference_cat=was)


def test_a_filter_and_a_grouping_by_periods_of_different_lengths_agree(
    world, monkeypatch
):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    classes, _institutions, lessons = world
    random_history(random.Random(11), classes, lessons)
    cat = catalogue()
    year = recent_periods(NOW, YEAR)[-2]
    for group_by in (("period",), ("period", "module"), ("period", "district")):
        args = {
            "cat": cat,
            "filters": Filters(period=year),
            "group_by": group_by,
            "periods": recent_periods(NOW, MONTH),
        }
        assert ordered(aggregate(**args)) == ordered(reference(**args))
    # Periods are whole months: the roll-up keeps no finer dates.
    odd = Period("odd", NOW - timedelta(days=400), NOW - timedelta(days=3))
    with pytest.raises(ValueError, match="odd"):
        aggregate(cat=cat, filters=Filters(period=odd))


# Every way results are written keeps the roll-up right.


def totals(**filters) -> Row:
    rows = aggregate(cat=catalogue(), filters=Filters(**filters))
    return rows[0] if rows else Row()


def test_reading_and_quiz_results_reach_the_figures(quiz_lesson):
    lesson, quiz, activity = quiz_lesson(lessons=1)
    learner = UserFactory(username="uchen")
    record_reading(
        learner=learner, lesson=lesson, seconds=30, reached_end=False, position={}
    )
    figures = totals()
    assert (figures.learners, figures.starts, figures.completions) == (1, 1, 0)
    assert figures.score_count == 0
    submit_responses(
        learner=learner,
        lesson=lesson,
        activity_id=activity,
        quiz=quiz,
        responses=model_answers(quiz.question_snapshots()),
        key=uuid.uuid4(),
    )
    figures = totals()
    assert (figures.learners, figures.starts, figures.completions) == (1, 1, 1)
    assert (figures.score_sum, figures.score_count) == (Decimal("100.00"), 1)
    row = LearnerModule.objects.get()
    assert row.done == 1 and row.institution_id is None


def test_a_retry_that_changes_no_figure_leaves_the_roll_up_alone(
    quiz_lesson, monkeypatch
):
    lesson, quiz, activity = quiz_lesson(lessons=1)
    learner = UserFactory(username="uchen")
    questions = quiz.question_snapshots()
    wrong = {q["id"]: "ні" for q in questions if q["type"] == "short_text"}
    right = model_answers(questions)

    def submit(responses):
        submit_responses(
            learner=learner,
            lesson=lesson,
            activity_id=activity,
            quiz=quiz,
            responses=responses,
            key=uuid.uuid4(),
        )

    submit(right)
    assert totals().score_sum == Decimal("100.00")
    refreshed = []
    import reports.listeners

    real = reports.listeners.refresh_learner_modules
    monkeypatch.setattr(
        reports.listeners,
        "refresh_learner_modules",
        lambda **kw: refreshed.append(kw) or real(**kw),
    )
    submit(wrong)  # a worse attempt: the best score and the completion stand
    assert refreshed == []
    figures = totals()
    assert (figures.completions, figures.score_sum) == (1, Decimal("100.00"))
    LessonProgress.objects.filter(learner=learner).update(best_score=50)
    submit(right)  # the score the roll-up reads changes: it is refreshed
    assert refreshed == [{"learner_id": learner.pk}]


def test_joining_a_first_class_moves_earlier_results_to_its_institution(client, city):
    taras = city.learners["taras"]  # results, but in no class
    assert totals(district="").learners == 1
    client.force_login(taras)
    client.post("/join/", {"code": city.college_class.join_code})
    assert totals(district="").learners == 0
    assert totals(institution_id=city.college.pk).learners == 2
    # A second class is not their home: nothing moves.
    client.post("/join/", {"code": city.school_class.join_code})
    assert totals(institution_id=city.college.pk).learners == 2


def test_a_deleted_account_still_counts_in_the_figures(city):
    before = ordered(aggregate(cat=catalogue(), filters=Filters(), group_by=["kind"]))
    delete_account(city.learners["ivan"])
    after = ordered(aggregate(cat=catalogue(), filters=Filters(), group_by=["kind"]))
    assert after == before


def test_an_unpublished_lesson_completes_modules_without_rewriting_the_roll_up(
    city,
):
    # Maria completed lesson 1 of 2; without lesson 2 the module is complete.
    assert totals(module=str(city.module.translation_key)).completions == 2
    rows = list(LearnerModule.objects.values_list("done", flat=True).order_by("pk"))
    city.lessons[1].unpublish()
    assert totals(module=str(city.module.translation_key)).completions == 4
    assert list(LearnerModule.objects.values_list("done", flat=True).order_by("pk"))
    assert rows == list(
        LearnerModule.objects.values_list("done", flat=True).order_by("pk")
    )


def test_the_rebuild_command_repairs_a_roll_up_bypassed_by_a_deletion(city):
    from io import StringIO

    from django.core.management import call_command

    before = totals()
    # A lesson deleted outright takes its progress with it, past learning.progress.
    LessonProgress.objects.filter(learner=city.learners["taras"]).delete()
    out = StringIO()
    call_command("rebuild_rollup", stdout=out)
    assert "rebuilt" in out.getvalue()
    after = totals()
    assert (after.learners, after.starts) == (before.learners - 1, before.starts - 1)


def quarterly_completions(module) -> dict:
    rows = aggregate(
        cat=catalogue(),
        filters=Filters(module=str(module.translation_key)),
        group_by=["period"],
        periods=recent_periods(NOW, QUARTER),
    )
    return {row.dims["period"]: row.completions for row in rows if row.completions}


def test_a_lesson_published_into_a_module_keeps_past_completions(city, monkeypatch):
    """Issue 23: publishing a fourth lesson dropped every past quarter's
    completions of the module to 0, in the dashboard and open data."""
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    before = quarterly_completions(city.module)
    assert before == {"2026-Q1": 2}  # Oksana in January, Ivan in February
    lesson = LessonPage(title="Новий урок", slug="new-lesson", intro="Вступ.")
    city.module.add_child(instance=lesson)
    lesson.save_revision().publish()
    assert quarterly_completions(city.module) == before
    assert totals(module=str(city.module.translation_key)).completions == 2
    # A bulk rebuild keeps the completions the rows recorded.
    rebuild_learner_modules()
    assert quarterly_completions(city.module) == before
    # Maria had done 1 of 2; now she needs the new lesson too.
    maria = city.learners["maria"]
    LessonProgress.objects.filter(learner=maria, lesson=city.lessons[1]).update(
        status=LessonProgress.COMPLETED, completed_at=NOW, best_score=70
    )
    refresh_learner_modules(learner_id=maria.pk)
    assert totals(module=str(city.module.translation_key)).completions == 2
    progress(maria, lesson, LessonProgress.COMPLETED, 90, "2026-06-01T09:00")
    assert totals(module=str(city.module.translation_key)).completions == 3
    # Ivan doing the new lesson too counts him once.
    progress(
        city.learners["ivan"], lesson, LessonProgress.COMPLETED, 90, "2026-06-02T09:00"
    )
    assert totals(module=str(city.module.translation_key)).completions == 3
    assert quarterly_completions(city.module) == {"2026-Q1": 2, "2026-Q2": 1}
