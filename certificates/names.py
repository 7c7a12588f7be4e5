"""The holder's name as a certificate may print it: letters of any script, with
apostrophes (ʼ ’ '), hyphens and single spaces between them. No digits, no markup,
no other signs: what is refused gets a translated error and changes nothing."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PART_LENGTH = 60
APOSTROPHES = "'\u2019\u02bc"  # ' ’ ʼ
HYPHENS = "-\u2010\u2011"  # - ‐ ‑
SEPARATORS = APOSTROPHES + HYPHENS + " "

NOT_A_NAME = _(
    "Use letters only, with an apostrophe, a hyphen or a space between them "
    "(no digits or other signs)."
)
TOO_LONG = _("At most %(max)d characters.")


def _is_letter(char: str) -> bool:
    # Letters of any script, and the combining marks some names are written with.
    return unicodedata.category(char)[0] in ("L", "M")


def clean_name_part(value: str) -> str:
    """The part of a name (surname, given name, patronymic) with its spaces
    collapsed, in Unicode's composed form; ValidationError when it is not a name."""
    value = unicodedata.normalize("NFC", " ".join(str(value).split()))
    if not value:
        return ""
    if len(value) > MAX_PART_LENGTH:
        raise ValidationError(TOO_LONG % {"max": MAX_PART_LENGTH}, code="max_length")
    previous = " "
    for char in value:
        if _is_letter(char):
            previous = char
            continue
        # A sign only between letters: not first, not last, never two in a row.
        if char not in SEPARATORS or previous in SEPARATORS:
            raise ValidationError(NOT_A_NAME, code="invalid")
        previous = char
    if value[-1] in SEPARATORS or not _is_letter(value[0]):
        raise ValidationError(NOT_A_NAME, code="invalid")
    return value
