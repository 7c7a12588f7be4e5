"""The review workflow's approval becomes courses.ReviewTask (a proxy of Wagtail's
group approval that refuses a lesson whose required quiz or H5P package is not
published), and the workflow and its task get Ukrainian names: the admin shows a
workflow's stored name as it is.
"""

from django.db import migrations

OLD_WORKFLOW, OLD_TASK = "Methodologist review", "Methodologist review"
WORKFLOW, TASK = "Методична рецензія", "Схвалення методистом"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    review, _ = ContentType.objects.get_or_create(
        app_label="courses", model="reviewtask"
    )
    approval = ContentType.objects.get(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    Task.objects.filter(name=OLD_TASK, content_type=approval).update(
        content_type=review, name=TASK
    )
    Workflow.objects.filter(name=OLD_WORKFLOW).update(name=WORKFLOW)


def backwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    approval = ContentType.objects.get(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    Task.objects.filter(
        content_type__app_label="courses", content_type__model="reviewtask"
    ).update(content_type=approval, name=OLD_TASK)
    Workflow.objects.filter(name=WORKFLOW).update(name=OLD_WORKFLOW)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0011_coursepage_grading_group"),
        # Packages join the workflow by its old name first.
        ("h5p", "0003_packages_reviewed_like_pages"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReviewTask",
            fields=[],
            options={
                "verbose_name": "methodologist approval",
                "verbose_name_plural": "methodologist approvals",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(forwards, backwards),
    ]
