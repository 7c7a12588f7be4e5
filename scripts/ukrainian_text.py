"""The mechanical part of the Ukrainian language pass (issue 22), safe to run again.

1. ʼ (U+02BC, modifier letter apostrophe) is the one apostrophe: an ASCII ' or a
   typographic ’ that stands between two Cyrillic letters (as in "об'єднання",
   "сім’я") becomes ʼ.
2. At the start of a sentence, before a consonant, the norm wants у- rather than в- in
   words that alternate (Правопис 2019, § 23): "Вчителі" becomes "Учителі", "Вже"
   "Уже", "Встановіть" "Установіть" (the test convention), "Вкажіть" "Укажіть",
   "Вміст" "Уміст". Only the words in SENTENCE_START_U are changed.

Both rules apply to:

- every text file under content/ (lessons, quizzes, module metadata, the glossary);
- the msgstr lines of locale/uk/LC_MESSAGES/django.po and
  admin_locale/uk/LC_MESSAGES/django.po (msgid lines are never touched).

Only a mark with a Cyrillic letter on *both* sides changes, so English text, code, URLs
and TOML string delimiters stay as they are; the second rule only touches capitalised
Cyrillic words. Safe to run again at any time (after a merge, say): a second run
changes nothing.

    .venv/bin/python scripts/ukrainian_text.py          # rewrite the files
    .venv/bin/python scripts/ukrainian_text.py --check  # list, exit 1 if any

Grading is not affected: quizzes.grading.normalise_text folds every apostrophe variant
(' ’ ʼ ‘ ` ′ ´) to one, so a pupil may type any of them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = ROOT / "content"
CATALOGUES = (
    ROOT / "locale" / "uk" / "LC_MESSAGES" / "django.po",
    ROOT / "admin_locale" / "uk" / "LC_MESSAGES" / "django.po",
)
CONTENT_SUFFIXES = (".md", ".toml")

APOSTROPHE = "\u02bc"
_CYRILLIC = "А-Яа-яЁёІіЇїЄєҐґ"
WRONG_APOSTROPHE = re.compile(rf"(?<=[{_CYRILLIC}])['\u2019](?=[{_CYRILLIC}])")

# Word beginnings (capitalised) that take у- at the start of a sentence.
SENTENCE_START_U = {
    "Вчител": "Учител",
    "Вже ": "Уже ",
    "Встанов": "Установ",
    "Вкажіть": "Укажіть",
    "Вміст": "Уміст",
}
# The start of a line, a list item, a heading, a bold lead-in, a TOML string value, a
# .po msgstr, or the word after a full stop, question or exclamation mark.
_STARTS = (
    "^",
    "^- ",
    "^\\d\\. ",
    "^## ",
    "^\\*\\*",
    "[.!?] ",
    '= "',
    '^  "',
    '^msgstr "',
)
_LOOKBEHIND = "|".join(f"(?<={start})" for start in _STARTS)
WRONG_START = re.compile(
    rf"(?:{_LOOKBEHIND})({'|'.join(map(re.escape, SENTENCE_START_U))})",
    re.MULTILINE,
)


def fix_text(text: str) -> str:
    """Every ' or ’ between two Cyrillic letters becomes ʼ, and the words of
    SENTENCE_START_U take у- at the start of a sentence."""
    text = WRONG_APOSTROPHE.sub(APOSTROPHE, text)
    return WRONG_START.sub(lambda match: SENTENCE_START_U[match.group(1)], text)


def _fix_start(text: str) -> str:
    for wrong, right in SENTENCE_START_U.items():
        if text.startswith(wrong):
            return right + text[len(wrong) :]
    return text


def fix_po(text: str) -> str:
    """Like fix_text, but only inside msgstr strings (and their continuation lines)."""
    lines = text.splitlines(keepends=True)
    in_msgstr = sentence_start = False
    for number, line in enumerate(lines):
        if line.startswith("msgstr"):
            in_msgstr = True
        elif not line.startswith('"'):
            in_msgstr = False
        if in_msgstr:
            if sentence_start and line.startswith('"'):
                line = '"' + _fix_start(line[1:])
            lines[number] = line = fix_text(line)
            # A wrapped msgstr goes on on the next line; a sentence may start there.
            sentence_start = line.rstrip().endswith(('msgstr ""', '. "', '? "', '! "'))
    return "".join(lines)


def files() -> list[tuple[Path, object]]:
    found: list[tuple[Path, object]] = [
        (path, fix_text)
        for path in sorted(CONTENT_DIR.rglob("*"))
        if path.is_file() and path.suffix in CONTENT_SUFFIXES
    ]
    found += [(path, fix_po) for path in CATALOGUES if path.exists()]
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for path, fix in files():
        text = path.read_text(encoding="utf-8")
        fixed = fix(text)
        if fixed != text:
            changed.append(path.relative_to(ROOT))
            if not check:
                path.write_text(fixed, encoding="utf-8")
    verb = "would change" if check else "changed"
    for path in changed:
        print(f"{verb}: {path}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
