"""A light Ukrainian stemmer for the catalogue's search.

PostgreSQL ships no Ukrainian text-search configuration, and SQLite's full-text
search has none at all, so "петиція", "петиції" and "петицій" would be three
different words to either. Both sides of the search go through `stem_text`: the
pages index the stems of their text (CoursePage.search_stems,
LessonPage.search_stems) and the catalogue stems the words typed, so every form of a
word finds the same lessons on either database.

It strips the commonest noun, adjective and infinitive endings (and the reflexive
-ся/-сь), keeping at least three letters; words in other scripts pass unchanged. It
is deliberately light: a catalogue search may find a little more, never less.
"""

import re

MIN_STEM = 3
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-яіїєґ]")
_REFLEXIVE = ("ся", "сь")
_ENDINGS = sorted(
    {
        # nouns
        *("іями", "ями", "ами", "іях", "ях", "ах", "іям", "ям", "ам", "ією"),
        *("ою", "ею", "єю", "ові", "еві", "єві", "ів", "їв", "ей", "ія", "ії"),
        *("ію", "ій", "ом", "ем", "єм", "ість", "ості", "істю"),
        # adjectives
        *("ого", "ього", "ому", "ьому", "ими", "іми", "ої", "их", "іх", "им"),
        *("ім", "ий", "ая", "яя"),
        # infinitives
        *("ати", "яти", "ити", "іти", "ути", "ти"),
        # single letters last: the longest ending wins
        *("а", "я", "о", "е", "є", "и", "і", "ї", "у", "ю", "ь", "й"),
    },
    key=len,
    reverse=True,
)


def stem(word: str) -> str:
    """The stem of one word, in lower case."""
    word = word.lower()
    if not _CYRILLIC.search(word) or len(word) <= MIN_STEM:
        return word
    for ending in _REFLEXIVE:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM + 1:
            word = word[: -len(ending)]
            break
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    return word.rstrip("ь") if len(word) > MIN_STEM else word


def stem_text(text: str) -> str:
    """Every word of `text` stemmed, space-separated (the same word once)."""
    return " ".join(dict.fromkeys(stem(word) for word in _WORD.findall(text or "")))
