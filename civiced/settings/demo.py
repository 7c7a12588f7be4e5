"""`make run`: the development settings served as a demo, not as a debug server.

Debug is off whatever the environment says (a `.env` kept for `manage.py runserver`
included): a crash shows the friendly error page and its traceback goes to the log.
Static files are served by whitenoise from STATIC_ROOT, which `make run` fills with
collectstatic; the host names, database, media and email are dev's.
"""

from .dev import *  # noqa: F403

DEBUG = False
