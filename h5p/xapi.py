"""Reading xAPI statements from H5P players: pure functions, no database.

H5P content reports through xAPI. A statement about the content as a whole has no
``context.contextActivities.parent``; statements about a question inside it (in a
question set, say) name the content as their parent. Only top-level statements can
complete an activity. The actor is never read: the server knows who is logged in.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from django.utils.translation import gettext_lazy as _

from learning.scores import percent_of

# Verbs after which content without a score counts as done.
COMPLETING_VERBS = frozenset({"completed", "passed", "failed", "consumed", "answered"})
SUB_CONTENT_EXTENSION = "http://h5p.org/x-api/h5p-subContentId"
MAX_TEXT = 255


class StatementError(ValueError):
    """The statement cannot be read; the message says why, translated."""


@dataclass(frozen=True)
class Reading:
    """What a statement means for the learner's result."""

    verb: str
    top_level: bool
    is_attempt: bool
    completed: bool
    success: bool | None
    score_raw: Decimal | None
    score_max: Decimal | None
    percent: Decimal | None
    sub_content_id: str


def read_statement(data: object, *, pass_percent: int | None = None) -> Reading:
    """Read a statement; ``pass_percent`` decides success when it is not stated.

    Raise ``StatementError`` for anything that is not a well-formed statement.
    """
    if not isinstance(data, dict):
        raise StatementError(_("The statement must be a JSON object."))
    verb = _verb(data.get("verb"))
    obj = data.get("object", {})
    if not isinstance(obj, dict):
        raise StatementError(_("The statement’s object must be a JSON object."))
    context = data.get("context", {})
    if not isinstance(context, dict):
        raise StatementError(_("The statement’s context must be a JSON object."))
    activities = context.get("contextActivities", {})
    if not isinstance(activities, dict):
        raise StatementError(_("The statement’s context must be a JSON object."))
    sub_content_id = _sub_content_id(obj)
    top_level = not activities.get("parent") and not sub_content_id
    result = data.get("result")
    if result is None:
        result = {}
    if not isinstance(result, dict):
        raise StatementError(_("The statement’s result must be a JSON object."))
    raw, maximum, percent = _score(result.get("score"))
    success = result.get("success")
    if success is not None and not isinstance(success, bool):
        raise StatementError(_("“success” must be true or false."))
    completion = result.get("completion")
    if completion is not None and not isinstance(completion, bool):
        raise StatementError(_("“completion” must be true or false."))
    if success is None and percent is not None and pass_percent is not None:
        success = percent >= pass_percent
    completed = bool(completion) or (
        verb in COMPLETING_VERBS and (verb != "answered" or percent is not None)
    )
    return Reading(
        verb=verb,
        top_level=top_level,
        is_attempt=top_level and (completed or percent is not None),
        completed=completed,
        success=success,
        score_raw=raw,
        score_max=maximum,
        percent=percent,
        sub_content_id=sub_content_id,
    )


def _verb(value: object) -> str:
    """The verb's last path segment ("answered" for …/verbs/answered)."""
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise StatementError(_("The statement has no verb."))
    verb_id = value["id"]
    parts = urlsplit(verb_id)
    if parts.scheme not in ("http", "https") or len(verb_id) > MAX_TEXT:
        raise StatementError(_("The statement’s verb must be an http(s) address."))
    name = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if not name:
        raise StatementError(_("The statement’s verb must be an http(s) address."))
    return name[:64]


def _sub_content_id(obj: dict) -> str:
    definition = obj.get("definition")
    found = ""
    if isinstance(definition, dict) and isinstance(definition.get("extensions"), dict):
        value = definition["extensions"].get(SUB_CONTENT_EXTENSION)
        if isinstance(value, str):
            found = value
    if not found and isinstance(obj.get("id"), str):
        found = parse_qs(urlsplit(obj["id"]).query).get("subContentId", [""])[0]
    return found[:64]


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if abs(value) > 10**6:
        return None
    return Decimal(str(value))


def _score(
    score: object,
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(raw, max, percent) from ``result.score``; percent recomputed from raw/max."""
    if score is None:
        return None, None, None
    if not isinstance(score, dict):
        raise StatementError(_("The score must be a JSON object."))
    if "raw" not in score and "max" not in score:
        return None, None, None
    raw = _number(score.get("raw"))
    maximum = _number(score.get("max"))
    minimum = _number(score.get("min", 0))
    if raw is None or maximum is None or minimum is None:
        raise StatementError(_("The score’s raw and max must be numbers."))
    if maximum <= 0:
        # Content with nothing to score (max 0) reports no percentage.
        if raw != 0:
            raise StatementError(_("The score is outside its range."))
        return raw, maximum, None
    if not minimum <= raw <= maximum:
        raise StatementError(_("The score is outside its range."))
    return raw, maximum, percent_of(raw, maximum)


def stored_statement(data: dict) -> dict:
    """The statement as kept: without the actor the browser claimed."""
    return {key: value for key, value in data.items() if key != "actor"}
