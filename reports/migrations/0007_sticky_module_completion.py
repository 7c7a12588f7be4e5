"""Record with each roll-up row whether the learner had completed the module, and
key the cells by it too.

Completion was decided only when the figures were read, against the module's live
lessons then, so publishing a new lesson undid every past completion of the module
in the dashboard and open data. Rows now carry `completed`, decided when the
learner makes progress and kept. Existing rows are rebuilt here against the lessons
live today: the best that can be known of the past.
"""

from django.db import migrations, models


def rebuild(apps, schema_editor):
    # The roll-up's own rebuild (plain SQL on the current tables), so this rebuild
    # and later bulk loads sum progress the same way; see 0003.
    from reports.rollup import rebuild_learner_modules

    rebuild_learner_modules()


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0009_h5p_rule_follows_the_content_type'),
        ('reports', '0006_commitment_narrative_permissions'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='institutioncell',
            name='one_institution_cell_per_key',
        ),
        migrations.RemoveConstraint(
            model_name='modulecell',
            name='one_cell_per_key',
        ),
        migrations.RemoveConstraint(
            model_name='monthcell',
            name='one_month_cell_per_key',
        ),
        migrations.AddField(
            model_name='institutioncell',
            name='completed',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='learnermodule',
            name='completed',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='modulecell',
            name='completed',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='monthcell',
            name='completed',
            field=models.BooleanField(default=False),
        ),
        migrations.AddConstraint(
            model_name='institutioncell',
            constraint=models.UniqueConstraint(fields=('institution_id', 'course', 'done', 'completed'), name='one_institution_cell_per_key'),
        ),
        migrations.AddConstraint(
            model_name='modulecell',
            constraint=models.UniqueConstraint(fields=('institution_id', 'course', 'month', 'done', 'completed'), name='one_cell_per_key'),
        ),
        migrations.AddConstraint(
            model_name='monthcell',
            constraint=models.UniqueConstraint(fields=('course', 'month', 'done', 'completed'), name='one_month_cell_per_key'),
        ),
        migrations.RunPython(rebuild, migrations.RunPython.noop),
    ]
