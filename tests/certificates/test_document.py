"""The PDF: every field a Ukrainian PD document must carry, Cyrillic text, a QR code
of the verification URL, and the same bytes every time."""

import io

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
        "30 годин (1,0 кредиту ЄКТС)",  # the volume
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
    assert "30 hours (1.0 ECTS credits)" in text
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
