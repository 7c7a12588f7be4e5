"""Editors and moderators (methodologists) keep the glossary.

Until now only administrators could open Glossary in the Wagtail admin (the
permission matrix in tests/security found it)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GLOSSARY = [
    "add_glossaryterm",
    "change_glossaryterm",
    "view_glossaryterm",
    "delete_glossaryterm",
]
GROUPS = ("Editors", "Moderators")


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="courses", codename__in=GLOSSARY
    )


def forwards(apps, schema_editor):
    config = apps.get_app_config("courses")
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
        ("courses", "0005_certificates"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
