"""Recognition of work done outside the platform: a teacher asks for a learner of
their class, with a reason; a registry keeper approves, which issues the module's
certificate with "recognition" as its evidence, or refuses, with a reason.

Each step is one transaction; the request row is the record of who asked, who
decided, when and why, and the certificate's log names the keeper who issued it.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from classes.models import Class
from courses.models import CoursePage

from .issuing import issue_certificate
from .models import Certificate, RecognitionRequest
from .permissions import can_decide_recognition, can_request_recognition


class RecognitionRefused(Exception):
    """The step cannot be taken; the message says why, for the person acting."""


def _holds_certificate(learner: User, course_key) -> bool:
    return Certificate.objects.filter(learner=learner, course_key=course_key).exists()


@transaction.atomic
def request_recognition(
    *, teacher: User, klass: Class, learner: User, course: CoursePage, reason: str
) -> RecognitionRequest:
    """A pending request that the learner's work for the module be recognised."""
    if not can_request_recognition(teacher, klass, learner):
        raise RecognitionRefused(
            _("You can ask only for current members of a class you teach.")
        )
    if not course.is_certifying:
        raise RecognitionRefused(_("This module issues no certificate."))
    # The learner's row, locked: requests and issuing for them take turns.
    get_user_model().objects.select_for_update().get(pk=learner.pk)
    if _holds_certificate(learner, course.translation_key):
        raise RecognitionRefused(
            _("The learner already has a certificate for this module.")
        )
    request = RecognitionRequest(
        learner=learner,
        course=course,
        course_key=course.translation_key,
        title=course.title,
        klass=klass,
        requested_by=teacher,
        reason=reason,
    )
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        raise RecognitionRefused(
            _(
                "A request for this learner and module is already waiting for "
                "a decision."
            )
        ) from None
    return request


def _pending(request: RecognitionRequest, keeper: User) -> RecognitionRequest:
    if not can_decide_recognition(keeper):
        raise RecognitionRefused(_("Only the registry's keepers decide requests."))
    request = RecognitionRequest.objects.select_for_update().get(pk=request.pk)
    if not request.is_pending:
        raise RecognitionRefused(_("This request has already been decided."))
    return request


def _decided(request, *, keeper: User, status: str, reason: str) -> None:
    request.status = status
    request.decided_by = keeper
    request.decided_at = timezone.now()
    request.decision_reason = reason
    request.save(
        update_fields=[
            "status",
            "decided_by",
            "decided_at",
            "decision_reason",
            "certificate",
        ]
    )


@transaction.atomic
def approve_recognition(
    *, request: RecognitionRequest, keeper: User, reason: str
) -> Certificate:
    """Approve the request and issue the module's certificate to the learner."""
    request = _pending(request, keeper)
    modules = (
        CoursePage.objects.live()
        .exclude(certificate_kind=CoursePage.NO_CERTIFICATE)
        .filter(translation_key=request.course_key)
    )
    # The module asked about, or its translation if that one is gone.
    course = modules.filter(pk=request.course_id).first() or modules.first()
    if course is None:
        raise RecognitionRefused(_("The module no longer issues certificates."))
    if request.learner_id is None:
        raise RecognitionRefused(_("The learner's account no longer exists."))
    holder = get_user_model().objects.select_for_update().get(pk=request.learner_id)
    certificate = None
    if not _holds_certificate(holder, request.course_key):
        certificate = issue_certificate(
            learner=holder,
            course=course,
            evidence=Certificate.RECOGNITION,
            actor=keeper,
            reason=reason,
        )
    if certificate is None:
        raise RecognitionRefused(
            _("The learner already has a certificate for this module.")
        )
    request.certificate = certificate
    _decided(request, keeper=keeper, status=RecognitionRequest.APPROVED, reason=reason)
    return certificate


@transaction.atomic
def refuse_recognition(
    *, request: RecognitionRequest, keeper: User, reason: str
) -> RecognitionRequest:
    """Refuse the request; nothing is issued."""
    request = _pending(request, keeper)
    _decided(request, keeper=keeper, status=RecognitionRequest.REFUSED, reason=reason)
    return request
