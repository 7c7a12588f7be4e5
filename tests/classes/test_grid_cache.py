"""The teacher's progress grid comes from the cache only while nothing in it changed."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone

from classes.models import Assignment, Extension, Membership
from courses.models import LessonPage
from quizzes.models import LessonProgress
from tests.factories import UserFactory


@pytest.fixture
def grid_setup(klass, teacher, make_course):
    """A class of two learners assigned a two-lesson module, due in a week."""

    def make():
        course = make_course(title="Петиції", lessons=2)
        lessons = list(LessonPage.objects.child_of(course))
        learners = [
            UserFactory(username="anna", display_name="Анна"),
            UserFactory(username="bohdan", display_name="Богдан"),
        ]
        for learner in learners:
            Membership.objects.create(klass=klass, learner=learner)
        assignment = Assignment.objects.create(
            klass=klass, course=course, due_at=timezone.now() + timedelta(days=7)
        )
        return (
            teacher,
            f"/teach/{klass.pk}/assignments/{assignment.pk}/",
            learners,
            lessons,
        )

    return make


@pytest.fixture
def grid_cache(settings):
    settings.GRID_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def cells(client, url) -> dict:
    """Learner name -> the text of their row's cells."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    rows = {}
    for row in soup.select("tbody tr"):
        header = row.find("th")
        if header is not None:
            rows[header.get_text(strip=True)] = [
                td.get_text(" ", strip=True) for td in row.find_all("td")
            ]
    return rows


def test_a_reload_with_nothing_changed_is_served_from_the_cache(
    client, grid_setup, grid_cache, django_assert_max_num_queries
):
    teacher, url, _learners, _lessons = grid_setup()
    client.force_login(teacher)
    first = cells(client, url)
    # The session, the user, the assignment, the class's groups, the learners it is
    # for, and the header's groups and permissions: the grid itself (its lessons and
    # progress) is not read again.
    with django_assert_max_num_queries(7) as queries:
        again = cells(client, url)
    assert again == first
    assert not any(
        "quizzes_lessonprogress" in q["sql"] for q in queries.captured_queries
    )


def test_a_learners_progress_shows_at_once(
    client, grid_setup, grid_cache, django_capture_on_commit_callbacks
):
    teacher, url, learners, lessons = grid_setup()
    client.force_login(teacher)
    before = cells(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        LessonProgress.objects.update_or_create(
            learner=learners[0],
            lesson=lessons[0],
            defaults={
                "course_id": lessons[0].get_parent().pk,
                "status": LessonProgress.COMPLETED,
                "best_score": 90,
                "completed_at": timezone.now(),
            },
        )
    after = cells(client, url)
    assert after != before
    name = learners[0].display_name or learners[0].username
    assert after[name] != before[name]


def test_a_new_member_an_extension_and_a_rename_show_at_once(
    client, grid_setup, grid_cache, django_capture_on_commit_callbacks
):
    teacher, url, learners, _lessons = grid_setup()
    client.force_login(teacher)
    klass = Membership.objects.filter(learner=learners[0]).first().klass
    assert "Новенька" not in cells(client, url)
    newcomer = UserFactory(username="newcomer", display_name="Новенька")
    Membership.objects.create(klass=klass, learner=newcomer)
    assert "Новенька" in cells(client, url)
    newcomer.display_name = "Оксана"
    newcomer.save()
    shown = cells(client, url)
    assert "Оксана" in shown and "Новенька" not in shown
    assignment = klass.assignments.first()
    before = client.get(url).content
    Extension.objects.create(
        assignment=assignment,
        learner=newcomer,
        due_at=timezone.now() + timedelta(days=30),
    )
    assert client.get(url).content != before
