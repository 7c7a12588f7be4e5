"""A class's institution is one its teacher belongs to: an administrator's grant,
written to the audit log. The reports' district figures follow the institution."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from classes.models import AuditEntry, Class, Institution, InstitutionMembership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def elsewhere(db):
    return Institution.objects.create(
        name="Ліцей № 200", kind="school", district="darnytskyi"
    )


def institution_choices(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    select = page.find("select", {"name": "institution"})
    return [
        option.get_text() for option in select.find_all("option") if option["value"]
    ]


def test_the_class_form_offers_only_the_teachers_institutions(
    client, teacher, school, elsewhere
):
    client.force_login(teacher)
    assert institution_choices(client.get("/teach/")) == ["Ліцей № 100"]


def test_a_class_at_another_institution_is_refused_and_nothing_changes(
    client, teacher, school, elsewhere
):
    client.force_login(teacher)
    data = {"institution": elsewhere.pk, "name": "10-А", "academic_year": "2026/2027"}
    response = client.post("/teach/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors["institution"]
    assert errors == [
        "Виберіть один із закладів, до яких ви належите. Щоб додатися до іншого "
        "закладу, зверніться до адміністратора."
    ]
    assert "Виберіть один із закладів" in response.content.decode()
    assert not Class.objects.exists()
    # Its own institution works as before.
    response = client.post("/teach/", {**data, "institution": school.pk})
    assert Class.objects.get().institution == school


def test_a_teacher_who_belongs_nowhere_is_told_whom_to_ask(client, school):
    newcomer = UserFactory(
        username="novenka", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    client.force_login(newcomer)
    page = client.get("/teach/").content.decode()
    assert "Ви ще не належите до жодного закладу" in page
    assert 'name="institution"' not in page
    client.post(
        "/teach/",
        {"institution": school.pk, "name": "10-А", "academic_year": "2026/2027"},
    )
    assert not Class.objects.exists()


def test_an_administrator_grants_and_removes_membership_and_the_log_keeps_both(
    client, school
):
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    newcomer = UserFactory(username="novenka")
    client.force_login(admin)
    response = client.post(
        "/django-admin/classes/institutionmembership/add/",
        {"user": newcomer.pk, "institution": school.pk},
    )
    assert response.status_code == 302
    membership = InstitutionMembership.objects.get()
    assert (membership.user, membership.institution) == (newcomer, school)
    assert membership.granted_by == admin
    # The same grant twice is refused by the form, and adds nothing.
    client.post(
        "/django-admin/classes/institutionmembership/add/",
        {"user": newcomer.pk, "institution": school.pk},
    )
    assert InstitutionMembership.objects.count() == 1
    client.post(
        f"/django-admin/classes/institutionmembership/{membership.pk}/delete/",
        {"post": "yes"},
    )
    assert not InstitutionMembership.objects.exists()
    log = AuditEntry.objects.order_by("created_at", "pk")
    assert [(e.action, e.actor, e.learner, e.details["institution"]) for e in log] == [
        ("grant_institution", admin, newcomer, school.pk),
        ("revoke_institution", admin, newcomer, school.pk),
    ]


def test_classes_already_run_make_their_owner_a_member(db):
    """The migration gives each existing class's owner its institution."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("classes.migrations.0008_members_where_classes_are")
    school = Institution.objects.create(
        name="Гімназія", kind="school", district="podilskyi"
    )
    owner, co_teacher = UserFactory(username="vlasnyk"), UserFactory(username="spiv")
    klass = Class.objects.create(
        institution=school, name="7-А", academic_year="2026/2027", owner=owner
    )
    klass.teachers.add(owner, co_teacher)
    migration.grant_where_classes_are(apps, None)
    migration.grant_where_classes_are(apps, None)  # twice changes nothing
    assert list(InstitutionMembership.objects.values_list("user", "institution")) == [
        (owner.pk, school.pk)
    ]
