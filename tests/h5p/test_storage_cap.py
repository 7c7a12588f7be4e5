"""What one learner may store through the H5P endpoints: statements and saved state
together stay under H5P_LEARNER_STORAGE_BYTES; past it, nothing more is kept."""

import json
import uuid

import pytest

from accounts.deletion import delete_account
from h5p.models import LearnerStorage, SavedState, Statement
from learning.models import LessonProgress
from tests.factories import UserFactory

from .fixtures import statement

pytestmark = pytest.mark.django_db

CAP = 40_000


@pytest.fixture
def learner(client, settings):
    settings.H5P_LEARNER_STORAGE_BYTES = CAP
    user = UserFactory(username="uchen")
    client.force_login(user)
    return user


def padded(size: int, **kwargs) -> dict:
    """A statement that carries about `size` bytes of text (a forged one, say)."""
    data = statement(**kwargs)
    data["object"]["definition"] = {"description": {"uk": "я" * (size // 2)}}
    return data


def send(client, lesson, activity_id, data, key=None):
    return client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/xapi/",
        json.dumps({"key": str(key or uuid.uuid4()), "statement": data}),
        content_type="application/json",
    )


def save_state(client, lesson, activity_id, data: str, seq: int):
    return client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/state/",
        json.dumps({"data": data, "seq": seq}),
        content_type="application/json",
    )


def used(learner) -> int:
    row = LearnerStorage.objects.filter(learner=learner).first()
    return row.bytes if row else 0


def test_forged_statements_past_the_cap_are_refused_and_nothing_is_stored(
    client, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=60)
    # A question's statements (child statements) fill the learner's storage...
    accepted = 0
    while True:
        response = send(client, lesson, activity_id, padded(12_000, parent=True))
        if response.status_code != 200:
            break
        accepted += 1
        assert accepted < 10
    assert accepted == 3
    assert response.status_code == 413
    assert "Більше нічого не зберігається" in response.json()["error"]
    stored = Statement.objects.count()
    assert stored == accepted
    # ...and then even a forged 100 % that would complete the lesson is refused
    # whole: no statement, no progress.
    response = send(client, lesson, activity_id, padded(8_000, raw=1, maximum=1))
    assert response.status_code == 413
    assert Statement.objects.count() == stored
    assert not LessonProgress.objects.filter(
        learner=learner, status=LessonProgress.COMPLETED
    ).exists()
    assert used(learner) <= CAP
    # A small statement that still fits is taken.
    assert send(client, lesson, activity_id, statement(raw=1, maximum=2)).status_code
    assert used(learner) <= CAP


def test_a_statement_counts_once_however_often_it_is_retried(
    client, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson()
    key = uuid.uuid4()
    send(client, lesson, activity_id, padded(5_000, parent=True), key=key)
    once = used(learner)
    assert once > 5_000
    for _ in range(3):
        response = send(
            client, lesson, activity_id, padded(5_000, parent=True), key=key
        )
        assert response.status_code == 200
    assert used(learner) == once
    assert Statement.objects.count() == 1


def test_a_state_past_the_cap_is_refused_and_the_old_state_stays(
    client, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson()
    small = json.dumps({"answers": [1, 2]})
    assert save_state(client, lesson, activity_id, small, 1).status_code == 200
    for _ in range(3):
        send(client, lesson, activity_id, padded(10_000, parent=True))
    big = json.dumps({"notes": "я" * 6_000})
    response = save_state(client, lesson, activity_id, big, 2)
    assert response.status_code == 413
    assert "Більше нічого не зберігається" in response.json()["error"]
    assert SavedState.objects.get().data == small
    state_url = f"/api/h5p/{lesson.pk}/{activity_id}/state/"
    assert client.get(state_url).json()["data"] == small
    # Replacing the state with a smaller one, or forgetting it, is always allowed
    # and gives its room back.
    before = used(learner)
    assert save_state(client, lesson, activity_id, "{}", 3).status_code == 200
    assert used(learner) == before - len(small) + 2
    assert save_state(client, lesson, activity_id, None, 4).status_code == 200
    assert used(learner) == before - len(small)


def test_replacing_a_state_counts_only_the_latest(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    data = json.dumps({"notes": "x" * 15_000})
    for seq in range(1, 8):
        assert save_state(client, lesson, activity_id, data, seq).status_code == 200
    assert used(learner) == len(data)


def test_deleting_the_account_empties_the_count(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    send(client, lesson, activity_id, padded(5_000, raw=1, maximum=1))
    save_state(client, lesson, activity_id, json.dumps({"a": 1}), 1)
    assert used(learner) > 5_000
    delete_account(learner)
    assert used(learner) == 0


def test_each_learner_has_their_own_room(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    for _ in range(3):
        send(client, lesson, activity_id, padded(12_000, parent=True))
    assert send(client, lesson, activity_id, padded(5_000)).status_code == 413
    other = UserFactory(username="inshyi")
    client.force_login(other)
    assert send(client, lesson, activity_id, padded(12_000)).status_code == 200
