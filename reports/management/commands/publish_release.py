"""`manage.py publish_release`: publish an open-data release (see reports.releases).

publish_release --quarter 2026-Q3      the quarter, once it has ended
publish_release --year 2025/2026       the academic year, once it has ended
publish_release --correction 2026-Q3   late results of a released quarter
publish_release --latest               the last quarter and the last academic
                                       year that have ended, unless released
                                       (what `make run` does; idempotent)
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from reports import releases
from reports.models import Release


class Command(BaseCommand):
    help = "Publish a frozen open-data release of a closed quarter or academic year."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--quarter", help="e.g. 2026-Q3")
        group.add_argument("--year", help="an academic year, e.g. 2025/2026")
        group.add_argument("--correction", help="a released quarter, e.g. 2026-Q3")
        group.add_argument(
            "--latest",
            action="store_true",
            help="The last four quarters and the last academic year that have "
            "ended, those not yet released.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        if options["latest"]:
            with translation.override("en"):
                published = releases.publish_recent()
            for release in published:
                self._said(release)
            if not published:
                self._say("The recent periods are already released.")
            return
        for kind in (Release.QUARTER, Release.YEAR, Release.CORRECTION):
            if options[kind]:
                self._publish(kind, options[kind])

    def _publish(self, kind: str, label: str) -> None:
        try:
            with translation.override("en"):
                release = releases.publish_release(
                    kind=kind, period=releases.period_for(kind, label)
                )
        except releases.ReleaseRefused as refused:
            with translation.override("en"):
                raise CommandError(str(refused)) from None
        self._said(release)

    def _said(self, release: Release) -> None:
        self._say(
            f"Published {release.slug} (checksum {release.input_checksum[:12]}…)."
        )

    def _say(self, text: str) -> None:
        if self.verbosity:
            self.stdout.write(text)
