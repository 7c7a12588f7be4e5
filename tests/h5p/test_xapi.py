"""Reading xAPI statements: pure functions."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from h5p.xapi import StatementError, read_statement, stored_statement

from .fixtures import statement


def test_a_scored_top_level_answer_is_an_attempt_with_recomputed_percent():
    data = statement(raw=3, maximum=4, success=False)
    data["result"]["score"]["scaled"] = 1  # a lie: the percentage is recomputed
    reading = read_statement(data)
    assert reading.top_level and reading.is_attempt and reading.completed
    assert reading.percent == Decimal("75.00")
    assert reading.success is False


def test_success_falls_back_to_the_pass_mark_when_not_stated():
    assert read_statement(statement(raw=3, maximum=4), pass_percent=70).success
    assert not read_statement(statement(raw=2, maximum=4), pass_percent=70).success
    assert read_statement(statement(raw=2, maximum=4)).success is None


def test_child_statements_are_not_top_level_and_never_attempts():
    for child in (
        statement(raw=1, maximum=1, parent=True),
        statement(raw=1, maximum=1, sub="abc"),
    ):
        reading = read_statement(child)
        assert not reading.top_level and not reading.is_attempt
    assert read_statement(statement(sub="abc-1")).sub_content_id == "abc-1"


@pytest.mark.parametrize("verb", ["completed", "consumed"])
def test_content_without_a_score_completes_on_completed_or_consumed(verb):
    reading = read_statement(statement(verb=verb))
    assert reading.completed and reading.is_attempt and reading.percent is None


@pytest.mark.parametrize("verb", ["attempted", "interacted", "progressed", "answered"])
def test_other_verbs_without_a_result_complete_nothing(verb):
    reading = read_statement(statement(verb=verb))
    assert not reading.completed and not reading.is_attempt


def test_the_actor_is_dropped_from_what_is_stored():
    assert "actor" not in stored_statement(statement())


@pytest.mark.parametrize(
    "bad",
    [
        [],
        "text",
        {"verb": "answered"},
        {"verb": {"id": "javascript:alert(1)"}},
        {**statement(), "result": []},
        {**statement(), "result": {"score": {"raw": 5, "max": 4}}},
        {**statement(), "result": {"score": {"raw": -1, "max": 4}}},
        {**statement(), "result": {"score": {"raw": "3", "max": 4}}},
        {**statement(), "result": {"score": {"raw": True, "max": 4}}},
        {**statement(), "result": {"score": {"raw": 1, "max": float("nan")}}},
        {**statement(), "result": {"success": "yes"}},
        {**statement(), "context": "x"},
        {**statement(), "object": 3},
    ],
)
def test_malformed_statements_are_refused(bad):
    with pytest.raises(StatementError):
        read_statement(bad)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@given(
    st.dictionaries(
        st.sampled_from(["verb", "object", "result", "context", "actor"]), json_values
    )
)
def test_any_json_is_read_or_refused_cleanly(data):
    try:
        reading = read_statement(data, pass_percent=50)
    except StatementError:
        return
    if reading.percent is not None:
        assert Decimal(0) <= reading.percent <= Decimal(100)
