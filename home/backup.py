"""Backing up and restoring the database and the uploaded files, on any database.

A backup is a folder holding ``database.json.gz`` (Django's ``dumpdata``, with
natural keys, so it loads into a fresh database of either kind; times written to the
microsecond, see ``Serializer``), ``media.tar.gz``
(the media folder) and ``manifest.json`` (when, and how many rows of each model).
What can be rebuilt is left out: content types and permissions (made by
``migrate``), sessions, the search index and Wagtail's reference index (rebuilt by
``restore``), and queued background tasks. On PostgreSQL, ``pg_dump``/``pg_restore``
of the database with the same media archive is the faster alternative for large
installations (see the README).
"""

import datetime
import gzip
import io
import json
import os
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import management, serializers
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.serializers import json as json_serializer
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

DATABASE = "database.json.gz"
MEDIA = "media.tar.gz"
MANIFEST = "manifest.json"
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailsearch",
    "wagtailcore.referenceindex",
    "django_tasks_database",
    "admin.logentry",
]


FORMAT = "civiced-backup-json"


class BackupError(Exception):
    pass


class _Encoder(DjangoJSONEncoder):
    """Django's encoder cuts times to the millisecond; a backup keeps them whole, so
    an attempt started and submitted within one millisecond stays in order."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return (
                text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
            )
        return super().default(o)


class Serializer(json_serializer.Serializer):
    """``dumpdata``'s JSON with whole times: the file is still Django's JSON, read by
    ``loaddata`` as ever, so backups written before (to the millisecond) still load."""

    def serialize(self, queryset, **options):
        # `cls` is the JSON serializer's documented option for a custom encoder.
        options.setdefault("cls", _Encoder)
        return super().serialize(queryset, **options)


Deserializer = json_serializer.Deserializer


def _media_root() -> Path:
    if not isinstance(default_storage, FileSystemStorage):
        raise BackupError(
            "Uploaded files are in object storage; back the bucket up with its own "
            "tools (versioning or replication) and use --no-media."
        )
    return Path(settings.MEDIA_ROOT)


def backup(folder: Path, *, media: bool = True) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    if FORMAT not in serializers.get_serializer_formats():
        serializers.register_serializer(FORMAT, __name__)
    buffer = io.StringIO()
    management.call_command(
        "dumpdata",
        format=FORMAT,
        natural_foreign=True,
        natural_primary=False,
        exclude=EXCLUDED,
        stdout=buffer,
        verbosity=0,
    )
    data = buffer.getvalue()
    with gzip.open(folder / DATABASE, "wt", encoding="utf-8") as file:
        file.write(data)
    counts: dict[str, int] = {}
    for row in json.loads(data):
        counts[row["model"]] = counts.get(row["model"], 0) + 1
    files = 0
    if media:
        root = _media_root()
        with tarfile.open(folder / MEDIA, "w:gz") as archive:
            if root.is_dir():
                for path in sorted(root.rglob("*")):
                    if path.is_file():
                        archive.add(path, arcname=str(path.relative_to(root)))
                        files += 1
    manifest = {
        "created_at": timezone.now().isoformat(),
        "rows": counts,
        "media_files": files if media else None,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return manifest


def restore(folder: Path, *, media: bool = True) -> dict:
    """Replace the database's contents (and the media folder) with the backup's.

    The database must be migrated to the same code first (``manage.py migrate``).
    """
    manifest = json.loads((folder / MANIFEST).read_text())
    if not (folder / DATABASE).is_file():
        raise BackupError(f"{folder / DATABASE} is missing.")
    with transaction.atomic():
        management.call_command("flush", interactive=False, verbosity=0)
        _delete_rows_flush_keeps()
        management.call_command("loaddata", str(folder / DATABASE), verbosity=0)
    if media:
        root = _media_root()
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(folder / MEDIA, "r:gz") as archive:
            archive.extractall(root, filter="data")
    management.call_command("update_index", verbosity=0)
    management.call_command("rebuild_references_index", verbosity=0)
    return manifest


def _delete_rows_flush_keeps() -> None:
    """Rows that migrations create (the default site, locales, the root page) and
    that the backup holds too: remove them so loading does not collide."""
    for label in (
        "wagtailcore.Site",
        "wagtailcore.Page",
        "wagtailcore.Locale",
        "wagtailcore.Workflow",
        "wagtailcore.Task",
        "wagtailcore.WorkflowPage",
        "wagtailcore.WorkflowTask",
        "wagtailcore.GroupPagePermission",
        "wagtailcore.GroupCollectionPermission",
        "wagtailcore.Collection",
        "auth.Group",
    ):
        apps.get_model(label).objects.all().delete()


def media_files(root: Path) -> list[str]:
    return sorted(
        os.path.relpath(path, root) for path in root.rglob("*") if path.is_file()
    )
