"""`manage.py seed_load --learners N`: a synthetic city for load tests and demos."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from reports import releases, synthetic


class Command(BaseCommand):
    help = (
        "Generate a synthetic city (institutions, classes, learners, assignments, "
        "progress and attempts) on top of the demo content. Needs `seed_demo` first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, required=True)
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the synthetic city made earlier before making a new one.",
        )
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--attempt-share",
            type=float,
            default=0.1,
            help="Share of learners whose quiz attempts are stored in full "
            "(every learner has lesson progress). Default 0.1.",
        )

    def handle(self, *args, **options):
        learners = options["learners"]
        if learners < 1 or learners > 2_000_000:
            raise CommandError("--learners must be between 1 and 2 000 000.")
        if not 0 <= options["attempt_share"] <= 1:
            raise CommandError("--attempt-share must be between 0 and 1.")
        already = synthetic.existing()
        if already and not options["reset"]:
            self.stdout.write(
                f"A synthetic city is already loaded ({already} accounts). "
                "Pass --reset to replace it."
            )
            self._publish()
            return
        started = time.monotonic()
        if already:
            self.stderr.write("Removing the earlier synthetic city…")
            synthetic.remove()
        try:
            counts = synthetic.generate(
                learners=learners,
                seed=options["seed"],
                attempt_share=options["attempt_share"],
                progress=self._bar,
            )
        except synthetic.MissingDemoContent:
            raise CommandError(
                "The demo modules are missing: run `manage.py seed_demo` first."
            ) from None
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                "Synthetic city ready in {:.0f} s: {learners} learners, {teachers} "
                "teachers, {institutions} institutions, {classes} classes, "
                "{assignments} assignments, {progress} lesson progress rows, "
                "{attempts} attempts.".format(seconds, **counts)
            )
        )
        self._publish()

    def _publish(self) -> None:
        """The open data's releases of the periods that have ended, so the public
        page has figures (releases are frozen: a new city leaves them as they
        are)."""
        published = releases.publish_recent()
        if published:
            self.stdout.write(
                "Open-data releases published: "
                + ", ".join(release.slug for release in published)
                + "."
            )

    def _bar(self, label: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        line = f"\r{label:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        self.stderr.write(line, ending="\n" if done >= total else "")
        sys.stderr.flush()
