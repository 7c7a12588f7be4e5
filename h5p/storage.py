"""What each learner's H5P statements and saved state take, and the cap on it.

Statements and state come from the learner's browser, so without a cap one learner
could fill the database (hundreds of 64 KB statements in a minute). Every write that
adds bytes takes room first with one conditional statement on the learner's
`LearnerStorage` row (``bytes = bytes + n`` only where the sum stays under the cap),
so two requests at once can never both pass the cap; writes that remove bytes give
their room back. A statement counts its JSON text plus a fixed cost for its row; a
saved state counts its text.
"""

import json

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext_lazy as _

from .models import LearnerStorage, SavedState, Statement

# What a stored statement's row costs beyond its text (ids, flags, indexes).
STATEMENT_ROW_BYTES = 256


class StorageFull(Exception):
    """The learner's H5P storage has no room for this write: nothing is stored."""

    message = _(
        "Your saved work in interactive activities has reached its limit. Nothing "
        "more is kept; ask your teacher for help."
    )


def cap() -> int:
    return getattr(settings, "H5P_LEARNER_STORAGE_BYTES", 5 * 1024 * 1024)


def statement_bytes(stored: dict) -> int:
    """What a stored statement counts; an emptied one (a deleted account's) none."""
    if not stored:
        return 0
    text = json.dumps(stored, ensure_ascii=False, separators=(",", ":"))
    return len(text.encode()) + STATEMENT_ROW_BYTES


def state_bytes(data: str) -> int:
    return len(data.encode())


_TABLE = LearnerStorage._meta.db_table
# One statement: a first write creates the row; later ones add only under the cap.
_TAKE = f"""
INSERT INTO {_TABLE} (learner_id, bytes) VALUES (%s, %s)
ON CONFLICT (learner_id) DO UPDATE SET bytes = {_TABLE}.bytes + excluded.bytes
WHERE {_TABLE}.bytes + excluded.bytes <= %s
RETURNING bytes
"""  # noqa: S608 (the table's name from the model)
_RELEASE = f"""
UPDATE {_TABLE} SET bytes = CASE WHEN bytes > %s THEN bytes - %s ELSE 0 END
WHERE learner_id = %s
"""  # noqa: S608


def take(*, learner_id: int, size: int) -> None:
    """Count `size` more bytes for the learner, or raise StorageFull (nothing counted).

    Runs in the caller's transaction, if any, so a write refused later gives its
    room back with it.
    """
    if size <= 0:
        return
    limit = cap()
    if size > limit:
        raise StorageFull
    with connection.cursor() as cursor:
        cursor.execute(_TAKE, [learner_id, size, limit])
        if cursor.fetchone() is None:
            raise StorageFull


def release(*, learner_id: int, size: int) -> None:
    """Give back `size` bytes (a state replaced or forgotten)."""
    if size <= 0:
        return
    with connection.cursor() as cursor:
        cursor.execute(_RELEASE, [size, size, learner_id])


def change(*, learner_id: int, old: int, new: int) -> None:
    """One stored thing of `old` bytes becomes `new` bytes."""
    if new > old:
        take(learner_id=learner_id, size=new - old)
    else:
        release(learner_id=learner_id, size=old - new)


def recount(*, learner_id: int) -> int:
    """Count the learner's storage afresh from what is stored (after a deletion)."""
    total = sum(
        statement_bytes(stored)
        for stored in Statement.objects.filter(learner_id=learner_id)
        .values_list("statement", flat=True)
        .iterator()
    )
    total += sum(
        state_bytes(data)
        for data in SavedState.objects.filter(learner_id=learner_id).values_list(
            "data", flat=True
        )
    )
    LearnerStorage.objects.update_or_create(
        learner_id=learner_id, defaults={"bytes": total}
    )
    return total
