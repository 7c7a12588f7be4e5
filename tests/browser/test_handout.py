"""A teacher opens a lesson, unfolds its 45-minute plan, and prints the handout: one
A4 sheet or a few, black on white, with the tasks and the exit ticket, and no screen
furniture."""

import io

from django.contrib.auth.models import Group
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.roles import TEACHERS_GROUP
from tests.browser.test_quizzes import log_in
from tests.courses.test_lesson_plan import PLAN
from tests.courses.test_lesson_plan import lesson as lesson
from tests.factories import UserFactory

A4 = (595, 842)  # points


def test_a_teacher_reads_the_plan_and_prints_the_handout(page, live_server, lesson):
    UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name=TEACHERS_GROUP)[0]]
    )
    log_in(page, live_server, "vchytel")
    page.goto(live_server.url + lesson.url)
    summary = page.get_by_text("План уроку для вчителя (45 хвилин)")
    expect(page.get_by_text(PLAN["hook"]["text"])).to_be_hidden()
    summary.click()
    expect(page.get_by_text(PLAN["hook"]["text"])).to_be_visible()
    page.audit.check()

    page.get_by_role("link", name="Роздатка для друку").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    expect(page.get_by_role("heading", name="Квиток на вихід")).to_be_visible()
    page.audit.check()

    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Назад до уроку")).to_be_hidden()
    colour = page.evaluate("() => getComputedStyle(document.body).color")
    assert colour == "rgb(0, 0, 0)"
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    assert 1 <= len(pdf.pages) <= 2
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert "Назвіть поріг і строк петиції до Київради." in text.replace("\n", " ")
