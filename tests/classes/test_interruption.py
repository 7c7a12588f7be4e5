"""A lesson interrupted by an air-raid alert or a power cut: one action moves every
learner's due date for the assignments due within a window."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes import actions
from classes.models import (
    Assignment,
    AuditEntry,
    Class,
    ClassGroup,
    Extension,
    InstitutionMembership,
    Membership,
)
from classes.permissions import interruptible_classes, may_interrupt
from tests.factories import UserFactory

FORMAT = "%Y-%m-%dT%H:%M"


@pytest.fixture
def setting(klass, make_course):
    """Three learners; an assignment due tomorrow, one due in two weeks (outside
    the default window) and one due yesterday to a group of one."""
    now = timezone.now().replace(second=0, microsecond=0)
    learners = [
        UserFactory(username=name, display_name=name.title())
        for name in ("anna", "bohdan", "vira")
    ]
    for learner in learners:
        Membership.objects.create(klass=klass, learner=learner)
    group = ClassGroup.objects.create(klass=klass, name="Команда")
    group.learners.add(learners[0])
    soon = Assignment.objects.create(
        klass=klass,
        course=make_course(title="Петиції", slug="soon", lessons=1),
        due_at=now + timedelta(days=1),
    )
    later = Assignment.objects.create(
        klass=klass,
        course=make_course(title="Бюджет", slug="later", lessons=1),
        due_at=now + timedelta(days=14),
    )
    grouped = Assignment.objects.create(
        klass=klass,
        course=make_course(title="Громада", slug="grouped", lessons=1),
        due_at=now - timedelta(hours=12),
        group=group,
    )
    return {
        "now": now,
        "learners": learners,
        "soon": soon,
        "later": later,
        "grouped": grouped,
    }


def post(client, klass, **data):
    now = timezone.localtime(timezone.now())
    form = {
        "due_from": (now - timedelta(days=1)).strftime(FORMAT),
        "due_to": (now + timedelta(days=7)).strftime(FORMAT),
        "shift": "48",
        "hours": "",
        "reason": "Повітряна тривога",
    }
    form.update(data)
    return client.post(f"/teach/{klass.pk}/interrupt/", form, follow=True)


def extensions() -> dict:
    return {
        (e.assignment_id, e.learner_id): (e.due_at, e.interrupted_at is not None)
        for e in Extension.objects.all()
    }


def test_the_shift_moves_every_learners_due_date_in_the_window_once(
    client, klass, teacher, setting
):
    client.force_login(teacher)
    response = post(client, klass)
    text = response.content.decode()
    assert "Завдань: 2, учнів: 3" in text
    soon, grouped, learners = setting["soon"], setting["grouped"], setting["learners"]
    moved = {
        (soon.pk, learner.pk): (soon.due_at + timedelta(hours=48), True)
        for learner in learners
    }
    # The group's assignment is for its one member only; the later one is untouched.
    moved[(grouped.pk, learners[0].pk)] = (
        grouped.due_at + timedelta(hours=48),
        True,
    )
    assert extensions() == moved
    # The class's own date stays: the moved dates are the learners'.
    assert Assignment.objects.get(pk=soon.pk).due_at == soon.due_at
    # The same action again (a double click) moves nothing further.
    again = post(client, klass)
    assert "уже має" in again.content.decode()
    assert extensions() == moved
    entries = AuditEntry.objects.filter(action=AuditEntry.INTERRUPT)
    assert entries.count() == 1
    entry = entries.get()
    assert entry.klass == klass and entry.actor == teacher
    assert entry.reason == "Повітряна тривога"
    assert sorted(entry.details["assignments"]) == sorted([soon.pk, grouped.pk])
    assert entry.details["shift_hours"] == 48


def test_a_longer_extension_is_kept_and_a_shorter_one_moved(
    client, klass, teacher, setting
):
    soon, learners = setting["soon"], setting["learners"]
    longer = soon.due_at + timedelta(days=5)
    shorter = soon.due_at + timedelta(hours=1)
    Extension.objects.create(assignment=soon, learner=learners[0], due_at=longer)
    Extension.objects.create(assignment=soon, learner=learners[1], due_at=shorter)
    client.force_login(teacher)
    post(client, klass, shift="", hours="24")
    found = extensions()
    assert found[(soon.pk, learners[0].pk)] == (longer, False)
    assert found[(soon.pk, learners[1].pk)] == (soon.due_at + timedelta(days=1), True)
    # A teacher's own extension for one learner afterwards is no longer marked.
    actions.extend_due(
        teacher=teacher,
        klass=klass,
        learner=learners[1],
        assignment=soon,
        due_at=soon.due_at + timedelta(days=3),
    )
    assert extensions()[(soon.pk, learners[1].pk)][1] is False


def test_learners_are_told_and_the_grid_marks_the_moved_dates(
    client, klass, teacher, setting
):
    client.force_login(teacher)
    post(client, klass)
    grid = client.get(f"/teach/{klass.pk}/assignments/{setting['soon'].pk}/")
    soup = BeautifulSoup(grid.content, "html.parser")
    rows = {
        row.find("th").get_text(" ", strip=True)
        for row in soup.select("tbody tr")
        if row.find("th")
    }
    assert any("Anna" in r and "урок перервано" in r for r in rows), rows
    later = client.get(f"/teach/{klass.pk}/assignments/{setting['later'].pk}/")
    assert "урок перервано" not in later.content.decode()

    pupil = setting["learners"][1]
    client.force_login(pupil)
    page = client.get("/learning/").content.decode()
    assert "урок перервано" in page
    # At log-in the learner is told their due dates moved.
    client.logout()
    pupil.set_password("pass-Word-42")
    pupil.save()
    response = client.post(
        "/accounts/login/",
        {"login": pupil.username, "password": "pass-Word-42"},
        follow=True,
    )
    assert "урок перервано" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"due_from": "2030-01-02T00:00", "due_to": "2030-01-01T00:00"}, "вікна"),
        ({"shift": "", "hours": "0"}, "годин"),
        ({"shift": "", "hours": "721"}, "годин"),
        ({"shift": "17"}, "коректний вибір"),
        ({"due_from": "2030-01-01T00:00", "due_to": "2030-01-02T00:00"}, "Жодне"),
        ({"due_from": "вчора"}, "дату"),
        ({"reason": " "}, "причину"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    client, klass, teacher, setting, data, error
):
    client.force_login(teacher)
    response = post(client, klass, **data)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Extension.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.INTERRUPT).exists()


def test_a_teacher_of_another_class_gets_404_and_nothing_changes(
    client, klass, school, setting
):
    other = UserFactory(
        username="inshyi", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    InstitutionMembership.objects.create(user=other, institution=school)
    own = Class.objects.create(institution=school, name="5-А", academic_year="2026")
    own.teachers.add(other)
    client.force_login(other)
    assert post(client, klass).status_code == 404
    pupil = setting["learners"][0]
    client.force_login(pupil)
    assert post(client, klass).status_code == 404
    assert not Extension.objects.exists()
    assert not AuditEntry.objects.exists()
    assert not may_interrupt(other, klass)
    assert list(interruptible_classes(other)) == [own]
    with pytest.raises(actions.ActionRefused):
        actions.interrupt_class(
            teacher=other,
            klass=klass,
            due_from=setting["now"] - timedelta(days=1),
            due_to=setting["now"] + timedelta(days=7),
            shift=timedelta(days=1),
            reason="Тривога",
        )
    assert not Extension.objects.exists()


def test_a_co_teacher_may_interrupt_and_an_archived_class_may_not(
    klass, school, setting
):
    co = UserFactory(username="spivvykladach")
    klass.teachers.add(co)
    assert may_interrupt(co, klass)
    assert klass in interruptible_classes(co)
    klass.archived = True
    klass.save()
    assert not may_interrupt(co, klass)
    assert klass not in interruptible_classes(co)


def test_the_assignments_tab_has_the_form(client, klass, teacher, setting):
    client.force_login(teacher)
    page = client.get(f"/teach/{klass.pk}/?tab=assignments").content.decode()
    soup = BeautifulSoup(page, "html.parser")
    form = soup.find("form", action=f"/teach/{klass.pk}/interrupt/")
    assert form is not None
    assert "Урок перервано" in form.find_parent("section").get_text()
    for name in ("due_from", "due_to", "shift", "hours", "reason"):
        field = form.find(attrs={"name": name})
        assert field is not None
        assert soup.find("label", attrs={"for": field["id"]}) is not None


def test_the_grid_reads_no_more_queries(caches_off, client, klass, teacher, setting):
    client.force_login(teacher)
    post(client, klass)
    url = f"/teach/{klass.pk}/assignments/{setting['soon'].pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    # As tests/classes/test_classes.py::test_grid_queries_do_not_grow_with_the_class.
    assert len(captured) == 7


def test_a_cached_grid_shows_the_mark_at_once(
    caches_off, settings, client, klass, teacher, setting
):
    settings.GRID_CACHE_SECONDS = 300
    cache.clear()
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/assignments/{setting['soon'].pk}/"
    assert "урок перервано" not in client.get(url).content.decode()
    post(client, klass)
    assert "урок перервано" in client.get(url).content.decode()
    cache.clear()
