"""WSGI entry point for gunicorn: `gunicorn civiced.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civiced.settings.dev")

application = get_wsgi_application()
