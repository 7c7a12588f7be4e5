"""Editors and moderators (methodologists) manage H5P packages; moderators may also
install new library versions, which runs new JavaScript for every learner."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PACKAGE = ["add_package", "change_package", "view_package", "delete_package"]
GRANTS = {"Editors": PACKAGE, "Moderators": [*PACKAGE, "install_library"]}


def forwards(apps, schema_editor):
    config = apps.get_app_config("h5p")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="h5p", codename__in=codenames
            )
        )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="h5p", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
