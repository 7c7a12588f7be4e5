"""Every existing class gets an owner: its first teacher (the one who created it)."""

from django.db import migrations


def fill_owner(apps, schema_editor):
    Class = apps.get_model("classes", "Class")
    Through = Class.teachers.through
    first = {}
    for class_id, user_id in Through.objects.order_by("id").values_list(
        "class_id", "user_id"
    ):
        first.setdefault(class_id, user_id)
    for class_id, user_id in first.items():
        Class.objects.filter(pk=class_id, owner__isnull=True).update(owner_id=user_id)


class Migration(migrations.Migration):
    dependencies = [("classes", "0005_invitations_owner_roster_accounts")]

    operations = [migrations.RunPython(fill_owner, migrations.RunPython.noop)]
