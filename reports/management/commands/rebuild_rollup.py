"""`manage.py rebuild_rollup`: recompute the reports' roll-up from the progress.

The roll-up is kept by the code that records results. Run this after changes that
bypass it: rows loaded or deleted in bulk, a lesson page with results deleted, an
account removed outright (not through account deletion, which keeps the row), or a
change of TIME_ZONE.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from reports.cache import results_changed
from reports.rollup import rebuild_learner_modules


class Command(BaseCommand):
    help = "Recompute the reports' roll-up (LearnerModule and its cells)."

    def handle(self, *args, **options):
        with transaction.atomic():
            rows = rebuild_learner_modules()
            results_changed()
        self.stdout.write(f"Roll-up rebuilt: {rows} learner-course rows.")
