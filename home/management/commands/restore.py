"""manage.py restore FOLDER: replace the database and media with a backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Replace everything in the database (and the media folder) with the backup "
        "in FOLDER. Asks first unless --yes is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--yes", action="store_true", help="Do not ask.")
        parser.add_argument(
            "--no-media", action="store_true", help="Leave the media folder alone."
        )

    def handle(self, folder, yes=False, no_media=False, **options):
        if not yes:
            answer = input("This replaces all data in the database. Type 'yes': ")
            if answer.strip() != "yes":
                raise CommandError("Nothing was restored.")
        try:
            manifest = restore(Path(folder), media=not no_media)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored the backup made at {manifest['created_at']}")
