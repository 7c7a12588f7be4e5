"""JSON from outside is read with a nesting limit (civiced.json_input)."""

import json

import pytest

from civiced import json_input


def test_depth_counts_arrays_and_objects_not_brackets_inside_strings():
    assert json_input.depth('{"a": [1, {"b": []}]}') == 4
    assert json_input.depth('{"text": "[[[{{{ \\" ]]]"}') == 1
    assert json_input.depth("5") == 0


def test_json_within_the_limit_reads_as_json_does():
    text = json.dumps({"statement": {"result": {"score": {"raw": 1}}}, "x": ["[{"]})
    assert json_input.loads(text) == json.loads(text)
    assert json_input.loads(text.encode()) == json.loads(text)


@pytest.mark.parametrize("levels", [json_input.MAX_DEPTH + 1, 5_000, 100_000])
def test_json_nested_too_deep_is_invalid_json_not_a_crash(levels):
    with pytest.raises(ValueError, match="nested deeper"):
        json_input.loads("[" * levels + "]" * levels)
    with pytest.raises(ValueError):
        json_input.loads('{"a": ' + "[" * levels + "]" * levels + "}")
