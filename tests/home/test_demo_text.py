"""Issue 22's language pass reaches the demo's own pages and its H5P activity:
ʼ (U+02BC) is the one apostrophe in Ukrainian text, sentences start with у- where
the norm wants it, English text names Kyiv's bodies in English, thresholds carry
their date, and no real institution is said to offer the platform's courses or to
see its results (content-facts 6.15, section 8 items 11–13)."""

import re

import pytest

from h5p.demo_content import PETITIONS_CHECK
from home import demo

UK = [demo.HOME_UK, demo.ABOUT_UK, demo.PRIVACY_UK, PETITIONS_CHECK["uk"]]
EN = [demo.HOME_EN, demo.ABOUT_EN, demo.PRIVACY_EN, PETITIONS_CHECK["en"]]
WRONG_APOSTROPHE = re.compile(r"(?<=[А-Яа-яІіЇїЄєҐґ])['\u2019`](?=[А-Яа-яІіЇїЄєҐґ])")
SENTENCE_START_V = re.compile(r"(?:^|[.!?>] ?)(Вчител\w*|Вже|Встанов\w*)\b")
CYRILLIC_ABBREVIATION = re.compile(r"(?<![(\w])[А-ЯІЇЄҐ]{2,}\b(?![^(]*\))")
INSTITUTION = re.compile(r"Інститут|інститут|Institute|institute|Грінченк|Grinchenko")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("texts", [UK, EN], ids=["uk", "en"])
def test_no_real_institution_offers_the_courses_or_sees_the_results(texts):
    found = [s[:90] for s in _strings(texts) if INSTITUTION.search(s)]
    assert found == [], found
    assert not any(re.search(r"\bIRM\b", s) for s in _strings(texts))


def test_ukrainian_demo_text_uses_the_modifier_apostrophe_and_u_forms():
    wrong = [s[:90] for s in _strings(UK) if WRONG_APOSTROPHE.search(s)]
    assert wrong == [], wrong
    wrong = [s[:90] for s in _strings(UK) if SENTENCE_START_V.search(s)]
    assert wrong == [], wrong


def test_english_demo_text_names_kyivs_bodies_in_english():
    wrong = [s[:90] for s in _strings(EN) if CYRILLIC_ABBREVIATION.search(s)]
    assert wrong == [], wrong


def test_the_petition_threshold_in_the_h5p_activity_carries_its_date():
    for language, marker in (("uk", "станом на"), ("en", "as of")):
        (question,) = [
            q
            for q in PETITIONS_CHECK[language]["questions"]
            if re.search(r"6 000|6,000", repr(q))
        ]
        assert marker in question["explanation"].lower(), language
