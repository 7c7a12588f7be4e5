"""The world the security tests walk: two classes with their teachers and learners,
lessons with a quiz and an H5P activity, an assignment, attempts, certificates, an
export job, a document, and one user for each role."""

import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from accounts.roles import ANALYSTS_GROUP, EDITORS_GROUP, TEACHERS_GROUP
from certificates.issuing import module_texts
from certificates.models import Certificate, RecognitionRequest, new_number
from classes.models import (
    Assignment,
    Class,
    ClassInvitation,
    Institution,
    InstitutionMembership,
    Membership,
)
from courses.models import LessonPage
from quizzes.models import Quiz
from quizzes.taking import submit_attempt
from reports.models import ExportJob, Release
from reports.releases import closed_periods, publish_release
from tests.factories import UserFactory
from tests.quizzes.builders import open_response, single_choice

ROLES = (
    "anonymous",
    "learner",
    "other_learner",
    "teacher",
    "other_teacher",
    "co_teacher",
    "editor",
    "analyst",
    "superuser",
    "invitee",
)


@dataclass(repr=False)
class World:
    users: dict
    klass: Class
    other_class: Class
    assignment: Assignment
    course: object
    lesson: LessonPage
    quiz: object
    activity: str
    open_question: str
    attempt: object
    h5p_lesson: LessonPage
    h5p_activity: str
    package: object
    certificate: Certificate
    unnamed_certificate: Certificate
    other_certificate: Certificate
    export: ExportJob
    document: object
    extra: dict = field(default_factory=dict)

    def _repr_pretty_(self, printer, cycle):
        # Hypothesis prints the fixtures of a failing example: keep it short.
        printer.text("World(...)")

    @property
    def learner(self):
        return self.users["learner"]


def _certificate(learner, course, *, named: bool, key=None) -> Certificate:
    now = timezone.now()
    certificate = Certificate(
        number=new_number(now.year),
        kind=Certificate.COMPLETION,
        learner=learner,
        course=course,
        course_key=key or course.translation_key,
        language="uk",
        title=course.title,
        texts=module_texts(course),
        issued_at=now,
    )
    if named:
        certificate.holder_surname = "Коваленко"
        certificate.holder_given_name = "Ганна"
        certificate.name_fixed_at = now
    certificate.save()
    return certificate


@pytest.fixture
def world(quiz_lesson, make_quiz, h5p_lesson, h5p_package, media):
    cache.clear()
    group = lambda name: Group.objects.get_or_create(name=name)[0]  # noqa: E731
    teachers = group(TEACHERS_GROUP)
    school = Institution.objects.create(
        name="Ліцей № 7", kind="school", district="podilskyi"
    )
    klass = Class.objects.create(
        institution=school, name="8-Б", academic_year="2026/2027"
    )
    other_class = Class.objects.create(
        institution=school, name="8-В", academic_year="2026/2027"
    )
    users = {
        "learner": UserFactory(username="uchen", display_name="Учень"),
        "other_learner": UserFactory(username="inshyi", display_name="Інший"),
        "teacher": UserFactory(username="vchytel", groups=[teachers]),
        "other_teacher": UserFactory(username="insha-vchytelka", groups=[teachers]),
        "co_teacher": UserFactory(username="spivvchytel", groups=[teachers]),
        "editor": UserFactory(username="redaktor", groups=[group(EDITORS_GROUP)]),
        "analyst": UserFactory(username="analityk", groups=[group(ANALYSTS_GROUP)]),
        "superuser": UserFactory(username="admin", is_superuser=True, is_staff=True),
        "invitee": UserFactory(username="zaproshena", display_name="Запрошена"),
    }
    klass.owner = users["teacher"]
    klass.save(update_fields=["owner"])
    klass.teachers.add(users["teacher"], users["co_teacher"])
    for name in ("teacher", "other_teacher", "co_teacher"):
        InstitutionMembership.objects.create(user=users[name], institution=school)
    other_class.teachers.add(users["other_teacher"])
    Membership.objects.create(klass=klass, learner=users["learner"])
    Membership.objects.create(klass=other_class, learner=users["other_learner"])

    choice, essay = single_choice(), open_response()
    quiz = make_quiz(questions=[choice, essay], feedback_timing=Quiz.IMMEDIATE)
    lesson, quiz, activity = quiz_lesson(quiz=quiz, certificate_kind="completion")
    course = lesson.get_parent().specific
    assignment = Assignment.objects.create(klass=klass, course=course)
    other_assignment = Assignment.objects.create(klass=other_class, course=course)
    attempt = submit_attempt(
        learner=users["learner"],
        lesson=lesson,
        activity_id=activity,
        quiz=quiz,
        data=_form({f"q-{essay['id']}": "Петиція про укриття."}),
        key=uuid.uuid4(),
    ).attempt
    h5p, h5p_activity = h5p_lesson()
    Assignment.objects.create(klass=klass, course=h5p.get_parent().specific)

    certificate = _certificate(users["learner"], course, named=True)
    unnamed = _certificate(users["learner"], course, named=False, key=uuid.uuid4())
    other_certificate = _certificate(users["other_learner"], course, named=True)
    export = ExportJob.objects.create(
        user=users["analyst"],
        fmt=ExportJob.CSV,
        status=ExportJob.DONE,
        content=b"\xef\xbb\xbfdistrict;learners\r\n",
        filename="civiced.csv",
        finished_at=timezone.now(),
    )
    Document = get_document_model()
    document = Document(title="Пам'ятка")
    document.file.save("pamyatka.txt", ContentFile(b"text"), save=False)
    document.save()
    draft = LessonPage(title="Чернетка уроку", slug="draft", live=False)
    course.add_child(instance=draft)
    # A class list named the invitee; another teacher is invited to teach.
    invitation = ClassInvitation.objects.create(
        klass=klass,
        invitee=users["invitee"],
        invited_as="zaproshena",
        invited_by=users["teacher"],
    )
    teaching_invitation = ClassInvitation.objects.create(
        klass=klass,
        invitee=users["other_teacher"],
        invited_as="insha-vchytelka",
        kind=ClassInvitation.CO_TEACHER,
        invited_by=users["teacher"],
    )
    recognition = RecognitionRequest.objects.create(
        learner=users["learner"],
        course=course,
        course_key=uuid.uuid4(),
        title=course.title,
        klass=klass,
        requested_by=users["teacher"],
        reason="Працював на папері під час відключень.",
    )
    # The last quarter that has ended, released; its academic year is not.
    quarter = closed_periods(timezone.now(), Release.QUARTER, 1)[0]
    release = publish_release(kind=Release.QUARTER, period=quarter)
    year = closed_periods(timezone.now(), Release.YEAR, 1)[0]
    extra = {
        "release_slug": release.slug,
        "year": year.label,
        "invitation_pk": invitation.pk,
        "teaching_invitation_pk": teaching_invitation.pk,
        "draft_url": draft.url,
        "draft_pk": draft.pk,
        "other_assignment_pk": other_assignment.pk,
        "recognition_pk": recognition.pk,
    }
    # The single-server install serves uploads from MEDIA_ROOT: put a file there.
    media_url = f"{settings.MEDIA_URL}matrix-{uuid.uuid4().hex}.txt"
    served = Path(settings.MEDIA_ROOT) / media_url.split("/")[-1]
    served.parent.mkdir(parents=True, exist_ok=True)
    served.write_bytes(b"text")
    extra["media_url"] = media_url
    yield World(
        extra=extra,
        users=users,
        klass=klass,
        other_class=other_class,
        assignment=assignment,
        course=course,
        lesson=lesson,
        quiz=quiz,
        activity=activity,
        open_question=essay["id"],
        attempt=attempt,
        h5p_lesson=h5p,
        h5p_activity=h5p_activity,
        package=h5p_package,
        certificate=certificate,
        unnamed_certificate=unnamed,
        other_certificate=other_certificate,
        export=export,
        document=document,
    )
    served.unlink()


def _form(data: dict):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in data.items():
        query[key] = value
    return query
