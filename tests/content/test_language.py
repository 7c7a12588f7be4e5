"""The language pass of issue 22 stays done: ʼ (U+02BC) is the one apostrophe in
Ukrainian text, English text names Kyiv's bodies in English, and a pupil may still
type any apostrophe in a short answer."""

import importlib.util
import re
import tomllib
from pathlib import Path

import polib
import pytest
from django.conf import settings

from courses import content_format as fmt
from quizzes.grading import grade_question

WRONG_APOSTROPHE = re.compile(r"(?<=[А-Яа-яІіЇїЄєҐґ])['\u2019](?=[А-Яа-яІіЇїЄєҐґ])")
# A Cyrillic abbreviation (КМДА, ГІОЦ, ОСББ, КМВА, ОСН) standing on its own in English
# text; one in brackets after the English name, "(KCSA, КМДА)", is a gloss and is fine.
CYRILLIC_ABBREVIATION = re.compile(r"(?<![(\w])[А-ЯІЇЄҐ]{2,}\b(?![^(]*\))")
TYPED_APOSTROPHES = ("'", "\u2019", "\u02bc", "`")


def _content_files(pattern: str):
    return sorted(fmt.CONTENT_DIR.rglob(pattern))


def _lines_with_wrong_apostrophe(path: Path, text: str):
    return [
        f"{path}:{number}: {line.strip()[:100]}"
        for number, line in enumerate(text.splitlines(), 1)
        if WRONG_APOSTROPHE.search(line)
    ]


def test_ukrainian_content_uses_only_the_modifier_apostrophe():
    paths = [*_content_files("*.uk.*"), fmt.CONTENT_DIR / "glossary.toml"]
    paths += _content_files("module.toml")
    wrong = [
        found
        for path in paths
        for found in _lines_with_wrong_apostrophe(
            path.relative_to(fmt.CONTENT_DIR), path.read_text("utf-8")
        )
    ]
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("catalogue", ["locale", "admin_locale"])
def test_ukrainian_catalogue_uses_only_the_modifier_apostrophe(catalogue):
    path = Path(settings.BASE_DIR) / catalogue / "uk" / "LC_MESSAGES" / "django.po"
    if not path.exists():
        pytest.skip(f"no {catalogue} catalogue")
    wrong = []
    for entry in polib.pofile(str(path)):
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if WRONG_APOSTROPHE.search(text):
                wrong.append(f"{entry.msgid[:50]!r}: {text[:80]!r}")
    assert wrong == [], "\n".join(wrong)


def _english_texts():
    """English body text and quiz items (the titles of Ukrainian sources left out)."""
    for path in _content_files("*.en.md"):
        text = path.read_text("utf-8")
        yield path, text.split("+++", 2)[2]
    for path in _content_files("*.quiz.en.toml"):
        for question in tomllib.loads(path.read_text("utf-8"))["question"]:
            yield path, repr(question)
    for path in _content_files("*.plan.en.toml"):
        yield path, repr(tomllib.loads(path.read_text("utf-8")))
    glossary = tomllib.loads((fmt.CONTENT_DIR / "glossary.toml").read_text("utf-8"))
    for term in glossary["term"]:
        yield Path("glossary.toml"), repr(term["en"])


def test_english_content_names_bodies_in_english():
    bare = [
        f"{path.name}: {text[max(0, match.start() - 40) : match.end()]}"
        for path, text in _english_texts()
        for match in CYRILLIC_ABBREVIATION.finditer(text)
    ]
    assert bare == [], "\n".join(bare)


def test_english_lessons_spell_out_the_kcsa_on_first_use():
    for path in _content_files("*.en.md"):
        body = path.read_text("utf-8").split("+++", 2)[2]
        first = body.find("KCSA")
        if first >= 0:
            # A heading may use the short form; the sentence under it spells it out.
            near = body[: first + 200]
            assert "Kyiv City State Administration" in near, path.name


@pytest.mark.parametrize("typed", TYPED_APOSTROPHES)
def test_a_pupil_may_type_any_apostrophe(typed):
    question = {
        "type": "short_text",
        "points": 1,
        "id": "q1",
        "accepted": ["обʼєднання співвласників"],
        "feedback_correct": "Так.",
        "feedback_incorrect": "Ні.",
    }
    result = grade_question(question, f"Об{typed}єднання співвласників")
    assert result.status == "correct"


def test_every_apostrophe_key_in_the_content_accepts_every_variant():
    checked = 0
    for path in _content_files("*.quiz.uk.toml"):
        for question in tomllib.loads(path.read_text("utf-8"))["question"]:
            if question["type"] != "short_text":
                continue
            question = {"points": 1, "id": "q1", **question}
            for key in question["accepted"]:
                for typed in TYPED_APOSTROPHES:
                    answer = key.replace("\u02bc", typed).replace("'", typed)
                    result = grade_question(question, answer)
                    assert result.status == "correct", (path.name, key, typed)
                checked += 1
    assert checked


def _ukrainian_body_and_quiz_texts():
    """Ukrainian lesson bodies and quiz items (front matter and sources left out)."""
    for path in _content_files("*.uk.md"):
        yield path, path.read_text("utf-8").split("+++", 2)[2]
    for path in _content_files("*.quiz.uk.toml"):
        for question in tomllib.loads(path.read_text("utf-8"))["question"]:
            yield path, repr(question)


def test_the_app_is_named_in_the_nominative_after_its_category():
    """ "у застосунку «Київ Цифровий»", not a declined name in quotes."""
    wrong = [
        path.name
        for path, text in _ukrainian_body_and_quiz_texts()
        if re.search(r"«Київ Цифров(ому|ого|им)»", text)
    ]
    assert wrong == []


SENTENCE_START_V = re.compile(
    r"(?:^|[.!?] |^- |\"|')(Вчител\w*|Вже|Встанов\w*|Вкажіть|Вміст)\b", re.MULTILINE
)


def test_sentences_start_with_u_where_the_norm_wants_it():
    """Учителі, Уже, Установіть at the start of a sentence (Правопис 2019, § 23)."""
    wrong = [
        f"{path.name}: {match.group(1)}"
        for path, text in _ukrainian_body_and_quiz_texts()
        for match in SENTENCE_START_V.finditer(text)
    ]
    path = Path(settings.BASE_DIR) / "locale" / "uk" / "LC_MESSAGES" / "django.po"
    for entry in polib.pofile(str(path)):
        for match in SENTENCE_START_V.finditer(f'"{entry.msgstr}'):
            wrong.append(f"{entry.msgid[:40]!r}: {match.group(1)}")
    assert wrong == [], "\n".join(wrong)


def test_matching_and_ordering_prompts_follow_the_test_convention():
    """Ukrainian tests say "Установіть відповідність" / "Установіть послідовність"."""
    opening = {
        "matching": "Установіть відповідність",
        "ordering": "Установіть послідовність",
    }
    wrong = [
        f"{path.name}: {question['prompt'][:60]}"
        for path in _content_files("*.quiz.uk.toml")
        for question in tomllib.loads(path.read_text("utf-8"))["question"]
        if question["type"] in opening
        and not question["prompt"].startswith(opening[question["type"]])
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_language_script_has_nothing_left_to_change():
    script = Path(settings.BASE_DIR) / "scripts" / "ukrainian_text.py"
    spec = importlib.util.spec_from_file_location("ukrainian_text", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0
    assert module.fix_text("Вчителі й учні. Вже сімʼя, сім'я") == (
        "Учителі й учні. Уже сімʼя, сімʼя"
    )
    assert module.fix_text("Kyiv's 'Вчителі' а'б") == "Kyiv's 'Вчителі' аʼб"
