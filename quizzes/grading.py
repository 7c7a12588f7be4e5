"""Pure grading of quiz questions: validate what the browser sent, score it, explain it.

Nothing here touches the ORM or the request. A question is a plain, JSON-serialisable
dict (a snapshot of what the learner saw) and a response is whatever the browser sent,
already JSON-decoded, so it may be any JSON value at all. The flow is:

* ``public_question`` gives the parts of a question that may go to the browser before
  submission (never the answers, feedback or explanation);
* ``clean_response`` checks a response's shape and returns a canonical, storable value,
  or raises ``InvalidResponse`` with a message the learner can act on;
* ``grade_question`` and ``grade_attempt`` score cleaned responses with ``Decimal``.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from learning.scores import percent_of

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
SHORT_TEXT = "short_text"
NUMERIC = "numeric"
ORDERING = "ordering"
MATCHING = "matching"
FILL_BLANKS = "fill_blanks"
OPEN_RESPONSE = "open_response"
QUESTION_TYPES = (
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_TEXT,
    NUMERIC,
    ORDERING,
    MATCHING,
    FILL_BLANKS,
    OPEN_RESPONSE,
)

CORRECT = "correct"
PARTIALLY_CORRECT = "partially_correct"
INCORRECT = "incorrect"
UNANSWERED = "unanswered"
AWAITING_GRADING = "awaiting_grading"

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"

SHORT_TEXT_MAX_LENGTH = 2_000
OPEN_RESPONSE_MAX_LENGTH = 10_000
# Long enough for any number a civics quiz asks about, short enough to bound the work.
NUMBER_MAX_LENGTH = 40

# Typed for the Ukrainian apostrophe (as in "об'єднання"): ASCII, typographic right and
# left quotes, the modifier letter, grave accent, prime and the acute accent.
APOSTROPHES = "'\u2019\u02bc\u2018`\u2032\u00b4"
TRAILING_PUNCTUATION = ".,!?;:"

_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
# Thousands separators people type: space, no-break space, narrow no-break, thin space.
_GROUP_SEPARATORS = "\x20\u00a0\u202f\u2009"
_NUMBER_RE = re.compile(
    rf"""
    (?P<sign>[+-])?
    (?P<whole>[0-9]{{1,3}}(?:[{_GROUP_SEPARATORS}][0-9]{{3}})+|[0-9]+)?
    (?:[.,](?P<fraction>[0-9]*))?
    """,
    re.VERBOSE,
)
_EXPONENT_RE = re.compile(r"[+-]?[0-9.,]*[0-9][0-9.,]*[eE][+-]?[0-9]+")
# A gap is "[[answer|alternative]]"; it may not contain "[[", so "[[a [[b]]" has a
# literal "[[a " followed by the gap "b".
_GAP_RE = re.compile(r"\[\[((?:(?!\[\[).)*?)\]\]", re.DOTALL)
# Exact arithmetic for every number NUMBER_MAX_LENGTH allows.
_DECIMAL = Context(prec=100)
_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")

SECRET_KEYS = frozenset(
    {
        "correct",
        "accepted",
        "answer",
        "tolerance",
        "feedback",
        "feedback_true",
        "feedback_false",
        "feedback_correct",
        "feedback_incorrect",
        "explanation",
        "rubric",
    }
)
"""Keys that appear nowhere, at any depth, in what ``public_question`` returns."""


class InvalidResponse(ValueError):
    """A response the browser sent has the wrong shape; ``message`` says what to fix.

    ``question_id`` names the question when the error comes from ``grade_attempt``.
    """

    def __init__(self, message: Any, *, question_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.question_id = question_id

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class QuestionResult:
    """The outcome of one question, with what to show the learner after submission."""

    question_id: str
    status: str
    score: Decimal | None
    max_score: Decimal
    feedback: tuple[str, ...]
    explanation: str
    correct_answer: object


@dataclass(frozen=True)
class AttemptResult:
    """The outcome of a whole attempt: every question's result and the totals."""

    questions: tuple[QuestionResult, ...]
    score: Decimal
    max_score: Decimal
    percent: Decimal
    awaiting_grading: bool

    def passed(self, pass_mark: int) -> bool:
        """Whether ``percent`` reaches ``pass_mark``; never while awaiting grading."""
        return not self.awaiting_grading and self.percent >= Decimal(pass_mark)


# Text


def normalise_text(text: str) -> str:
    """Fold a short answer for comparison.

    NFC, casefold, one space for every whitespace run, every apostrophe variant as
    ``'``, and no surrounding space or trailing sentence punctuation, so that
    ``"  Обʼєднання. "`` and ``"об'єднання"`` compare equal.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    # Casefolding can decompose (e.g. "ǰ"), so compose again.
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHE_TABLE)
    text = " ".join(text.split())
    return text.rstrip(TRAILING_PUNCTUATION + " ")


def parse_blanks(text: str) -> tuple[list[str | int], list[list[str]]]:
    """Split fill-in-the-blanks text into segments and the accepted answers per gap.

    Segments are text strings and gap indices (``0``, ``1``, ...) in reading order;
    empty text between gaps is left out. ``"[[6000|6 000]]"`` accepts either answer.
    Brackets without a closing ``]]``, and gaps with no answer in them, stay text.
    """
    segments: list[str | int] = []
    answers: list[list[str]] = []
    literal: list[str] = []
    position = 0
    for match in _GAP_RE.finditer(text):
        accepted = [a.strip() for a in match.group(1).split("|") if a.strip()]
        literal.append(text[position : match.start()])
        position = match.end()
        if not accepted:
            literal.append(match.group(0))
            continue
        if "".join(literal):
            segments.append("".join(literal))
        literal = []
        segments.append(len(answers))
        answers.append(accepted)
    literal.append(text[position:])
    if "".join(literal):
        segments.append("".join(literal))
    return segments, answers


def shuffled(items: Sequence[Any], seed: str) -> list[Any]:
    """Return a copy of ``items`` in an order fixed by ``seed``.

    Seed with something stable for the attempt (its id and the question id) so a
    reload shows the same order.
    """
    result = list(items)
    # Presentation order only; nothing secret depends on this generator.
    random.Random(seed).shuffle(result)  # noqa: S311
    return result


# Before submission


def public_question(question: Mapping[str, Any]) -> dict[str, Any]:
    """Return the parts of ``question`` that may be sent to the browser before grading.

    Options, items and matching sides carry only ids and texts; ordering items and
    the right-hand matching texts are sorted by text so their order tells nothing
    (shuffle items with ``shuffled``); blanks become ``segments`` of text and
    ``{"gap": index}`` markers. Answers, feedback, explanations and rubrics stay out.
    """
    kind = _kind(question)
    public: dict[str, Any] = {
        "id": str(question["id"]),
        "type": kind,
        "points": question["points"],
        "prompt": question.get("prompt", ""),
    }
    if kind in (SINGLE_CHOICE, MULTIPLE_CHOICE):
        public["options"] = [
            {"id": str(o["id"]), "text": o["text"]} for o in question["options"]
        ]
    elif kind == NUMERIC:
        public["unit"] = question.get("unit", "")
    elif kind == ORDERING:
        public["items"] = _by_text(
            {"id": str(i["id"]), "text": i["text"]} for i in question["items"]
        )
    elif kind == MATCHING:
        pairs = question["pairs"]
        public["lefts"] = [{"id": str(p["id"]), "text": p["left"]} for p in pairs]
        public["rights"] = _by_text(
            {"id": str(p["id"]), "text": p["right"]} for p in pairs
        )
    elif kind == FILL_BLANKS:
        segments, _answers = parse_blanks(question["text"])
        public["segments"] = [{"gap": s} if isinstance(s, int) else s for s in segments]
    elif kind == OPEN_RESPONSE:
        public["max_words"] = question.get("max_words", 0)
    if kind in (MULTIPLE_CHOICE, ORDERING, MATCHING, FILL_BLANKS):
        # Whether partial credit is given is no secret, and learners should know it.
        public["scoring"] = _scoring(question)
    return public


def _by_text(entries: Any) -> list[dict[str, str]]:
    return sorted(entries, key=lambda e: (normalise_text(e["text"]), e["text"]))


# Validation


def clean_response(question: Mapping[str, Any], response: object) -> object:
    """Check the shape of ``response`` to ``question`` and return it canonical.

    Returns ``None`` when unanswered (``None``, an empty string, list or dict), else
    a JSON-serialisable value: an option id, option ids in the question's order, a
    bool, stripped text, a canonical decimal string such as ``"2.5"``, all item ids,
    ``{pair_id: pair_id}`` in the question's order, or one stripped string per gap.
    Raises ``InvalidResponse`` for anything malformed, ``ValueError`` for an unknown
    question type.
    """
    kind = _kind(question)
    if response is None:
        return None
    return _CLEANERS[kind](question, response)


def _clean_single_choice(question: Mapping[str, Any], response: object) -> object:
    if response == "":
        return None
    if not isinstance(response, str) or response not in _option_ids(question):
        raise InvalidResponse(_("Choose one of the offered options."))
    return response


def _clean_multiple_choice(question: Mapping[str, Any], response: object) -> object:
    if not isinstance(response, list | tuple):
        raise InvalidResponse(_("Choose from the offered options."))
    if not response:
        return None
    known = _option_ids(question)
    if not all(isinstance(r, str) and r in known for r in response):
        raise InvalidResponse(_("Choose only from the offered options."))
    if len(set(response)) != len(response):
        raise InvalidResponse(_("Choose each option only once."))
    chosen = set(response)
    return [option_id for option_id in known if option_id in chosen]


def _clean_true_false(question: Mapping[str, Any], response: object) -> object:
    if not isinstance(response, bool):
        raise InvalidResponse(_("Answer “true” or “false”."))
    return response


def _clean_short_text(question: Mapping[str, Any], response: object) -> object:
    return _clean_text(response, SHORT_TEXT_MAX_LENGTH) or None


def _clean_open_response(question: Mapping[str, Any], response: object) -> object:
    text = _clean_text(response, OPEN_RESPONSE_MAX_LENGTH)
    max_words = question.get("max_words") or 0
    if max_words > 0 and len(text.split()) > max_words:
        raise InvalidResponse(
            ngettext_lazy(
                "Keep your answer within %(count)d word.",
                "Keep your answer within %(count)d words.",
                max_words,
            )
            % {"count": max_words}
        )
    return text or None


def _clean_numeric(question: Mapping[str, Any], response: object) -> object:
    if isinstance(response, bool):
        raise InvalidResponse(_("Enter a number, for example 2.5."))
    if isinstance(response, int):
        if abs(response) >= 10**NUMBER_MAX_LENGTH:
            raise InvalidResponse(_("This number is too long."))
        return _canonical(Decimal(response))
    if isinstance(response, float):
        if not math.isfinite(response):
            raise InvalidResponse(_("Enter a number, for example 2.5."))
        # repr is the shortest string that reads back as the same float.
        return _canonical(Decimal(repr(response)))
    if not isinstance(response, str):
        raise InvalidResponse(_("Enter a number, for example 2.5."))
    text = _clean_text(response, SHORT_TEXT_MAX_LENGTH)
    if len(text) > 2 * NUMBER_MAX_LENGTH:
        raise InvalidResponse(_("This number is too long."))
    unit = str(question.get("unit") or "").strip()
    if unit:
        # The unit is shown beside the field, but people type it anyway.
        text = re.sub(rf"\s*{re.escape(unit)}\Z", "", text, flags=re.IGNORECASE)
    if not text:
        return None
    return _canonical(_parse_number(text))


def _clean_ordering(question: Mapping[str, Any], response: object) -> object:
    if not isinstance(response, list | tuple):
        raise InvalidResponse(_("Arrange all of the items, each exactly once."))
    if not response:
        return None
    known = [str(item["id"]) for item in question["items"]]
    if not all(isinstance(r, str) for r in response) or sorted(response) != sorted(
        known
    ):
        raise InvalidResponse(_("Arrange all of the items, each exactly once."))
    return list(response)


def _clean_matching(question: Mapping[str, Any], response: object) -> object:
    if not isinstance(response, Mapping):
        raise InvalidResponse(_("Match the items from the offered lists."))
    if not response:
        return None
    known = [str(pair["id"]) for pair in question["pairs"]]
    for left, right in response.items():
        if not (isinstance(left, str) and isinstance(right, str)):
            raise InvalidResponse(_("Match the items from the offered lists."))
        if left not in known or right not in known:
            raise InvalidResponse(_("Match the items from the offered lists."))
    return {left: response[left] for left in known if left in response}


def _clean_fill_blanks(question: Mapping[str, Any], response: object) -> object:
    _segments, answers = parse_blanks(question["text"])
    if not isinstance(response, list | tuple):
        raise InvalidResponse(_("Fill in the gaps in the text."))
    if not response:
        return None
    if len(response) != len(answers):
        raise InvalidResponse(_("Send one answer for every gap."))
    gaps = [_clean_text(r, SHORT_TEXT_MAX_LENGTH) for r in response]
    return gaps if any(gaps) else None


_CLEANERS = {
    SINGLE_CHOICE: _clean_single_choice,
    MULTIPLE_CHOICE: _clean_multiple_choice,
    TRUE_FALSE: _clean_true_false,
    SHORT_TEXT: _clean_short_text,
    NUMERIC: _clean_numeric,
    ORDERING: _clean_ordering,
    MATCHING: _clean_matching,
    FILL_BLANKS: _clean_fill_blanks,
    OPEN_RESPONSE: _clean_open_response,
}


def _clean_text(value: object, max_length: int) -> str:
    if not isinstance(value, str):
        raise InvalidResponse(_("Type your answer as text."))
    text = value.strip()
    if len(text) > max_length:
        raise InvalidResponse(
            _("Your answer is too long: keep it within %(limit)s characters.")
            % {"limit": f"{max_length:,}".replace(",", "\u00a0")}
        )
    # PostgreSQL cannot store NUL or a lone surrogate in JSON or text.
    if "\x00" in text or not _encodable(text):
        raise InvalidResponse(
            _("Your answer contains characters that are not allowed.")
        )
    return text


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _parse_number(text: str) -> Decimal:
    """Read a decimal typed the Ukrainian or the English way; raise if it is not one."""
    text = text.strip().replace("\u2212", "-")  # the typographic minus sign
    match = _NUMBER_RE.fullmatch(text)
    if match is None or not (match["whole"] or match["fraction"]):
        if _EXPONENT_RE.fullmatch(text):
            raise InvalidResponse(
                _("Write the number in full, without an exponent: 1000, not 1e3.")
            )
        raise InvalidResponse(_("Enter a number, for example 2.5."))
    whole = re.sub(f"[{_GROUP_SEPARATORS}]", "", match["whole"] or "0")
    number = Decimal(f"{match['sign'] or ''}{whole}.{match['fraction'] or '0'}")
    if len(_canonical_text(number)) > NUMBER_MAX_LENGTH:
        raise InvalidResponse(_("This number is too long."))
    return number


def _number_or_none(text: str) -> Decimal | None:
    try:
        return _parse_number(text)
    except InvalidResponse:
        return None


def _canonical_text(number: Decimal) -> str:
    text = format(number.normalize(_DECIMAL), "f")
    return "0" if text == "-0" else text


def _canonical(number: Decimal) -> str:
    text = _canonical_text(number)
    if len(text) > NUMBER_MAX_LENGTH:
        raise InvalidResponse(_("This number is too long."))
    return text


# Grading


def grade_question(question: Mapping[str, Any], response: object) -> QuestionResult:
    """Clean ``response`` and grade it against ``question``.

    Raises ``InvalidResponse`` for a malformed response and ``ValueError`` for an
    unknown question type. Scores are rounded to two decimal places; an answered
    open response is left for a teacher (``score`` is ``None``).
    """
    kind = _kind(question)
    cleaned = clean_response(question, response)
    grader, correct_answer = _GRADERS[kind], _CORRECT_ANSWERS[kind](question)
    max_score = Decimal(int(question["points"])).quantize(_CENT)

    def result(
        status: str, score: Decimal | None, feedback: Sequence[str] = ()
    ) -> QuestionResult:
        return QuestionResult(
            question_id=str(question["id"]),
            status=status,
            score=score,
            max_score=max_score,
            feedback=tuple(f for f in feedback if f and f.strip()),
            explanation=question.get("explanation") or "",
            correct_answer=correct_answer,
        )

    if cleaned is None:
        return result(UNANSWERED, _ZERO)
    if kind == OPEN_RESPONSE:
        return result(AWAITING_GRADING, None)
    fraction, feedback = grader(question, cleaned)
    fraction = min(max(fraction, Fraction(0)), Fraction(1))
    score = (
        Decimal(int(question["points"]) * fraction.numerator)
        / Decimal(fraction.denominator)
    ).quantize(_CENT, rounding=ROUND_HALF_UP, context=_DECIMAL)
    if fraction == 1:
        status = CORRECT
    elif fraction == 0:
        status = INCORRECT
    else:
        status = PARTIALLY_CORRECT
    return result(status, score, feedback)


Graded = tuple[Fraction, list[str]]


def _grade_single_choice(question: Mapping[str, Any], chosen: Any) -> Graded:
    option = next(o for o in question["options"] if str(o["id"]) == chosen)
    return Fraction(int(bool(option.get("correct")))), [option.get("feedback", "")]


def _grade_multiple_choice(question: Mapping[str, Any], chosen: Any) -> Graded:
    options = question["options"]
    correct = {str(o["id"]) for o in options if o.get("correct")}
    picked = set(chosen)
    feedback = [o.get("feedback", "") for o in options if str(o["id"]) in picked]
    if _scoring(question) == PARTIAL and correct:
        right, wrong = len(picked & correct), len(picked - correct)
        return Fraction(max(right - wrong, 0), len(correct)), feedback
    return Fraction(int(picked == correct)), feedback


def _grade_true_false(question: Mapping[str, Any], chosen: Any) -> Graded:
    feedback = question.get("feedback_true" if chosen else "feedback_false", "")
    return Fraction(int(chosen == bool(question["correct"]))), [feedback]


def _grade_short_text(question: Mapping[str, Any], text: Any) -> Graded:
    return _right_or_wrong(question, _text_matches(text, question["accepted"]))


def _grade_numeric(question: Mapping[str, Any], text: Any) -> Graded:
    answer, tolerance = _numeric_key(question)
    difference = _DECIMAL.abs(_DECIMAL.subtract(Decimal(text), answer))
    return _right_or_wrong(question, difference <= tolerance)


def _grade_ordering(question: Mapping[str, Any], order: Any) -> Graded:
    expected = [str(item["id"]) for item in question["items"]]
    in_place = sum(a == b for a, b in zip(order, expected, strict=True))
    return _fraction(question, in_place, len(expected)), []


def _grade_matching(question: Mapping[str, Any], matches: Any) -> Graded:
    pairs = {str(p["id"]): p for p in question["pairs"]}
    # Two pairs may share a right-hand text; the learner cannot tell them apart.
    right = sum(
        normalise_text(pairs[right_id]["right"])
        == normalise_text(pairs[left_id]["right"])
        for left_id, right_id in matches.items()
    )
    return _fraction(question, right, len(pairs)), []


def _grade_fill_blanks(question: Mapping[str, Any], gaps: Any) -> Graded:
    _segments, answers = parse_blanks(question["text"])
    right = sum(
        _gap_matches(given, accepted)
        for given, accepted in zip(gaps, answers, strict=True)
    )
    return _fraction(question, right, len(answers)), []


_GRADERS = {
    SINGLE_CHOICE: _grade_single_choice,
    MULTIPLE_CHOICE: _grade_multiple_choice,
    TRUE_FALSE: _grade_true_false,
    SHORT_TEXT: _grade_short_text,
    NUMERIC: _grade_numeric,
    ORDERING: _grade_ordering,
    MATCHING: _grade_matching,
    FILL_BLANKS: _grade_fill_blanks,
    OPEN_RESPONSE: None,
}

_CORRECT_ANSWERS = {
    SINGLE_CHOICE: lambda q: [str(o["id"]) for o in q["options"] if o.get("correct")],
    MULTIPLE_CHOICE: lambda q: [str(o["id"]) for o in q["options"] if o.get("correct")],
    TRUE_FALSE: lambda q: bool(q["correct"]),
    SHORT_TEXT: lambda q: q["accepted"][0] if q["accepted"] else None,
    NUMERIC: lambda q: _numeric_answer(q),
    ORDERING: lambda q: [str(item["id"]) for item in q["items"]],
    MATCHING: lambda q: {str(p["id"]): str(p["id"]) for p in q["pairs"]},
    FILL_BLANKS: lambda q: [accepted[0] for accepted in parse_blanks(q["text"])[1]],
    OPEN_RESPONSE: lambda q: None,
}


def _right_or_wrong(question: Mapping[str, Any], right: bool) -> Graded:
    feedback = question.get("feedback_correct" if right else "feedback_incorrect", "")
    return Fraction(int(right)), [feedback]


def _fraction(question: Mapping[str, Any], right: int, total: int) -> Fraction:
    if total == 0:
        return Fraction(0)
    if _scoring(question) == PARTIAL:
        return Fraction(right, total)
    return Fraction(int(right == total))


def _text_matches(given: str, accepted: Sequence[str]) -> bool:
    folded = normalise_text(given)
    # An accepted answer that folds to nothing ("...") would accept any punctuation.
    return bool(folded) and folded in {normalise_text(a) for a in accepted}


def _gap_matches(given: str, accepted: Sequence[str]) -> bool:
    if _text_matches(given, accepted):
        return True
    numbers = [_number_or_none(a) for a in accepted]
    if not given or None in numbers:
        return False
    number = _number_or_none(given)
    return number is not None and number in numbers


def _numeric_answer(question: Mapping[str, Any]) -> dict[str, str]:
    answer, tolerance = _numeric_key(question)
    return {"answer": _canonical_text(answer), "tolerance": _canonical_text(tolerance)}


def _numeric_key(question: Mapping[str, Any]) -> tuple[Decimal, Decimal]:
    answer = _question_number(question["answer"])
    tolerance = _question_number(question.get("tolerance") or "0")
    return answer, abs(tolerance)


def _question_number(value: object) -> Decimal:
    """Read an author's number: Python's own notation ("6E+3") or a learner's."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return _parse_number(str(value))
    if not number.is_finite():
        raise ValueError(f"Not a finite number in a question: {value!r}")
    return number


def grade_attempt(
    questions: Sequence[Mapping[str, Any]], responses: Mapping[str, object]
) -> AttemptResult:
    """Grade every question of an attempt; ``responses`` are keyed by question id.

    A missing response is unanswered. Raises ``InvalidResponse`` for a response to a
    question the attempt does not have (``question_id`` is ``None``) and for a
    malformed response (``question_id`` names the question).
    """
    if not isinstance(responses, Mapping):
        raise InvalidResponse(_("The answers could not be read. Please try again."))
    ids = [str(question["id"]) for question in questions]
    if len(set(ids)) != len(ids):
        raise ValueError("Question ids in an attempt must be unique.")
    if any(key not in ids for key in responses):
        raise InvalidResponse(_("Unknown question."))
    results = []
    for question_id, question in zip(ids, questions, strict=True):
        try:
            results.append(grade_question(question, responses.get(question_id)))
        except InvalidResponse as error:
            error.question_id = question_id
            raise
    score = sum((r.score for r in results if r.score is not None), _ZERO)
    max_score = sum((r.max_score for r in results), _ZERO)
    return AttemptResult(
        questions=tuple(results),
        score=score,
        max_score=max_score,
        percent=percent_of(score, max_score),
        awaiting_grading=any(r.status == AWAITING_GRADING for r in results),
    )


# Question data


def _kind(question: Mapping[str, Any]) -> str:
    kind = question.get("type")
    if kind not in QUESTION_TYPES:
        raise ValueError(f"Unknown question type: {kind!r}")
    return kind


def _scoring(question: Mapping[str, Any]) -> str:
    return PARTIAL if question.get("scoring") == PARTIAL else ALL_OR_NOTHING


def _option_ids(question: Mapping[str, Any]) -> list[str]:
    return [str(option["id"]) for option in question["options"]]


__all__ = [
    "APOSTROPHES",
    "QUESTION_TYPES",
    "SECRET_KEYS",
    "AttemptResult",
    "InvalidResponse",
    "QuestionResult",
    "clean_response",
    "grade_attempt",
    "grade_question",
    "normalise_text",
    "parse_blanks",
    "public_question",
    "shuffled",
]
