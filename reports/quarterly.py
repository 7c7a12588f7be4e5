"""The quarterly report for the Coordination Council as a PDF: A4, Cyrillic in
DejaVu Sans (the certificates' fonts), the same figures as the release and the
printable page, and the editor's narrative as plain paragraphs.

Rendered in reportlab's invariant mode: the same release, narrative and language
give the same bytes.
"""

import html
import io
import re
from xml.sax.saxutils import escape

from django.utils import formats, timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from certificates.wording import font_dir

from .commitment import CODE, Figure, Figures, Point
from .models import Release
from .periods import Period

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
INK = colors.HexColor("#1f2937")
RULE = colors.HexColor("#cbd5e1")
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li)>|<br\s*/?>", re.IGNORECASE)


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = font_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def figure_text(figure: Figure) -> str:
    """A figure as printed: "—" when hidden, "≥ 12" when a lower bound."""
    if figure.hidden:
        return "—"
    if figure.partial:
        return f"≥ {figure.value}"
    return str(figure.value)


def narrative_paragraphs(rich_text: str) -> list[str]:
    """The narrative's blocks as plain text."""
    blocks = (
        html.unescape(strip_tags(part)).strip() for part in BLOCK_END.split(rich_text)
    )
    return [block for block in blocks if block]


def _table(header: list[str], rows: list[list[str]], styles: dict) -> Table:
    data = [[Paragraph(escape(h), styles["th"]) for h in header]]
    data += [
        [Paragraph(escape(row[0]), styles["td"])]
        + [Paragraph(escape(cell), styles["num"]) for cell in row[1:]]
        for row in rows
    ]
    table = Table(data, colWidths=[70 * mm] + [None] * (len(header) - 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def pdf(
    *,
    release: Release,
    figures: Figures,
    points: list[Point],
    narrative: str,
    next_quarter: Period,
    language: str,
) -> bytes:
    """The report as an A4 PDF in the language ("uk" or "en")."""
    _register_fonts()
    with translation.override(language):
        return _render(release, figures, points, narrative, next_quarter)


def _render(release, figures, points, narrative, next_quarter) -> bytes:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
    styles = {
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=21
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=8,
        ),
        "body": base,
        "th": ParagraphStyle(
            "th", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12
        ),
        "td": ParagraphStyle("td", parent=base, fontSize=9, leading=12),
        "num": ParagraphStyle("num", parent=base, fontSize=9, leading=12),
    }

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    published = formats.date_format(
        timezone.localtime(release.published_at), "DATETIME_FORMAT"
    )
    title = _("Report on commitment %(code)s, %(period)s") % {
        "code": CODE,
        "period": release.period_label,
    }
    story = [
        p(title, "h1"),
        Spacer(1, 3 * mm),
        p(
            _(
                "Prepared for the Coordination Council for Civil Society Development "
                "from the open-data release %(period)s of the civic-education "
                "platform: the figures are those published in the release, nothing "
                "recomputed. It reports what the platform counted."
            )
            % {"period": release.period_label}
        ),
        Spacer(1, 2 * mm),
        p(
            _(
                "Release %(slug)s, version %(version)s, published %(published)s. "
                "Suppression threshold: %(threshold)s. Next release: %(next)s."
            )
            % {
                "slug": release.slug,
                "version": release.version,
                "published": published,
                "threshold": release.threshold,
                "next": next_quarter.label,
            }
        ),
        p(
            _("Checksum of the inputs (SHA-256): %(checksum)s")
            % {"checksum": release.input_checksum}
        ),
    ]
    paragraphs = narrative_paragraphs(narrative)
    if paragraphs:
        story.append(p(_("About these figures"), "h2"))
        story += [p(text) for text in paragraphs]
    reached, completed = _("Learners reached"), _("Modules completed")
    story += [
        p(_("Learners reached by kind of institution"), "h2"),
        _table(
            [_("Kind of institution"), reached, completed],
            [
                [r.label, figure_text(r.reached), figure_text(r.completed)]
                for r in figures.by_kind
            ]
            + [
                [
                    _("Whole city"),
                    figure_text(figures.total.reached),
                    figure_text(figures.total.completed),
                ]
            ],
            styles,
        ),
        p(_("Learners reached by district"), "h2"),
        _table(
            [_("District"), reached, completed],
            [
                [r.label, figure_text(r.reached), figure_text(r.completed)]
                for r in figures.by_district
            ],
            styles,
        ),
        p(_("Modules for learners"), "h2"),
        _table(
            [_("Module"), reached, _("Completed")],
            [
                [m.title, figure_text(m.reached), figure_text(m.completed)]
                for m in figures.modules
            ],
            styles,
        ),
        p(_("Teachers' professional development"), "h2"),
        _table(
            [
                _("Module"),
                _("Hours"),
                _("Teachers who started"),
                _("Teachers who completed"),
            ],
            [
                [
                    m.title,
                    str(m.pd_hours),
                    figure_text(m.reached),
                    figure_text(m.completed),
                ]
                for m in figures.pd_modules
            ],
            styles,
        ),
        p(_("Quarter by quarter"), "h2"),
        _table(
            [_("Quarter"), reached, completed],
            [
                [pt.label, figure_text(pt.reached), figure_text(pt.completed)]
                for pt in points
            ],
            styles,
        ),
        Spacer(1, 4 * mm),
        p(
            _(
                "— hidden to protect privacy (fewer than %(threshold)s learners, or "
                "hidden with such a figure). ≥ at least: a sum that leaves out hidden "
                "figures."
            )
            % {"threshold": release.threshold}
        ),
    ]
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="civiced",
        lang=translation.get_language(),
        invariant=1,
    ).build(story)
    return out.getvalue()
