"""Installed libraries get their files' identity digests, with JSON files counted
as parsed JSON (h5p.validation), and their content hash recomputed the same way, so
a copy of an installed library that differs only in JSON formatting is the same
library. A library whose files cannot be read keeps its old hash."""

import hashlib

from django.core.files.storage import default_storage
from django.db import migrations

from h5p.files import walk
from h5p.validation import identity_digest


def forwards(apps, schema_editor):
    Library = apps.get_model("h5p", "Library")
    for library in Library.objects.filter(file_digests={}).iterator():
        digests = {}
        try:
            for name in sorted(walk(default_storage, library.path)):
                with default_storage.open(name, "rb") as handle:
                    data = handle.read()
                relative = name.removeprefix(library.path + "/")
                digest = identity_digest(
                    data, json_file=relative.lower().endswith(".json")
                ) or hashlib.sha256(data).digest()
                digests[relative] = digest
        except OSError:
            continue
        if not digests:
            continue
        combined = hashlib.sha256()
        for relative in sorted(digests):
            combined.update(relative.encode() + b"\0")
            combined.update(digests[relative])
        library.content_hash = combined.hexdigest()
        library.file_digests = {path: value.hex() for path, value in digests.items()}
        library.save(update_fields=["content_hash", "file_digests"])


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0005_library_file_digests_and_withdrawn"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
