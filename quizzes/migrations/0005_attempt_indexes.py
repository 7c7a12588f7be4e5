"""The attempts' indexes, chosen so PostgreSQL cannot pick a poor one.

A lone `lesson_id` index let the planner, whose statistics lag behind a lesson that
has just opened, read every learner's attempts at the lesson to find one learner's.
It is replaced by (lesson, learner); the lone `learner_id` index was redundant with
(learner, lesson, activity_id) and the submit-key constraint, and every submit paid
for keeping it.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_glossary_permissions"),
        ("quizzes", "0004_big_autosave_seq_and_editor_permissions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="attempt",
            index=models.Index(
                fields=["lesson", "learner"], name="attempt_lesson_learner"
            ),
        ),
        migrations.AlterField(
            model_name="attempt",
            name="learner",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="attempts",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="attempt",
            name="lesson",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="courses.lessonpage",
            ),
        ),
    ]
