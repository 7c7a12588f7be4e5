"""Tests: fast password hashing, in-memory email, no debug."""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-insecure-key-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# pytest-xdist runs the suite in several processes (`make test`): each has its own
# uploads folder, its own test database (pytest-django names it) and its own Redis
# database, because clearing the cache empties a whole Redis database.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
MEDIA_ROOT = Path(
    env.str("MEDIA_ROOT", default="/tmp/civiced-test-media") + XDIST_WORKER
)
# Tests serve static files through the finders (the live server's handler); a
# STATIC_ROOT filled by `make run` would only make every test client's WhiteNoise
# scan it, and tests would differ between a developer's machine and CI.
STATIC_ROOT = VAR_DIR / "test-static-unused"
# Rate limits are tested on purpose (with the base settings); other tests must not
# trip them.
ACCOUNT_RATE_LIMITS = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# The caches: off by default (tests see every page freshly rendered, and the tests of
# each cache turn it on), or, with CIVICED_TEST_CACHES=on, at their production
# settings, so the cached paths are what the suite runs (`make test` runs its
# PostgreSQL pass so, with Redis as the cache: REDIS_URL, see base.py). Tests that
# are about the uncached path say so (the `caches_off` fixture).
TEST_CACHES = env.bool("CIVICED_TEST_CACHES", default=False)
if not TEST_CACHES:
    PAGE_CACHE_SECONDS = 0
    GRID_CACHE_SECONDS = 0
    USER_CACHE_SECONDS = 0
# Background exports run at once in tests; one test runs the database queue itself.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "reports": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

if not REDIS_URL:
    # Each test process keeps its own cache in memory (tests empty it between
    # tests); the file cache of `make run` is tested on its own
    # (tests/civiced/test_shared_cache.py).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "civiced",
        }
    }
elif XDIST_WORKER:
    # gw0 uses Redis database 1, gw1 database 2, … (a server has 16 by default).
    _server = urlsplit(REDIS_URL)._replace(path=f"/{int(XDIST_WORKER[2:]) + 1}")
    CACHES["default"]["LOCATION"] = urlunsplit(_server)

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the browser tests' live server answers requests in several
    # threads at once, each with its own connection, as in production.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {
        "NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")
    }
