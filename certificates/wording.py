"""What a certificate says besides the PDF itself: its volume in words, its dates in
long form, its outcomes as list items, the public URL that checks it, and where the
fonts are. Kept apart from certificates.document so that pages and system checks do
not load reportlab (a worker's memory)."""

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import dateformat, formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from .models import Certificate

# Long dates as documents write them: "6 грудня 2026 р.", "6 December 2026".
LONG_DATE_FORMATS = {"uk": "j E Y р.", "en": "j F Y"}

# The lead-in a module page puts before each outcome ("Після модуля ви зможете
# пояснити…"): a certificate lists the outcomes under its own heading instead.
_OUTCOME_LEAD_IN = re.compile(
    r"^\s*(?:після (?:цього |завершення )?модуля ви (?:зможете|вмітимете)"
    r"|after (?:this|the|completing the) module,? you (?:will be able|can) to"
    r"|you will be able to)\s*[:,–—-]?\s*",
    re.IGNORECASE,
)


def font_dir() -> Path:
    return Path(
        getattr(settings, "CERTIFICATE_FONT_DIR", "/usr/share/fonts/truetype/dejavu")
    )


def verification_url(certificate: Certificate, language: str) -> str:
    """The public page that checks the certificate, as a full URL."""
    with translation.override(language):
        path = reverse("certificate_verify", args=[certificate.number])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def long_date(value: date | datetime | None, language: str | None = None) -> str:
    """The date in long form in the language (the active one by default): "6 грудня
    2026 р." or "6 December 2026"; a date and time is read in the site's time zone."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    language = language or translation.get_language() or "uk"
    fmt = LONG_DATE_FORMATS.get(language[:2], LONG_DATE_FORMATS["en"])
    with translation.override(language):
        return dateformat.format(value, fmt)


def number(value: Decimal) -> str:
    """A figure as people write it: "2", "1,5" (no ".0", the locale's comma)."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return formats.number_format(int(value))
    return formats.number_format(value.normalize(), use_l10n=True)


def hours_text(hours: Decimal) -> str:
    """ "2 години", "1,5 години", "30 годин", in the active language."""
    hours = Decimal(hours)
    if hours == hours.to_integral_value():
        count = int(hours)
        return ngettext("%(count)d hour", "%(count)d hours", count) % {"count": count}
    return pgettext("a fractional number of hours", "%(hours)s hours") % {
        "hours": number(hours)
    }


def volume(certificate: Certificate) -> str:
    """ "2 години (1 кредит ЄКТС)": hours and/or credits, in the active language.
    Credits only when the module states them: no ECTS claim otherwise."""
    parts = []
    if certificate.pd_hours:
        parts.append(hours_text(certificate.pd_hours))
    if certificate.ects_credits:
        parts.append(
            pgettext("certificate volume", "ECTS credits: %(credits)s")
            % {"credits": number(certificate.ects_credits)}
        )
    if len(parts) == 2:
        return f"{parts[0]} ({parts[1]})"
    return parts[0] if parts else ""


def outcome_item(text: str) -> str:
    """One outcome as a list item under the certificate's own heading: the module
    page's lead-in ("Після модуля ви зможете…") left out, the first letter capital."""
    text = _OUTCOME_LEAD_IN.sub("", " ".join(str(text).split()), count=1)
    return text[:1].upper() + text[1:]


def outcomes_heading() -> str:
    return _("Learning outcomes: the holder is able to")
