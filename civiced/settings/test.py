"""Tests: fast password hashing, in-memory email, no debug."""

import os

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-insecure-key-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/civiced-test-media")
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

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the browser tests' live server answers requests in several
    # threads at once, each with its own connection, as in production.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {
        "NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")
    }
