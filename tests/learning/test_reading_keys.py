"""A reading report carries a key: sent again (kept on the device while offline, or
its answer lost), it counts once."""

import json
import uuid

import pytest

from courses.models import LessonPage
from learning.models import LessonProgress
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory(username="chytachka")
    client.force_login(user)
    return user


def read(client, lesson, key, seconds=30):
    return client.post(
        f"/api/lessons/{lesson.pk}/reading/",
        {
            "seconds": str(seconds),
            "end": "0",
            "position": json.dumps({"scroll": 40}),
            "key": key,
        },
    )


def test_a_reading_report_sent_twice_counts_once(client, make_course, learner):
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).get()
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    for key in (first, first, second, first):
        assert read(client, lesson, key).status_code == 200
    progress = LessonProgress.objects.get(learner=learner, lesson=lesson)
    assert progress.time_spent == 60


def test_a_malformed_reading_key_is_refused_and_changes_nothing(
    client, make_course, learner
):
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).get()
    response = read(client, lesson, "not-a-key")
    assert response.status_code == 400
    assert response.json()["error"] == "Запит має неправильний формат."
    assert not LessonProgress.objects.exists()
