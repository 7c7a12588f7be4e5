"""Prepared statements for the few written-out queries learners send most.

Django's PostgreSQL cursors bind parameters on the client, so PostgreSQL parses and
plans every statement afresh. For a quiz submit's two long statements that costs
about as much as running them. Inside `prepared_statements()`, the statements this
thread sends are prepared once per connection and then only executed, with their
parameters bound by the server. Only SQL written for it goes there (the ORM's is not
always preparable, Django ticket #20516); elsewhere nothing changes.

`DATABASE_PREPARED_STATEMENTS = False` turns it off: needed behind a connection
pooler in transaction mode that does not keep prepared statements (PgBouncer before
1.21). Other databases ignore it.
"""

import sys
from contextlib import contextmanager

from django.conf import settings
from django.db import connection

try:
    from django.db.backends.postgresql.base import ServerBindingCursor
except ImportError:  # no psycopg 3 installed (SQLite only)
    ServerBindingCursor = None


if ServerBindingCursor is not None:

    class PreparingCursor(ServerBindingCursor):
        """Binds on the server and prepares every statement it runs (psycopg keeps
        the prepared ones per connection, the most recent 100)."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=True, binary=binary)

        def _send_query_prepared(self, name, pgq, *, binary=None):
            # psycopg keeps the statement it sent only when it is not prepared;
            # Django's query log (DEBUG, assertNumQueries) reads it from there.
            self._query = pgq
            return super()._send_query_prepared(name, pgq, binary=binary)


def _enabled() -> bool:
    return (
        connection.vendor == "postgresql"
        and ServerBindingCursor is not None
        and settings.DATABASE_PREPARED_STATEMENTS
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
