"""A load test: gunicorn with several workers, many learners answering at once on
PostgreSQL. Zero errors, and every submitted answer is in the database afterwards.

Runs in the PostgreSQL pass of `make test` (SQLite serialises every write).
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 24
WORKERS = 3


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("the load test runs in the PostgreSQL pass (make test)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server():
    """gunicorn serving the test database with several workers."""
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}"
        f"/{db['NAME']}"
    )
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "civiced.settings.test",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "civiced.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=5) as answer:
                    if answer.status == 200:
                        break
            except OSError:  # not listening yet, or still starting
                time.sleep(0.5)
        else:
            pytest.fail("gunicorn did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=60)
        # The workers' connections may outlive them for a moment; end them so the
        # test database can be dropped.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def request(url, *, cookies: dict, data: dict | None = None, csrf: str = ""):
    body = None
    headers = {
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
        "Accept": "application/json",
    }
    if data is not None:
        body = urllib.parse.urlencode(data).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["X-CSRFToken"] = csrf
    req = urllib.request.Request(url, data=body, headers=headers)
    with urllib.request.urlopen(req, timeout=60) as answer:
        return answer.status, answer.headers, answer.read()


def test_many_learners_answer_at_once_and_every_answer_is_kept(server, quiz_lesson):
    lesson, quiz, activity = quiz_lesson()
    choice, text = quiz.question_snapshots()
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    learners = [UserFactory() for _ in range(LEARNERS)]
    sessions = {learner.pk: session_cookie(learner) for learner in learners}

    def take_quiz(learner):
        cookies = {settings.SESSION_COOKIE_NAME: sessions[learner.pk]}
        status, headers, _ = request(server + lesson.url, cookies=cookies)
        assert status == 200
        jar = SimpleCookie()
        for value in headers.get_all("Set-Cookie") or []:
            jar.load(value)
        csrf = jar[settings.CSRF_COOKIE_NAME].value
        cookies[settings.CSRF_COOKIE_NAME] = csrf
        api = f"{server}/api/quizzes/{lesson.pk}/{activity}"
        for seq in (1, 2):
            status, _, _ = request(
                f"{api}/autosave/",
                cookies=cookies,
                csrf=csrf,
                data={f"q-{choice['id']}": right, "seq": str(seq)},
            )
            assert status == 200
        status, _, body = request(
            f"{api}/submit/",
            cookies=cookies,
            csrf=csrf,
            data={
                "key": str(uuid.uuid4()),
                f"q-{choice['id']}": right,
                f"q-{text['id']}": f"Київ Цифровий {learner.pk}",
            },
        )
        assert status == 200, body
        return json.loads(body)

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(take_quiz, learners))

    assert len(answers) == LEARNERS
    submitted = Attempt.objects.exclude(status=Attempt.IN_PROGRESS)
    assert submitted.count() == LEARNERS
    assert not Attempt.objects.filter(status=Attempt.IN_PROGRESS).exists()
    for attempt in submitted:
        assert attempt.responses[choice["id"]] == right
        assert attempt.responses[text["id"]] == f"Київ Цифровий {attempt.learner_id}"
    assert LessonProgress.objects.filter(lesson=lesson).count() == LEARNERS
