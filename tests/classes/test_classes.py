"""Teachers create classes, learners join by code, assignments and the progress grid."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes.models import Assignment, Class, InstitutionMembership, Membership
from classes.progress import learner_assignments
from courses.models import LessonPage
from learning.models import LessonProgress
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_teacher_creates_a_class_and_gets_a_code_and_qr(client, teacher, school):
    client.force_login(teacher)
    response = client.post(
        "/teach/",
        {"institution": school.pk, "name": "10-А", "academic_year": "2026/2027"},
    )
    klass = Class.objects.get(name="10-А")
    assert response["Location"] == f"/teach/{klass.pk}/"
    assert list(klass.teachers.all()) == [teacher]
    assert len(klass.join_code) == 7
    html = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    assert html.select_one(".join-code__code").get_text(strip=True) == klass.join_code
    assert html.select_one(".join-code__qr svg") is not None
    assert f"/join/{klass.join_code}/" in html.select_one(".join-code").get_text()


def test_a_bad_academic_year_is_refused(client, teacher, school):
    client.force_login(teacher)
    response = client.post(
        "/teach/", {"institution": school.pk, "name": "10-А", "academic_year": "2026"}
    )
    assert response.status_code == 200
    assert "2026/2027" in response.content.decode()
    assert not Class.objects.exists()


def test_a_learner_joins_with_the_code_and_can_leave(client, klass):
    learner = UserFactory(username="uchen")
    client.force_login(learner)
    response = client.post("/join/", {"code": klass.join_code.lower()})
    assert response["Location"] == "/learning/"
    assert Membership.objects.current().filter(klass=klass, learner=learner).exists()
    client.post(f"/classes/{klass.pk}/leave/")
    assert not Membership.objects.current().filter(learner=learner).exists()
    assert Membership.objects.filter(learner=learner).exists()  # results stay


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("wrong", "Жоден клас не має цього коду"),
        ("expired", "Термін дії цього коду минув"),
        ("archived", "Термін дії цього коду минув"),
    ],
)
def test_wrong_expired_or_archived_codes_get_a_clear_message(
    client, klass, setup, message
):
    code = klass.join_code
    if setup == "wrong":
        code = "ZZZZZZZ"
    elif setup == "expired":
        klass.join_code_expires_at = timezone.now() - timedelta(minutes=1)
        klass.save()
    else:
        klass.archived = True
        klass.save()
    client.force_login(UserFactory(username="uchen2"))
    response = client.post("/join/", {"code": code})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def test_join_attempts_are_rate_limited(client, klass):
    client.force_login(UserFactory(username="vhaduvach"))
    for _ in range(20):
        client.post("/join/", {"code": "WRONG22"})
    response = client.post("/join/", {"code": klass.join_code})
    assert "Забагато спроб" in response.content.decode()
    assert not Membership.objects.exists()


def test_regenerating_the_code_retires_the_old_one(client, klass, teacher):
    client.force_login(teacher)
    old = klass.join_code
    client.post(f"/teach/{klass.pk}/code/", {"valid_days": "7"})
    klass.refresh_from_db()
    assert klass.join_code != old
    assert klass.join_code_expires_at > timezone.now() + timedelta(days=6)


def test_adding_a_co_teacher(client, klass, teacher):
    colleague = UserFactory(
        username="kolega",
        email="kolega@example.org",
        groups=[Group.objects.get(name="Teachers")],
    )
    # A teacher of the class's school (test_enumeration: anyone else is unknown).
    InstitutionMembership.objects.create(user=colleague, institution=klass.institution)
    client.force_login(teacher)
    client.post(f"/teach/{klass.pk}/teachers/", {"username": "kolega@example.org"})
    # Invited, not added: the colleague teaches the class once they accept.
    assert colleague not in klass.teachers.all()
    client.force_login(colleague)
    invitation = klass.invitations.get()
    client.post(f"/invitations/{invitation.pk}/", {"answer": "accept"})
    assert colleague in klass.teachers.all()
    assert client.get(f"/teach/{klass.pk}/").status_code == 200


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", 302),
        ("learner", 403),
        ("member", 403),
        ("other_teacher", 404),
        ("editor", 403),
        ("superuser", 404),
        ("teacher", 200),
    ],
)
def test_only_the_classs_teachers_see_its_page(client, klass, who, expected):
    users = {
        "learner": lambda: UserFactory(username="l1"),
        "member": lambda: (
            Membership.objects.create(
                klass=klass, learner=UserFactory(username="m1")
            ).learner
        ),
        "other_teacher": lambda: UserFactory(
            username="t2", groups=[Group.objects.get(name="Teachers")]
        ),
        "editor": lambda: UserFactory(
            username="e1", groups=[Group.objects.get(name="Editors")]
        ),
        "superuser": lambda: UserFactory(username="su", is_superuser=True),
        "teacher": lambda: klass.teachers.get(),
    }
    if who in users:
        client.force_login(users[who]())
    page = (
        "/teach/" if who in ("learner", "member", "editor") else f"/teach/{klass.pk}/"
    )
    assert client.get(page).status_code == expected


def test_due_dates_must_follow_the_start(client, klass, teacher, make_course):
    course = make_course(lessons=1)
    client.force_login(teacher)
    now = timezone.now()
    client.post(
        f"/teach/{klass.pk}/assignments/",
        {
            "course": course.pk,
            "available_from": now.strftime("%Y-%m-%dT%H:%M"),
            "due_at": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert not Assignment.objects.exists()


def complete(learner, lesson, score=80, when=None):
    LessonProgress.objects.create(
        learner=learner,
        lesson=lesson,
        course_id=lesson.get_parent().pk,
        status=LessonProgress.COMPLETED,
        best_score=score,
        completed_at=when or timezone.now(),
    )


def test_the_grid_shows_each_learner_and_lesson(client, klass, teacher, make_course):
    course = make_course(title="Петиції", lessons=2)
    first, second = LessonPage.objects.child_of(course)
    anna = UserFactory(username="anna", display_name="Анна")
    bohdan = UserFactory(username="bohdan", display_name="Богдан")
    for learner in (anna, bohdan):
        Membership.objects.create(klass=klass, learner=learner)
    complete(anna, first, score=90)
    complete(anna, second, score=70)
    complete(bohdan, first, score=40)
    assignment = Assignment.objects.create(
        klass=klass, course=course, due_at=timezone.now() - timedelta(days=1)
    )
    client.force_login(teacher)
    html = BeautifulSoup(
        client.get(
            f"/teach/{klass.pk}/assignments/{assignment.pk}/?sort=progress"
        ).content,
        "html.parser",
    )
    rows = [
        [c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])]
        for tr in html.select("tbody tr")
    ]
    assert rows[0][0] == "Анна" and rows[0][-2:] == ["2 / 2", "виконано із запізненням"]
    assert rows[1][0] == "Богдан" and rows[1][-2:] == ["1 / 2", "не здано"]
    assert "завершено · 40%" in rows[1][1]
    assert "прострочено" in rows[1][2]
    totals = [td.get_text(strip=True) for td in html.select("tfoot td")]
    assert totals[:2] == ["2 / 2", "1 / 2"]


def test_grid_cells_are_a_table_a_screen_reader_can_walk(
    client, klass, teacher, make_course
):
    course = make_course(title="Петиції", lessons=2)
    first, second = LessonPage.objects.child_of(course)
    anna = UserFactory(username="anna", display_name="<b>Анна</b> & Ко")
    Membership.objects.create(klass=klass, learner=anna)
    LessonProgress.objects.create(
        learner=anna,
        lesson=second,
        course=course,
        status=LessonProgress.IN_PROGRESS,
        best_score=33.5,
    )
    assignment = Assignment.objects.create(
        klass=klass, course=course, due_at=timezone.now() - timedelta(hours=1)
    )
    client.force_login(teacher)
    html = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/assignments/{assignment.pk}/").content,
        "html.parser",
    )
    (row,) = html.select("tbody tr")
    name = row.find("th", scope="row")
    # A name is text, never markup, and links to the learner's page.
    assert name.get_text() == "<b>Анна</b> & Ко" and not name.find("b")
    assert name.a["href"] == f"/teach/{klass.pk}/learners/{anna.pk}/"
    cells = row.find_all("td")
    assert cells[0]["class"] == ["cell", "cell--not_started", "cell--overdue"]
    assert cells[0].get_text() == "— прострочено"
    assert cells[1]["class"] == ["cell", "cell--in_progress", "cell--overdue"]
    # The score as every page shows it (learning.scores.shown_percent).
    assert cells[1].get_text() == "розпочато · 33,5% прострочено"
    assert [c.get_text() for c in cells[2:]] == ["0 / 2", "не здано"]
    assert cells[3]["class"] == ["assignment--missing"]
    headers = [th.get_text() for th in html.select("thead th[scope=col]")]
    assert headers == ["Учень", first.title, second.title, "Пройдено", "Стан"]


def grid_queries(client, klass, assignment) -> int:
    url = f"/teach/{klass.pk}/assignments/{assignment.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_grid_queries_do_not_grow_with_the_class(
    caches_off, client, school, teacher, make_course
):
    course = make_course(lessons=3)
    lessons = list(LessonPage.objects.child_of(course))
    counts = []
    for size, name in ((5, "малий"), (200, "великий")):
        klass = Class.objects.create(
            institution=school, name=name, academic_year="2026/2027"
        )
        klass.teachers.add(teacher)
        for i in range(size):
            learner = UserFactory(username=f"{name}-{i}")
            Membership.objects.create(klass=klass, learner=learner)
            if i % 2:
                complete(learner, lessons[0])
        assignment = Assignment.objects.create(klass=klass, course=course)
        client.force_login(teacher)
        counts.append(grid_queries(client, klass, assignment))
    # The session and its user, the assignment with its class's name and groups, the
    # learners, the assignment's module (to build the grid), its lessons and the
    # learners' progress. The header's roles come from the cache.
    assert counts == [7, 7]


def test_learners_see_due_missing_and_done_assignments(klass, make_course):
    learner = UserFactory(username="oksana")
    Membership.objects.create(klass=klass, learner=learner)
    now = timezone.now()
    done_course = make_course(slug="done", lessons=1)
    late_course = make_course(slug="late", lessons=1)
    missing_course = make_course(slug="missing", lessons=1)
    due_course = make_course(slug="due", lessons=1)
    complete(learner, LessonPage.objects.child_of(done_course).get(), when=now)
    complete(learner, LessonPage.objects.child_of(late_course).get(), when=now)
    for course, due in (
        (done_course, now + timedelta(days=1)),
        (late_course, now - timedelta(days=1)),
        (missing_course, now - timedelta(days=1)),
        (due_course, now + timedelta(days=3)),
    ):
        Assignment.objects.create(klass=klass, course=course, due_at=due)
    states = {s.assignment.course.slug: s.state for s in learner_assignments(learner)}
    assert states == {
        "done": "done",
        "late": "done_late",
        "missing": "missing",
        "due": "due",
    }


def test_grid_downloads_parse_back_with_the_same_values(
    client, klass, teacher, make_course
):
    import csv
    import io

    from openpyxl import load_workbook

    course = make_course(title="Петиції", lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    learner = UserFactory(username="marta", display_name="Марта")
    Membership.objects.create(klass=klass, learner=learner)
    complete(learner, lesson, score=85)
    assignment = Assignment.objects.create(klass=klass, course=course)
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/assignments/{assignment.pk}/"

    body = client.get(url + "?export=csv-semicolon").content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    # Status, score, and whether the learner's browser reported it (no: graded).
    # A decimal comma: Ukrainian Excel reads "85,0" as a number.
    assert rows[1] == ["Марта", "завершено", "85,0", "", "1", "виконано"]
    body = client.get(url + "?export=csv").content.decode("utf-8")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=","))
    assert rows[1] == ["Марта", "завершено", "85.0", "", "1", "виконано"]

    response = client.get(url + "?export=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    # A title row (class, module, due date), a blank row, then the table.
    assert values[0][:3] == ["Клас: 9-Б", "Модуль: Петиції", "Без терміну"]
    assert values[3] == ["Марта", "завершено", 85, None, 1, "виконано"]
    assert values[2][1] == lesson.title


def test_assignments_to_a_group_or_chosen_learners_and_extensions(
    client, klass, teacher, make_course
):
    from classes.models import ClassGroup, Extension

    course = make_course(title="Дані", lessons=1)
    anna = UserFactory(username="anna", display_name="Анна")
    bohdan = UserFactory(username="bohdan", display_name="Богдан")
    for learner in (anna, bohdan):
        Membership.objects.create(klass=klass, learner=learner)
    client.force_login(teacher)
    client.post(f"/teach/{klass.pk}/groups/", {"name": "Проєкт", "learners": [anna.pk]})
    group = ClassGroup.objects.get(name="Проєкт")
    past = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    start = (timezone.now() - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    client.post(
        f"/teach/{klass.pk}/assignments/",
        {
            "course": course.pk,
            "group": group.pk,
            "available_from": start,
            "due_at": past,
        },
    )
    assignment = Assignment.objects.get()
    assert [s.assignment for s in learner_assignments(anna)] == [assignment]
    assert learner_assignments(bohdan) == []
    assert learner_assignments(anna)[0].state == "missing"
    # A later due date for Anna only.
    client.post(
        f"/teach/{klass.pk}/learners/{anna.pk}/",
        {
            "action": "extend",
            "assignment": assignment.pk,
            "due_at": (timezone.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert Extension.objects.filter(learner=anna).exists()
    assert learner_assignments(anna)[0].state == "due"
    html = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/assignments/{assignment.pk}/").content,
        "html.parser",
    )
    names = [th.get_text(strip=True) for th in html.select("tbody th")]
    assert names == ["Анна"]
    assert "прострочено" not in html.select_one("tbody").get_text()


def test_an_extension_makes_a_completion_after_the_due_date_on_time(
    client, klass, teacher, make_course
):
    from classes.models import Extension

    course = make_course(lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    now = timezone.now()
    anna = UserFactory(username="anna", display_name="Анна")
    bohdan = UserFactory(username="bohdan", display_name="Богдан")
    for learner in (anna, bohdan):
        Membership.objects.create(klass=klass, learner=learner)
        complete(learner, lesson, when=now - timedelta(days=1))
    assignment = Assignment.objects.create(
        klass=klass, course=course, due_at=now - timedelta(days=2)
    )
    Extension.objects.create(assignment=assignment, learner=anna, due_at=now)
    client.force_login(teacher)
    html = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/assignments/{assignment.pk}/").content,
        "html.parser",
    )
    states = {
        tr.th.get_text(strip=True): tr.find_all("td")[-1]["class"]
        for tr in html.select("tbody tr")
    }
    assert states == {
        "Анна": ["assignment--done"],
        "Богдан": ["assignment--done_late"],
    }


def grid_names(client, url) -> list[str]:
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [th.get_text(strip=True) for th in html.select("tbody th")]


def test_the_grid_lists_whom_the_assignment_is_for(client, klass, teacher, make_course):
    from classes.models import ClassGroup

    course = make_course(lessons=1)
    anna, bohdan, vira = (
        UserFactory(username=name, display_name=name.title())
        for name in ("anna", "bohdan", "vira")
    )
    for learner in (anna, bohdan, vira):
        Membership.objects.create(klass=klass, learner=learner)
    group = ClassGroup.objects.create(klass=klass, name="Проєкт")
    group.learners.set([anna, bohdan])
    other = ClassGroup.objects.create(klass=klass, name="Інші")
    other.learners.set([bohdan, vira])
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/assignments/{{}}/"

    to_group = Assignment.objects.create(klass=klass, course=course, group=group)
    assert grid_names(client, url.format(to_group.pk)) == ["Anna", "Bohdan"]
    # Narrowed by the group filter to who is in both.
    filtered = url.format(to_group.pk) + f"?group={other.pk}"
    assert grid_names(client, filtered) == ["Bohdan"]
    # Chosen learners win over the group; one who left the class is not shown,
    # and when every chosen learner has left nobody is (not the whole class).
    chosen = Assignment.objects.create(klass=klass, course=course, group=group)
    chosen.learners.set([vira, anna])
    assert grid_names(client, url.format(chosen.pk)) == ["Anna", "Vira"]
    Membership.objects.filter(learner=anna).update(left_at=timezone.now())
    assert grid_names(client, url.format(chosen.pk)) == ["Vira"]
    Membership.objects.filter(learner=vira).update(left_at=timezone.now())
    assert grid_names(client, url.format(chosen.pk)) == []


def test_a_lesson_from_another_module_is_refused(client, klass, teacher, make_course):
    first = make_course(slug="m1", lessons=1)
    other = make_course(slug="m2", lessons=1)
    client.force_login(teacher)
    client.post(
        f"/teach/{klass.pk}/assignments/",
        {"course": first.pk, "lesson": LessonPage.objects.child_of(other).get().pk},
    )
    assert not Assignment.objects.exists()


@pytest.mark.parametrize("field", ["course", "lesson", "group", "learners"])
def test_an_id_too_big_for_the_database_is_an_invalid_choice(
    client, klass, teacher, field
):
    client.force_login(teacher)
    # Refused like any unknown id (the form comes back with its message), where
    # SQLite used to overflow into a 500.
    response = client.post(
        f"/teach/{klass.pk}/assignments/", {field: "9" * 40}, follow=True
    )
    assert response.status_code == 200
    assert not Assignment.objects.exists()


def test_an_id_too_big_for_the_database_in_a_group_is_refused(client, klass, teacher):
    from classes.models import ClassGroup

    client.force_login(teacher)
    response = client.post(
        f"/teach/{klass.pk}/groups/",
        {"name": "Команда", "learners": "9" * 40},
        follow=True,
    )
    assert response.status_code == 200
    assert not ClassGroup.objects.exists()
