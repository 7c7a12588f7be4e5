"""Backup and restore round-trip the demo, the uploaded files and a learner's
in-progress attempt (on SQLite and, in the PostgreSQL pass, on PostgreSQL)."""

import io
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.models import Page

from certificates.models import Certificate, new_number
from h5p.models import Package
from home.backup import media_files
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import DEFAULT_PASSWORD, UserFactory

# Not inside a test transaction: restoring truncates tables, as in real use.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_backup_restores_the_demo_and_an_attempt_in_progress(media, tmp_path):
    call_command("seed_demo", stdout=io.StringIO())
    learner = UserFactory(username="pavlo")
    attempt = _start_attempt(learner)
    pages = Page.objects.count()
    files = media_files(media)
    assert any(name.endswith("h5p.json") for name in files)

    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())

    # Disaster: the data and the files are gone.
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media)
    assert not Attempt.objects.exists()

    call_command("restore", str(tmp_path / "backup"), "--yes", stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert media_files(media) == files
    restored = Attempt.objects.get(pk=attempt.pk)
    assert restored.status == Attempt.IN_PROGRESS
    assert restored.responses == attempt.responses and restored.responses
    client = Client()
    assert client.login(username="pavlo", password=DEFAULT_PASSWORD)
    lesson = restored.lesson
    page = client.get(lesson.url)
    assert page.status_code == 200
    package = Package.objects.first()
    frame = client.get(f"/h5p/files/{package.pk}/{package.version_key}/h5p.json")
    assert frame.status_code == 200


def test_a_backup_keeps_times_to_the_microsecond(quiz_lesson, tmp_path):
    """A quiz started and submitted within the same millisecond stays in order, and
    a progress row or a certificate comes back with the very instant it held."""
    lesson, quiz, activity = quiz_lesson()
    learner = UserFactory(username="mariia")
    started = datetime(2026, 11, 3, 9, 15, 0, 100, tzinfo=UTC)
    submitted = started + timedelta(microseconds=800)
    attempt = Attempt.objects.create(
        learner=learner,
        lesson=lesson,
        activity_id=activity,
        quiz=quiz,
        status=Attempt.GRADED,
        submitted_at=submitted,
    )
    Attempt.objects.filter(pk=attempt.pk).update(started_at=started)
    progress = LessonProgress.objects.create(
        learner=learner,
        lesson=lesson,
        course=lesson.get_parent().specific,
        status=LessonProgress.COMPLETED,
        completed_at=started + timedelta(microseconds=123_456),
        last_seen=started + timedelta(microseconds=999_999),
    )
    course = lesson.get_parent().specific
    certificate = Certificate.objects.create(
        number=new_number(2026),
        kind=Certificate.COMPLETION,
        learner=learner,
        course=course,
        course_key=course.translation_key,
        language="uk",
        title=course.title,
        issued_at=started + timedelta(microseconds=7),
    )

    call_command("backup", str(tmp_path / "b"), "--no-media", stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)
    call_command(
        "restore", str(tmp_path / "b"), "--yes", "--no-media", stdout=io.StringIO()
    )

    restored = Attempt.objects.get(pk=attempt.pk)
    assert (restored.started_at, restored.submitted_at) == (started, submitted)
    assert restored.started_at < restored.submitted_at
    back = LessonProgress.objects.get(pk=progress.pk)
    assert (back.completed_at, back.last_seen) == (
        progress.completed_at,
        progress.last_seen,
    )
    assert Certificate.objects.get(pk=certificate.pk).issued_at == (
        certificate.issued_at
    )


def test_restore_refuses_a_folder_without_a_backup(tmp_path):
    with pytest.raises(CommandError):
        call_command("restore", str(tmp_path), "--yes")


def _start_attempt(learner):
    """The learner has answered part of a demo quiz without submitting."""
    from courses.models import LessonPage

    for lesson in LessonPage.objects.live().filter(locale__language_code="uk"):
        for block in lesson.body:
            if block.block_type != "quiz":
                continue
            choices = [
                q
                for q in block.value["quiz"].question_snapshots()
                if q["type"] == "single_choice"
            ]
            if choices:
                question = choices[0]
                client = Client()
                client.force_login(learner)
                response = client.post(
                    f"/api/quizzes/{lesson.pk}/{block.id}/autosave/",
                    {
                        f"q-{question['id']}": question["options"][0]["id"],
                        "seq": "1",
                    },
                )
                assert response.status_code == 200, response.content
                return Attempt.objects.get(learner=learner)
    raise AssertionError("the demo has no single-choice question")
