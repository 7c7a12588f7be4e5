"""Each class rule is written once and read the same way everywhere: the teach
permission (predicate, queryset, SQL), who an assignment is for (ORM and SQL), and an
assignment's state (the teacher's grid and the learner's pages)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from certificates.permissions import recognition_learners
from classes import grid_cache
from classes.models import Assignment, Class, ClassGroup, Membership
from classes.permissions import classes_taught, learners_acted_on, teaches
from classes.progress import (
    assigned_members,
    assignment_state,
    learner_assignments,
    needs_help,
    progress_grid,
)
from courses.models import LessonPage
from learning.models import LessonProgress
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_teach_rule_reads_the_same_as_a_predicate_a_queryset_and_sql(
    school, klass, teacher, make_course
):
    other = Class.objects.create(
        institution=school, name="9-В", academic_year="2026/2027"
    )
    co_teacher, stranger = UserFactory(username="kolega"), UserFactory(username="hist")
    klass.teachers.add(co_teacher)
    other.teachers.add(co_teacher, stranger)
    Membership.objects.create(klass=klass, learner=stranger)
    course = make_course(lessons=1)
    work = {
        k.pk: Assignment.objects.create(klass=k, course=course) for k in (klass, other)
    }
    sql = (
        f"SELECT c.id FROM {Class._meta.db_table} c WHERE "  # noqa: S608
        + Class.objects.taught_by_sql(klass="c.id", user="%s")
    )
    for user in (teacher, co_teacher, stranger):
        with connection.cursor() as cursor:
            cursor.execute(sql, [user.pk])
            by_sql = {row[0] for row in cursor.fetchall()}
        assert by_sql == set(classes_taught(user).values_list("pk", flat=True))
        for k in (klass, other):
            assert teaches(user, k) is (k.pk in by_sql)
            found = grid_cache.taught_assignment(user, k.pk, work[k.pk].pk)
            assert (found is not None) is (k.pk in by_sql)
            # Whose record the user may act on, and for whom they may ask
            # certificates' recognition: the same learners, by the same rule.
            acted_on = set(learners_acted_on(user, k))
            assert set(recognition_learners(user, k)) == acted_on
            assert bool(acted_on) is (k.pk in by_sql and k == klass)
    assert {c.name for c in classes_taught(stranger)} == {"9-В"}


@pytest.fixture
def audience(klass, make_course):
    """A class of four (one has left), a group of two, and four assignments."""
    anna, bohdan, vira, left = (
        UserFactory(username=name) for name in ("anna", "bohdan", "vira", "pishov")
    )
    for learner in (anna, bohdan, vira, left):
        Membership.objects.create(klass=klass, learner=learner)
    Membership.objects.filter(learner=left).update(left_at=timezone.now())
    group = ClassGroup.objects.create(klass=klass, name="Проєкт")
    group.learners.add(anna, bohdan, left)
    course = make_course(lessons=1)
    past = timezone.now() - timedelta(days=1)

    def assign(name, group=None, chosen=()):
        assignment = Assignment.objects.create(
            klass=klass, course=course, group=group, due_at=past
        )
        assignment.learners.add(*chosen)
        return name, assignment

    assignments = dict(
        [
            assign("class"),
            assign("group", group=group),
            assign("chosen", chosen=[vira]),
            assign("chosen in group", group=group, chosen=[anna]),
        ]
    )
    expected = {
        "class": {"anna", "bohdan", "vira"},
        "group": {"anna", "bohdan"},
        "chosen": {"vira"},
        "chosen in group": {"anna"},
    }
    return {
        "learners": (anna, bohdan, vira),
        "group": group,
        "assignments": assignments,
        "expected": expected,
    }


def test_who_an_assignment_is_for_reads_the_same_in_sql_and_the_orm(audience):
    assignments, expected = audience["assignments"], audience["expected"]
    username = {learner.pk: learner.username for learner in audience["learners"]}
    for name, assignment in assignments.items():
        # The grid's query written out in SQL.
        names = {username[row[0]] for row in assigned_members(assignment, None)}
        assert names == expected[name], name
        shown = {
            username[row[0]] for row in assigned_members(assignment, audience["group"])
        }
        assert shown == expected[name] & {"anna", "bohdan"}, name
    for learner in audience["learners"]:
        mine = {
            name
            for name, a in assignments.items()
            if learner.username in expected[name]
        }
        # The ORM's queryset method, and the learner's own page that uses it.
        found = Assignment.objects.filter(pk__in=[a.pk for a in assignments.values()])
        names = {a.pk for a in found.for_learner(learner.pk)}
        assert names == {assignments[name].pk for name in mine}, learner.username
        assert {s.assignment.pk for s in learner_assignments(learner)} == names
    # "Needs help" counts each learner's overdue assignments by the same rule.
    overdue = {
        h.learner.username: h.overdue_assignments
        for h in needs_help(audience["assignments"]["class"].klass)
    }
    assert overdue == {"anna": 3, "bohdan": 2, "vira": 2}


@pytest.mark.parametrize(
    ("done", "total", "late", "due_in_days", "state"),
    [
        (2, 2, False, 1, "done"),
        (2, 2, False, -1, "done"),
        (2, 2, True, -1, "done_late"),
        (1, 2, False, 1, "due"),
        (1, 2, False, -1, "missing"),
        (0, 2, False, None, "due"),
        (0, 0, False, -1, "missing"),
    ],
)
def test_an_assignments_state_is_one_rule(done, total, late, due_in_days, state):
    now = timezone.now()
    due = None if due_in_days is None else now + timedelta(days=due_in_days)
    assert (
        assignment_state(done=done, total=total, late=late, due=due, now=now) == state
    )


def test_overdue_reads_the_same_on_the_grid_the_learners_page_and_needs_help(
    client, klass, teacher, make_course
):
    """A learner's own due date (an extension) decides, whatever the assignment's:
    one given a due date that has passed is overdue everywhere, and the others are
    overdue nowhere, the first instant after it as much as a day later."""
    anna, bohdan = UserFactory(username="anna"), UserFactory(username="bohdan")
    for learner in (anna, bohdan):
        Membership.objects.create(klass=klass, learner=learner)
    course = make_course(lessons=1)
    now = timezone.now()
    # No due date for the class; Anna's own one has just passed.
    open_ended = Assignment.objects.create(klass=klass, course=course)
    open_ended.extensions.create(learner=anna, due_at=now - timedelta(microseconds=1))
    # Due tomorrow for the class; Anna's own one was yesterday.
    tomorrow = Assignment.objects.create(
        klass=klass, course=course, due_at=now + timedelta(days=1)
    )
    tomorrow.extensions.create(learner=anna, due_at=now - timedelta(days=1))
    for assignment in (open_ended, tomorrow):
        grid = {row.learner_id: row for row in progress_grid(assignment).rows}
        assert grid[anna.pk].state == "missing"
        assert all(cell.overdue for cell in grid[anna.pk].cells)
        assert grid[bohdan.pk].state == "due"
        assert not any(cell.overdue for cell in grid[bohdan.pk].cells)
    assert {s.state for s in learner_assignments(anna)} == {"missing"}
    assert {s.state for s in learner_assignments(bohdan)} == {"due"}
    overdue = {h.learner.username: h.overdue_assignments for h in needs_help(klass)}
    assert overdue == {"anna": 2}
    client.force_login(teacher)
    html = client.get(f"/teach/{klass.pk}/").content.decode()
    assert "2 прострочені завдання" in html


def test_done_late_reads_the_same_on_the_grid_and_the_learners_page(klass, make_course):
    """A lesson completed at the due instant is on time; a microsecond later, late:
    the grid (asked of the database) and the learner's page agree."""
    on_time, late = UserFactory(username="vchasno"), UserFactory(username="piznishe")
    for learner in (on_time, late):
        Membership.objects.create(klass=klass, learner=learner)
    course = make_course(lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    due = timezone.now() - timedelta(hours=1)
    assignment = Assignment.objects.create(klass=klass, course=course, due_at=due)
    for learner, completed_at in (
        (on_time, due),
        (late, due + timedelta(microseconds=1)),
    ):
        LessonProgress.objects.create(
            learner=learner,
            lesson=lesson,
            course_id=course.pk,
            status=LessonProgress.COMPLETED,
            completed_at=completed_at,
        )
    grid = {row.learner_id: row.state for row in progress_grid(assignment).rows}
    assert grid == {on_time.pk: "done", late.pk: "done_late"}
    for learner in (on_time, late):
        assert [s.state for s in learner_assignments(learner)] == [grid[learner.pk]]
