"""A small hand-made city for the report tests: two modules, four institutions, and
learners at known stages on known dates."""

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from accounts.roles import ANALYSTS_GROUP, TEACHERS_GROUP
from classes.models import Class, Institution, Membership
from courses.models import LessonPage
from learning.models import LessonProgress
from reports.rollup import refresh_learner_modules
from tests.factories import UserFactory


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def progress(learner, lesson, status, score=None, when="2026-02-01T10:00"):
    """A progress row written directly, then summed into the roll-up as
    learning.progress does."""
    row = LessonProgress.objects.create(
        learner=learner,
        lesson=lesson,
        course_id=lesson.get_parent().pk,
        status=status,
        best_score=None if score is None else Decimal(score),
        completed_at=at(when) if status == LessonProgress.COMPLETED else None,
        last_seen=at(when),
    )
    refresh_learner_modules(learner_id=learner.pk)
    return row


def make_class(institution, name="9-А", teacher=None):
    klass = Class.objects.create(
        institution=institution, name=name, academic_year="2025/2026"
    )
    if teacher is not None:
        klass.teachers.add(teacher)
    return klass


@dataclass
class City:
    module: object
    pd_module: object
    lessons: list
    pd_lesson: object
    school: Institution
    college: Institution
    institute: Institution
    school_class: Class
    college_class: Class
    learners: dict
    teacher: object


@pytest.fixture
def analyst(db):
    return UserFactory(
        username="analityk",
        display_name="Аналітик",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )


@pytest.fixture
def teacher_group(db):
    return Group.objects.get_or_create(name=TEACHERS_GROUP)[0]


@pytest.fixture
def city(make_course, teacher_group):
    """Learners and what they did (UTC; Kyiv is UTC+2 in winter, +3 in summer):

    school (Obolon): Ivan completed the module in Feb (80, 100); Maria did lesson 1
    in May (60) and opened lesson 2; Petro opened lesson 1 on 31 March 22:30 UTC,
    already 1 April in Kyiv. college (Podil): Oksana completed it in Jan (40, 50),
    and later also joined the school class. Taras is in no class: lesson 1 in April
    (90). The teacher Olha completed the PD module (30 hours) in March (70).
    """
    module = make_course(title="Петиції", slug="petitions", lessons=2)
    pd_module = make_course(
        title="Методика",
        slug="method",
        lessons=1,
        audiences=("teacher_pd",),
        pd_hours=30,
    )
    lessons = list(LessonPage.objects.child_of(module))
    pd_lesson = LessonPage.objects.child_of(pd_module).get()
    school = Institution.objects.create(
        name="Ліцей № 1", kind="school", district="obolonskyi"
    )
    college = Institution.objects.create(
        name="Коледж зв'язку", kind="vocational", district="podilskyi"
    )
    institute = Institution.objects.create(
        name="Інститут післядипломної освіти",
        kind="institute",
        district="shevchenkivskyi",
    )
    Institution.objects.create(name="Ліцей № 2", kind="school", district="darnytskyi")
    teacher = UserFactory(
        username="olha", display_name="Ольга Іванівна", groups=[teacher_group]
    )
    school_class = make_class(school, "9-А", teacher)
    college_class = make_class(college, "ЕМ-21")
    cohort = make_class(institute, "Потік 3")
    names = ["ivan", "maria", "petro", "oksana", "taras"]
    learners = {
        name: UserFactory(username=name, display_name=name.capitalize())
        for name in names
    }
    for name in ("ivan", "maria", "petro"):
        Membership.objects.create(klass=school_class, learner=learners[name])
    Membership.objects.create(klass=college_class, learner=learners["oksana"])
    Membership.objects.create(klass=school_class, learner=learners["oksana"])
    Membership.objects.create(klass=cohort, learner=teacher)
    done, started = LessonProgress.COMPLETED, LessonProgress.IN_PROGRESS
    first, second = lessons
    progress(learners["ivan"], first, done, 80, "2026-02-10T09:00")
    progress(learners["ivan"], second, done, 100, "2026-02-12T09:00")
    progress(learners["maria"], first, done, 60, "2026-05-01T09:00")
    progress(learners["maria"], second, started, None, "2026-05-02T09:00")
    progress(learners["petro"], first, started, None, "2026-03-31T22:30")
    progress(learners["oksana"], first, done, 40, "2026-01-05T09:00")
    progress(learners["oksana"], second, done, 50, "2026-01-06T09:00")
    progress(learners["taras"], first, done, 90, "2026-04-01T09:00")
    progress(teacher, pd_lesson, done, 70, "2026-03-01T09:00")
    # Opened and left without doing anything: not a start.
    LessonProgress.objects.create(
        learner=learners["ivan"], lesson=pd_lesson, course_id=pd_module.pk
    )
    return City(
        module=module,
        pd_module=pd_module,
        lessons=lessons,
        pd_lesson=pd_lesson,
        school=school,
        college=college,
        institute=institute,
        school_class=school_class,
        college_class=college_class,
        learners=learners,
        teacher=teacher,
    )
