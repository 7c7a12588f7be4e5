"""Fill the learner-module roll-up from the progress already stored."""

from django.db import migrations


def backfill(apps, schema_editor):
    # The roll-up's own rebuild (plain SQL on the current tables), so the backfill
    # and later bulk loads sum progress the same way.
    from reports.rollup import rebuild_learner_modules

    rebuild_learner_modules()


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_big_autosave_seq_and_editor_permissions"),
        ("reports", "0002_learner_module"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
