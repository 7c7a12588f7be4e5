"""Joining is always the learner's act: a teacher invites, the person accepts.

A roster row naming an existing account, and a co-teacher, become invitations; a
teacher never acts on their own record; a teacher sees only what a learner did in
their class; and deletes only the accounts their own roster made.
"""

import csv
import io
import json
import re
import uuid

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from classes.models import (
    Assignment,
    AuditEntry,
    Class,
    InstitutionMembership,
    Membership,
)
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def teachers_group():
    return Group.objects.get_or_create(name="Teachers")[0]


def upload(client, klass, text: str):
    return client.post(
        f"/teach/{klass.pk}/roster/",
        {"file": SimpleUploadedFile("k.csv", text.encode(), content_type="text/csv")},
    )


def import_roster(client, klass, text: str):
    preview = upload(client, klass, text)
    token = BeautifulSoup(preview.content, "html.parser").find(
        "input", {"name": "token"}
    )["value"]
    client.post(f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token})
    return preview


def page_text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.fixture
def other_class(school):
    other_teacher = UserFactory(username="insha", groups=[teachers_group()])
    created = Class.objects.create(
        institution=school, name="9-В", academic_year="2026/2027"
    )
    created.teachers.add(other_teacher)
    return created


@pytest.fixture
def their_pupil(other_class, teacher):
    """Another teacher's pupil, whom this teacher taught last year: a class list
    names only the teacher's own pupils (test_enumeration)."""
    pupil = UserFactory(username="oksana", display_name="Оксана Чужа", email="")
    Membership.objects.create(klass=other_class, learner=pupil)
    last_year = Class.objects.create(
        institution=other_class.institution,
        name="8-Б",
        academic_year="2025/2026",
        archived=True,
    )
    last_year.teachers.add(teacher)
    Membership.objects.create(klass=last_year, learner=pupil)
    return pupil


# --- a roster names an existing account --------------------------------------------


def test_a_roster_naming_an_existing_account_enrols_nobody(
    client, klass, teacher, their_pupil
):
    client.force_login(teacher)
    preview = upload(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    assert "буде запрошено" in page_text(preview)
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    assert not Membership.objects.filter(klass=klass).exists()
    # The teacher reads nothing of the account: not its name, not its record.
    page = page_text(client.get(f"/teach/{klass.pk}/"))
    assert "Оксана Чужа" not in page
    assert "запрошено" in page
    assert client.get(f"/teach/{klass.pk}/learners/{their_pupil.pk}/").status_code == (
        404
    )


def test_the_invitation_waits_for_the_learner_who_accepts_it(
    client, klass, teacher, their_pupil
):
    from classes.models import ClassInvitation

    client.force_login(teacher)
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    # Importing the same row again does not invite twice.
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    invitation = ClassInvitation.objects.get()
    assert invitation.status == ClassInvitation.PENDING
    assert invitation.invitee == their_pupil and invitation.kind == "learner"

    client.logout()
    response = client.post(
        "/accounts/login/",
        {"login": "oksana", "password": DEFAULT_PASSWORD},
        follow=True,
    )
    notice = BeautifulSoup(response.content, "html.parser").select_one(".messages")
    assert "запрошення до класу чекає на вашу відповідь" in notice.get_text()
    assert notice.find("a")["href"] == "/invitations/"
    learning = page_text(client.get("/learning/"))
    assert "Запрошення" in learning and "9-Б" in learning
    invitations = client.get("/invitations/")
    assert "9-Б" in page_text(invitations)
    client.post(f"/invitations/{invitation.pk}/", {"answer": "accept"})
    assert (
        Membership.objects.current().filter(klass=klass, learner=their_pupil).exists()
    )
    invitation.refresh_from_db()
    assert invitation.status == ClassInvitation.ACCEPTED
    assert invitation.responded_at is not None
    client.force_login(teacher)
    assert "Оксана Чужа" in page_text(client.get(f"/teach/{klass.pk}/"))
    # A class list naming her again says so, and invites no one.
    preview = upload(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    assert "вже в класі" in page_text(preview)
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    assert not ClassInvitation.objects.pending().exists()


def test_a_declined_or_withdrawn_invitation_enrols_nobody(
    client, klass, teacher, their_pupil, django_capture_on_commit_callbacks
):
    from classes.models import ClassInvitation

    their_pupil.email = "oksana@example.org"
    their_pupil.save()
    client.force_login(teacher)
    with django_capture_on_commit_callbacks(execute=True):
        import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana@example.org\n")
    invitation = ClassInvitation.objects.get()
    # The invitee with an email hears of it by email.
    assert [m.to for m in mail.outbox] == [["oksana@example.org"]]
    assert "9-Б" in mail.outbox[0].body
    client.post(f"/teach/{klass.pk}/invitations/{invitation.pk}/withdraw/")
    invitation.refresh_from_db()
    assert invitation.status == ClassInvitation.WITHDRAWN
    client.force_login(their_pupil)
    response = client.post(
        f"/invitations/{invitation.pk}/", {"answer": "accept"}, follow=True
    )
    assert response.status_code == 200
    assert not Membership.objects.filter(klass=klass).exists()

    client.force_login(teacher)
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    again = ClassInvitation.objects.get(status=ClassInvitation.PENDING)
    client.force_login(their_pupil)
    client.post(f"/invitations/{again.pk}/", {"answer": "decline"})
    again.refresh_from_db()
    assert again.status == ClassInvitation.DECLINED
    assert not Membership.objects.filter(klass=klass).exists()
    log = AuditEntry.objects.order_by("created_at", "pk")
    assert [(e.action, e.actor.username) for e in log] == [
        ("invite", "vchytelka"),
        ("withdraw_invitation", "vchytelka"),
        ("invite", "vchytelka"),
        ("decline", "oksana"),
    ]


def test_someone_else_cannot_answer_an_invitation(client, klass, teacher, their_pupil):
    from classes.models import ClassInvitation

    client.force_login(teacher)
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    invitation = ClassInvitation.objects.get()
    client.force_login(UserFactory(username="hacker"))
    response = client.post(f"/invitations/{invitation.pk}/", {"answer": "accept"})
    assert response.status_code == 404
    client.force_login(teacher)
    response = client.post(f"/invitations/{invitation.pk}/", {"answer": "accept"})
    assert response.status_code == 404
    assert not Membership.objects.filter(klass=klass).exists()


def test_a_roster_row_naming_the_teacher_is_refused(client, klass, teacher):
    client.force_login(teacher)
    preview = upload(client, klass, "Прізвище;Ім'я;Логін\n;;vchytelka\n")
    html = BeautifulSoup(preview.content, "html.parser")
    assert html.find("button", {"name": "confirm"}) is None
    assert "ваш власний обліковий запис" in html.get_text()


def test_roster_accounts_are_recorded_as_made_by_the_teacher(client, klass, teacher):
    from classes.models import RosterAccount

    client.force_login(teacher)
    import_roster(client, klass, "Коваленко;Олена\n")
    made = RosterAccount.objects.get()
    assert made.user.username == "olena.kovalenko"
    assert (made.created_by, made.klass) == (teacher, klass)
    assert Membership.objects.current().filter(klass=klass, learner=made.user).exists()


# --- co-teachers -------------------------------------------------------------------


def test_a_pupil_cannot_be_made_a_co_teacher(client, klass, teacher, their_pupil):
    client.force_login(teacher)
    response = client.post(
        f"/teach/{klass.pk}/teachers/", {"username": "oksana"}, follow=True
    )
    assert "Немає вчителя закладу Ліцей № 100" in page_text(response)
    assert list(klass.teachers.all()) == [teacher]


def test_a_co_teacher_is_invited_and_accepts(client, klass, teacher):
    from classes.models import ClassInvitation

    colleague = UserFactory(
        username="kolega", email="kolega@example.org", groups=[teachers_group()]
    )
    InstitutionMembership.objects.create(user=colleague, institution=klass.institution)
    client.force_login(teacher)
    client.post(f"/teach/{klass.pk}/teachers/", {"username": "kolega@example.org"})
    assert colleague not in klass.teachers.all()
    invitation = ClassInvitation.objects.get(kind="co_teacher")
    client.force_login(colleague)
    assert client.get(f"/teach/{klass.pk}/").status_code == 404
    client.post(f"/invitations/{invitation.pk}/", {"answer": "accept"})
    assert colleague in klass.teachers.all()
    assert not Membership.objects.filter(klass=klass).exists()
    assert client.get(f"/teach/{klass.pk}/").status_code == 200
    actions = list(
        AuditEntry.objects.filter(klass=klass)
        .order_by("created_at", "pk")
        .values_list("action", flat=True)
    )
    assert actions == ["invite_teacher", "accept_teacher"]


def test_the_owner_removes_a_co_teacher_who_cannot_remove_the_owner(
    client, klass, teacher
):
    colleague = UserFactory(username="kolega", groups=[teachers_group()])
    klass.teachers.add(colleague)
    client.force_login(colleague)
    client.post(f"/teach/{klass.pk}/teachers/{teacher.pk}/remove/")
    assert teacher in klass.teachers.all()
    client.force_login(teacher)
    client.post(f"/teach/{klass.pk}/teachers/{colleague.pk}/remove/")
    assert list(klass.teachers.all()) == [teacher]
    assert AuditEntry.objects.get(action="remove_teacher").learner == colleague
    client.force_login(colleague)
    assert client.get(f"/teach/{klass.pk}/").status_code == 404


def test_a_co_teacher_leaves_and_the_owner_cannot(client, klass, teacher):
    colleague = UserFactory(username="kolega", groups=[teachers_group()])
    klass.teachers.add(colleague)
    client.force_login(teacher)
    client.post(f"/teach/{klass.pk}/teachers/leave/", follow=True)
    assert teacher in klass.teachers.all()
    client.force_login(colleague)
    client.post(f"/teach/{klass.pk}/teachers/leave/")
    assert list(klass.teachers.all()) == [teacher]
    assert AuditEntry.objects.get(action="leave_teaching").actor == colleague


# --- a teacher never acts on their own record --------------------------------------


def test_a_teacher_cannot_join_their_own_class(client, klass, teacher):
    client.force_login(teacher)
    response = client.post("/join/", {"code": klass.join_code})
    assert "Ви викладаєте в цьому класі" in page_text(response)
    assert not Membership.objects.exists()


@pytest.fixture
def self_in_class(client, klass, teacher, make_course):
    """A teacher who is (from before these rules) also a learner in their class."""
    course = make_course(lessons=1)
    Assignment.objects.create(klass=klass, course=course)
    Membership.objects.create(klass=klass, learner=teacher)
    client.force_login(teacher)
    return course.get_children().first(), f"/teach/{klass.pk}/learners/{teacher.pk}/"


@pytest.mark.parametrize("action", ["mark_complete", "reset", "remove", "extend"])
def test_a_teacher_cannot_act_on_their_own_record(client, klass, self_in_class, action):
    lesson, url = self_in_class
    data = {"action": action, "lesson": lesson.pk, "reason": "Зробив на папері"}
    if action == "extend":
        data.update(assignment=Assignment.objects.get().pk, due_at="2030-01-01T10:00")
    response = client.post(url, data, follow=True)
    assert "власні результати" in page_text(response)
    assert not LessonProgress.objects.exists()
    assert not AuditEntry.objects.exists()
    assert Membership.objects.current().filter(klass=klass).count() == 1
    from classes.models import Extension

    assert not Extension.objects.exists()


# --- what a teacher sees of a learner ----------------------------------------------


def test_a_teachers_view_and_export_show_only_their_class(
    client, klass, teacher, other_class, quiz_lesson
):
    mine, _quiz, my_activity = quiz_lesson(title="Бюджет участі", lessons=1)
    theirs, _quiz2, their_activity = quiz_lesson(title="Таємна тема", lessons=1)
    Assignment.objects.create(klass=klass, course=mine.get_parent().specific)
    Assignment.objects.create(klass=other_class, course=theirs.get_parent().specific)
    learner = UserFactory(username="taras", email="taras@example.org")
    Membership.objects.create(klass=klass, learner=learner)
    Membership.objects.create(klass=other_class, learner=learner)
    client.force_login(learner)
    for lesson, activity in ((mine, my_activity), (theirs, their_activity)):
        client.post(
            f"/api/quizzes/{lesson.pk}/{activity}/submit/", {"key": str(uuid.uuid4())}
        )
    assert Attempt.objects.count() == 2
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/learners/{learner.pk}/"
    page = page_text(client.get(url))
    data = client.get(url + "?export=json").content.decode()
    body = client.get(url + "?export=csv").content.decode("utf-8-sig")
    for shown in (page, data, body):
        assert "Бюджет участі" in shown
        for hidden in ("Таємна тема", "9-В", "taras@example.org"):
            assert hidden not in shown
    exported = json.loads(data)
    assert "certificates" not in exported
    assert {row["lesson"] for row in exported["progress"]} == {mine.title}
    lessons = {row[0] for row in csv.reader(io.StringIO(body), delimiter=";") if row}
    assert mine.title in lessons and theirs.title not in lessons


# --- deleting a pupil's account ----------------------------------------------------


def test_a_teacher_deletes_only_accounts_their_roster_made(client, klass, teacher):
    from classes.permissions import can_delete_pupil_account

    joined = UserFactory(username="sam", email="")
    Membership.objects.create(klass=klass, learner=joined)
    assert not can_delete_pupil_account(teacher, joined)
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/learners/{joined.pk}/"
    assert 'value="delete_account"' not in client.get(url).content.decode()
    response = client.post(url, {"action": "delete_account", "reason": "Прохання"})
    assert response.status_code == 403
    assert User.objects.get(pk=joined.pk).is_active

    import_roster(client, klass, "Коваленко;Олена\n")
    made = User.objects.get(username="olena.kovalenko")
    assert can_delete_pupil_account(teacher, made)
    # Another teacher's roster account is not this teacher's to delete.
    other = UserFactory(username="kolega", groups=[teachers_group()])
    klass.teachers.add(other)
    assert not can_delete_pupil_account(other, made)
    # Nor is one that another class now uses too.
    elsewhere = Class.objects.create(
        institution=klass.institution, name="10-А", academic_year="2026/2027"
    )
    Membership.objects.create(klass=elsewhere, learner=made)
    assert not can_delete_pupil_account(teacher, made)


def test_the_teacher_who_creates_a_class_owns_it(client, teacher, school):
    client.force_login(teacher)
    client.post(
        "/teach/",
        {"institution": school.pk, "name": "5-Г", "academic_year": "2026/2027"},
    )
    klass = Class.objects.get(name="5-Г")
    assert klass.owner == teacher
    colleague = UserFactory(username="kolega", groups=[teachers_group()])
    klass.teachers.add(colleague)
    page = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/?tab=settings").content, "html.parser"
    )
    teachers = page.find(id="teachers-title").find_parent("section")
    assert "власник" in teachers.get_text()
    assert teachers.find("button", string=re.compile("Вилучити")) is not None


def test_bad_answers_and_ids_change_nothing(client, klass, teacher, their_pupil):
    from classes.models import ClassInvitation

    client.force_login(teacher)
    import_roster(client, klass, "Прізвище;Ім'я;Логін\n;;oksana\n")
    invitation = ClassInvitation.objects.get()
    big = "9" * 40
    assert client.post(
        f"/teach/{klass.pk}/invitations/{big}/withdraw/"
    ).status_code == (404)
    assert client.post(f"/teach/{klass.pk}/teachers/{big}/remove/").status_code == 404
    client.force_login(their_pupil)
    assert client.post(f"/invitations/{big}/", {"answer": "accept"}).status_code == 404
    response = client.post(
        f"/invitations/{invitation.pk}/", {"answer": "так"}, follow=True
    )
    assert "Оберіть: прийняти чи відхилити." in page_text(response)
    invitation.refresh_from_db()
    assert invitation.status == ClassInvitation.PENDING
    assert not Membership.objects.filter(klass=klass).exists()


def test_the_predicates_and_their_querysets_agree(client, klass, teacher, other_class):
    from classes.permissions import (
        can_act_on,
        can_delete_pupil_account,
        deletable_pupil_accounts,
        learners_acted_on,
    )

    client.force_login(teacher)
    import_roster(client, klass, "Коваленко;Олена\nЩербак;Юрій\nГнатюк;Ярослава\n")
    olena, yurii, yaroslava = (
        User.objects.get(username=name)
        for name in ("olena.kovalenko", "yurii.shcherbak", "yaroslava.hnatiuk")
    )
    Membership.objects.create(klass=other_class, learner=yurii)
    User.objects.filter(pk=yaroslava.pk).update(email="ya@example.org")
    joined = UserFactory(username="sam")
    Membership.objects.create(klass=klass, learner=joined)
    Membership.objects.create(klass=klass, learner=teacher)
    people = list(User.objects.all())
    assert (
        set(deletable_pupil_accounts(teacher))
        == {person for person in people if can_delete_pupil_account(teacher, person)}
        == {olena}
    )
    assert (
        set(learners_acted_on(teacher, klass))
        == {person for person in people if can_act_on(teacher, person, klass)}
        == {olena, yurii, yaroslava, joined}
    )
