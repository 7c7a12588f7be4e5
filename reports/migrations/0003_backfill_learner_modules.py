"""Filled the learner-module roll-up from the progress already stored.

The roll-up's shape changed in 0007 (completion recorded with each row), and the
rebuild is the roll-up's own code, which always writes the latest shape: so the
latest migration that changes the shape does the rebuild (0007 now), and this one
does nothing, else on a new database it would write columns not made yet.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_big_autosave_seq_and_editor_permissions"),
        ("reports", "0002_learner_module"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)
    ]
