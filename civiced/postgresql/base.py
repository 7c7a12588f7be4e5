"""Django's PostgreSQL backend with a cursor that prepares its statements.

Both are public seams: psycopg's `Cursor.execute(..., prepare=True)` prepares a
statement once per connection and then only executes it, and Django lets a project
subclass a built-in backend (its `ops_class`, "Subclassing the built-in database
backends" in Django's documentation). Django's query log (DEBUG, assertNumQueries)
asks `last_executed_query` for the statement a cursor sent; Django's own answer reads
what psycopg keeps only for statements it did not prepare, so ours composes the
statement with its parameters for the cursor below, as Django does when the server
binds. tests/civiced/test_prepared_statements.py pins the versions this was checked
against.
"""

import psycopg
from django.db.backends.postgresql import base, operations


class PreparingCursor(base.CursorMixin, psycopg.Cursor):
    """Binds on the server and prepares every statement it runs (psycopg keeps the
    prepared ones per connection, the most recent 100). Django's `CursorMixin` adds
    `callproc`, as on Django's own cursors."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=True, binary=binary)


class DatabaseOperations(operations.DatabaseOperations):
    def last_executed_query(self, cursor, sql, params):
        if isinstance(cursor, PreparingCursor):
            try:
                return psycopg.ClientCursor(cursor.connection).mogrify(sql, params)
            except psycopg.Error:
                return sql
        return super().last_executed_query(cursor, sql, params)


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
