"""What reacts to a learner's result hears of it through one ordered list of
listeners (settings.LEARNING_LISTENERS), inside the result's transaction."""

import json

import pytest
from django.db import connection
from django.db.models.signals import post_save

from courses.models import LessonPage
from learning import listeners
from learning.models import LessonProgress

pytestmark = pytest.mark.django_db

HEARD = []


def first(change):
    HEARD.append(("first", change.progress.status, connection.in_atomic_block))


def second(change):
    HEARD.append(("second", change.progress.status, change.visit))


def refuse(change):
    raise RuntimeError("listener failed")


@pytest.fixture
def heard(settings):
    def use(*paths):
        settings.LEARNING_LISTENERS = [f"{__name__}.{path}" for path in paths]
        listeners.listeners.cache_clear()

    HEARD.clear()
    yield use
    listeners.listeners.cache_clear()


def read(client, lesson, *, end):
    return client.post(
        f"/api/lessons/{lesson.pk}/reading/",
        {"seconds": "30", "end": "1" if end else "0", "position": json.dumps({})},
    )


def test_listeners_hear_a_result_in_their_declared_order_inside_its_transaction(
    client, make_course, learner, heard
):
    heard("second", "first")
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).first()
    read(client, lesson, end=False)
    read(client, lesson, end=True)
    assert HEARD == [
        ("second", "in_progress", True),
        ("first", "in_progress", True),
        ("second", "completed", False),
        ("first", "completed", True),
    ]


def test_a_listener_that_fails_undoes_the_result(client, make_course, learner, heard):
    heard("refuse")
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).first()
    with pytest.raises(RuntimeError):
        read(client, lesson, end=True)
    assert not LessonProgress.objects.exists()


def test_results_send_no_signal_by_hand_and_the_grids_still_hear_them(
    client, make_course, learner, monkeypatch
):
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).first()
    read(client, lesson, end=False)  # creates the progress row (a real save)
    saved, staled = [], []
    receiver = lambda sender, **kwargs: saved.append(sender)  # noqa: E731
    post_save.connect(receiver, sender=LessonProgress, weak=False)
    monkeypatch.setattr(
        "classes.listeners.progress_changed",
        lambda sender, instance: staled.append(instance.learner_id),
    )
    try:
        read(client, lesson, end=False)
        read(client, lesson, end=True)
    finally:
        post_save.disconnect(receiver, sender=LessonProgress)
    assert saved == []
    assert staled == [learner.pk, learner.pk]
    assert LessonProgress.objects.get().status == LessonProgress.COMPLETED
