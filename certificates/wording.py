"""What a certificate says besides the PDF itself: its volume in words, the public
URL that checks it, and where the fonts are. Kept apart from certificates.document so
that pages and system checks do not load reportlab (a worker's memory)."""

from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import ngettext, pgettext

from .models import Certificate


def font_dir() -> Path:
    return Path(
        getattr(settings, "CERTIFICATE_FONT_DIR", "/usr/share/fonts/truetype/dejavu")
    )


def verification_url(certificate: Certificate, language: str) -> str:
    """The public page that checks the certificate, as a full URL."""
    with translation.override(language):
        path = reverse("certificate_verify", args=[certificate.number])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def volume(certificate: Certificate) -> str:
    """ "30 годин (1,0 кредиту ЄКТС)": hours and/or credits, in the active language."""
    parts = []
    if certificate.pd_hours:
        parts.append(
            ngettext("%(count)d hour", "%(count)d hours", certificate.pd_hours)
            % {"count": certificate.pd_hours}
        )
    if certificate.ects_credits:
        credits = formats.number_format(certificate.ects_credits, decimal_pos=1)
        parts.append(
            pgettext("certificate volume", "%(credits)s ECTS credits")
            % {"credits": credits}
        )
    if len(parts) == 2:
        return f"{parts[0]} ({parts[1]})"
    return parts[0] if parts else ""
