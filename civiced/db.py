"""Prepared statements for the few written-out queries learners send most.

Django's PostgreSQL cursors bind parameters on the client, so PostgreSQL parses and
plans every statement afresh. For a quiz submit's two long statements that costs
about as much as running them. Inside `prepared_statements()`, the statements this
thread sends are prepared once per connection and then only executed, with their
parameters bound by the server. Only SQL written for it goes there (the ORM's is not
always preparable, Django ticket #20516); elsewhere nothing changes.

Only public seams: the psycopg connection's `cursor_factory` and `prepare_threshold`,
set for the context and put back after it; a `psycopg.Cursor` subclass that passes
psycopg's `prepare=True`; and, so that Django's query log shows those statements, the
project's own PostgreSQL backend (civiced/postgresql, Django's subclassed). Without
that backend (another ENGINE) nothing is prepared.

`DATABASE_PREPARED_STATEMENTS = False` turns it off: needed behind a connection
pooler in transaction mode that does not keep prepared statements (PgBouncer before
1.21). Other databases ignore it.
"""

import sys
from contextlib import contextmanager

from django.conf import settings
from django.db import connection

from civiced.postgresql.base import DatabaseOperations, PreparingCursor


def _enabled() -> bool:
    return settings.DATABASE_PREPARED_STATEMENTS and isinstance(
        connection.ops, DatabaseOperations
    )


@contextmanager
def prepared_statements():
    """Statements sent through `connection.cursor()` inside are prepared."""
    if not _enabled():
        yield
        return
    connection.ensure_connection()
    raw = connection.connection
    factory, threshold = raw.cursor_factory, raw.prepare_threshold
    raw.cursor_factory = PreparingCursor
    # Django turns psycopg's preparing off (None). Any number turns it on; this one
    # lets only PreparingCursor's statements be prepared, never those psycopg counts.
    if threshold is None:
        raw.prepare_threshold = sys.maxsize
    try:
        yield
    finally:
        raw.cursor_factory, raw.prepare_threshold = factory, threshold
