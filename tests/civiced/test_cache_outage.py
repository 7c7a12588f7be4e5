"""Redis is a cache, not a single point of failure (civiced/cache_health.py).

The cache and sessions are configured exactly as base.py configures them when
REDIS_URL is set (read from a fresh interpreter), pointed at a port where nothing
listens, or at a private redis-server that the tests stop and start.
"""

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import redis
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from civiced import cache_health, ratelimit
from classes.models import Class, Institution, Membership
from courses.models import LessonPage
from tests.conftest import publish
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
HEALTH_LOGGER = "civiced.cache_health"

PRINT_REDIS_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({"cache": settings.CACHES["default"],
                  "session": settings.SESSION_ENGINE}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def production_cache():
    """What base.py configures for the cache and sessions when REDIS_URL is set."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "civiced.settings.dev",
        "CIVICED_VAR_DIR": "/tmp/civiced-settings-test",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "-c", PRINT_REDIS_SETTINGS],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def use_redis(settings, production_cache, url: str) -> None:
    settings.CACHES = {"default": {**production_cache["cache"], "LOCATION": url}}
    settings.SESSION_ENGINE = production_cache["session"]
    # The caches on, as in production.
    settings.PAGE_CACHE_SECONDS = 300
    settings.USER_CACHE_SECONDS = 300
    settings.GRID_CACHE_SECONDS = 300
    cache_health.forget_outages()


@pytest.fixture
def redis_down(settings, production_cache):
    """Redis unreachable: nothing listens on its port."""
    use_redis(settings, production_cache, f"redis://127.0.0.1:{free_port()}/0")
    yield
    cache_health.forget_outages()


@pytest.fixture
def lesson(make_course):
    course = make_course(title="Петиції", lessons=1)
    return LessonPage.objects.child_of(course).get()


def test_pages_are_served_uncached_and_the_outage_is_logged_once(
    client, lesson, redis_down, caplog
):
    with caplog.at_level(logging.INFO, logger=HEALTH_LOGGER):
        pages = [client.get(lesson.url) for _ in range(10)]
        home = client.get("/")
    for page in pages:
        assert page.status_code == 200
        assert "Абзац 0." in page.content.decode()
    assert home.status_code == 200
    warnings = [r for r in caplog.records if r.name == HEALTH_LOGGER]
    assert len(warnings) == 1
    assert warnings[0].levelname == "WARNING"
    assert "Cache unreachable" in warnings[0].getMessage()


def test_an_outage_adds_no_timeout_to_every_request(
    client, lesson, redis_down, monkeypatch
):
    client.get(lesson.url)  # finds Redis down
    attempts = []
    connect = redis.connection.AbstractConnection.connect

    def counted(self):
        attempts.append(self)
        return connect(self)

    monkeypatch.setattr(redis.connection.AbstractConnection, "connect", counted)
    for _ in range(5):
        page = client.get(lesson.url)
        assert page.status_code == 200
        assert "Абзац 0." in page.content.decode()
    # For two seconds the breaker answers as an empty cache without trying Redis.
    assert attempts == []
    assert not cache_health.available()


def test_healthz_reports_the_cache_unreachable_and_stays_200(client, db, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "cache": "unreachable",
    }


def test_the_login_page_opens(client, site_pages, redis_down):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("input[name=password]") is not None


def test_a_login_attempt_is_refused_with_a_message(
    client, user, password, site_pages, redis_down
):
    response = client.post(
        "/accounts/login/", {"login": user.username, "password": password}
    )
    assert response.status_code == 200
    assert "Вхід ненадовго недоступний" in response.content.decode()
    # Not logged in: the profile still asks for a login.
    assert client.get("/accounts/profile/")["Location"].startswith("/accounts/login/")


def test_a_logged_in_user_stays_logged_in(client, user, site_pages, redis_down):
    client.force_login(user)
    page = client.get("/accounts/profile/")
    assert page.status_code == 200
    assert 'name="display_name"' in page.content.decode()


def test_a_join_code_still_works(client, db, redis_down):
    school = Institution.objects.create(
        name="Ліцей № 100", kind="school", district="obolonskyi"
    )
    klass = Class.objects.create(
        institution=school, name="9-Б", academic_year="2026/2027"
    )
    learner = UserFactory(username="uchen")
    client.force_login(learner)
    response = client.post("/join/", {"code": klass.join_code})
    assert response["Location"] == "/learning/"
    assert Membership.objects.current().filter(klass=klass, learner=learner).exists()


# --- a real Redis, stopped and started ---------------------------------------------


class RedisServer:
    """A private redis-server that keeps its data on disk (append-only file, written
    at every command), so a restart brings back what it held, as a persisted Redis
    or one cut off from the app servers for a while would."""

    def __init__(self, folder: str):
        self.folder = folder
        self.port = free_port()
        self.process = None
        self.client = redis.Redis(host="127.0.0.1", port=self.port)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                *("redis-server", "--bind", "127.0.0.1", "--port", str(self.port)),
                *("--save", "", "--appendonly", "yes", "--appendfsync", "always"),
                *("--dir", self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            try:
                self.client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def redis_server(settings, production_cache, monkeypatch):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (make test installs it)")
    folder = tempfile.mkdtemp(prefix="civiced-redis-")
    server = RedisServer(folder)
    server.start()
    use_redis(settings, production_cache, f"redis://127.0.0.1:{server.port}/0")
    monkeypatch.setattr(cache_health, "RETRY_SECONDS", 0.2)
    yield server
    if server.process.poll() is None:
        server.stop()
    shutil.rmtree(folder, ignore_errors=True)
    cache_health.forget_outages()


def test_an_edit_published_during_an_outage_shows_once_redis_is_back(
    client, lesson, redis_server, django_capture_on_commit_callbacks, caplog
):
    assert "Абзац 0." in client.get(lesson.url).content.decode()  # now cached
    # Redis goes down (keeping its data on disk): the publish's version bump is lost.
    redis_server.stop()
    lesson.body = [("paragraph", "<p>Нова редакція уроку.</p>")]
    with (
        caplog.at_level(logging.INFO, logger=HEALTH_LOGGER),
        django_capture_on_commit_callbacks(execute=True),
    ):
        publish(lesson)
        during = client.get(lesson.url).content.decode()
        # It comes back with the old version and the page cached under it.
        redis_server.start()
        time.sleep(0.3)
        after = [client.get(lesson.url).content.decode() for _ in range(2)]
    assert "Нова редакція уроку." in during
    for html in after:
        assert "Нова редакція уроку." in html and "Абзац 0." not in html
    assert [r.levelname for r in caplog.records if r.name == HEALTH_LOGGER] == [
        "WARNING",
        "INFO",
    ]
    assert cache_health.available()


def test_a_cache_restart_logs_no_one_out(
    client, user, password, site_pages, redis_server
):
    server = redis_server.client
    response = client.post(
        "/accounts/login/", {"login": user.username, "password": password}
    )
    assert response.status_code == 302
    server.flushall()  # what a restart of an in-memory Redis leaves
    page = client.get("/accounts/profile/")
    assert page.status_code == 200
    assert 'name="display_name"' in page.content.decode()
    assert get_user_model().objects.get(pk=user.pk).last_login is not None


def test_a_login_is_refused_when_redis_goes_away_while_its_limits_are_counted(
    client, user, password, site_pages, monkeypatch
):
    # Reachable when the form starts, gone by the time allauth has counted the
    # attempt: the limits were not counted, so the login is refused all the same.
    monkeypatch.setattr(cache_health, "reachable", lambda: True)
    monkeypatch.setattr(cache_health, "available", lambda: False)
    response = client.post(
        "/accounts/login/", {"login": user.username, "password": password}
    )
    assert "Вхід ненадовго недоступний" in response.content.decode()
    assert client.get("/accounts/profile/")["Location"].startswith("/accounts/login/")


def test_limits_let_requests_through_unless_they_fail_closed(redis_down):
    # Nothing can be counted: a limit such as the certificate check's lets every
    # request through; one that guards passwords refuses them all.
    assert all(
        ratelimit.hit("verify", "203.0.113.9", limit=1, window=60) for _ in "abc"
    )
    assert not ratelimit.hit(
        "login", "203.0.113.9", limit=5, window=60, fail_closed=True
    )
