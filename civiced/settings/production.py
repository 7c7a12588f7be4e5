"""Production: everything that matters must come from the environment.

A missing required variable stops start-up with a message naming it, rather than
running with an unsafe default.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

REQUIRED = (
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "WAGTAILADMIN_BASE_URL",
)
_missing = [name for name in REQUIRED if not env.str(name, default="")]
if _missing:
    raise ImproperlyConfigured(
        "Missing required environment variable(s): "
        + ", ".join(_missing)
        + ". See .env.example for what each one means."
    )

# One cache for every worker of every server: the versions that keep cached pages,
# lesson shells, quizzes, users' roles and grids true (civiced/versioned.py), and the
# rate-limit counts, must be the same wherever a request lands. Production does not
# count its workers or servers, so it always requires Redis (base.py's file cache is
# shared only by the processes of one machine).
if not env.str("REDIS_URL", default=""):
    raise ImproperlyConfigured(
        "REDIS_URL is required in production: every worker and every server must "
        "share one cache, or each serves pages, quizzes and accounts as they were "
        "before a change made on another. Set REDIS_URL=redis://host:6379/0, a Redis "
        "database used by this site alone (it is emptied after an outage)."
    )

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be at least 50 characters long; generate one with "
        "python -c 'import secrets; print(secrets.token_urlsafe(64))'."
    )
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

# The site's public address: certificate QR codes and verification links, class
# invitations and the admin's password-reset emails are built from it, so it must be
# the real https site (base.py's http://localhost:8000 is for development only).
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL")
_site = urlsplit(WAGTAILADMIN_BASE_URL)
if _site.scheme != "https" or not _site.hostname:
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be the site's https:// address, e.g. "
        f"https://civic.example.org (got {WAGTAILADMIN_BASE_URL!r})."
    )

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# HTTPS everywhere; a load balancer that terminates TLS sets X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env.bool("DJANGO_BEHIND_PROXY", default=True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
