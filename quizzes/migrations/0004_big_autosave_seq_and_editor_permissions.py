"""Two fixes found by tests/security:

- The quiz page numbers its autosaves with Date.now() (milliseconds), which does not
  fit PostgreSQL's integer: the sequence becomes a big integer.
- Editors write quizzes (drafts); moderators (methodologists) also publish them.
  Until now only administrators could open Quizzes in the Wagtail admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

QUIZ = ["add_quiz", "change_quiz", "view_quiz", "delete_quiz"]
GRANTS = {"Editors": QUIZ, "Moderators": [*QUIZ, "publish_quiz"]}


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="quizzes",
        content_type__model="quiz",
        codename__in=codenames,
    )


def forwards(apps, schema_editor):
    config = apps.get_app_config("quizzes")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # Wagtail adds the publish permission of draft-state snippets after migrating;
    # make it now so it can be granted.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get(app_label="quizzes", model="quiz"),
        codename="publish_quiz",
        defaults={"name": "Can publish quiz"},
    )
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, codenames))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(*_permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0003_reporting_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="attempt",
            name="autosave_seq",
            field=models.PositiveBigIntegerField(default=0),
        ),
        migrations.RunPython(forwards, backwards),
    ]
