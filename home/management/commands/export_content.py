"""`manage.py export_content <module slug> [--out DIR]`: a module out of the CMS in the
content/ format, so it can be reviewed, kept in git or loaded into another installation
(``seed_demo`` reads the same format)."""

import shutil
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses import content_format as fmt
from courses.export import ExportError, find_module, module_data
from quizzes.demo import quiz_entry
from quizzes.models import Quiz


def _quiz_entries(module: dict, quiz_ids: dict[str, dict]) -> list[tuple[int, dict]]:
    entries = []
    for number, lesson in enumerate(module["lessons"], start=1):
        ids = quiz_ids.get(lesson["slug"], {})
        if set(ids) != set(fmt.LANGUAGES):
            continue
        quizzes = {language: Quiz.objects.get(pk=pk) for language, pk in ids.items()}
        entry = quiz_entry(quizzes, module=module["slug"], lesson=lesson["slug"])
        entries.append((number, entry))
    return entries


class Command(BaseCommand):
    help = "Write one module (lessons, glossary terms and quizzes) as content/ files."

    def add_arguments(self, parser):
        parser.add_argument(
            "slug", help="The module's slug, e.g. public-consultations."
        )
        parser.add_argument(
            "--out",
            default="content-export",
            help="Folder to write into (created if missing; default: content-export).",
        )

    def handle(self, *args, **options):
        root = Path(options["out"])
        try:
            page = find_module(options["slug"])
            module, terms, quiz_ids = module_data(page)
            entries = _quiz_entries(module, quiz_ids)
            order = page.get_prev_siblings().count() + 1
            # Written to a scratch folder first: a refusal half-way leaves no files.
            with tempfile.TemporaryDirectory() as scratch:
                fmt.write_glossary(Path(scratch), terms)
                fmt.write_module(Path(scratch), module, order)
                for number, entry in entries:
                    fmt.write_quiz(Path(scratch), entry, number)
                shutil.copytree(scratch, root, dirs_exist_ok=True)
        except (ExportError, fmt.ContentError) as error:
            raise CommandError(str(error)) from error
        folder = root / "modules" / module["slug"]
        self.stdout.write(self.style.SUCCESS(f"Module written to {folder}"))
