"""Many simultaneous xAPI statements and state saves for one learner and activity,
on PostgreSQL: every statement stored once, no lost progress update, no deadlock.

SQLite serialises every write, so these run in the PostgreSQL pass of `make test`.
"""

import json
import uuid

import pytest
from django.db import connection

from h5p.models import SavedState, Statement
from learning.models import LessonProgress
from tests.factories import UserFactory
from tests.quizzes.test_concurrency import in_parallel, logged_in_client

from .fixtures import statement

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked in the PostgreSQL pass (make test)")


def post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def test_simultaneous_statements_are_each_stored_once_and_complete_the_lesson(
    h5p_lesson,
):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=50)
    learner = UserFactory()
    url = f"/api/h5p/{lesson.pk}/{activity_id}/xapi/"
    keys = [uuid.uuid4() for _ in range(8)]

    def send(index):
        client = logged_in_client(learner)
        # Every key twice: retries racing their originals.
        body = {
            "key": str(keys[index % 4]),
            "statement": statement(raw=index, maximum=8),
        }
        return post(client, url, body).status_code

    assert in_parallel(send) == [200] * 8
    assert Statement.objects.filter(learner=learner).count() == 4
    progress = LessonProgress.objects.get(learner=learner, lesson=lesson)
    best = max(
        Statement.objects.filter(learner=learner).values_list("percent", flat=True)
    )
    assert progress.best_score == best
    assert progress.status == (
        LessonProgress.COMPLETED if best >= 50 else LessonProgress.IN_PROGRESS
    )


def test_simultaneous_state_saves_keep_the_newest(h5p_lesson):
    lesson, activity_id = h5p_lesson()
    learner = UserFactory()
    url = f"/api/h5p/{lesson.pk}/{activity_id}/state/"

    def save(index):
        client = logged_in_client(learner)
        body = {"data": json.dumps({"step": index + 1}), "seq": index + 1}
        return post(client, url, body).status_code

    assert in_parallel(save) == [200] * 8
    state = SavedState.objects.get(learner=learner)
    assert json.loads(state.data) == {"step": 8} and state.seq == 8


def test_simultaneous_statements_never_take_more_than_the_cap(h5p_lesson, settings):
    """Eight of one learner's statements at once, room for three: three stored, and
    the count is what they take."""
    from h5p.models import LearnerStorage
    from h5p.storage import statement_bytes
    from h5p.xapi import stored_statement

    lesson, activity_id = h5p_lesson()
    learner = UserFactory()
    url = f"/api/h5p/{lesson.pk}/{activity_id}/xapi/"
    data = statement(parent=True)
    data["object"]["definition"] = {"description": {"uk": "я" * 5_000}}
    size = statement_bytes(stored_statement(data))
    settings.H5P_LEARNER_STORAGE_BYTES = 3 * size + size // 2

    def send(index):
        client = logged_in_client(learner)
        return post(client, url, {"key": str(uuid.uuid4()), "statement": data})

    codes = sorted(response.status_code for response in in_parallel(send))
    assert codes == [200] * 3 + [413] * 5
    assert Statement.objects.filter(learner=learner).count() == 3
    assert LearnerStorage.objects.get(learner=learner).bytes == 3 * size
