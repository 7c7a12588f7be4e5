"""The cache every process shares: files on one machine without Redis (`make run`,
`manage.py shell`, the task worker), Redis in production, which requires it."""

import json
import os
import subprocess
import sys

from django.utils.module_loading import import_string

from civiced import ratelimit
from civiced.versioned import CONTENT
from tests.civiced.test_settings import (
    PRINT_SETTINGS,
    PRODUCTION_ENV,
    ROOT,
    make_run_recipe,
    run_python,
)

PRINT_CACHE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps(settings.CACHES["default"]))
"""
READ_VERSION = """
import django
django.setup()
from civiced.versioned import CONTENT
print(CONTENT.read())
"""


def manage_py_shell(command: str, **env: str) -> str:
    """`manage.py shell -c command` with manage.py's own default settings."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        **env,
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", command],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_a_version_bumped_from_a_shell_is_seen_by_the_server_and_this_process(
    tmp_path,
):
    var = {"CIVICED_VAR_DIR": str(tmp_path)}
    # What `make run` serves with has read the version (and cached pages under it).
    served = run_python(READ_VERSION, "civiced.settings.demo", **var)
    assert served.returncode == 0, served.stderr
    before = served.stdout.strip().splitlines()[-1]
    # A publish from `manage.py shell` (or a scheduled publish) bumps it...
    bumped = manage_py_shell(
        "from civiced.versioned import CONTENT; CONTENT.bump(); print(CONTENT.read())",
        **var,
    )
    assert bumped != before
    # ...and the web server's next request reads the new value,
    served = run_python(READ_VERSION, "civiced.settings.demo", **var)
    assert served.returncode == 0, served.stderr
    assert served.stdout.strip().splitlines()[-1] == bumped
    # as does any other process opening the cache `make run` configures.
    printed = run_python(PRINT_CACHE, "civiced.settings.demo", **var)
    assert printed.returncode == 0, printed.stderr
    config = json.loads(printed.stdout.strip().splitlines()[-1])
    assert config["LOCATION"] == str(tmp_path / "cache")
    shared = import_string(config["BACKEND"])(config["LOCATION"], config)
    assert shared.get(CONTENT.key) == bumped


def test_the_cache_folder_can_be_set_from_the_environment(tmp_path):
    printed = run_python(
        PRINT_CACHE, "civiced.settings.demo", CIVICED_CACHE_DIR=str(tmp_path / "c")
    )
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout.strip().splitlines()[-1])["LOCATION"] == str(
        tmp_path / "c"
    )


def test_production_refuses_to_start_without_a_shared_cache():
    env = dict(PRODUCTION_ENV)
    del env["REDIS_URL"]
    result = run_python(PRINT_SETTINGS, "civiced.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "REDIS_URL is required in production" in result.stderr


def test_rate_limits_count_in_the_file_cache(settings, tmp_path):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    assert [ratelimit.hit("join", 7, limit=3, window=3600) for _ in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_file_cache_counter_lasts_its_whole_window(settings, tmp_path, monkeypatch):
    # The file cache writes an incremented counter with its default expiry (300 s):
    # a pause of five minutes must not start the hour's count again.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    now = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    assert [ratelimit.hit("join", 7, limit=3, window=3600) for _ in range(3)] == [
        True,
        True,
        True,
    ]
    now[0] += 600
    assert not ratelimit.hit("join", 7, limit=3, window=3600)


def test_make_run_starts_with_an_empty_cache():
    # The file cache outlives the server; what it kept may describe a database that
    # was since replaced (a user's cached row under an id now someone else's).
    lines = make_run_recipe()
    clear = next(i for i, line in enumerate(lines) if "cache.clear()" in line)
    serve = next(i for i, line in enumerate(lines) if "gunicorn" in line)
    assert clear < serve
