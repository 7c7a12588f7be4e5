"""The certificate as a PDF: A4, printable, Cyrillic in DejaVu Sans, with a QR code of
the public verification URL.

The same certificate in the same language always renders to the same bytes: the PDF's
creation date is the issue date and reportlab's invariant mode leaves out its random
document id and time stamp.

It is always one page: a long name, title or list of outcomes makes the type and the
spaces smaller (in steps) rather than leaving the signatory alone on a second page.
"""

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

import segno
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .models import Certificate
from .wording import (
    font_dir,
    long_date,
    outcome_item,
    outcomes_heading,
    verification_url,
    volume,
)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
QR_SIZE = 32 * mm
INK = colors.HexColor("#1f2937")
ACCENT = colors.HexColor("#1d4ed8")


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = font_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def qr_png(url: str) -> bytes:
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=8, border=4)
    return out.getvalue()


@dataclass(frozen=True)
class _Styles:
    provider: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    name: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle


# The type and spaces tried in turn until the certificate fits on one page.
SCALES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


def _styles(scale: float = 1.0) -> _Styles:
    def size(points: float) -> float:
        return round(points * scale, 2)

    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=size(11), leading=size(15), textColor=INK
    )
    return _Styles(
        provider=ParagraphStyle(
            "provider",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size(12),
            leading=size(16),
            alignment=TA_CENTER,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size(24),
            leading=size(30),
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontSize=size(13),
            leading=size(17),
            alignment=TA_CENTER,
        ),
        body=base,
        name=ParagraphStyle(
            "name",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size(18),
            leading=size(24),
            alignment=TA_CENTER,
        ),
        label=ParagraphStyle(
            "label", parent=base, fontName=FONT_BOLD, fontSize=size(10)
        ),
        small=ParagraphStyle(
            "small", parent=base, fontSize=size(8.5), leading=size(11)
        ),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def render_pdf(certificate: Certificate, language: str) -> bytes:
    """The certificate as an A4 PDF in the language ("uk" or "en").

    The holder's name must be fixed on the certificate first (see issuing).
    """
    _register_fonts()
    with translation.override(language):
        for scale in SCALES:
            pdf, pages = _render(certificate, language, scale)
            if pages == 1:
                break
        return pdf


def _render(certificate: Certificate, language: str, scale: float) -> tuple[bytes, int]:
    """The PDF at the scale, and how many pages it took."""
    texts = certificate.text(language)
    styles = _styles(scale)
    is_pd = certificate.kind == Certificate.PD
    url = verification_url(certificate, language)
    issued = timezone.localtime(certificate.issued_at)
    issued_text = long_date(issued, language)

    def gap(millimetres: float) -> Spacer:
        return Spacer(1, millimetres * scale * mm)

    title = _("Certificate")
    subtitle = (
        _("of professional development") if is_pd else _("of completing a course")
    )
    story = []
    if texts.get("provider"):
        story += [_p(texts["provider"], styles.provider), gap(14)]
    else:
        story.append(gap(20))
    story += [
        _p(title.upper(), styles.heading),
        _p(subtitle, styles.subheading),
        gap(3),
        _p(_("No. %(number)s") % {"number": certificate.number}, styles.subheading),
        gap(10),
        _p(_("This certifies that"), styles.subheading),
        gap(3),
        _p(certificate.holder_name, styles.name),
        gap(3),
        _p(
            _("has completed the professional-development programme")
            if is_pd
            else _("has completed the course"),
            styles.subheading,
        ),
        gap(8),
    ]
    rows = [[_p(_("Topic"), styles.label), _p(texts.get("title", ""), styles.body)]]
    if is_pd:
        rows.append(
            [_p(_("Volume"), styles.label), _p(volume(certificate), styles.body)]
        )
    if texts.get("provider"):
        rows.append(
            [_p(_("Provider"), styles.label), _p(texts["provider"], styles.body)]
        )
    rows += [
        [_p(_("Date of issue"), styles.label), _p(issued_text, styles.body)],
        [_p(_("Record number"), styles.label), _p(certificate.number, styles.body)],
    ]
    table = Table(rows, colWidths=[45 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#cbd5e1")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(table)
    outcomes = texts.get("outcomes") or []
    if outcomes:
        story += [
            gap(6),
            _p(outcomes_heading(), styles.label),
            gap(1),
            ListFlowable(
                [
                    ListItem(_p(outcome_item(text), styles.body), leftIndent=12)
                    for text in outcomes
                ],
                bulletType="bullet",
                bulletFontName=FONT,
                bulletFontSize=9,
                leftIndent=12,
            ),
        ]
    signatory = texts.get("signatory_position") or texts.get("signatory_name")
    if signatory:
        story += [
            gap(12),
            Table(
                [
                    [
                        _p(texts.get("signatory_position", ""), styles.body),
                        _p("_" * 18, styles.body),
                        _p(texts.get("signatory_name", ""), styles.body),
                    ]
                ],
                colWidths=[75 * mm, 45 * mm, None],
                hAlign="LEFT",
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]),
            ),
        ]

    def decorate(canvas, doc):
        width, height = A4
        canvas.setDateFormatter(
            lambda *_args: (
                issued.strftime("D:%Y%m%d%H%M%S")
                + issued.strftime("%z")[:3]
                + "'"
                + issued.strftime("%z")[3:]
                + "'"
            )
        )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.5)
        canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
        canvas.setLineWidth(0.5)
        canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
        if doc.page == 1:
            x = width - 20 * mm - QR_SIZE
            y = 18 * mm
            canvas.drawImage(
                ImageReader(io.BytesIO(qr_png(url))), x, y, QR_SIZE, QR_SIZE
            )
            note = Paragraph(
                escape(_("Check this certificate: scan the code or open"))
                + "<br/>"
                + escape(url),
                styles.small,
            )
            note_width = width - 40 * mm - QR_SIZE - 6 * mm
            _w, h = note.wrap(note_width, 30 * mm)
            note.drawOn(canvas, 20 * mm, y + (QR_SIZE - h) / 2)

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=18 * mm + QR_SIZE + 6 * mm,
        title=f"{title} {certificate.number}",
        author=texts.get("provider") or settings.WAGTAIL_SITE_NAME,
        subject=texts.get("title", ""),
        creator=settings.WAGTAIL_SITE_NAME,
        producer=settings.WAGTAIL_SITE_NAME,
        lang=language,
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue(), doc.page
