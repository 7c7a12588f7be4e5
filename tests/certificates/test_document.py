"""The PDF: every field a Ukrainian PD document must carry, Cyrillic text, a QR code
of the verification URL, and the same bytes every time."""

import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
import zxingcpp
from pypdf import PdfReader

from certificates.document import render_pdf
from certificates.models import Certificate
from tests.certificates.conftest import OUTCOMES, PROVIDER, complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(pd_course, teacher_learner):
    complete(teacher_learner, pd_course)
    return Certificate.objects.get()


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_the_pdf_carries_every_required_field_in_ukrainian(certificate):
    data = render_pdf(certificate, "uk")
    text = pdf_text(data)
    issued = certificate.issued_at.astimezone().strftime("%Y")
    for expected in [
        " ".join(PROVIDER.split()),  # the provider
        "Як навчати громадянської участі",  # the topic
        "1,5 години (кредитів ЄКТС: 1)",  # the volume, as the module page says
        "Коваленко Ганна Петрівна",  # the learner's full name
        OUTCOMES[0],  # the learning outcomes
        OUTCOMES[1],
        "Дата видачі",
        issued,
        f"№ {certificate.number}",  # the record number
        "Директор Інституту післядипломної освіти",  # the signatory
        "СЕРТИФІКАТ",
        "про підвищення кваліфікації",
    ]:
        assert expected in text, expected


def test_the_pdf_is_a4_with_an_embedded_cyrillic_font(certificate):
    reader = PdfReader(io.BytesIO(render_pdf(certificate, "uk")))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
        595,
        842,
    )
    fonts = {
        font.get_object()["/BaseFont"]: font.get_object()
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in name for name in fonts)
    descriptor = next(
        f["/FontDescriptor"] for name, f in fonts.items() if "DejaVuSans" in name
    )
    assert "/FontFile2" in descriptor  # embedded, so it prints anywhere


def test_the_english_version_is_in_english(certificate):
    text = pdf_text(render_pdf(certificate, "en"))
    assert "CERTIFICATE" in text
    assert "of professional development" in text
    assert "1.5 hours (ECTS credits: 1)" in text
    assert "Коваленко Ганна Петрівна" in text  # the name as confirmed


def test_the_same_certificate_renders_to_the_same_bytes(certificate):
    first = render_pdf(certificate, "uk")
    again = render_pdf(Certificate.objects.get(pk=certificate.pk), "uk")
    assert first == again
    created = PdfReader(io.BytesIO(first)).metadata["/CreationDate"]
    assert created.startswith(
        "D:" + certificate.issued_at.astimezone().strftime("%Y%m%d")
    )


def test_the_qr_code_decodes_to_the_verification_url(certificate):
    reader = PdfReader(io.BytesIO(render_pdf(certificate, "uk")))
    images = reader.pages[0].images
    assert len(images) == 1
    codes = zxingcpp.read_barcodes(images[0].image)
    assert [code.text for code in codes] == [
        f"http://testserver/certificates/verify/{certificate.number}/"
    ]
    reader = PdfReader(io.BytesIO(render_pdf(certificate, "en")))
    codes = zxingcpp.read_barcodes(reader.pages[0].images[0].image)
    assert codes[0].text == (
        f"http://testserver/en/certificates/verify/{certificate.number}/"
    )


def test_a_certificate_of_completion_has_no_pd_fields(make_course, pupil):
    course = make_course(
        title="Електронні петиції", lessons=1, certificate_kind="completion"
    )
    pupil.last_name, pupil.first_name = "Бондар", "Тарас"
    complete(pupil, course)
    certificate = Certificate.objects.get()
    certificate.holder_surname, certificate.holder_given_name = "Бондар", "Тарас"
    text = pdf_text(render_pdf(certificate, "uk"))
    assert "про завершення курсу" in text
    assert "Бондар Тарас" in text
    assert "годин" not in text
    assert "підвищення кваліфікації" not in text


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


LONGEST_PART = "Щ" * 30 + "-" + "Ґ" * 29  # 60 characters: the longest part allowed


def test_the_longest_name_title_and_outcomes_still_fit_on_one_page(certificate):
    certificate.holder_surname = LONGEST_PART
    certificate.holder_given_name = LONGEST_PART
    certificate.holder_patronymic = LONGEST_PART
    title = "Як навчати громадянської участі в київських школах " * 5
    certificate.texts["uk"]["title"] = title[:255]
    certificate.texts["uk"]["outcomes"] = [
        "Пояснити, як проводити дискусію на суспільні теми безпечно для кожного "
        "учня, з правилами, ролями й рефлексією наприкінці уроку." * 2
    ] * 8
    certificate.texts["uk"]["signatory_name"] = "Олександра-Анастасія Вишневецька"
    for language in ("uk", "en"):
        data = render_pdf(certificate, language)
        assert pages(data) == 1
        text = pdf_text(data)
        # The signatory is on that one page, with everything else.
        assert "Директор Інституту післядипломної освіти" in text
        assert LONGEST_PART[:20] in text


def test_whole_hours_print_without_a_decimal_and_no_ects_claim_without_credits(
    certificate,
):
    certificate.pd_hours = Decimal("2.0")
    certificate.ects_credits = None
    text = pdf_text(render_pdf(certificate, "uk"))
    assert "2 години" in text
    assert "ЄКТС" not in text and "30 годин" not in text
    english = pdf_text(render_pdf(certificate, "en"))
    assert "2 hours" in english and "ECTS" not in english


def test_outcomes_are_a_list_under_a_heading_without_the_module_page_lead_in(
    certificate,
):
    certificate.texts["uk"]["outcomes"] = [
        "Після модуля ви зможете пояснити, чим петиція відрізняється від звернення.",
        "Після модуля ви зможете провести дискусію.",
    ]
    certificate.texts["en"] = {
        **certificate.texts["uk"],
        "outcomes": ["After this module you will be able to run a discussion."],
    }
    text = pdf_text(render_pdf(certificate, "uk"))
    assert "Після модуля ви зможете" not in text
    assert "Результати навчання: власник сертифіката вміє" in text
    assert "• Пояснити, чим петиція відрізняється від звернення." in text
    assert "• Провести дискусію." in text
    english = pdf_text(render_pdf(certificate, "en"))
    assert "you will be able to" not in english
    assert "• Run a discussion." in english


def test_the_english_pdf_writes_the_date_in_long_form(certificate):
    certificate.issued_at = datetime(2026, 12, 6, 10, tzinfo=UTC)
    english = pdf_text(render_pdf(certificate, "en"))
    assert "6 December 2026" in english and "Dec." not in english
    assert "6 грудня 2026 р." in pdf_text(render_pdf(certificate, "uk"))
