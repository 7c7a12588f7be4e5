"""Issuing: a certificate once per learner and module, when every lesson is done."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from certificates.models import Certificate, CertificateEvent, normalise_number
from courses.models import CoursePage
from tests.certificates.conftest import OUTCOMES, PROVIDER, complete, lessons_of, read
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_completing_the_last_lesson_issues_one_certificate(pd_course, teacher_learner):
    first, second = lessons_of(pd_course)
    read(teacher_learner, first)
    assert not Certificate.objects.exists()

    read(teacher_learner, second)
    certificate = Certificate.objects.get()
    assert certificate.learner == teacher_learner
    assert certificate.kind == Certificate.PD
    # The hours are the module page's "1.5 h", not the reports' PD-hours figure.
    assert (str(certificate.pd_hours), str(certificate.ects_credits)) == ("1.5", "1.0")
    assert certificate.text("uk")["provider"] == PROVIDER
    assert certificate.text("uk")["outcomes"] == OUTCOMES
    assert normalise_number(certificate.number) == certificate.number

    # Reading again, or completing the same lessons again, issues nothing more.
    complete(teacher_learner, pd_course)
    assert Certificate.objects.count() == 1
    assert list(certificate.events.values_list("action", flat=True)) == [
        CertificateEvent.ISSUED
    ]


def test_no_certificate_for_an_incomplete_or_non_certifying_module(
    pd_course, make_course, teacher_learner
):
    read(teacher_learner, lessons_of(pd_course)[0])
    plain = make_course(title="Петиції", lessons=1)
    complete(teacher_learner, plain)
    assert not Certificate.objects.exists()


def test_numbers_are_unique_and_random(pd_course):
    learners = [UserFactory(username=f"teacher-{i}") for i in range(5)]
    for learner in learners:
        complete(learner, pd_course)
    numbers = list(Certificate.objects.values_list("number", flat=True))
    assert len(set(numbers)) == 5
    # Nothing shared but the year: the rest is random, not a counter.
    assert len({number[-4:] for number in numbers}) == 5


def test_the_confirmed_name_is_fixed_on_the_certificate_when_issued(
    pd_course, teacher_learner
):
    complete(teacher_learner, pd_course)
    certificate = Certificate.objects.get()
    assert certificate.holder_name == "Коваленко Ганна Петрівна"
    assert certificate.holder_initials == "Г. П. Коваленко"


def test_an_unconfirmed_name_is_left_off_until_the_learner_confirms_it(pd_course):
    learner = UserFactory(username="no-name-yet", last_name="Шевчук", first_name="Іра")
    complete(learner, pd_course)
    certificate = Certificate.objects.get()
    assert certificate.holder_name == ""
    assert not certificate.has_name


def test_a_confirmed_name_that_breaks_the_rules_is_not_copied(pd_course):
    learner = UserFactory(
        username="markup",
        last_name="<script>alert(1)</script>",
        first_name="Іра",
        name_confirmed_at=timezone.now(),
    )
    complete(learner, pd_course)
    certificate = Certificate.objects.get()
    assert not certificate.has_name  # the learner checks it in the preview first


def test_a_pupils_module_issues_a_certificate_of_completion(make_course, pupil):
    course = make_course(
        title="Електронні петиції", lessons=1, certificate_kind="completion"
    )
    complete(pupil, course)
    certificate = Certificate.objects.get()
    assert certificate.kind == Certificate.COMPLETION
    assert certificate.pd_hours is None


def test_a_pd_certificate_needs_provider_volume_and_signatory(make_course):
    course = make_course(title="Без налаштувань", lessons=1)
    course.certificate_kind = CoursePage.PD_CERTIFICATE
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert {
        "certificate_provider",
        "certificate_signatory_position",
        "pd_hours",
    } <= set(error.value.message_dict)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-7k3m-q9xd-4htr", "2026-7K3M-Q9XD-4HTR"),
        (" 2026 7K3M Q9XD 4HTR ", "2026-7K3M-Q9XD-4HTR"),
        ("20267K3MQ9XD4HTR", "2026-7K3M-Q9XD-4HTR"),
        ("2026-7K3M-Q9XD-4HTO", "2026-7K3M-Q9XD-4HT0"),
        ("2026-7K3M", None),
        ("../../etc/passwd", None),
        ("2026-7K3M-Q9XD-4HTU", None),
    ],
)
def test_typed_numbers_are_read_as_people_type_them(typed, stored):
    assert normalise_number(typed) == stored


def test_the_certificate_is_stored_with_the_completion_or_not_at_all(
    pd_course, teacher_learner
):
    from django.db import transaction

    from learning.models import LessonProgress

    first, second = lessons_of(pd_course)
    read(teacher_learner, first)

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), transaction.atomic():
        read(teacher_learner, second)
        assert Certificate.objects.count() == 1  # issued inside the transaction
        raise Interrupted  # e.g. the connection drops before the commit

    assert not Certificate.objects.exists()
    assert not LessonProgress.objects.filter(
        lesson=second, status=LessonProgress.COMPLETED
    ).exists()
    read(teacher_learner, second)  # the retry issues it
    assert Certificate.objects.count() == 1
