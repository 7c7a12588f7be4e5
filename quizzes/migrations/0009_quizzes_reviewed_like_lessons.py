"""Quizzes pass the review workflow, like lessons, glossary terms and H5P packages:
editors save drafts and submit them; methodologists (Moderators) approve, which
publishes. The quiz joins the workflow glossary terms use."""

from django.db import migrations


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    reviewed = WorkflowContentType.objects.filter(
        content_type__app_label="courses", content_type__model="glossaryterm"
    ).first()
    if reviewed is None:
        return
    quiz, _ = ContentType.objects.get_or_create(app_label="quizzes", model="quiz")
    WorkflowContentType.objects.update_or_create(
        content_type=quiz, defaults={"workflow_id": reviewed.workflow_id}
    )


def backwards(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__app_label="quizzes", content_type__model="quiz"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0008_lesson_progress_to_learning"),
        ("courses", "0007_glossary_terms_reviewed_like_pages"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
