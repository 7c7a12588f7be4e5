"""Editors and moderators write the commitment narratives (the figures come from
the releases)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NARRATIVE = [
    "add_commitmentnarrative",
    "change_commitmentnarrative",
    "view_commitmentnarrative",
    "delete_commitmentnarrative",
]
GROUPS = ("Editors", "Moderators")


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="reports", codename__in=NARRATIVE
    )


def forwards(apps, schema_editor):
    config = apps.get_app_config("reports")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0005_commitment_narrative"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
