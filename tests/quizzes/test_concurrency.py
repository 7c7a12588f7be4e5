"""Many simultaneous requests for one learner and lesson, on PostgreSQL: no duplicate
attempt, no lost answer, no lost progress update.

SQLite serialises every write, so these run in the PostgreSQL pass of `make test`.
"""

import threading
import uuid

import pytest
from django.db import connection, connections
from django.test import Client

from courses.models import LessonPage
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.quizzes.builders import short_text

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 8


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is checked in the PostgreSQL pass (make test)")


def in_parallel(action, count=THREADS):
    """Run action(i) in `count` threads released together; return their results."""
    barrier = threading.Barrier(count)
    results = [None] * count
    errors = []

    def run(index):
        try:
            barrier.wait(timeout=30)
            results[index] = action(index)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return results


def logged_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_simultaneous_submits_with_one_key_make_one_attempt(quiz_lesson):
    lesson, quiz, activity = quiz_lesson()
    learner = UserFactory(username="podviinyi-klik")
    clients = [logged_in_client(learner) for _ in range(THREADS)]
    choice = quiz.question_snapshots()[0]
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    key = str(uuid.uuid4())
    url = f"/api/quizzes/{lesson.pk}/{activity}/submit/"

    def submit(i):
        response = clients[i].post(
            url,
            {"key": key, f"q-{choice['id']}": right},
            headers={"accept": "application/json"},
        )
        return response.status_code

    assert in_parallel(submit) == [200] * THREADS
    assert Attempt.objects.submitted().count() == 1
    assert LessonProgress.objects.get(learner=learner).best_score == 50


def test_simultaneous_autosaves_of_different_answers_all_arrive(quiz_lesson, make_quiz):
    questions = [short_text() for _ in range(THREADS)]
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(questions=questions))
    learner = UserFactory(username="bagato-vkladok")
    clients = [logged_in_client(learner) for _ in range(THREADS)]
    ids = [q["id"] for q in quiz.question_snapshots()]
    url = f"/api/quizzes/{lesson.pk}/{activity}/autosave/"

    def autosave(i):
        return clients[i].post(url, {f"q-{ids[i]}": f"відповідь {i}"}).status_code

    assert in_parallel(autosave) == [200] * THREADS
    attempt = Attempt.objects.get()
    assert attempt.responses == {ids[i]: f"відповідь {i}" for i in range(THREADS)}


def test_simultaneous_reading_heartbeats_lose_no_time(make_course):
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).get()
    learner = UserFactory(username="chytach")
    clients = [logged_in_client(learner) for _ in range(THREADS)]
    url = f"/api/lessons/{lesson.pk}/reading/"

    def heartbeat(i):
        return clients[i].post(url, {"seconds": "10"}).status_code

    assert in_parallel(heartbeat) == [200] * THREADS
    assert LessonProgress.objects.get().time_spent == 10 * THREADS
