"""manage.py import_h5p FILE...: bulk import of .h5p packages, one line per file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from h5p import media
from h5p.store import import_package
from h5p.validation import PackageRejected


class Command(BaseCommand):
    help = (
        "Import .h5p packages (libraries included). Prints one line per file and "
        "exits non-zero if any file was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")

    def handle(self, *files, **options):
        rejected = 0
        for name in options["files"]:
            path = Path(name)
            try:
                with path.open("rb") as file:
                    package = import_package(file, name=path.name)
            except PackageRejected as refusal:
                rejected += 1
                reasons = " ".join(problem.message for problem in refusal.problems)
                self.stdout.write(f"{name}: " + _("rejected: %s") % reasons)
            except OSError as error:
                rejected += 1
                self.stdout.write(
                    f"{name}: " + _("rejected: %s") % (error.strerror or error)
                )
            else:
                self.stdout.write(
                    f"{name}: "
                    + _("imported as “%(title)s” (%(library)s), id %(pk)s")
                    % {
                        "title": package.title,
                        "library": package.main_library,
                        "pk": package.pk,
                    }
                )
                for notice in package.import_notices:
                    self.stdout.write(f"{name}: {notice}")
                warning = media.warning(media.content_origins(package.content_path))
                if warning:
                    self.stdout.write(f"{name}: " + _("warning: %s") % warning)
        if rejected:
            raise CommandError(
                _("%(count)s of %(total)s files were rejected.")
                % {"count": rejected, "total": len(options["files"])}
            )
