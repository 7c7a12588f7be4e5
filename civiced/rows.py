"""Whole-row writes, written out, for the endpoints learners call most.

Building an INSERT or UPDATE with the ORM costs more there than running it. A write
here stores every column as `Model.save()` would (the auto_now dates included) but
sends no signal: what must hear of a write hears it from its app (a result: from
learning.listeners).
`save_rows` runs several writes: on PostgreSQL in one statement,
as data-modifying WITH clauses, so a result and the progress it implies take one
round trip; elsewhere one after the other.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Model


class Table:
    """The INSERT and UPDATE statements of one model's table, built once."""

    def __init__(self, model: type[Model]):
        meta = model._meta
        self.model = model
        self.fields = [f for f in meta.concrete_fields if not f.primary_key]
        columns = [f.column for f in self.fields]
        # Names from the model, not from any input.
        self.insert_sql = (
            f"INSERT INTO {meta.db_table} ({', '.join(columns)})"  # noqa: S608
            f" VALUES ({', '.join(['%s'] * len(columns))}) RETURNING {meta.pk.column}"
        )
        self.update_sql = (
            f"UPDATE {meta.db_table} SET "  # noqa: S608
            + ", ".join(f"{column} = %s" for column in columns)
            + f" WHERE {meta.pk.column} = %s"
        )

    def write(self, obj: Model) -> "Write":
        """Insert the object if it is new, otherwise update all its columns."""
        adding = obj._state.adding
        params = [
            f.get_db_prep_save(f.pre_save(obj, adding), connection) for f in self.fields
        ]
        if adding:
            return Write(obj, self.insert_sql, params, created=True)
        return Write(obj, self.update_sql, [*params, obj.pk], created=False)


@dataclass
class Write:
    obj: Model
    sql: str
    params: list
    created: bool
    returned: tuple | None = field(default=None)


def save_rows(*writes: Write) -> None:
    """Run the writes in one transaction the caller holds; the last one may be an
    INSERT (it returns the new id), the others must be UPDATEs."""
    *first, last = writes
    if any(write.created for write in first):
        raise ValueError("only the last write may be an INSERT")
    with connection.cursor() as cursor:
        if first and connection.vendor == "postgresql":
            # PostgreSQL: each WITH clause runs once, whether or not it is read.
            clauses = ", ".join(
                f"w{index} AS ({write.sql})" for index, write in enumerate(first)
            )
            params = [param for write in first for param in write.params]
            cursor.execute(f"WITH {clauses} {last.sql}", [*params, *last.params])
            if last.created:
                last.returned = cursor.fetchone()
        else:
            for write in writes:
                cursor.execute(write.sql, write.params)
                if write.created:
                    write.returned = cursor.fetchone()
    for write in writes:
        obj = write.obj
        if write.created:
            obj.pk = write.returned[0]
        obj._state.adding = False
        obj._state.db = connection.alias
