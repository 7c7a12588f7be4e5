"""The co-teacher form and a class list name only accounts the teacher may already
see. Any other username or email, whether or not it has an account somewhere in the
city, gets the answer of one that does not exist."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from classes.models import (
    AuditEntry,
    Class,
    ClassInvitation,
    Institution,
    InstitutionMembership,
    Membership,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def teachers_group():
    return Group.objects.get_or_create(name="Teachers")[0]


@pytest.fixture
def city(school):
    """Accounts elsewhere: another school's teacher and their pupil, a teacher of
    this school who is no longer active."""
    elsewhere = Institution.objects.create(
        name="Ліцей № 200", kind="school", district="darnytskyi"
    )
    stranger = UserFactory(
        username="insha", email="insha@example.org", groups=[teachers_group()]
    )
    InstitutionMembership.objects.create(user=stranger, institution=elsewhere)
    their_class = Class.objects.create(
        institution=elsewhere, name="9-В", academic_year="2026/2027"
    )
    their_class.teachers.add(stranger)
    pupil = UserFactory(username="oksana", email="oksana@example.org")
    Membership.objects.create(klass=their_class, learner=pupil)
    gone = UserFactory(username="pishla", groups=[teachers_group()], is_active=False)
    InstitutionMembership.objects.create(user=gone, institution=school)
    return their_class


def messages_after(client, url, data) -> list[str]:
    response = client.post(url, data, follow=True)
    page = BeautifulSoup(response.content, "html.parser")
    return [
        item.get_text(" ", strip=True) for item in page.select(".messages .message")
    ]


NAMES = [
    "nobody",
    "nobody@example.org",
    "oksana",  # a pupil elsewhere
    "oksana@example.org",
    "insha",  # a teacher at another school
    "insha@example.org",
    "pishla",  # a teacher of this school, no longer active
]


def test_the_co_teacher_form_answers_alike_for_no_account_and_one_it_may_not_add(
    client, klass, teacher, city
):
    client.force_login(teacher)
    answers = {
        name: messages_after(client, f"/teach/{klass.pk}/teachers/", {"username": name})
        for name in NAMES
    }
    assert len({tuple(answer) for answer in answers.values()}) == 1, answers
    assert answers["nobody"] == [
        "Немає вчителя закладу Ліцей № 100 з таким іменем користувача чи "
        "електронною адресою. Додає вчителів до закладу адміністратор."
    ]
    assert not ClassInvitation.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_teacher_of_the_same_school_is_invited(client, klass, teacher, school, city):
    colleague = UserFactory(
        username="kolega", email="kolega@example.org", groups=[teachers_group()]
    )
    InstitutionMembership.objects.create(user=colleague, institution=school)
    client.force_login(teacher)
    answer = messages_after(
        client, f"/teach/{klass.pk}/teachers/", {"username": "KOLEGA@example.org"}
    )
    assert answer == ["Запрошення надіслано. Учитель приєднається, щойно прийме його."]
    assert ClassInvitation.objects.get().invitee == colleague


SURNAMES = ["Бойко", "Гнатюк", "Дорош", "Жук", "Зінченко", "Кравець", "Лисенко"]


def preview_rows(client, klass, text: str) -> list[list[str]]:
    response = client.post(
        f"/teach/{klass.pk}/roster/",
        {"file": SimpleUploadedFile("k.csv", text.encode(), content_type="text/csv")},
    )
    page = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in page.select("table.grid tbody tr")
    ]


def test_a_class_list_answers_alike_for_no_account_and_someone_elses_pupil(
    client, klass, teacher, city
):
    client.force_login(teacher)
    text = "Прізвище;Ім'я;Логін\n" + "".join(
        f"{surname};Олена;{name}\n"
        for surname, name in zip(SURNAMES, NAMES, strict=True)
    )
    rows = preview_rows(client, klass, text)
    # Line, last name, first name and the typed account differ; what happens and
    # the problems do not.
    outcomes = {tuple(row[4:]) for row in rows}
    assert outcomes == {
        (
            "—",
            "Жоден із ваших учнів не має такого імені користувача чи електронної "
            "адреси. Залиште клітинку порожньою, щоб створити новий обліковий "
            "запис, або дайте учневі код класу.",
        )
    }
    # A row with no names but someone else's account is as wrong as an unknown one.
    assert {
        tuple(row[4:]) for row in preview_rows(client, klass, ";;oksana\n;;nobody\n")
    } == {tuple(preview_rows(client, klass, ";;nobody\n")[0][4:])}
    assert not ClassInvitation.objects.exists()


def test_a_class_list_still_invites_the_teachers_own_pupils(
    client, klass, teacher, school, city
):
    last_year = Class.objects.create(
        institution=school, name="8-Б", academic_year="2025/2026", archived=True
    )
    last_year.teachers.add(teacher)
    pupil = UserFactory(username="taras", email="taras@example.org")
    Membership.objects.create(klass=last_year, learner=pupil)
    client.force_login(teacher)
    (row,) = preview_rows(client, klass, ";;taras@example.org\n")
    assert row[4:] == ["буде запрошено", ""]
    page = client.post(
        f"/teach/{klass.pk}/roster/",
        {"file": SimpleUploadedFile("k.csv", b";;taras\n", content_type="text/csv")},
    )
    token = BeautifulSoup(page.content, "html.parser").find("input", {"name": "token"})
    client.post(f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token["value"]})
    assert ClassInvitation.objects.get().invitee == pupil


def test_the_predicates_and_their_querysets_agree(klass, teacher, school, city):
    from accounts.models import User
    from classes.permissions import (
        institutions_for_classes,
        may_be_co_teacher,
        may_hold_class_at,
        possible_co_teachers,
        pupils_seen,
        sees_pupil,
    )

    colleague = UserFactory(username="kolega", groups=[teachers_group()])
    InstitutionMembership.objects.create(user=colleague, institution=school)
    Membership.objects.create(klass=klass, learner=UserFactory(username="mii"))
    admin = UserFactory(username="admin", is_superuser=True)
    for user in User.objects.all():
        for institution in Institution.objects.all():
            assert may_hold_class_at(user, institution) == (
                institutions_for_classes(user).filter(pk=institution.pk).exists()
            )
        assert may_be_co_teacher(user, klass) == (
            possible_co_teachers(klass).filter(pk=user.pk).exists()
        )
        for viewer in (teacher, colleague, admin):
            assert sees_pupil(viewer, user) == (
                pupils_seen(viewer).filter(pk=user.pk).exists()
            )
    assert set(possible_co_teachers(klass)) == {teacher, colleague}
    assert {u.username for u in pupils_seen(teacher)} == {"mii"}
