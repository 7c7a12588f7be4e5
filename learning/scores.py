"""A score as a percentage: the one rounding rule and the one way it is shown.

Every percentage of a score, whatever the kind of activity (a quiz graded here or by a
teacher, an H5P result the browser reported), is computed by `percent_of` and shown by
`shown_percent` (the `percent` template filter), so 1.25 of 8 points is 15.63 % on
the quiz's result, the learner's pages, the teacher's grid and the H5P block alike.
Pure: no ORM, no request.
"""

from decimal import ROUND_HALF_UP, Context, Decimal

from django.utils.formats import number_format

_DECIMAL = Context(prec=100)
_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")


def percent_of(score: Decimal, max_score: Decimal) -> Decimal:
    """``score`` as a percentage of ``max_score``, to the cent, halves rounded up
    (1.25 of 8 points is 15.63); 0.00 when nothing could be scored."""
    if not max_score:
        return _ZERO
    return (Decimal(score) * 100 / Decimal(max_score)).quantize(
        _CENT, rounding=ROUND_HALF_UP, context=_DECIMAL
    )


def shown_percent(value) -> str:
    """A stored percentage as the pages show it, without the sign: to the cent,
    halves rounded up, trailing zeros dropped, in the language's notation
    ("15,63" in Ukrainian, "15.63" in English; "50", "12,5"); "" for None."""
    if value is None or value == "":
        return ""
    cents = Decimal(str(value)).quantize(_CENT, rounding=ROUND_HALF_UP)
    text = format(cents, "f").rstrip("0").rstrip(".")
    return number_format(Decimal(text))
