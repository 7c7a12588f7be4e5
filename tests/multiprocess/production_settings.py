"""The multi-process tests' production servers: civiced.settings.production (every
variable from the environment) with the worker's pid on every response.

Static files are served from the source folders (whitenoise's finders) instead of
a collected, hashed copy: the tests read pages, not their assets, and a
collectstatic would cost them half a minute.
"""

from civiced.settings.production import *  # noqa: F403
from civiced.settings.production import MIDDLEWARE, STORAGES, VAR_DIR

MIDDLEWARE = ["tests.multiprocess.middleware.WorkerPidMiddleware", *MIDDLEWARE]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = VAR_DIR / "static"
