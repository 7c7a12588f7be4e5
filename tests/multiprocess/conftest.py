"""Multi-process tests: the site served by real gunicorn servers, several workers
each, and a change made on one worker checked on every other.

Marked `multiprocess` and run by `make pytest-multiprocess` (part of `make test`)
inside scripts/with-postgres.sh; the other passes leave them out. Every set-up the
chosen tests use is made and loaded in the background from the start of the run,
served for the tests that name it, and stopped and removed on the way out, whatever
happened:

- production: a private Redis and two app servers of two workers each
  (tests/multiprocess/production_settings.py: the production settings, DEBUG off)
  on one fresh PostgreSQL database;
- make-run: `make run`'s settings (civiced/settings/demo.py, its default cache, no
  REDIS_URL) on a fresh SQLite file, one server of two workers.

Both are migrated and given what tests/multiprocess/scenario.py makes. A
response names its worker (`X-Worker-Pid`, tests/multiprocess/middleware.py). A
failing test shows the end of every server's log.
"""

import json
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import bs4
import psycopg
import pytest
import requests
from wagtail.test.utils.form_data import querydict_from_html

from bench.services import Gunicorn, Redis, ServiceError
from tests.multiprocess import scenario
from tests.multiprocess.middleware import WORKER_HEADER
from tests.multiprocess.scenario import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
WORKERS = 2
TIMEOUT = 30  # seconds for one request
REACH_EVERY_WORKER = 60  # seconds to reach every worker of a server
LOG_TAIL = 6000  # characters of each log shown with a failure

ADMIN = scenario.ADMIN
EDITOR = scenario.EDITOR
TEACHER = scenario.CLASS_TEACHER


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/multiprocess/" in str(item.fspath):
            item.add_marker(pytest.mark.multiprocess)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    site = item.funcargs.get("site") if hasattr(item, "funcargs") else None
    if report.failed and isinstance(site, Site):
        for log in site.logs():
            text = log.read_text(errors="replace") if log.exists() else ""
            report.sections.append((f"log {log.name}", text[-LOG_TAIL:]))
    return report


# --- the set-ups --------------------------------------------------------------------


def _clean_env() -> dict:
    """The environment without anything the test run set for its own settings."""
    env = dict(os.environ)
    for name in (
        "DJANGO_SETTINGS_MODULE",
        "DJANGO_DEBUG",
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "DATABASE_URL",
        "REDIS_URL",
        "CIVICED_TEST_CACHES",
        "PYTEST_XDIST_WORKER",
        "MEDIA_ROOT",
        "WAGTAILADMIN_BASE_URL",
        "CIVICED_CACHE_DIR",
    ):
        env.pop(name, None)
    return env


@dataclass
class Site:
    """One set-up: its servers, the one database and cache they share, and what
    tests/multiprocess/scenario.py made."""

    name: str
    folder: Path
    env: dict
    servers: list[Gunicorn] = field(default_factory=list)
    redis: Redis | None = None
    data: dict = field(default_factory=dict)

    def logs(self) -> list[Path]:
        return sorted(self.folder.glob("*.log"))

    def manage(self, *args: str) -> str:
        """`manage.py` with the servers' settings; its output, or a failure that
        shows it."""
        run = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if run.returncode:
            pytest.fail(
                f"manage.py {' '.join(args)} failed ({run.returncode}):\n"
                f"{run.stdout[-LOG_TAIL:]}\n{run.stderr[-LOG_TAIL:]}",
                pytrace=False,
            )
        return run.stdout

    def shell(self, code: str) -> str:
        """Run `code` in `manage.py shell`, as an operator would."""
        return self.manage("shell", "--no-imports", "-v0", "-c", code)

    def serve(self, count: int) -> None:
        for number in range(1, count + 1):
            log = self.folder / f"{self.name}-server-{number}.log"
            # Stopped in 2 s at most: the tests leave no request running.
            server = Gunicorn(
                self.env, WORKERS, log=log, options=["--graceful-timeout", "2"]
            )
            self.servers.append(server)
            try:
                server.__enter__()
            except ServiceError as error:
                text = log.read_text(errors="replace") if log.exists() else ""
                pytest.fail(f"{error}\n{text[-LOG_TAIL:]}", pytrace=False)

    def load(self) -> None:
        # The settings' STATIC_ROOT: nothing is collected (whitenoise's finders
        # serve the files), but whitenoise warns about a missing folder.
        (Path(self.env["CIVICED_VAR_DIR"]) / "static").mkdir(parents=True)
        self.manage("migrate", "--noinput", "-v0")
        output = self.shell(
            "from tests.multiprocess.scenario import prepare; prepare()"
        )
        self.data = json.loads(output.strip().splitlines()[-1])

    def stop(self) -> None:
        for server in self.servers:
            server.stop()
        self.servers = []

    @property
    def first(self) -> Gunicorn:
        """The server a change is made on."""
        return self.servers[0]

    @property
    def others_first(self) -> list[Gunicorn]:
        """Every server, those the change was not made on first: with two servers,
        the other one's workers answer first after the change, then the first's
        (the worker that made it, and its neighbour)."""
        return self.servers[1:] + self.servers[:1]


def _postgres_database(url: str) -> tuple[str, Callable[[], None]]:
    """A fresh database on the PostgreSQL server of `url`, and how to drop it."""
    name = f"civiced_mp_{secrets.token_hex(4)}"
    parts = urlsplit(url)
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def production_site(folder: Path, cleanups: list) -> Site:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        pytest.fail(
            "The production set-up needs PostgreSQL: run `make pytest-multiprocess`"
            " (or scripts/with-postgres.sh .venv/bin/pytest -m multiprocess).",
            pytrace=False,
        )
    database, drop = _postgres_database(url)
    cleanups.append(drop)
    redis = Redis(folder / "redis")
    cleanups.append(redis.stop)
    redis.start()
    return Site(
        "production",
        folder,
        {
            **_clean_env(),
            "DJANGO_SETTINGS_MODULE": "tests.multiprocess.production_settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain http on 127.0.0.1: no load balancer in front to say https, or
            # to add the client's address.
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_BEHIND_PROXY": "false",
            "WAGTAILADMIN_BASE_URL": "https://civic.example.org",
            "DATABASE_URL": database,
            "REDIS_URL": redis.url,
            "CIVICED_VAR_DIR": str(folder / "var"),
            "LOG_LEVEL": "WARNING",
        },
        redis=redis,
    )


def make_run_site(folder: Path, cleanups: list) -> Site:
    return Site(
        "make-run",
        folder,
        {
            **_clean_env(),
            "DJANGO_SETTINGS_MODULE": "tests.multiprocess.demo_settings",
            "DATABASE_URL": f"sqlite:///{folder / 'civiced.sqlite3'}",
            "CIVICED_VAR_DIR": str(folder / "var"),
            "LOG_LEVEL": "WARNING",
        },
    )


# Each set-up: how it is made, and how many servers it runs.
SET_UPS = {"production": (production_site, 2), "make-run": (make_run_site, 1)}


class Loading(threading.Thread):
    """A set-up made, migrated and loaded in the background (the work is done by
    subprocesses; the thread waits for them)."""

    def __init__(self, name: str, cleanups: list):
        super().__init__(name=f"loading {name}", daemon=True)
        self.set_up = name
        self.cleanups = cleanups
        self.site: Site | None = None
        self.error: BaseException | None = None

    def run(self):
        try:
            folder = Path(tempfile.mkdtemp(prefix=f"civiced-mp-{self.set_up}."))
            self.cleanups.append(lambda: shutil.rmtree(folder, ignore_errors=True))
            folder.chmod(0o755)
            make, _servers = SET_UPS[self.set_up]
            self.site = make(folder, self.cleanups)
            self.site.load()
        except BaseException as error:  # pytest.fail is one; shown by result()
            self.error = error

    def result(self) -> Site:
        self.join()
        if self.error is not None:
            raise self.error
        return self.site


@pytest.fixture(scope="session")
def set_ups(request):
    """Every set-up the chosen tests use, all loading at once from the start, so
    that one's migrations run while another's tests do."""
    names = {
        item.callspec.params["site"]
        for item in request.session.items
        if "site" in getattr(getattr(item, "callspec", None), "params", {})
    }
    cleanups: list = []
    loading = {name: Loading(name, cleanups) for name in sorted(names)}
    try:
        for thread in loading.values():
            thread.start()
        yield loading
    finally:
        for thread in loading.values():
            thread.join()
            if thread.site is not None:
                thread.site.stop()
        for cleanup in reversed(cleanups):
            cleanup()


@pytest.fixture(scope="module")
def site(request, set_ups):
    """The set-up named by the test's parameter, served once per module."""
    site = set_ups[request.param].result()
    try:
        site.serve(SET_UPS[request.param][1])
        yield site
    finally:
        site.stop()


# --- people -------------------------------------------------------------------------


class Visitor:
    """One person's browser: their cookies, whichever server they reach.

    Cookies are kept by hand: the production settings mark them Secure, and the
    servers here are plain http on 127.0.0.1.
    """

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, method: str, server: Gunicorn, path: str, **kwargs):
        headers = kwargs.pop("headers", {})
        if method != "GET" and "csrftoken" in self.cookies:
            headers.setdefault("X-CSRFToken", self.cookies["csrftoken"])
        response = requests.request(
            method,
            server.base + path,
            cookies=self.cookies,
            headers=headers,
            allow_redirects=False,
            timeout=TIMEOUT,
            **kwargs,
        )
        for cookie in response.cookies:
            if cookie.value:
                self.cookies[cookie.name] = cookie.value
            else:
                self.cookies.pop(cookie.name, None)
        return response

    def get(self, server: Gunicorn, path: str, **kwargs):
        return self.request("GET", server, path, **kwargs)

    def post(self, server: Gunicorn, path: str, data, **kwargs):
        return self.request("POST", server, path, data=data, **kwargs)

    def log_in(self, server: Gunicorn, username: str, password: str = PASSWORD):
        self.get(server, "/accounts/login/")
        response = self.post(
            server, "/accounts/login/", {"login": username, "password": password}
        )
        assert response.status_code == 302, (
            f"{username} could not log in: {response.status_code}\n"
            f"{response.text[:2000]}"
        )
        return self

    def form(self, server: Gunicorn, path: str, **find) -> list[tuple[str, str]]:
        """The fields of the form on `path` as the browser would send them."""
        response = self.get(server, path)
        assert response.status_code == 200, (path, response.status_code)
        data = querydict_from_html(response.text, **find)
        # A ticked box without a value attribute is sent as "on" (Wagtail's reader
        # gives "", which Django reads as unticked).
        soup = bs4.BeautifulSoup(response.text, "html.parser")
        bare = {
            box["name"]
            for box in soup.find_all("input", type="checkbox", checked=True)
            if box.get("name") and "value" not in box.attrs
        }
        return [
            (key, "on" if key in bare and value == "" else value)
            for key in data
            for value in data.getlist(key)
        ]


def log_in(server: Gunicorn, username: str, password: str = PASSWORD) -> Visitor:
    return Visitor().log_in(server, username, password)


# --- every worker -------------------------------------------------------------------


def worker(response) -> str:
    pid = response.headers.get(WORKER_HEADER)
    assert pid, f"no {WORKER_HEADER} on {response.url}"
    return pid


def on_every_worker(
    servers: list[Gunicorn],
    ask: Callable[[Gunicorn], requests.Response],
    check: Callable[[requests.Response], None],
) -> set[str]:
    """Ask each server until every one of its workers has answered; every answer
    must pass `check` (an assertion about what the person sees).

    Returns the workers' pids.
    """
    seen: set[str] = set()
    for server in servers:
        answered: set[str] = set()
        deadline = time.monotonic() + REACH_EVERY_WORKER
        while len(answered) < WORKERS:
            assert time.monotonic() < deadline, (
                f"only workers {sorted(answered)} of {server.base} answered in "
                f"{REACH_EVERY_WORKER} s"
            )
            response = ask(server)
            pid = worker(response)
            try:
                check(response)
            except AssertionError as error:
                raise AssertionError(
                    f"worker {pid} of {server.base}: {error}"
                ) from None
            answered.add(pid)
        seen |= answered
    return seen


def new_key() -> str:
    return str(uuid.uuid4())
