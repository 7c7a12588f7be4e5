"""The class page as tabs (links that work without JavaScript), proper widgets, and
a confirmation before archiving or leaving a class."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from classes.forms import current_academic_year
from classes.models import Class, Institution, InstitutionMembership, Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_class_page_has_four_tabs_one_shown_at_a_time(client, klass, teacher):
    Membership.objects.create(
        klass=klass, learner=UserFactory(username="marta", display_name="Марта")
    )
    client.force_login(teacher)
    page = html(client.get(f"/teach/{klass.pk}/"))
    tabs = page.select_one("nav.tabs")
    assert tabs["aria-label"] == "Розділи класу"
    assert [a.get_text(strip=True) for a in tabs.select("a")] == [
        "Учні",
        "Завдання",
        "Групи",
        "Налаштування",
    ]
    assert tabs.select_one("[aria-current=page]").get_text() == "Учні"
    assert "Марта" in page.select_one(".tab-panel").get_text()
    assert page.select_one(".join-code__code") is not None
    assert page.find(id="teachers-title") is None

    settings = html(client.get(f"/teach/{klass.pk}/?tab=settings"))
    assert settings.select_one("nav.tabs [aria-current=page]").get_text() == (
        "Налаштування"
    )
    assert settings.find(id="teachers-title") is not None
    assert settings.select_one(".join-code__code") is None
    # An unknown tab is the first one.
    odd = html(client.get(f"/teach/{klass.pk}/?tab=<script>"))
    assert odd.select_one("nav.tabs [aria-current=page]").get_text() == "Учні"


def test_the_selects_have_words_not_dashes(client, klass, teacher, make_course):
    make_course(title="Петиції", lessons=1)
    client.force_login(teacher)
    page = html(client.get(f"/teach/{klass.pk}/?tab=assignments"))
    options = [o.get_text() for o in page.select("form select option")]
    assert "---------" not in options
    assert "Оберіть модуль" in options
    assert "Увесь модуль" in options
    assert "Увесь клас" in options


def test_the_new_class_form_offers_only_the_teachers_institutions_and_the_year(
    client, teacher, school
):
    Institution.objects.create(name="Чужий ліцей", kind="school", district="podilskyi")
    client.force_login(teacher)
    page = html(client.get("/teach/"))
    select = page.find("select", {"name": "institution"})
    # One institution: it is chosen already, with no empty choice.
    assert [o.get_text() for o in select.select("option")] == ["Ліцей № 100"]
    assert page.find("input", {"name": "academic_year"})["value"] == (
        current_academic_year()
    )
    second = Institution.objects.create(
        name="Гімназія № 2", kind="school", district="podilskyi"
    )
    InstitutionMembership.objects.create(user=teacher, institution=second)
    options = [
        o.get_text()
        for o in html(client.get("/teach/"))
        .find("select", {"name": "institution"})
        .select("option")
    ]
    assert options == ["Оберіть заклад освіти", "Гімназія № 2", "Ліцей № 100"]


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (datetime.date(2026, 12, 7), "2026/2027"),
        (datetime.date(2027, 5, 31), "2026/2027"),
        (datetime.date(2027, 8, 20), "2027/2028"),
    ],
)
def test_the_academic_year_is_the_one_under_way(today, year):
    assert current_academic_year(today) == year


def test_archiving_asks_first_and_cancel_changes_nothing(client, klass, teacher):
    client.force_login(teacher)
    settings = html(client.get(f"/teach/{klass.pk}/?tab=settings"))
    link = settings.find("a", string="Перенести клас в архів…")
    assert link["href"] == f"/teach/{klass.pk}/archive/"
    confirm = html(client.get(link["href"]))
    assert confirm.h1.get_text() == "Перенести 9-Б в архів?"
    assert confirm.select_one("main form button").get_text() == "Перенести клас в архів"
    assert confirm.find("a", string="Скасувати")["href"] == (
        f"/teach/{klass.pk}/?tab=settings"
    )
    klass.refresh_from_db()
    assert not klass.archived  # looking at the question changes nothing
    response = client.post(link["href"])
    assert response["Location"] == f"/teach/{klass.pk}/?tab=settings"
    klass.refresh_from_db()
    assert klass.archived


def test_leaving_asks_first_and_the_owner_is_told_they_cannot(client, klass, teacher):
    colleague = UserFactory(
        username="kolega", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    Class.objects.filter(pk=klass.pk).update(owner=teacher)
    klass.teachers.add(colleague)
    client.force_login(colleague)
    confirm = html(client.get(f"/teach/{klass.pk}/teachers/leave/"))
    assert confirm.h1.get_text() == "Припинити викладати в 9-Б?"
    assert klass.teachers.filter(pk=colleague.pk).exists()
    client.post(f"/teach/{klass.pk}/teachers/leave/")
    assert not klass.teachers.filter(pk=colleague.pk).exists()

    client.force_login(teacher)
    page = html(client.get(f"/teach/{klass.pk}/teachers/leave/"))
    assert page.select_one("main form button") is None
    assert "Власника класу не можна" in page.get_text()


def test_removing_a_learner_asks_first_with_the_reason(client, klass, teacher):
    learner = UserFactory(username="marta", display_name="Марта")
    Membership.objects.create(klass=klass, learner=learner)
    client.force_login(teacher)
    url = f"/teach/{klass.pk}/learners/{learner.pk}/"
    page = html(client.get(url))
    assert page.find("a", string="Вилучити з класу…")["href"] == "?confirm=remove"
    assert page.find("input", {"name": "action", "value": "remove"}) is None
    confirm = html(client.get(url + "?confirm=remove"))
    assert confirm.h1.get_text() == "Вилучити з класу 9-Б: Марта?"
    assert confirm.find("input", {"name": "reason"}).has_attr("required")
    assert Membership.objects.current().filter(learner=learner).exists()
    client.post(url, {"action": "remove", "reason": "Перейшла до іншої школи"})
    assert not Membership.objects.current().filter(learner=learner).exists()


def test_a_learner_is_asked_before_leaving_a_class(client, klass):
    learner = UserFactory(username="marta", display_name="Марта")
    Membership.objects.create(klass=klass, learner=learner)
    client.force_login(learner)
    link = html(client.get("/learning/")).find("a", href=f"/classes/{klass.pk}/leave/")
    assert link is not None
    confirm = html(client.get(link["href"]))
    assert confirm.h1.get_text() == "Вийти з класу 9-Б?"
    assert Membership.objects.current().filter(learner=learner).exists()
    client.post(link["href"])
    assert not Membership.objects.current().filter(learner=learner).exists()
