"""Settings are read from the environment, typed, and production fails fast."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "k" * 20 + "-production-secret-for-tests-" + "0123456789abcdefXYZ"
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": GOOD_SECRET,
    "DJANGO_ALLOWED_HOSTS": "civic.example.org",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/civiced",
    "WAGTAILADMIN_BASE_URL": "https://civic.example.org",
    # The README's set-up: one load balancer in front (DJANGO_BEHIND_PROXY is on).
    "TRUSTED_PROXY_COUNT": "1",
    "REDIS_URL": "redis://cache.internal:6379/0",
}

PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(json.dumps({
    "debug": settings.DEBUG,
    "engine": db["ENGINE"],
    "name": str(db["NAME"]),
    "options": db.get("OPTIONS", {}),
    "cache": settings.CACHES["default"]["BACKEND"],
    "session": settings.SESSION_ENGINE,
    "email": settings.EMAIL_BACKEND,
    "storage": settings.STORAGES["default"]["BACKEND"],
    "hosts": settings.ALLOWED_HOSTS,
    "proxies": settings.ALLAUTH_TRUSTED_PROXY_COUNT,
    "client_ip_header": settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER,
}))
"""


def run_python(code: str, module: str, **env: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter with only the given environment variables."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": module,
        # Never let a developer's .env leak into these tests.
        "CIVICED_VAR_DIR": env.pop("CIVICED_VAR_DIR", "/tmp/civiced-settings-test"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def settings_for(module: str, **env: str) -> dict:
    result = run_python(PRINT_SETTINGS, module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_default_database_is_sqlite_under_var_in_wal_mode(tmp_path):
    values = settings_for("civiced.settings.dev", CIVICED_VAR_DIR=str(tmp_path))
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(tmp_path / "civiced.sqlite3")
    assert "journal_mode=WAL" in values["options"]["init_command"]

    code = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "with connection.cursor() as c:\n"
        "    c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])\n"
    )
    result = run_python(code, "civiced.settings.dev", CIVICED_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "wal"


def test_database_url_redis_url_and_email_url_are_read_with_types():
    values = settings_for(
        "civiced.settings.dev",
        DATABASE_URL="postgres://user:secret@db.internal:5432/civiced",
        REDIS_URL="redis://cache.internal:6379/1",
        EMAIL_URL="smtp+tls://mailer:pw@mail.internal:587",
        DJANGO_DEBUG="false",
        DJANGO_ALLOWED_HOSTS="a.example,b.example",
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "civiced"
    # Django's RedisCache, answering as an empty cache while Redis is unreachable
    # (tests/civiced/test_cache_outage.py); sessions in the database behind it.
    assert values["cache"] == "civiced.cache_health.ResilientRedisCache"
    assert values["session"] == "django.contrib.sessions.backends.cached_db"
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["debug"] is False
    assert values["hosts"] == ["a.example", "b.example"]


def test_without_redis_the_defaults_need_no_server():
    values = settings_for("civiced.settings.dev")
    assert values["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert values["session"] == "django.contrib.sessions.backends.db"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["storage"] == "django.core.files.storage.FileSystemStorage"


def test_s3_compatible_media_storage_is_configured_from_the_environment():
    values = settings_for(
        "civiced.settings.dev",
        MEDIA_S3_BUCKET="civiced-media",
        MEDIA_S3_ENDPOINT_URL="http://127.0.0.1:9000",
    )
    assert values["storage"] == "storages.backends.s3.S3Storage"


@pytest.mark.parametrize(
    "missing",
    [
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "DATABASE_URL",
        "WAGTAILADMIN_BASE_URL",
    ],
)
def test_production_fails_fast_naming_the_missing_variable(missing):
    env = dict(PRODUCTION_ENV)
    del env[missing]
    result = run_python(PRINT_SETTINGS, "civiced.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"Missing required environment variable(s): {missing}" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_python(
        PRINT_SETTINGS,
        "civiced.settings.production",
        **(PRODUCTION_ENV | {"DJANGO_SECRET_KEY": "too-short"}),
    )
    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "http://civic.example.org",
        "civic.example.org",
        "https://",
        "ftp://civic.example.org",
    ],
)
def test_production_refuses_a_site_url_that_is_not_https(url):
    # Certificate QR codes and the admin's password-reset emails carry this URL:
    # a plain-http (or host-less) one would send people off the TLS site.
    result = run_python(
        PRINT_SETTINGS,
        "civiced.settings.production",
        **(PRODUCTION_ENV | {"WAGTAILADMIN_BASE_URL": url}),
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "WAGTAILADMIN_BASE_URL must be the site's https:// address" in (
        result.stderr
    )


def test_the_trusted_proxies_are_read_from_the_environment():
    assert settings_for("civiced.settings.dev")["proxies"] == 0
    values = settings_for("civiced.settings.production", **PRODUCTION_ENV)
    assert values["proxies"] == 1
    assert values["client_ip_header"] is None
    values = settings_for(
        "civiced.settings.production",
        **(
            PRODUCTION_ENV
            | {"TRUSTED_PROXY_COUNT": "", "TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}
        ),
    )
    assert values["proxies"] == 0
    assert values["client_ip_header"] == "X-Real-IP"


@pytest.mark.parametrize("count", ["", "0"])
def test_production_behind_the_load_balancer_requires_the_trusted_proxies(count):
    # Without them every client shares the balancer's address in the rate limits:
    # twenty failed log-ins from anywhere would lock everyone out.
    result = run_python(
        PRINT_SETTINGS,
        "civiced.settings.production",
        **(PRODUCTION_ENV | {"TRUSTED_PROXY_COUNT": count}),
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_BEHIND_PROXY is on (the default in production): set " in (
        result.stderr
    )
    assert "TRUSTED_PROXY_COUNT" in result.stderr


def test_production_without_a_proxy_trusts_no_forwarded_address():
    result = run_python(
        PRINT_SETTINGS,
        "civiced.settings.production",
        **(PRODUCTION_ENV | {"DJANGO_BEHIND_PROXY": "false"}),
    )
    assert result.returncode != 0
    assert "clients would choose their own address" in result.stderr
    values = settings_for(
        "civiced.settings.production",
        **(
            PRODUCTION_ENV | {"DJANGO_BEHIND_PROXY": "false", "TRUSTED_PROXY_COUNT": ""}
        ),
    )
    assert values["proxies"] == 0


def test_production_certificates_point_at_the_configured_site(tmp_path):
    # The QR code on a certificate encodes verification_url(): in production it is
    # the site's own https address, not the http://localhost:8000 fallback.
    code = (
        "import django; django.setup()\n"
        "from certificates.models import Certificate\n"
        "from certificates.wording import verification_url\n"
        "certificate = Certificate(number='2026-ABCDEFGHJKMN')\n"
        "print(verification_url(certificate, 'uk'))\n"
        "print(verification_url(certificate, 'en'))\n"
    )
    result = run_python(
        code,
        "civiced.settings.production",
        **(
            PRODUCTION_ENV
            | {
                "WAGTAILADMIN_BASE_URL": "https://civic.example.org/",
                "DATABASE_URL": f"sqlite:///{tmp_path / 'urls.sqlite3'}",
                "CIVICED_VAR_DIR": str(tmp_path),
            }
        ),
    )
    assert result.returncode == 0, result.stderr
    uk_url, en_url = result.stdout.strip().splitlines()[-2:]
    assert uk_url.startswith("https://civic.example.org/")
    assert uk_url.endswith("/2026-ABCDEFGHJKMN/")
    assert "localhost" not in uk_url
    assert en_url.startswith("https://civic.example.org/en/")


@pytest.mark.skipif(
    not (ROOT / "node_modules" / "h5p-standalone" / "dist").is_dir(),
    reason="the H5P player from npm is not installed (make install, or npm ci):"
    " the static files check warns about its missing folder",
)
def test_production_passes_check_deploy_without_warnings(tmp_path):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "civiced.settings.production",
        "DJANGO_SECRET_KEY": GOOD_SECRET,
        "DJANGO_ALLOWED_HOSTS": "civic.example.org",
        "WAGTAILADMIN_BASE_URL": "https://civic.example.org",
        "TRUSTED_PROXY_COUNT": "1",
        "REDIS_URL": PRODUCTION_ENV["REDIS_URL"],
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
        "CIVICED_VAR_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


# --- `make run`: a demo, not a debug server ------------------------------------------


def make_run_recipe() -> list[str]:
    """What `make run` runs, line by line (`make -n` prints it without running it)."""
    result = subprocess.run(
        ["make", "-n", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_make_run_serves_the_demo_settings():
    # The web server and the task worker are started with the demo settings, not the
    # development ones.
    lines = make_run_recipe()
    server = next(line for line in lines if "gunicorn" in line)
    worker = next(line for line in lines if "db_worker" in line)
    assert "DJANGO_SETTINGS_MODULE=civiced.settings.demo" in server
    assert "DJANGO_SETTINGS_MODULE=civiced.settings.demo" in worker


def test_the_demo_settings_have_debug_off_and_answer_on_this_machine():
    # Even a developer's .env with DJANGO_DEBUG=true (for runserver) does not turn the
    # demo into a debug server that shows tracebacks and settings to its visitors.
    for debug in ("", "true"):
        values = settings_for("civiced.settings.demo", DJANGO_DEBUG=debug)
        assert values["debug"] is False
        assert {"localhost", "127.0.0.1"} <= set(values["hosts"])
    # manage.py runserver stays the development server, with its debug pages.
    assert settings_for("civiced.settings.dev")["debug"] is True


def test_with_debug_off_a_crash_shows_the_friendly_page_and_logs_the_traceback(
    client, site_pages, settings, caplog
):
    from unittest import mock

    from bs4 import BeautifulSoup

    from home.models import HomePage

    settings.DEBUG = False
    client.raise_request_exception = False
    error = RuntimeError("a lesson template broke")
    with (
        caplog.at_level("ERROR", logger="django.request"),
        mock.patch.object(HomePage, "get_context", side_effect=error),
    ):
        response = client.get("/")
    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text(strip=True) == "Щось пішло не так"
    # Neither the traceback nor the settings reach the visitor...
    assert "a lesson template broke" not in response.content.decode()
    assert "Traceback" not in response.content.decode()
    # ...but the operator's log has the whole traceback.
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.levelname == "ERROR"
    assert record.exc_info and record.exc_info[1] is error
    assert "a lesson template broke" in caplog.text
    assert "Traceback (most recent call last)" in caplog.text
