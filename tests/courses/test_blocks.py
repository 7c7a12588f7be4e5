"""Every lesson block renders, with all its values and with only the required ones."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses import blocks as course_blocks
from courses.illustrations import draw_illustration

pytestmark = pytest.mark.django_db
BODY = course_blocks.LessonBodyBlock()


@pytest.fixture
def image(db):
    picture = get_image_model()(title="Ілюстрація")
    picture.file = ImageFile(io.BytesIO(draw_illustration("data")), name="data.png")
    picture.save()
    return picture


@pytest.fixture
def document(db, tmp_path):
    from django.core.files.base import ContentFile

    doc = get_document_model()(title="Робочий аркуш")
    doc.file.save("worksheet.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    return doc


def render(block_type: str, raw: dict | str, **context) -> BeautifulSoup:
    block = BODY.child_blocks[block_type]
    value = block.to_python(raw)
    return BeautifulSoup(block.render(value, context=context), "html.parser")


def test_every_block_has_a_template_description_and_icon():
    for name, block in BODY.child_blocks.items():
        assert block.meta.template, name
        assert block.meta.icon, name
        assert block.meta.description, name


def test_every_block_has_a_docstring_and_a_preview(
    image, document, glossary_term, h5p_package
):
    from quizzes.models import Quiz

    Quiz.objects.create(title="Перевірка", locale=glossary_term.locale)
    for name, block in BODY.child_blocks.items():
        if isinstance(block, course_blocks.blocks.StructBlock):
            assert type(block).__doc__, name
        preview = block.get_preview_value()
        assert preview, name
        assert block.render(preview, context={}).strip(), name


def test_heading_renders_with_an_anchor():
    html = render("heading", {"text": "Що таке петиція", "level": "h2"})
    assert html.h2["id"] == "s-що-таке-петиція"
    assert render("heading", {"text": "Деталі", "level": "h3"}).h3 is not None


def test_paragraph_renders_rich_text():
    html = render("paragraph", "<p>Кияни <b>можуть</b> впливати.</p>")
    assert html.b.get_text() == "можуть"


def test_image_renders_responsive_webp_and_jpeg_with_alt(image):
    html = render(
        "image",
        {
            "image": image.pk,
            "alt_text": "Стовпчикова діаграма",
            "caption": "Дані міста",
        },
    )
    sources = html.select("picture source")
    assert [s["type"] for s in sources] == ["image/webp"]
    assert len(sources[0]["srcset"].split(",")) == 3
    img = html.select_one("picture img")
    assert img["alt"] == "Стовпчикова діаграма"
    assert img["loading"] == "lazy"
    assert html.figcaption.get_text(strip=True) == "Дані міста"


def test_image_without_optional_caption_or_with_deleted_image(image):
    html = render("image", {"image": image.pk, "alt_text": "Діаграма"})
    assert html.figcaption is None
    assert render("image", {"image": None, "alt_text": "x"}).get_text(strip=True) == ""


def test_video_file_plays_from_our_host_with_transcript(document):
    html = render(
        "video",
        {
            "title": "Як подати петицію",
            "video_file": document.pk,
            "transcript": "Текст.",
        },
    )
    assert html.video["src"] == document.url
    assert html.details.get_text(" ", strip=True).endswith("Текст.")


def test_video_elsewhere_is_a_link_not_an_embed():
    html = render(
        "video",
        {
            "title": "Відео",
            "video_url": "https://video.example.org/v/1",
            "transcript": "Розшифровка.",
        },
    )
    assert html.iframe is None and html.video is None
    assert html.a["href"] == "https://video.example.org/v/1"


@pytest.mark.parametrize("kind", ["key_idea", "example", "caution"])
def test_callout_kinds(kind):
    html = render("callout", {"kind": kind, "title": "", "text": "<p>Головне.</p>"})
    assert f"callout--{kind}" in html.div["class"]
    assert "Головне." in html.get_text()


def test_glossary_term_inline_with_link_to_the_glossary(glossary_term):
    html = render(
        "glossary", {"term": glossary_term.pk}, glossary_url="/courses/glossary/"
    )
    assert html.dfn.get_text() == "Петиція"
    assert html.a["href"] == f"/courses/glossary/#{glossary_term.anchor}"
    assert render("glossary", {"term": None}).get_text(strip=True) == ""


def test_discussion_note_only_for_teachers():
    raw = {"prompt": "Що б ви змінили?", "teacher_note": "Робота в парах."}
    assert "Робота в парах." not in render("discussion", raw).get_text()
    assert "Робота в парах." in render("discussion", raw, is_teacher=True).get_text()
    assert (
        "Що б ви змінили?"
        in render("discussion", {"prompt": "Що б ви змінили?"}).get_text()
    )


def test_quote_with_and_without_a_link():
    html = render("quote", {"quote": "Слова.", "source": "Джерело", "source_url": ""})
    assert html.figcaption.get_text(strip=True) == "Джерело"
    linked = render(
        "quote",
        {
            "quote": "Слова.",
            "source": "Закон",
            "source_url": "https://zakon.rada.gov.ua/",
        },
    )
    assert linked.figcaption.a["href"] == "https://zakon.rada.gov.ua/"


def test_document_download(document):
    html = render("document", {"document": document.pk, "title": "", "description": ""})
    assert html.a.get_text(strip=True) == "Робочий аркуш"
    assert "PDF" in html.get_text()
    assert render("document", {"document": None}).get_text(strip=True) == ""
