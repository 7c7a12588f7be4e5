"""The multi-process tests' `make run` server: civiced.settings.demo, as `make run`
serves it (its default cache, no REDIS_URL), with the worker's pid on every
response."""

from civiced.settings.demo import *  # noqa: F403
from civiced.settings.demo import MIDDLEWARE, VAR_DIR

MIDDLEWARE = ["tests.multiprocess.middleware.WorkerPidMiddleware", *MIDDLEWARE]
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = VAR_DIR / "static"
