"""The Ukrainian catalogue is complete: every interface string is translated.

The committed catalogue must have no untranslated or fuzzy entry, and extracting the
strings afresh from the code and templates must find nothing the catalogue lacks.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "locale" / "uk" / "LC_MESSAGES" / "django.po"
SKIP = {".venv", "node_modules", "var", ".git", "locale", "tests", ".pytest_cache"}


def problems(po: polib.POFile) -> list[str]:
    found = [f"untranslated: {e.msgid!r}" for e in po.untranslated_entries()]
    found += [f"fuzzy: {e.msgid!r}" for e in po.fuzzy_entries()]
    for entry in po:
        if entry.msgid_plural and any(not s for s in entry.msgstr_plural.values()):
            found.append(f"missing plural form: {entry.msgid!r}")
    return found


def test_committed_ukrainian_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(CATALOGUE))
    assert len(po) > 0
    assert problems(po) == []


def test_every_string_in_the_code_is_in_the_ukrainian_catalogue(tmp_path):
    # Extract into a copy of the project, so the real catalogue is never touched.
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=lambda d, names: [n for n in names if n in SKIP])
    (copy / "locale" / "uk" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(CATALOGUE, copy / "locale" / "uk" / "LC_MESSAGES" / "django.po")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "civiced.settings.test"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "uk", "--no-location"],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    fresh = polib.pofile(str(copy / "locale" / "uk" / "LC_MESSAGES" / "django.po"))
    assert problems(fresh) == []
