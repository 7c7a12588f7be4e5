"""A pupil forgot the password from their login card: the teacher gives a new card,
and the pupil logs in with it and chooses their own password. And the teacher's
other new pages (the class page's tabs, a confirmation, the grid's key) pass the
accessibility and 360 px checks."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from classes.models import (
    Class,
    Institution,
    InstitutionMembership,
    Membership,
    RosterAccount,
)
from tests.factories import DEFAULT_PASSWORD, UserFactory

OWN_PASSWORD = "mii-novyi-parol-2026"


def test_a_teacher_resets_a_card_password_and_the_pupil_logs_in_with_it(
    page, live_server, site_pages
):
    school = Institution.objects.create(
        name="Ліцей № 7", kind="school", district="podilskyi"
    )
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    InstitutionMembership.objects.create(user=teacher, institution=school)
    klass = Class.objects.create(
        institution=school, name="6-А", academic_year="2026/2027", owner=teacher
    )
    klass.teachers.add(teacher)
    pupil = UserFactory(username="yevhen.zozulia", display_name="Євген Зозуля")
    RosterAccount.objects.create(user=pupil, created_by=teacher, klass=klass)
    Membership.objects.create(klass=klass, learner=pupil)

    page.goto(live_server.url + "/accounts/login/")
    page.audit.check()
    page.get_by_label("Імʼя користувача або електронна пошта").fill("vchytel")
    page.get_by_label("Пароль", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Увійти").click()
    # The teacher lands on their home, with the class at a glance.
    expect(page).to_have_url(live_server.url + "/teach/")
    page.audit.check()
    page.get_by_role("link", name="6-А").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("6-А")
    page.audit.check()
    page.get_by_role("link", name="Євген Зозуля").click()
    page.audit.check()
    page.get_by_role("button", name="Видати новий пароль і надрукувати картку").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Картки для входу")
    page.audit.check()
    card = page.locator(".login-card")
    expect(card).to_contain_text("Євген Зозуля")
    username, password = (
        text.strip() for text in card.locator(".mono").all_inner_texts()
    )
    assert username == "yevhen.zozulia"
    assert re.fullmatch(r"[a-z]+-\d-[a-z]+-[a-z]+", password)

    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.audit.check()
    page.get_by_label("Імʼя користувача або електронна пошта").fill(username)
    page.get_by_label("Пароль", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Увійти").click()
    expect(page.locator(".form-errors")).to_be_visible()
    page.audit.check()

    page.get_by_label("Імʼя користувача або електронна пошта").fill(username)
    page.get_by_label("Пароль", exact=True).fill(password)
    page.locator("main").get_by_role("button", name="Увійти").click()
    # As with the first card: the pupil chooses their own password first.
    expect(page).to_have_url(re.compile(r"/accounts/password/change/$"))
    page.audit.check()
    page.get_by_label(re.compile(r"^Поточний пароль$", re.I)).fill(password)
    page.get_by_label(re.compile(r"^Новий пароль$", re.I)).fill(OWN_PASSWORD)
    page.get_by_label(re.compile(r"^Новий пароль \(ще раз\)$", re.I)).fill(OWN_PASSWORD)
    page.locator("main").get_by_role("button", name="Змінити пароль").click()
    page.goto(live_server.url + "/learning/")
    expect(page).to_have_url(live_server.url + "/learning/")
    expect(page.get_by_role("button", name="Вийти", exact=True)).to_be_visible()
    expect(page.locator("main")).to_contain_text("6-А")
    page.audit.check()


def test_the_class_tabs_confirmations_and_grid_key_are_accessible(
    page, live_server, make_course
):
    """Each tab of the class page, the archive confirmation and the grid with its
    key, checked at 1280 and 360 px."""
    from classes.models import Assignment

    course = make_course(title="Петиції", lessons=2)
    school = Institution.objects.create(
        name="Ліцей № 7", kind="school", district="podilskyi"
    )
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    InstitutionMembership.objects.create(user=teacher, institution=school)
    klass = Class.objects.create(
        institution=school, name="6-А", academic_year="2026/2027", owner=teacher
    )
    klass.teachers.add(teacher)
    Membership.objects.create(
        klass=klass, learner=UserFactory(username="marta", display_name="Марта")
    )
    Assignment.objects.create(klass=klass, course=course)

    page.goto(live_server.url + "/accounts/login/")
    page.audit.check()
    page.get_by_label("Імʼя користувача або електронна пошта").fill("vchytel")
    page.get_by_label("Пароль", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Увійти").click()
    expect(page).to_have_url(live_server.url + "/teach/")
    page.audit.check()
    page.get_by_role("link", name="6-А").click()
    page.audit.check()
    tabs = page.get_by_role("navigation", name="Розділи класу")
    for name in ("Групи", "Налаштування", "Завдання"):
        tabs.get_by_role("link", name=name).click()
        expect(tabs.get_by_role("link", name=name)).to_have_attribute(
            "aria-current", "page"
        )
        page.audit.check()
    page.locator("main").get_by_role("link", name="Петиції").click()
    expect(page.get_by_role("heading", name="Що показує таблиця")).to_be_visible()
    page.audit.check()
    page.go_back()
    tabs.get_by_role("link", name="Налаштування").click()
    page.audit.check()
    page.get_by_role("link", name="Перенести клас в архів…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Перенести 6-А в архів?")
    page.audit.check()
    page.get_by_role("button", name="Перенести клас в архів").click()
    expect(page.locator(".lead")).to_contain_text("архів")
    page.audit.check()
