"""Transactions that commit, for the suite run with the caches on.

Each test runs inside a transaction that is rolled back at its end, so
`transaction.on_commit` callbacks never run, and every cache would keep what a test
changed. With the caches on (CIVICED_TEST_CACHES) the callbacks run as production
runs them: at once outside the code's own transaction, and when its outermost
`atomic` block exits without error. Inside `django_capture_on_commit_callbacks`
the test decides, as Django's own capture does.
"""

from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import TestCase

_capturing = [0]


def _outside_code_transactions(connection) -> bool:
    return not _capturing[0] and all(
        block._from_testcase for block in connection.atomic_blocks
    )


def install() -> None:
    on_commit, atomic_exit = BaseDatabaseWrapper.on_commit, transaction.Atomic.__exit__

    def commit_now(self, func, robust=False):
        if self.in_atomic_block and _outside_code_transactions(self):
            func()
        else:
            on_commit(self, func, robust)

    def exit_and_commit(self, exc_type, exc_value, traceback):
        result = atomic_exit(self, exc_type, exc_value, traceback)
        connection = transaction.get_connection(self.using)
        if (
            connection.run_on_commit
            and connection.in_atomic_block
            and not connection.needs_rollback
            and _outside_code_transactions(connection)
        ):
            pending, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, func, _robust in pending:
                func()
        return result

    BaseDatabaseWrapper.on_commit = commit_now
    transaction.Atomic.__exit__ = exit_and_commit


@contextmanager
def capture(*, using=DEFAULT_DB_ALIAS, execute=False):
    """Django's capture of on_commit callbacks; what it captured is then done with."""
    start = len(connections[using].run_on_commit)
    _capturing[0] += 1
    try:
        with TestCase.captureOnCommitCallbacks(using=using, execute=execute) as found:
            yield found
    finally:
        _capturing[0] -= 1
        del connections[using].run_on_commit[start:]
