"""On PostgreSQL, the quiz endpoints' written-out statements are prepared once per
connection and then only executed (civiced/db.py). Nothing else is prepared, the
query log still shows them, and a setting turns it off.

Prepared statements exist only on PostgreSQL, so these run in its pass of `make test`.
"""

import uuid

import django
import psycopg
import pytest
from django.db import DataError, connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from civiced.db import prepared_statements
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.quizzes.test_taking import field, urls


@pytest.fixture(autouse=True)
def postgresql_only(db):
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are checked in the PostgreSQL pass")
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")
    connection.connection._prepared.clear()


def prepared() -> dict[str, int]:
    """This connection's prepared statements: their text and how often they ran."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT statement, generic_plans + custom_plans FROM pg_prepared_statements"
        )
        return dict(cursor.fetchall())


@pytest.fixture
def submit(client, quiz_lesson, make_quiz):
    """A logged-in learner's submit of a quiz without a limit, each with a new key."""
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(attempts_allowed=None))
    client.force_login(UserFactory(username="olena"))
    question = quiz.question_snapshots()[1]  # the short text one
    autosave_url, submit_url = urls(lesson, activity)

    def send(answer="Київрада"):
        client.post(autosave_url, {field(question["id"]): answer, "seq": "1"})
        response = client.post(
            submit_url,
            {field(question["id"]): answer, "key": str(uuid.uuid4())},
            headers={"Accept": "application/json"},
        )
        assert response.status_code == 200
        return response

    return send


def test_a_submit_prepares_its_statements_once_and_runs_them_again(submit):
    submit()
    first = prepared()
    # The progress lock, this key's and the open attempt with those that count, the
    # result written with its progress; and the autosave's look for an open attempt.
    assert any("FROM quizzes_lessonprogress WHERE" in sql for sql in first)
    assert any(
        sql.startswith("WITH w0 AS (UPDATE quizzes_lessonprogress") for sql in first
    )
    assert any("SELECT a.id, a.questions, a.responses" in sql for sql in first)
    submit()
    again = prepared()
    assert again.keys() == first.keys()
    assert all(again[sql] > runs for sql, runs in first.items() if "$1" in sql)
    assert Attempt.objects.filter(status=Attempt.GRADED).count() == 2


def test_nothing_outside_them_is_prepared(submit):
    submit()
    UserFactory(username="petro")
    assert list(UserFactory._meta.model.objects.filter(username="petro"))
    assert not any("accounts_user" in sql for sql in prepared())


def test_the_query_log_shows_the_prepared_statements(submit):
    submit()
    with CaptureQueriesContext(connection) as queries:
        submit()
    logged = [query["sql"] for query in queries.captured_queries]
    assert all(isinstance(sql, str) and sql for sql in logged)
    assert any(
        sql.startswith("WITH w0 AS (UPDATE quizzes_lessonprogress") for sql in logged
    )


def test_the_setting_turns_them_off(submit, settings):
    settings.DATABASE_PREPARED_STATEMENTS = False
    submit()
    assert prepared() == {}
    assert Attempt.objects.filter(status=Attempt.GRADED).count() == 1


def test_a_failed_statement_leaves_the_connection_as_it_was(submit):
    with (
        pytest.raises(DataError),
        transaction.atomic(),
        prepared_statements(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT 1 / %s", [0])
    # The ORM's queries after it are bound on the client again, and submits work.
    with CaptureQueriesContext(connection) as queries:
        UserFactory._meta.model.objects.filter(username="olena").exists()
    assert "'olena'" in queries.captured_queries[0]["sql"]
    submit()
    assert Attempt.objects.filter(status=Attempt.GRADED).count() == 1


def test_the_public_seams_hold_on_the_pinned_versions():
    """Prepared statements go through public seams only: psycopg's `prepare=True`, and
    Django's backend subclassed so its query log shows them (civiced/postgresql).
    Checked against these versions: on an upgrade, read the release notes of
    psycopg's `Cursor.execute` and Django's `last_executed_query`, run this, then move
    the pins."""
    assert django.VERSION[:2] == (5, 2), "Django upgraded: check civiced/postgresql"
    assert psycopg.__version__.split(".")[:2] == ["3", "3"], "psycopg upgraded: check"
    assert type(connections["default"]).__module__ == "civiced.postgresql.base"
    with (
        CaptureQueriesContext(connection) as queries,
        prepared_statements(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT %s::text AS civiced_seam", ["Київ"])
        assert cursor.fetchone() == ("Київ",)
    # Really prepared (the server keeps it, with its parameter), and logged as sent.
    assert prepared() == {"SELECT $1::text AS civiced_seam": 1}
    assert queries.captured_queries[-1]["sql"] == "SELECT 'Київ'::text AS civiced_seam"
