"""ASCII slugs from Ukrainian text by the national transliteration (Resolution
No. 55 of the Cabinet of Ministers of Ukraine, 27 January 2010): Cyrillic slugs make
percent-encoded URLs. A pure function; the admin applies it to new and edited pages'
slugs (courses.wagtail_hooks)."""

from django.utils.text import slugify

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia",
    "'": "", "’": "", "ʼ": "", "`": "",
}  # fmt: skip
APOSTROPHES = {"'", "’", "ʼ", "`"}
# At the start of a word these letters are written differently.
WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def transliterate(text: str) -> str:
    """The text in Latin letters, case kept ("Київ" -> "Kyiv", "Згорани" ->
    "Zghorany"); characters other than Ukrainian letters are left as they are."""
    out = []
    previous = ""
    for char in text:
        lower = char.lower()
        if lower in LETTERS:
            # An apostrophe is inside a word (Знам'янка -> Znamianka).
            at_start = not previous.isalpha() and previous not in APOSTROPHES
            latin = WORD_START[lower] if at_start and lower in WORD_START else None
            if latin is None:
                latin = LETTERS[lower]
            if lower == "г" and previous.lower() == "з":
                latin = "gh"  # зг is written zgh, to tell it from ж (zh)
            if char != lower:
                latin = latin.capitalize()
            out.append(latin)
        else:
            out.append(char)
        previous = char
    return "".join(out)


def ascii_slug(text: str, max_length: int = 255) -> str:
    """A lowercase ASCII slug of the text ("Громадянська освіта" ->
    "hromadianska-osvita"); empty when nothing in it can be written."""
    return slugify(transliterate(text))[:max_length].strip("-")
