"""Joining is the learner's act: a teacher's class list names one of their pupils, the
pupil logs in, finds the invitation and accepts it, and only then is in the class."""

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from classes.models import Class, Institution, Membership
from tests.factories import UserFactory

from .test_classes import log_in


def test_a_roster_row_becomes_an_invitation_the_learner_accepts(page, live_server):
    school = Institution.objects.create(
        name="Ліцей № 7", kind="school", district="podilskyi"
    )
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    klass = Class.objects.create(
        institution=school, name="8-В", academic_year="2026/2027", owner=teacher
    )
    klass.teachers.add(teacher)
    learner = UserFactory(username="marta", display_name="Марта Іваненко")
    # Marta was in the teacher's class last year: a class list names only the
    # teacher's own pupils.
    last_year = Class.objects.create(
        institution=school, name="7-В", academic_year="2025/2026", archived=True
    )
    last_year.teachers.add(teacher)
    Membership.objects.create(klass=last_year, learner=learner)

    log_in(page, live_server, "vchytel")
    page.goto(f"{live_server.url}/teach/{klass.pk}/roster/")
    page.audit.check()
    page.get_by_label("Список класу (CSV)").set_input_files(
        files=[
            {
                "name": "klas.csv",
                "mimeType": "text/csv",
                "buffer": "Прізвище;Ім'я;Логін\n;;marta\n".encode(),
            }
        ]
    )
    page.get_by_role("button", name="Перевірити файл").click()
    expect(page.get_by_role("row", name="marta")).to_contain_text("буде запрошено")
    page.audit.check()
    page.get_by_role(
        "button", name="Створити облікові записи й надіслати запрошення"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("8-В")
    invited = page.locator(".invitations")
    expect(invited).to_contain_text("marta")
    expect(invited).to_contain_text("запрошено")
    expect(page.locator("main")).not_to_contain_text("Марта Іваненко")
    page.audit.check()
    assert not Membership.objects.filter(klass=klass).exists()

    log_in(page, live_server, "marta")
    expect(page.locator(".messages")).to_contain_text(
        "запрошення до класу чекає на вашу відповідь"
    )
    page.get_by_role("link", name="Моє навчання").click()
    notice = page.locator(".invitations-notice")
    expect(notice).to_contain_text("8-В")
    page.audit.check()
    notice.get_by_role("link", name="Відповісти на запрошення").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Запрошення")
    page.audit.check()
    page.get_by_role("button", name="Прийняти: 8-В").click()
    expect(page.get_by_role("heading", name="Моє навчання")).to_be_visible()
    expect(page.locator(".messages")).to_contain_text("8-В")
    page.audit.check()
    assert Membership.objects.current().filter(klass=klass, learner=learner).exists()

    log_in(page, live_server, "vchytel")
    page.goto(f"{live_server.url}/teach/{klass.pk}/")
    expect(page.locator(".roster").first).to_contain_text("Марта Іваненко")
    expect(page.locator(".invitations")).to_have_count(0)
    page.audit.check()
