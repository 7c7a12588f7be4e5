"""A teacher runs a class: creates it, a pupil joins by code, the teacher assigns a
module with a due date, the pupil completes a lesson, the teacher sees it in the
grid."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from classes.models import Institution, InstitutionMembership
from courses.models import LessonPage
from tests.factories import DEFAULT_PASSWORD, UserFactory


def log_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.audit.check()
    page.get_by_label("Імʼя користувача або електронна пошта").fill(username)
    page.get_by_label("Пароль", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Увійти").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    if "/admin/" in page.url:
        # Editors and methodologists land in the Wagtail admin, whose pages are
        # Wagtail's to make accessible (tests/browser/test_editors.py).
        page.audit.checked.update(url for url in page.audit.visited if "/admin/" in url)
        return
    expect(page.get_by_role("button", name="Вийти")).to_be_visible()
    page.audit.check()


def test_a_teacher_runs_a_class_end_to_end(page, live_server, make_course):
    course = make_course(title="Петиції", slug="petitions", lessons=2)
    first_lesson = LessonPage.objects.child_of(course).first()
    school = Institution.objects.create(
        name="Ліцей № 7", kind="school", district="podilskyi"
    )
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    # An administrator has added the teacher to the school.
    InstitutionMembership.objects.create(user=teacher, institution=school)
    UserFactory(username="uchenytsia", display_name="Марта")

    log_in(page, live_server, "vchytel")
    page.get_by_role("link", name="Сторінки вчителя").click()
    page.audit.check()
    page.get_by_label("Заклад освіти").select_option(label="Ліцей № 7")
    page.get_by_label("Назва класу").fill("8-В")
    page.get_by_label("Навчальний рік").fill("2026/2027")
    page.get_by_role("button", name="Створити клас").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("8-В")
    code = page.locator(".join-code__code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{7}", code)
    page.audit.check()
    page.get_by_role("navigation", name="Розділи класу").get_by_role(
        "link", name="Завдання"
    ).click()
    page.audit.check()
    page.get_by_label("Модуль").select_option(label="Петиції")
    page.get_by_label("Термін", exact=True).fill("2030-06-01T09:00")
    page.get_by_role("button", name="Призначити").click()
    expect(page.get_by_role("link", name="Петиції")).to_be_visible()
    page.audit.check()

    log_in(page, live_server, "uchenytsia")
    page.goto(live_server.url + "/join/")
    page.audit.check()
    page.get_by_label("Код класу").fill(code.lower())
    page.get_by_role("button", name="Приєднатися").click()
    expect(page.get_by_role("heading", name="Моє навчання")).to_be_visible()
    expect(page.locator(".assignment")).to_contain_text("Петиції")
    expect(page.locator(".assignment")).to_contain_text("до виконання")
    page.audit.check()
    page.goto(live_server.url + first_lesson.url)
    page.locator("[data-lesson-end]").scroll_into_view_if_needed()
    page.audit.check()

    log_in(page, live_server, "vchytel")
    page.get_by_role("link", name="Сторінки вчителя").click()
    page.get_by_role("link", name="8-В").click()
    page.audit.check()
    page.get_by_role("navigation", name="Розділи класу").get_by_role(
        "link", name="Завдання"
    ).click()
    page.audit.check()
    page.get_by_role("link", name="Петиції").click()
    row = page.get_by_role("row", name=re.compile("Марта"))
    expect(row).to_contain_text("завершено")
    expect(row).to_contain_text("1 / 2")
    page.audit.check()

    # Downloads that open in Excel parse back with the same values.
    import csv
    import io

    from openpyxl import load_workbook

    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="XLSX").click()
    with open(xlsx_download.value.path(), "rb") as workbook:
        sheet = load_workbook(io.BytesIO(workbook.read())).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    # The title row (class, module, due date), a blank row, the header, Марта.
    assert rows[0][0] == "Клас: 8-В"
    assert rows[3][:2] == ["Марта", "завершено"]
    with page.expect_download() as csv_download:
        page.get_by_role("link", name="CSV з крапкою з комою (Excel)").click()
    with open(csv_download.value.path(), encoding="utf-8-sig") as exported:
        text = exported.read()
    parsed = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert parsed[1][:2] == ["Марта", "завершено"]

    # The learner's own page, with the teacher's actions.
    page.get_by_role("link", name="Марта").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Марта")
    expect(page.get_by_label("Новий термін")).to_be_visible()
    page.audit.check()
