"""manage.py backup FOLDER: the database (as JSON) and the media folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into FOLDER."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument(
            "--no-media", action="store_true", help="Leave the uploaded files out."
        )

    def handle(self, folder, no_media=False, **options):
        try:
            manifest = backup(Path(folder), media=not no_media)
        except BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["rows"].values())
        files = manifest["media_files"] or 0
        self.stdout.write(f"Backed up {rows} rows and {files} files to {folder}")
