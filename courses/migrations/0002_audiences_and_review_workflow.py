"""The fixed list of audiences, and the "Methodologist review" moderation workflow.

Wagtail creates a "Moderators approval" workflow on the root page; here it becomes the
methodologists' review that every lesson passes before publishing.
"""

from django.db import migrations

AUDIENCES = ["school", "university", "vocational", "teacher_pd"]


def forwards(apps, schema_editor):
    Audience = apps.get_model("courses", "Audience")
    for order, slug in enumerate(AUDIENCES):
        Audience.objects.update_or_create(slug=slug, defaults={"sort_order": order})
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name="Moderators approval").update(
        name="Methodologist review"
    )
    Task.objects.filter(name="Moderators approval").update(name="Methodologist review")


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name="Methodologist review").update(
        name="Moderators approval"
    )
    Task.objects.filter(name="Methodologist review").update(name="Moderators approval")


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
