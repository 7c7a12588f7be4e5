"""Fixtures for certificate tests: a certifying module and ways to complete it."""

import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.roles import ANALYSTS_GROUP
from courses.models import LessonPage
from learning.progress import record_reading
from tests.factories import UserFactory

PROVIDER = (
    "Інститут післядипломної освіти Київського столичного університету імені "
    "Бориса Грінченка"
)
OUTCOMES = [
    "Проводити дискусію на суспільні теми безпечно для кожного учня.",
    "Будувати урок на реальному київському кейсі.",
]


@pytest.fixture
def pd_course(make_course):
    """A teachers' module of two "read to the end" lessons with a PD certificate."""
    return make_course(
        title="Як навчати громадянської участі",
        slug="teaching",
        audiences=("teacher_pd",),
        lessons=2,
        # The module's page says "1.5 h": the certificate prints the same.
        estimated_hours=Decimal("1.5"),
        pd_hours=30,
        ects_credits=Decimal("1.0"),
        certificate_kind="pd",
        certificate_provider=PROVIDER,
        certificate_signatory_name="",
        certificate_signatory_position="Директор Інституту післядипломної освіти",
        learning_outcomes=json.dumps(
            [{"type": "outcome", "value": o} for o in OUTCOMES]
        ),
    )


@pytest.fixture
def teacher_learner(db):
    """A teacher taking the module, with a confirmed full name."""
    return UserFactory(
        username="teacher-learner",
        email="hanna@example.org",
        display_name="Ганна",
        last_name="Коваленко",
        first_name="Ганна",
        patronymic="Петрівна",
        name_confirmed_at=timezone.now(),
    )


@pytest.fixture
def analyst(db):
    group, _created = Group.objects.get_or_create(name=ANALYSTS_GROUP)
    return UserFactory(username="analyst", groups=[group])


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.live().child_of(course))


def read(learner, lesson) -> None:
    """The learner reads the lesson to the end, as the lesson page reports it."""
    record_reading(
        learner=learner, lesson=lesson, seconds=60, reached_end=True, position={}
    )


def complete(learner, course) -> None:
    for lesson in lessons_of(course):
        read(learner, lesson)
