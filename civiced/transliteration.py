"""Ukrainian text in Latin letters by the national transliteration (a bottom-layer
helper: it imports no app), for usernames made from a class list, file names made
from class and module names, and page slugs (Cyrillic slugs make percent-encoded
URLs; the admin applies `ascii_slug` to new and edited pages, courses.wagtail_hooks)."""

import re
import unicodedata

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ`´′", "'"))

# Cabinet of Ministers resolution No. 55 of 27 January 2010; the Russian letters
# sometimes found in names are read the same way.
_TRANSLITERATION = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "",
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}  # fmt: skip
_AT_WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ё": "yo"}


def transliterate(text: str) -> str:
    """Ukrainian text in Latin letters by the official 2010 table, lowercased."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower()
    out = []
    for index, char in enumerate(text):
        previous = text[index - 1] if index else ""
        at_word_start = not (previous.isalpha() or previous == "'")
        if at_word_start and char in _AT_WORD_START:
            out.append(_AT_WORD_START[char])
        elif char == "г" and previous == "з":
            out.append("gh")  # "зг" is "zgh", so it is not read as "zh"
        else:
            out.append(_TRANSLITERATION.get(char, char))
    # Accented Latin letters lose their accents; anything else non-ASCII goes.
    latin = unicodedata.normalize("NFKD", "".join(out))
    return latin.encode("ascii", "ignore").decode("ascii")


def file_slug(text: str) -> str:
    """The text as a file-name part: transliterated, lowercase ASCII letters and
    digits with single hyphens between words ("9-Б Петиції" -> "9-b-petytsii")."""
    return re.sub(r"[^a-z0-9]+", "-", transliterate(text)).strip("-")


def ascii_slug(text: str, max_length: int = 255) -> str:
    """A page slug: as file_slug ("Громадянська освіта" -> "hromadianska-osvita"),
    at most `max_length` long; empty when nothing in the text can be written."""
    return file_slug(text)[:max_length].strip("-")
