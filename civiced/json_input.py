"""JSON from outside (request bodies, a learner's saved H5P state), read with a
nesting limit.

Python's parser recurses once per level, so a body of a few thousand `[` raises
RecursionError, which no view expects (a 500). The nesting is measured first, on the
text with its strings taken out, and anything deeper than MAX_DEPTH is refused as
invalid JSON (a ValueError, as for any other bad JSON), before it is parsed.
"""

import json
import re

# xAPI statements nest about 8 levels, H5P content types' saved states about 15.
MAX_DEPTH = 64

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class TooDeep(ValueError):
    """The JSON nests deeper than allowed."""


def depth(text: str) -> int:
    """How deep the arrays and objects of the JSON text nest (0: none)."""
    level = deepest = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        if bracket in "[{":
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def loads(text: str | bytes, *, max_depth: int = MAX_DEPTH):
    """`json.loads`, refusing JSON that nests deeper than `max_depth` (TooDeep, a
    ValueError) before it is parsed."""
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8")
    if depth(text) > max_depth:
        raise TooDeep(f"JSON nested deeper than {max_depth} levels")
    return json.loads(text)
