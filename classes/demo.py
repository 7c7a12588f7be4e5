"""A demo class for `manage.py seed_demo`: the demo teacher's 9-Б with learners at
different stages of an assigned module. Idempotent.

Demo pupils have no email and no usable password: they exist to fill the grid.
"""

import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import CourseIndexPage, CoursePage, LessonPage
from learning.progress import record_reading
from quizzes.demo import model_answers
from quizzes.models import Attempt
from quizzes.taking import submit_responses

from . import membership
from .models import (
    Assignment,
    Class,
    Institution,
    InstitutionMembership,
    Membership,
)

PUPILS = ["Андрій", "Богдана", "Валентин", "Галина", "Дмитро", "Єва"]
MODULE = "e-petitions-kyiv-digital"


def _complete(learner, lesson: LessonPage, *, passed: bool) -> None:
    block = next(b for b in lesson.body if b.block_type == "quiz")
    quiz = block.value["quiz"]
    questions = quiz.question_snapshots()
    answers = model_answers(questions)
    if not passed:
        answers = dict(list(answers.items())[:1])  # one answer, the rest blank
    record_reading(
        learner=learner, lesson=lesson, seconds=90, reached_end=True, position={}
    )
    submit_responses(
        learner=learner,
        lesson=lesson,
        activity_id=str(block.id),
        quiz=quiz,
        responses=answers,
        key=uuid.uuid5(uuid.NAMESPACE_URL, f"demo:{learner.pk}:{lesson.pk}"),
    )


def ensure_demo_class(*, teacher, learner, catalogue: CourseIndexPage) -> Class:
    institution, _created = Institution.objects.get_or_create(
        name="Ліцей № 100 (демо)",
        district="obolonskyi",
        defaults={"kind": Institution.SCHOOL},
    )
    # The demo teacher belongs to the lyceum, where their class is.
    InstitutionMembership.objects.get_or_create(user=teacher, institution=institution)
    klass, created = Class.objects.get_or_create(
        institution=institution,
        name="9-Б",
        defaults={
            "academic_year": "2026/2027",
            "join_code": "DEMO9B2",
            "owner": teacher,
        },
    )
    if not created:
        return klass
    klass.teachers.add(teacher)
    User = get_user_model()
    pupils = [learner]
    for index, name in enumerate(PUPILS, start=1):
        pupil, made = User.objects.get_or_create(
            username=f"demo-pupil-{index:02d}", defaults={"display_name": name}
        )
        if made:
            pupil.set_unusable_password()
            pupil.save(update_fields=["password"])
        pupils.append(pupil)
    for pupil in pupils:
        _membership, joined = Membership.objects.get_or_create(
            klass=klass, learner=pupil, left_at=None
        )
        if joined:
            membership.learner_joined(learner_id=pupil.pk)
    course = CoursePage.objects.child_of(catalogue).filter(slug=MODULE).first()
    if course is None:
        return klass
    Assignment.objects.create(
        klass=klass,
        course=course,
        available_from=timezone.now() - timedelta(days=7),
        due_at=timezone.now() + timedelta(days=7),
        created_by=teacher,
    )
    lessons = list(LessonPage.objects.live().child_of(course))
    # Stages: nothing, one lesson, two, all; one pupil keeps failing the quiz.
    stages = [0, 1, 2, 3, 3, 1, 0]
    for pupil, stage in zip(pupils[1:], stages[1:], strict=False):
        if Attempt.objects.filter(learner=pupil).exists():
            continue
        for lesson in lessons[:stage]:
            _complete(pupil, lesson, passed=pupil.display_name != "Валентин")
    return klass
