"""What a certificate rests on: quizzes graded on the server and the learner's own
reading always; H5P results only where the module allows them; a teacher's
"done offline" mark never on its own."""

import json
import uuid

import pytest
from django.contrib.auth.models import Group

from accounts.roles import TEACHERS_GROUP
from certificates.models import Certificate
from classes.models import Assignment, Class, Institution, Membership
from courses.models import CoursePage
from learning.models import LessonProgress
from tests.certificates.conftest import lessons_of, read
from tests.factories import UserFactory
from tests.h5p.fixtures import statement
from tests.quizzes.builders import single_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(pd_course, teacher_learner):
    """A teachers' cohort with the PD module assigned and Hanna in it."""
    teacher = UserFactory(
        username="trener",
        groups=[Group.objects.get_or_create(name=TEACHERS_GROUP)[0]],
    )
    institute = Institution.objects.create(
        name="Інститут", kind="university", district="shevchenkivskyi"
    )
    klass = Class.objects.create(
        institution=institute, name="Група ПК-3", academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    Membership.objects.create(klass=klass, learner=teacher_learner)
    Assignment.objects.create(klass=klass, course=pd_course)
    return klass, teacher


def mark_done_offline(client, klass, learner, lesson):
    return client.post(
        f"/teach/{klass.pk}/learners/{learner.pk}/",
        {
            "action": "mark_complete",
            "lesson": lesson.pk,
            "reason": "Виконала на папері, не було світла",
        },
    )


def test_offline_marks_alone_issue_no_certificate(
    client, pd_course, teacher_learner, cohort
):
    klass, teacher = cohort
    client.force_login(teacher)
    for lesson in lessons_of(pd_course):
        mark_done_offline(client, klass, teacher_learner, lesson)
    rows = LessonProgress.objects.filter(learner=teacher_learner)
    assert {row.status for row in rows} == {LessonProgress.COMPLETED}
    assert {row.completed_by for row in rows} == {LessonProgress.OFFLINE}
    assert not Certificate.objects.exists()

    # The learner's own reading is evidence: reading both lessons earns it.
    first, second = lessons_of(pd_course)
    read(teacher_learner, first)
    assert not Certificate.objects.exists()
    read(teacher_learner, second)
    certificate = Certificate.objects.get()
    assert certificate.evidence == Certificate.PLATFORM
    page = client.get(f"/certificates/verify/{certificate.number}/").content.decode()
    assert "Дійсний." in page


def test_a_teacher_enrolled_in_their_own_class_cannot_certify_themselves(
    client, pd_course, cohort
):
    klass, teacher = cohort
    Membership.objects.create(klass=klass, learner=teacher)
    client.force_login(teacher)
    for lesson in lessons_of(pd_course):
        mark_done_offline(client, klass, teacher, lesson)
    assert not Certificate.objects.filter(learner=teacher).exists()


def certifying_h5p_module(h5p_lesson, *, accepts_h5p: bool):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=60)
    course = lesson.get_parent().specific
    course.certificate_kind = CoursePage.COMPLETION_CERTIFICATE
    course.certificate_accepts_h5p = accepts_h5p
    course.save()
    return lesson, activity_id


def send_full_marks(client, lesson, activity_id):
    """One POST, as any browser can send it: 100 % for the activity."""
    return client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/xapi/",
        json.dumps(
            {"key": str(uuid.uuid4()), "statement": statement(raw=1, maximum=1)}
        ),
        content_type="application/json",
    )


def test_h5p_results_alone_do_not_certify_where_the_module_does_not_allow_them(
    client, h5p_lesson, pupil
):
    lesson, activity_id = certifying_h5p_module(h5p_lesson, accepts_h5p=False)
    client.force_login(pupil)
    response = send_full_marks(client, lesson, activity_id)
    assert response.json()["lesson_status"] == "completed"
    assert (
        LessonProgress.objects.get(learner=pupil).completed_by
        == LessonProgress.REPORTED
    )
    assert not Certificate.objects.exists()


def test_h5p_results_certify_where_the_module_allows_them(client, h5p_lesson, pupil):
    lesson, activity_id = certifying_h5p_module(h5p_lesson, accepts_h5p=True)
    client.force_login(pupil)
    send_full_marks(client, lesson, activity_id)
    certificate = Certificate.objects.get()
    assert certificate.learner == pupil
    assert certificate.evidence == Certificate.PLATFORM_H5P


def test_quizzes_graded_on_the_server_certify(client, quiz_lesson, make_quiz, pupil):
    quiz = make_quiz(questions=[single_choice()])
    lesson, quiz, activity = quiz_lesson(
        quiz=quiz, lessons=1, certificate_kind=CoursePage.COMPLETION_CERTIFICATE
    )
    choice = quiz.question_snapshots()[0]
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    client.force_login(pupil)
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{choice['id']}": right},
    )
    row = LessonProgress.objects.get(learner=pupil)
    assert (row.status, row.completed_by) == ("completed", LessonProgress.GRADED)
    assert Certificate.objects.get().evidence == Certificate.PLATFORM


def test_the_certificate_panel_offers_the_h5p_choice_with_help():
    field = CoursePage._meta.get_field("certificate_accepts_h5p")
    assert field.default is False
    assert field.help_text
    panel_fields = [
        child.field_name
        for panel in CoursePage.content_panels
        for child in getattr(panel, "children", [])
    ]
    assert "certificate_accepts_h5p" in panel_fields


def test_the_migration_records_existing_completions_cautiously(
    client, pd_course, teacher_learner, cohort, h5p_lesson, pupil
):
    import importlib

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    migration = importlib.import_module(
        "quizzes.migrations.0006_lessonprogress_completed_by"
    )
    # The models as that migration saw them (LessonProgress was quizzes' then).
    apps = (
        MigrationLoader(connection)
        .project_state(("quizzes", "0006_lessonprogress_completed_by"))
        .apps
    )
    klass, teacher = cohort
    first, second = lessons_of(pd_course)
    read(teacher_learner, first)
    client.force_login(teacher)
    mark_done_offline(client, klass, teacher_learner, second)
    lesson, activity_id = h5p_lesson()
    client.force_login(pupil)
    send_full_marks(client, lesson, activity_id)
    LessonProgress.objects.update(completed_by="")

    migration.backfill(apps, None)
    assert dict(LessonProgress.objects.values_list("lesson_id", "completed_by")) == {
        first.pk: LessonProgress.READING,
        second.pk: LessonProgress.OFFLINE,
        lesson.pk: LessonProgress.REPORTED,
    }
