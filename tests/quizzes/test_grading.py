"""Grading is pure: every question type, its validation, scoring and public view."""

import json
from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from learning.scores import percent_of
from quizzes.grading import (
    APOSTROPHES,
    SECRET_KEYS,
    AttemptResult,
    InvalidResponse,
    QuestionResult,
    clean_response,
    grade_attempt,
    grade_question,
    normalise_text,
    parse_blanks,
    public_question,
    shuffled,
)


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in their English source form, whatever the catalogue says.
    with translation.override("en"):
        yield


def base(kind, qid="q1", points=1, defaults=None, **fields):
    """A question snapshot; ``fields`` override the type's ``defaults``."""
    return {
        "id": qid,
        "type": kind,
        "points": points,
        "prompt": "<p>Питання</p>",
        "explanation": "Так записано в статуті громади.",
        **(defaults or {}),
        **fields,
    }


def single_choice(**kw):
    return base(
        "single_choice",
        defaults={
            "options": [
                {
                    "id": "a",
                    "text": "Київрада",
                    "correct": True,
                    "feedback": "Так, саме.",
                },
                {
                    "id": "b",
                    "text": "КМДА",
                    "correct": False,
                    "feedback": "Ні, це виконавчий орган.",
                },
                {"id": "c", "text": "Верховна Рада", "correct": False, "feedback": ""},
            ],
        },
        **kw,
    )


def multiple_choice(scoring="partial", **kw):
    return base(
        "multiple_choice",
        defaults={
            "scoring": scoring,
            "options": [
                {
                    "id": "a",
                    "text": "Петиція",
                    "correct": True,
                    "feedback": "Так: петиція.",
                },
                {
                    "id": "b",
                    "text": "Громадські слухання",
                    "correct": True,
                    "feedback": "",
                },
                {"id": "c", "text": "Указ", "correct": False, "feedback": "Ні: указ."},
                {
                    "id": "d",
                    "text": "Бюджет участі",
                    "correct": True,
                    "feedback": "Так.",
                },
            ],
        },
        **kw,
    )


def true_false(**kw):
    return base(
        "true_false",
        defaults={
            "correct": False,
            "feedback_true": "Насправді ні.",
            "feedback_false": "Саме так.",
        },
        **kw,
    )


def short_text(**kw):
    return base(
        "short_text",
        defaults={
            "accepted": ["Об'єднання", "ОСББ"],
            "feedback_correct": "Правильно!",
            "feedback_incorrect": "Подумайте ще.",
        },
        **kw,
    )


def numeric(answer="6000", tolerance="0", **kw):
    return base(
        "numeric",
        defaults={
            "answer": answer,
            "tolerance": tolerance,
            "unit": "підписів",
            "feedback_correct": "Так, 6000.",
            "feedback_incorrect": "Ні.",
        },
        **kw,
    )


def ordering(scoring="partial", **kw):
    return base(
        "ordering",
        defaults={
            "scoring": scoring,
            "items": [
                {"id": "i1", "text": "Зареєструвати петицію"},
                {"id": "i2", "text": "Зібрати підписи"},
                {"id": "i3", "text": "Розгляд комісією"},
                {"id": "i4", "text": "Відповідь міського голови"},
            ],
        },
        **kw,
    )


def matching(scoring="partial", **kw):
    return base(
        "matching",
        defaults={
            "scoring": scoring,
            "pairs": [
                {"id": "p1", "left": "Петиція", "right": "6000 підписів"},
                {
                    "id": "p2",
                    "left": "Бюджет участі",
                    "right": "Голосування за проєкти",
                },
                {"id": "p3", "left": "Слухання", "right": "Зустріч з депутатами"},
                {"id": "p4", "left": "Запит на інформацію", "right": "5 робочих днів"},
            ],
        },
        **kw,
    )


def fill_blanks(scoring="partial", **kw):
    return base(
        "fill_blanks",
        defaults={
            "scoring": scoring,
            "text": (
                "Київські петиції потребують [[6000|6 000]] підписів за [[60]] днів; "
                "їх розглядає [[міський голова|мер]]."
            ),
        },
        **kw,
    )


def open_response(**kw):
    return base(
        "open_response",
        defaults={
            "rubric": "Згадує щонайменше два інструменти участі.",
            "max_words": 5,
        },
        **kw,
    )


ALL_QUESTIONS = [
    single_choice(),
    multiple_choice(),
    true_false(),
    short_text(),
    numeric(),
    ordering(),
    matching(),
    fill_blanks(),
    open_response(),
]


def invalid(question, response, match=None):
    with pytest.raises(InvalidResponse, match=match) as caught:
        clean_response(question, response)
    assert str(caught.value)
    return caught.value


# normalise_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Обʼєднання ", "об'єднання"),
        ("М’ЯЧ", "м'яч"),
        ("м‘яч", "м'яч"),
        ("м`яч", "м'яч"),
        ("м′яч", "м'яч"),
        ("м´яч", "м'яч"),
        ("Київ\u00a0\u202f  місто\n\tгерой", "київ місто герой"),
        ("Так!", "так"),
        ("так ...", "так"),
        ("Що?!", "що"),
        ("Straße", "strasse"),
        # NFD input composes, so it equals the precomposed form.
        ("Ї", "ї"),
        ("", ""),
        ("  .  ", ""),
    ],
)
def test_normalise_text(typed, expected):
    assert normalise_text(typed) == expected


def test_every_apostrophe_variant_normalises_alike():
    assert len(APOSTROPHES) >= 6
    assert {normalise_text(f"м{a}яч") for a in APOSTROPHES} == {"м'яч"}


def test_inner_punctuation_is_kept():
    assert normalise_text("ст. 5, п. 2.") == "ст. 5, п. 2"


@given(st.text())
def test_normalise_text_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert once == once.strip()
    assert "  " not in once


# parse_blanks


def test_parse_blanks_segments_and_answers():
    segments, answers = parse_blanks(
        "Kyiv petitions need [[6000|6 000]] signatures in [[60]] days"
    )
    assert segments == ["Kyiv petitions need ", 0, " signatures in ", 1, " days"]
    assert answers == [["6000", "6 000"], ["60"]]


@pytest.mark.parametrize(
    ("text", "segments", "answers"),
    [
        ("", [], []),
        ("Без пропусків.", ["Без пропусків."], []),
        ("[[a]][[b]]", [0, 1], [["a"], ["b"]]),
        ("[[ a | b |]] кінець", [0, " кінець"], [["a", "b"]]),
        ("Відкрита [[дужка без кінця", ["Відкрита [[дужка без кінця"], []),
        ("Одна ]] і [[ інша", ["Одна ]] і [[ інша"], []),
        ("[[a [[b]]", ["[[a ", 0], [["b"]]),
        (
            "Порожні [[]] та [[ | ]] лишаються",
            ["Порожні [[]] та [[ | ]] лишаються"],
            [],
        ),
        ("[[x]]]", [0, "]"], [["x"]]),
        ("[[рядок\nдругий]]", [0], [["рядок\nдругий"]]),
    ],
)
def test_parse_blanks_edge_cases(text, segments, answers):
    assert parse_blanks(text) == (segments, answers)


# shuffled


def test_shuffled_is_deterministic_and_a_permutation():
    items = list(range(20))
    first = shuffled(items, seed="attempt-1:q1")
    assert first == shuffled(items, seed="attempt-1:q1")
    assert sorted(first) == items
    assert items == list(range(20))  # the input is not shuffled in place
    assert first != shuffled(items, seed="attempt-2:q1")


def test_shuffled_small_lists():
    assert shuffled([], seed="s") == []
    assert shuffled(["a"], seed="s") == ["a"]


# single_choice


def test_single_choice_correct_with_chosen_feedback():
    result = grade_question(single_choice(points=2), "a")
    assert result == QuestionResult(
        question_id="q1",
        status="correct",
        score=Decimal("2.00"),
        max_score=Decimal("2"),
        feedback=("Так, саме.",),
        explanation="Так записано в статуті громади.",
        correct_answer=["a"],
    )


def test_single_choice_incorrect():
    result = grade_question(single_choice(), "b")
    assert (result.status, result.score) == ("incorrect", Decimal("0"))
    assert result.feedback == ("Ні, це виконавчий орган.",)
    assert result.correct_answer == ["a"]


def test_single_choice_empty_feedback_is_dropped():
    assert grade_question(single_choice(), "c").feedback == ()


def test_single_choice_several_correct_any_counts():
    question = single_choice()
    question["options"][2]["correct"] = True
    assert grade_question(question, "c").status == "correct"
    assert grade_question(question, "a").status == "correct"
    assert grade_question(question, "c").correct_answer == ["a", "c"]


@pytest.mark.parametrize("response", [None, ""])
def test_single_choice_unanswered(response):
    result = grade_question(single_choice(), response)
    assert (result.status, result.score, result.feedback) == (
        "unanswered",
        Decimal("0"),
        (),
    )
    assert result.correct_answer == ["a"]
    assert result.explanation


@pytest.mark.parametrize("response", ["z", 1, True, ["a"], {"a": 1}, "A"])
def test_single_choice_rejects_unknown_or_wrong_types(response):
    invalid(single_choice(), response, match="Choose one of the offered options")


# multiple_choice


@pytest.mark.parametrize(
    ("chosen", "status", "score"),
    [
        (["a", "b", "d"], "correct", "3.00"),
        (["d", "a", "b"], "correct", "3.00"),
        (["a", "b"], "partially_correct", "2.00"),
        (["a"], "partially_correct", "1.00"),
        (["a", "b", "c"], "partially_correct", "1.00"),
        (["a", "b", "c", "d"], "partially_correct", "2.00"),
        (["a", "c"], "incorrect", "0.00"),  # (1 - 1) / 3
        (["c"], "incorrect", "0.00"),  # floored at 0, not negative
    ],
)
def test_multiple_choice_partial(chosen, status, score):
    result = grade_question(multiple_choice(points=3), chosen)
    assert (result.status, result.score) == (status, Decimal(score))
    assert result.correct_answer == ["a", "b", "d"]


def test_multiple_choice_partial_rounds_to_cents():
    result = grade_question(multiple_choice(points=1), ["a"])
    assert result.score == Decimal("0.33")
    assert result.score.as_tuple().exponent == -2
    assert grade_question(multiple_choice(points=2), ["a", "b"]).score == Decimal(
        "1.33"
    )
    assert grade_question(multiple_choice(points=2), ["a"]).score == Decimal("0.67")


@pytest.mark.parametrize(
    ("chosen", "status"),
    [
        (["a", "b", "d"], "correct"),
        (["a", "b"], "incorrect"),
        (["a", "b", "c", "d"], "incorrect"),
    ],
)
def test_multiple_choice_all_or_nothing(chosen, status):
    result = grade_question(multiple_choice(scoring="all_or_nothing", points=3), chosen)
    assert result.status == status
    assert result.score == (Decimal(3) if status == "correct" else Decimal(0))


def test_multiple_choice_unknown_scoring_means_all_or_nothing():
    question = multiple_choice(scoring="generous")
    assert grade_question(question, ["a"]).status == "incorrect"


def test_multiple_choice_feedback_for_every_chosen_option_in_option_order():
    result = grade_question(multiple_choice(), ["c", "b", "a"])
    assert result.feedback == ("Так: петиція.", "Ні: указ.")


def test_multiple_choice_clean_orders_ids_like_the_question():
    assert clean_response(multiple_choice(), ("d", "a")) == ["a", "d"]


@pytest.mark.parametrize("response", [None, []])
def test_multiple_choice_unanswered(response):
    assert clean_response(multiple_choice(), response) is None
    assert grade_question(multiple_choice(), response).status == "unanswered"


def test_multiple_choice_rejects_duplicates():
    invalid(multiple_choice(), ["a", "a"], match="only once")


@pytest.mark.parametrize(
    "response", [["z"], ["a", 1], [["a"]], [None], "a", {"a": True}, 3, True]
)
def test_multiple_choice_rejects_unknown_ids_and_wrong_types(response):
    invalid(multiple_choice(), response, match="offered options")


def test_multiple_choice_without_correct_options():
    question = multiple_choice()
    for option in question["options"]:
        option["correct"] = False
    assert grade_question(question, ["a"]).status == "incorrect"
    assert grade_question(question, ["a"]).correct_answer == []


# true_false


@pytest.mark.parametrize(
    ("answer", "status", "feedback"),
    [(False, "correct", "Саме так."), (True, "incorrect", "Насправді ні.")],
)
def test_true_false(answer, status, feedback):
    result = grade_question(true_false(), answer)
    assert (result.status, result.feedback) == (status, (feedback,))
    assert result.correct_answer is False


def test_true_false_unanswered():
    assert grade_question(true_false(), None).status == "unanswered"


@pytest.mark.parametrize("response", [0, 1, "true", "false", "", [], [True], 0.0])
def test_true_false_needs_a_bool(response):
    invalid(true_false(), response, match="true")


# short_text


@pytest.mark.parametrize(
    "typed",
    [
        "об'єднання",
        "  ОБʼЄДНАННЯ  ",
        "Об’єднання.",
        "об‘єднання!",
        "об`єднання",
        "осбб",
        "ОСББ ?",
    ],
)
def test_short_text_accepts_variants(typed):
    result = grade_question(short_text(), typed)
    assert result.status == "correct"
    assert result.feedback == ("Правильно!",)


@pytest.mark.parametrize("typed", ["обєднання", "об'єднання співвласників", "ОСББ2"])
def test_short_text_incorrect(typed):
    result = grade_question(short_text(), typed)
    assert (result.status, result.feedback) == ("incorrect", ("Подумайте ще.",))
    assert result.correct_answer == "Об'єднання"


def test_short_text_collapses_inner_whitespace():
    question = short_text(accepted=["Київська міська рада"])
    assert grade_question(question, "київська\u00a0 міська\n рада").status == "correct"


def test_short_text_punctuation_only_is_not_a_match():
    question = short_text(accepted=["...", "так"])
    assert grade_question(question, "?").status == "incorrect"


@pytest.mark.parametrize("response", [None, "", "   \n"])
def test_short_text_unanswered(response):
    assert clean_response(short_text(), response) is None
    assert grade_question(short_text(), response).status == "unanswered"


def test_short_text_is_stripped_and_limited():
    assert clean_response(short_text(), "  ОСББ \n") == "ОСББ"
    assert clean_response(short_text(), "я" * 2000) == "я" * 2000
    assert clean_response(short_text(), " " * 50 + "я" * 2000 + " ") == "я" * 2000
    invalid(short_text(), "я" * 2001, match="too long")


@pytest.mark.parametrize("response", [5, True, ["ОСББ"], {"text": "ОСББ"}, 2.5])
def test_short_text_needs_text(response):
    invalid(short_text(), response, match="as text")


@pytest.mark.parametrize("response", ["a\x00b", "a\ud800b"])
def test_text_that_cannot_be_stored_is_rejected(response):
    invalid(short_text(), response, match="not allowed")


# numeric


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("6000", "6000"),
        ("6 000", "6000"),
        ("6\u00a0000", "6000"),
        ("6\u202f000", "6000"),
        ("1 234 567,5", "1234567.5"),
        ("2,5", "2.5"),
        ("2.50", "2.5"),
        ("+2.5", "2.5"),
        ("-2,5", "-2.5"),
        ("\u22122,5", "-2.5"),
        (",5", "0.5"),
        ("6000.", "6000"),
        ("-0", "0"),
        ("0.000", "0"),
        ("007", "7"),
        ("  42 ", "42"),
        ("6000 підписів", "6000"),
        ("6 000ПІДПИСІВ", "6000"),
        (6000, "6000"),
        (2.5, "2.5"),
        (0.1, "0.1"),
        (-3, "-3"),
    ],
)
def test_numeric_clean_gives_canonical_decimal_strings(typed, canonical):
    assert clean_response(numeric(), typed) == canonical


@pytest.mark.parametrize("typed", ["1e3", "1E3", "2,5e-1", "-1e+3"])
def test_numeric_rejects_exponent_notation_with_its_own_message(typed):
    invalid(numeric(), typed, match="without an exponent")


@pytest.mark.parametrize(
    "typed",
    [
        "шість тисяч",
        "1,000.5",
        "1.000.000",
        "12 34",
        "6  000",
        "- 5",
        "--5",
        ".",
        "+",
        "NaN",
        "nan",
        "Infinity",
        "-inf",
        "0x10",
        "1_000",
        "٣",  # Arabic-Indic digits are not what the field asks for
        "6000 грн",  # a different unit than the question's
    ],
)
def test_numeric_rejects_text_that_is_not_a_number(typed):
    invalid(numeric(), typed, match="Enter a number")


@pytest.mark.parametrize(
    "response", [True, False, float("nan"), float("inf"), float("-inf"), [6000], {}]
)
def test_numeric_rejects_bools_nan_infinity_and_containers(response):
    invalid(numeric(), response, match="Enter a number")


@pytest.mark.parametrize("response", [10**40, -(10**40), 1e300, 5e-324, "1" * 41])
def test_numeric_rejects_huge_numbers(response):
    invalid(numeric(), response, match="too long")


@pytest.mark.parametrize("response", [None, "", "  ", "підписів"])
def test_numeric_unanswered(response):
    assert clean_response(numeric(), response) is None


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("2,5", "correct"),
        ("2.4", "correct"),  # the lower boundary is inclusive
        ("2,6", "correct"),  # and so is the upper one
        ("2.39", "incorrect"),
        ("2.61", "incorrect"),
        ("2.6000000000000000000000000000001", "incorrect"),
        ("-2.5", "incorrect"),
    ],
)
def test_numeric_tolerance_is_inclusive_and_exact(typed, status):
    result = grade_question(numeric(answer="2.5", tolerance="0.1"), typed)
    assert result.status == status


def test_numeric_float_boundary_has_no_binary_rounding():
    # 0.1 + 0.2 != 0.3 in binary floating point; the decimal tolerance must hold.
    question = numeric(answer="0.3", tolerance="0.1")
    assert grade_question(question, 0.2).status == "correct"
    assert grade_question(question, "0,4").status == "correct"


def test_numeric_exact_answer():
    question = numeric(points=2)
    correct = grade_question(question, "6 000")
    assert (correct.status, correct.score) == ("correct", Decimal("2.00"))
    assert correct.feedback == ("Так, 6000.",)
    wrong = grade_question(question, "6001")
    assert (wrong.status, wrong.score, wrong.feedback) == (
        "incorrect",
        Decimal("0"),
        ("Ні.",),
    )
    assert correct.correct_answer == {"answer": "6000", "tolerance": "0"}


def test_numeric_correct_answer_is_canonical():
    question = numeric(answer="2.50", tolerance="0.10")
    assert grade_question(question, None).correct_answer == {
        "answer": "2.5",
        "tolerance": "0.1",
    }


@pytest.mark.parametrize(
    ("answer", "tolerance"),
    [("6E+3", "0"), ("6000.00", "0.00"), ("6 000", ""), (6000, 0), ("6000,0", "0")],
)
def test_numeric_reads_the_authors_number_in_any_decimal_notation(answer, tolerance):
    question = numeric(answer=answer, tolerance=tolerance)
    assert grade_question(question, "6000").status == "correct"
    assert grade_question(question, "6000,01").status == "incorrect"
    assert grade_question(question, None).correct_answer == {
        "answer": "6000",
        "tolerance": "0",
    }


# ordering


@pytest.mark.parametrize(
    ("order", "status", "score"),
    [
        (["i1", "i2", "i3", "i4"], "correct", "4.00"),
        (["i1", "i2", "i4", "i3"], "partially_correct", "2.00"),
        (["i2", "i1", "i3", "i4"], "partially_correct", "2.00"),
        (["i1", "i3", "i4", "i2"], "partially_correct", "1.00"),
        (["i4", "i3", "i2", "i1"], "incorrect", "0.00"),
    ],
)
def test_ordering_partial(order, status, score):
    result = grade_question(ordering(points=4), order)
    assert (result.status, result.score) == (status, Decimal(score))
    assert result.correct_answer == ["i1", "i2", "i3", "i4"]


def test_ordering_all_or_nothing():
    question = ordering(scoring="all_or_nothing", points=4)
    assert grade_question(question, ["i1", "i2", "i4", "i3"]).score == 0
    assert grade_question(question, ["i1", "i2", "i3", "i4"]).score == 4


@pytest.mark.parametrize(
    "response",
    [
        ["i1", "i2", "i3"],  # not every item
        ["i1", "i2", "i3", "i3"],  # a duplicate in place of an item
        ["i1", "i2", "i3", "i4", "i4"],
        ["i1", "i2", "i3", "x"],
        ["i1", "i2", "i3", 4],
        ["i1", "i2", "i3", ["i4"]],
        "i1,i2,i3,i4",
        {"i1": 0},
        7,
    ],
)
def test_ordering_rejects_incomplete_duplicated_or_unknown_items(response):
    invalid(ordering(), response, match="each exactly once")


def test_ordering_unanswered():
    assert clean_response(ordering(), []) is None
    assert grade_question(ordering(), None).status == "unanswered"


def test_ordering_clean_accepts_a_tuple_and_returns_a_list():
    assert clean_response(ordering(), ("i4", "i3", "i2", "i1")) == [
        "i4",
        "i3",
        "i2",
        "i1",
    ]


# matching


@pytest.mark.parametrize(
    ("matches", "status", "score"),
    [
        ({"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}, "correct", "2.00"),
        ({"p1": "p1", "p2": "p2", "p3": "p4", "p4": "p3"}, "partially_correct", "1.00"),
        ({"p1": "p1", "p2": "p3"}, "partially_correct", "0.50"),  # lefts left out
        ({"p1": "p1", "p2": "p1", "p3": "p1"}, "partially_correct", "0.50"),
        ({"p1": "p2", "p2": "p1"}, "incorrect", "0.00"),
    ],
)
def test_matching_partial(matches, status, score):
    result = grade_question(matching(points=2), matches)
    assert (result.status, result.score) == (status, Decimal(score))
    assert result.correct_answer == {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}


def test_matching_all_or_nothing():
    question = matching(scoring="all_or_nothing")
    assert grade_question(question, {"p1": "p1", "p2": "p2", "p3": "p3"}).score == 0
    everything = {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}
    assert grade_question(question, everything).status == "correct"


def test_matching_identical_right_texts_are_interchangeable():
    question = matching()
    question["pairs"][3]["right"] = "6000 ПІДПИСІВ"
    everything = {"p1": "p4", "p2": "p2", "p3": "p3", "p4": "p1"}
    assert grade_question(question, everything).status == "correct"


def test_matching_clean_orders_keys_like_the_question():
    cleaned = clean_response(matching(), {"p3": "p1", "p1": "p3"})
    assert list(cleaned.items()) == [("p1", "p3"), ("p3", "p1")]


@pytest.mark.parametrize(
    "response",
    [
        {"x": "p1"},
        {"p1": "x"},
        {"p1": 1},
        {"p1": ["p1"]},
        {"p1": None},
        [["p1", "p1"]],
        "p1",
        True,
    ],
)
def test_matching_rejects_unknown_ids_and_wrong_shapes(response):
    invalid(matching(), response, match="offered lists")


def test_matching_unanswered():
    assert clean_response(matching(), {}) is None
    assert grade_question(matching(), {}).status == "unanswered"


# fill_blanks


@pytest.mark.parametrize(
    ("gaps", "status", "score"),
    [
        (["6000", "60", "міський голова"], "correct", "3.00"),
        (["6 000", "60", "Мер."], "correct", "3.00"),
        (["6\u202f000", " 60 ", "МІСЬКИЙ  ГОЛОВА"], "correct", "3.00"),
        (
            ["6000,0", "60.", "мер"],
            "correct",
            "3.00",
        ),  # numeric gaps compare as numbers
        (["6000", "", ""], "partially_correct", "1.00"),
        (["5000", "60", "голова"], "partially_correct", "1.00"),
        (["шість тисяч", "1e3", "президент"], "incorrect", "0.00"),
    ],
)
def test_fill_blanks_partial(gaps, status, score):
    result = grade_question(fill_blanks(points=3), gaps)
    assert (result.status, result.score) == (status, Decimal(score))
    assert result.correct_answer == ["6000", "60", "міський голова"]


def test_fill_blanks_all_or_nothing():
    question = fill_blanks(scoring="all_or_nothing", points=3)
    assert grade_question(question, ["6000", "60", "—"]).score == 0
    assert grade_question(question, ["6000", "60", "мер"]).score == 3


def test_fill_blanks_text_gap_is_not_compared_as_a_number():
    question = base("fill_blanks", scoring="partial", text="Код [[007|агент]]")
    assert grade_question(question, ["7"]).status == "incorrect"
    assert grade_question(question, ["Агент"]).status == "correct"


def test_fill_blanks_apostrophes():
    question = base("fill_blanks", scoring="partial", text="[[сім'я]] і [[м’яч]]")
    assert grade_question(question, ["СІМʼЯ", "м'яч"]).status == "correct"


@pytest.mark.parametrize("response", [None, [], ["", " ", ""]])
def test_fill_blanks_unanswered(response):
    assert clean_response(fill_blanks(), response) is None


def test_fill_blanks_clean_strips_each_gap_and_keeps_empty_ones():
    assert clean_response(fill_blanks(), [" 6000 ", "", "мер "]) == ["6000", "", "мер"]


@pytest.mark.parametrize("response", [["6000"], ["6000", "60"], ["1", "2", "3", "4"]])
def test_fill_blanks_rejects_the_wrong_number_of_gaps(response):
    invalid(fill_blanks(), response, match="every gap")


@pytest.mark.parametrize("response", [["6000", 60, "мер"], ["6000", None, "мер"]])
def test_fill_blanks_rejects_non_text_gaps(response):
    invalid(fill_blanks(), response, match="as text")


@pytest.mark.parametrize("response", ["6000 60 мер", {"0": "6000"}, 6000])
def test_fill_blanks_rejects_wrong_shapes(response):
    invalid(fill_blanks(), response, match="gaps")


def test_fill_blanks_rejects_an_oversized_gap():
    invalid(fill_blanks(), ["6000", "60", "я" * 2001], match="too long")


# open_response


def test_open_response_awaits_grading():
    result = grade_question(open_response(points=5), "Петиції і бюджет участі.")
    assert result.status == "awaiting_grading"
    assert result.score is None
    assert result.max_score == 5
    assert result.correct_answer is None
    assert result.feedback == ()


@pytest.mark.parametrize("response", [None, "", "  \n "])
def test_open_response_unanswered_needs_no_teacher(response):
    result = grade_question(open_response(), response)
    assert (result.status, result.score) == ("unanswered", Decimal("0"))


def test_open_response_word_limit():
    assert clean_response(open_response(), " один два три чотири пʼять ") == (
        "один два три чотири пʼять"
    )
    invalid(open_response(), "один два три чотири пʼять шість", match="5 words")


def test_open_response_without_a_word_limit_has_a_character_limit():
    question = open_response(max_words=0)
    assert clean_response(question, "слово " * 1600) == ("слово " * 1600).strip()
    invalid(question, "я" * 10_001, match="too long")


@pytest.mark.parametrize("response", [5, ["текст"], {"text": "текст"}, False])
def test_open_response_needs_text(response):
    invalid(open_response(), response, match="as text")


# Any question


def test_unknown_question_type_is_a_value_error_not_invalid_response():
    question = base("essay")
    for call in (clean_response, grade_question):
        with pytest.raises(ValueError, match="Unknown question type") as caught:
            call(question, "x")
        assert not isinstance(caught.value, InvalidResponse)
    with pytest.raises(ValueError, match="Unknown question type"):
        public_question(question)


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: q["type"])
def test_grade_question_rejects_malformed_responses(question):
    with pytest.raises(InvalidResponse):
        grade_question(question, {"nested": [{"garbage": None}]})


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: q["type"])
def test_results_are_json_serialisable(question):
    result = grade_question(question, None)
    json.dumps([result.correct_answer, result.feedback, result.explanation])


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.sampled_from(["a", "b", "i1", "p1", "6000", "1e3", "2,5", "", " "]),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.text(max_size=5) | st.sampled_from(["p1", "p2"]), children)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: q["type"])
@settings(max_examples=150, deadline=None)
@given(response=json_values)
def test_clean_response_raises_only_invalid_response(question, response):
    try:
        cleaned = clean_response(question, response)
    except InvalidResponse as error:
        assert str(error)
        return
    json.dumps(cleaned)
    # What was cleaned is stored and cleaned again on resubmission: a fixed point.
    assert clean_response(question, cleaned) == cleaned


def plausible_responses(question):
    kind = question["type"]
    texts = st.text(max_size=20) | st.sampled_from(["6 000", "мер", "ОСББ", "2,5"])
    if kind in ("single_choice", "multiple_choice"):
        ids = [o["id"] for o in question["options"]]
        if kind == "single_choice":
            return st.sampled_from(ids)
        return st.lists(st.sampled_from(ids), unique=True)
    if kind == "true_false":
        return st.booleans()
    if kind == "ordering":
        return st.permutations([i["id"] for i in question["items"]])
    if kind == "matching":
        ids = [p["id"] for p in question["pairs"]]
        return st.dictionaries(st.sampled_from(ids), st.sampled_from(ids))
    if kind == "fill_blanks":
        return st.lists(texts, min_size=3, max_size=3)
    if kind == "numeric":
        return st.decimals(
            min_value=-10_000, max_value=10_000, allow_nan=False, places=3
        ).map(str) | st.integers(-10_000, 10_000)
    return texts


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: q["type"])
@settings(max_examples=100, deadline=None)
@given(data=st.data(), points=st.integers(1, 7))
def test_score_is_always_between_zero_and_points(question, data, points):
    question = {**question, "points": points}
    response = data.draw(plausible_responses(question))
    try:
        result = grade_question(question, response)
    except InvalidResponse:
        return
    assert result.max_score == points
    if result.score is None:
        assert result.status == "awaiting_grading"
    else:
        assert 0 <= result.score <= points
        assert result.score == result.score.quantize(Decimal("0.01"))
        assert (result.status == "correct") == (result.score == points)


# grade_attempt


QUIZ = [
    single_choice(qid="q1", points=2),
    multiple_choice(qid="q2", points=3),
    numeric(qid="q3", points=1),
]


def test_grade_attempt_sums_scores_and_counts_missing_as_unanswered():
    result = grade_attempt(QUIZ, {"q1": "a", "q2": ["a", "b"]})
    assert isinstance(result, AttemptResult)
    assert [r.question_id for r in result.questions] == ["q1", "q2", "q3"]
    assert [r.status for r in result.questions] == [
        "correct",
        "partially_correct",
        "unanswered",
    ]
    assert result.score == Decimal("4.00")
    assert result.max_score == Decimal("6")
    assert result.percent == Decimal("66.67")
    assert result.awaiting_grading is False
    assert result.passed(60) is True
    assert result.passed(67) is False


def test_grade_attempt_percent_rounds_half_up():
    quiz = [base("true_false", qid=f"t{n}", correct=True) for n in range(8)]
    result = grade_attempt(quiz, {"t0": True})
    assert result.percent == Decimal("12.50")
    quiz = [base("true_false", qid=f"t{n}", correct=True) for n in range(3)]
    assert grade_attempt(quiz, {"t0": True}).percent == Decimal("33.33")
    assert grade_attempt(quiz, {"t0": True, "t1": True}).percent == Decimal("66.67")


def test_grade_attempt_full_marks_and_pass_mark_boundary():
    result = grade_attempt(QUIZ, {"q1": "a", "q2": ["a", "b", "d"], "q3": "6000"})
    assert (result.score, result.percent) == (Decimal("6"), Decimal("100"))
    assert result.passed(100)
    half = grade_attempt([true_false(qid="a"), true_false(qid="b")], {"a": False})
    assert half.percent == 50
    assert half.passed(50) and not half.passed(51)


def test_grade_attempt_with_open_response_awaits_grading():
    quiz = [*QUIZ, open_response(qid="q4", points=4)]
    result = grade_attempt(
        quiz, {"q1": "a", "q2": ["a", "b", "d"], "q3": "6000", "q4": "Петиції."}
    )
    assert result.awaiting_grading is True
    assert result.score == Decimal("6")
    assert result.max_score == Decimal("10")  # open points count in the maximum
    assert result.percent == Decimal("60.00")
    assert result.passed(50) is False
    assert result.questions[3].score is None


def test_grade_attempt_with_an_unanswered_open_response_does_not_await_grading():
    result = grade_attempt([*QUIZ, open_response(qid="q4")], {"q1": "a"})
    assert result.awaiting_grading is False


def test_grade_attempt_with_no_questions():
    result = grade_attempt([], {})
    assert (result.score, result.max_score, result.percent) == (0, 0, 0)
    assert result.questions == ()
    assert result.passed(0) is True
    assert result.passed(1) is False


def test_grade_attempt_names_the_malformed_question():
    with pytest.raises(InvalidResponse, match="Enter a number") as caught:
        grade_attempt(QUIZ, {"q1": "a", "q3": "багато"})
    assert caught.value.question_id == "q3"


def test_grade_attempt_rejects_unknown_questions():
    with pytest.raises(InvalidResponse, match="Unknown question") as caught:
        grade_attempt(QUIZ, {"q1": "a", "q9": "a"})
    assert caught.value.question_id is None


@pytest.mark.parametrize("responses", [None, ["q1"], "q1"])
def test_grade_attempt_rejects_responses_that_are_not_an_object(responses):
    with pytest.raises(InvalidResponse):
        grade_attempt(QUIZ, responses)


def test_invalid_response_is_a_value_error_with_a_lazy_message():
    error = invalid(single_choice(), "z")
    assert isinstance(error, ValueError)
    assert error.question_id is None
    # The message stays lazy, so it renders in whichever language is active.
    assert not isinstance(error.message, str)
    with translation.override("uk"):
        assert str(error)


# public_question


def walk(value):
    """Yield every dict key and every string anywhere in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk(item)
    elif isinstance(value, str):
        yield value


def secrets_of(question):
    """Every text that tells the answer, the feedback or what a grader looks for."""
    texts = {question["explanation"]}
    for option in question.get("options", []):
        texts.add(option["feedback"])
    for key in ("feedback_true", "feedback_false", "feedback_correct"):
        texts.add(question.get(key, ""))
    texts.add(question.get("feedback_incorrect", ""))
    texts.update(question.get("accepted", []))
    texts.add(question.get("rubric", ""))
    if question["type"] == "numeric":
        texts.update({question["answer"], question["tolerance"]})
    if question["type"] == "fill_blanks":
        for accepted in parse_blanks(question["text"])[1]:
            texts.update(accepted)
    return {text for text in texts if text}


@pytest.mark.parametrize("question", ALL_QUESTIONS, ids=lambda q: q["type"])
def test_public_question_leaks_no_secret(question):
    public = public_question(question)
    json.dumps(public)
    found = list(walk(public))
    assert not SECRET_KEYS & set(found)
    for secret in secrets_of(question):
        assert not any(secret in text for text in found), secret
    assert {"id", "type", "points", "prompt"} <= public.keys()
    assert (public["id"], public["type"], public["points"]) == (
        question["id"],
        question["type"],
        question["points"],
    )


def test_secret_keys_cover_the_spec():
    assert {
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
    } <= SECRET_KEYS


def test_public_choice_options_keep_question_order():
    public = public_question(single_choice())
    assert public["options"] == [
        {"id": "a", "text": "Київрада"},
        {"id": "b", "text": "КМДА"},
        {"id": "c", "text": "Верховна Рада"},
    ]
    assert public_question(multiple_choice())["scoring"] == "partial"


def test_public_true_false_and_short_text_are_just_the_prompt():
    assert public_question(true_false()).keys() == {"id", "type", "points", "prompt"}
    assert public_question(short_text()).keys() == {"id", "type", "points", "prompt"}


def test_public_numeric_has_the_unit():
    assert public_question(numeric())["unit"] == "підписів"


def test_public_ordering_items_are_not_in_the_correct_order():
    items = public_question(ordering())["items"]
    assert {i["id"]: i["text"] for i in items} == {
        i["id"]: i["text"] for i in ordering()["items"]
    }
    assert [i["text"] for i in items] == sorted(i["text"] for i in items)
    assert all(i.keys() == {"id", "text"} for i in items)


def test_public_matching_has_lefts_and_rights_sorted_by_text():
    public = public_question(matching())
    assert public["lefts"] == [
        {"id": "p1", "text": "Петиція"},
        {"id": "p2", "text": "Бюджет участі"},
        {"id": "p3", "text": "Слухання"},
        {"id": "p4", "text": "Запит на інформацію"},
    ]
    assert public["rights"] == [
        {"id": "p4", "text": "5 робочих днів"},
        {"id": "p1", "text": "6000 підписів"},
        {"id": "p2", "text": "Голосування за проєкти"},
        {"id": "p3", "text": "Зустріч з депутатами"},
    ]
    assert "pairs" not in public


def test_public_fill_blanks_has_segments_without_answers():
    public = public_question(fill_blanks())
    assert public["segments"] == [
        "Київські петиції потребують ",
        {"gap": 0},
        " підписів за ",
        {"gap": 1},
        " днів; їх розглядає ",
        {"gap": 2},
        ".",
    ]
    assert "text" not in public


def test_public_open_response_has_max_words_but_no_rubric():
    public = public_question(open_response())
    assert public["max_words"] == 5
    assert "rubric" not in public


def test_public_question_does_not_change_the_question():
    question = matching()
    snapshot = json.dumps(question)
    public_question(question)
    grade_question(question, {"p1": "p1"})
    assert json.dumps(question) == snapshot


def test_an_attempt_percentage_rounds_halves_up():
    """1.25 of 8 points is 15.625 %: shown as 15.63, here and wherever a teacher's
    grade finishes an attempt (quizzes.review uses the same percent_of)."""
    options = [
        {"id": str(n), "text": f"Так {n}", "correct": True, "feedback": ""}
        for n in range(4)
    ] + [{"id": "x", "text": "Ні", "correct": False, "feedback": ""}]
    questions = [
        multiple_choice(qid="mc", points=5, options=options),
        true_false(qid="tf", points=3),
    ]
    result = grade_attempt(questions, {"mc": ["0"]})
    assert (result.score, result.max_score) == (Decimal("1.25"), Decimal("8.00"))
    assert str(result.percent) == "15.63"
    assert str(percent_of(Decimal("1.25"), Decimal("8"))) == "15.63"
    assert str(percent_of(Decimal("0"), Decimal("0"))) == "0.00"
