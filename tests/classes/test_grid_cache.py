"""The teacher's progress grid comes from the cache only while nothing in it changed."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes.models import Assignment, Extension, Membership
from courses.models import LessonPage
from learning.models import LessonProgress
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
def grid_cache(caches_off, settings):
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
    client, grid_setup, grid_cache, django_assert_num_queries
):
    teacher, url, _learners, _lessons = grid_setup()
    client.force_login(teacher)
    first = cells(client, url)
    # The session, the user, the assignment with its class's name and groups, and
    # the learners it is for: the grid itself (its lessons and progress) is not read
    # again, nor the header's roles.
    with django_assert_num_queries(4) as queries:
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


def test_teachers_sharing_a_cached_page_each_see_their_own_header_and_messages(
    client, grid_setup, grid_cache
):
    from django.contrib.auth.models import Group
    from django.test import Client

    teacher, url, _learners, _lessons = grid_setup()
    klass = Assignment.objects.get().klass
    analyst = UserFactory(
        username="analitykynia",
        groups=[Group.objects.get_or_create(name="Institute analysts")[0]],
    )
    klass.teachers.add(analyst)
    client.force_login(teacher)
    co_client = Client(enforce_csrf_checks=True)
    co_client.force_login(analyst)

    def page(for_client) -> BeautifulSoup:
        return BeautifulSoup(for_client.get(url).content, "html.parser")

    reports = 'header a[href="/reports/"]'
    assert page(client).select_one(reports) is None
    # The page the first teacher left in the cache (nothing of the grid or the site's
    # layout read again), with the analyst's own links.
    with CaptureQueriesContext(connection) as queries:
        shown = page(co_client)
    assert not any(
        table in q["sql"]
        for q in queries.captured_queries
        for table in ("quizzes_lessonprogress", "wagtailcore_")
    )
    assert shown.select_one(reports) is not None
    assert "Анна" in shown.select_one("tbody").get_text()
    # The analyst's log-out form carries their own CSRF token.
    logout = shown.select_one('form[action="/accounts/logout/"]')
    token = logout.select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert (
        co_client.post(logout["action"], {"csrfmiddlewaretoken": token}).status_code
        == 302
    )
    assert "_auth_user_id" not in co_client.session
    assert page(client).select_one(reports) is None
    # A message waiting for the teacher shows on the cached page, once.
    client.post(f"/teach/{klass.pk}/code/", {})
    message = page(client).select_one(".messages")
    assert message is not None and "Новий код готовий" in message.get_text()
    assert page(client).select_one(".messages") is None


def test_a_renamed_class_or_group_shows_at_once(client, grid_setup, grid_cache):
    from classes.models import ClassGroup

    teacher, url, _learners, _lessons = grid_setup()
    klass = Assignment.objects.get().klass
    group = ClassGroup.objects.create(klass=klass, name="Проєкт")
    client.force_login(teacher)

    def shown() -> tuple[str, list[str]]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        crumbs = soup.select(".breadcrumb li")
        options = [o.get_text() for o in soup.select("#group-filter option")]
        return crumbs[1].get_text(strip=True), options[1:]

    assert shown() == ("9-Б", ["Проєкт"])
    group.name = "Дебати"
    group.save()
    klass.name = "10-Б"
    klass.save()
    assert shown() == ("10-Б", ["Дебати"])


def test_the_language_links_of_a_cached_page_keep_its_address(
    client, grid_setup, grid_cache
):
    teacher, url, _learners, _lessons = grid_setup()
    client.force_login(teacher)

    def english_link(address: str) -> str:
        soup = BeautifulSoup(client.get(address).content, "html.parser")
        return soup.select_one('link[rel=alternate][hreflang="en"]')["href"]

    assert english_link(f"{url}?sort=progress").endswith(f"/en{url}?sort=progress")
    # The same grid asked for with another address: its own links.
    assert english_link(f"{url}?sort=progress&from=class").endswith(
        f"/en{url}?sort=progress&from=class"
    )


def test_an_admin_teacher_gets_the_user_bar_on_a_page_another_teacher_cached(
    client, grid_setup, grid_cache
):
    from django.contrib.auth.models import Permission
    from django.test import Client

    teacher, url, _learners, _lessons = grid_setup()
    klass = Assignment.objects.get().klass
    editor = UserFactory(username="redaktorka")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    klass.teachers.add(editor)
    client.force_login(teacher)
    assert "wagtail-userbar" not in client.get(url).content.decode()
    admin_client = Client()
    admin_client.force_login(editor)
    shown = admin_client.get(url).content.decode()
    assert "wagtail-userbar" in shown and "Анна" in shown


def test_an_id_too_big_for_the_database_is_not_found(client, grid_setup):
    teacher, _url, _learners, _lessons = grid_setup()
    klass = Assignment.objects.get().klass
    client.force_login(teacher)
    too_big = "9" * 30
    assert client.get(f"/teach/{klass.pk}/assignments/{too_big}/").status_code == 404
    assignment = Assignment.objects.get()
    assert (
        client.get(f"/teach/{too_big}/assignments/{assignment.pk}/").status_code == 404
    )
