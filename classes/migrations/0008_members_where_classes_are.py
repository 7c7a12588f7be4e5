"""Each class's owner belongs to the class's institution: the classes teachers
already ran stay where they are, and their owners may open new ones there. Any
other institution needs an administrator's grant."""

from django.db import migrations


def grant_where_classes_are(apps, schema_editor):
    Class = apps.get_model("classes", "Class")
    InstitutionMembership = apps.get_model("classes", "InstitutionMembership")
    first_teacher = {}
    for class_id, user_id in Class.teachers.through.objects.order_by(
        "id"
    ).values_list("class_id", "user_id"):
        first_teacher.setdefault(class_id, user_id)
    pairs = set()
    for class_id, owner_id, institution_id in Class.objects.values_list(
        "pk", "owner_id", "institution_id"
    ):
        owner_id = owner_id or first_teacher.get(class_id)
        if owner_id is not None:
            pairs.add((owner_id, institution_id))
    InstitutionMembership.objects.bulk_create(
        [
            InstitutionMembership(user_id=user_id, institution_id=institution_id)
            for user_id, institution_id in sorted(pairs)
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("classes", "0007_institution_memberships")]

    operations = [
        migrations.RunPython(grant_where_classes_are, migrations.RunPython.noop)
    ]
