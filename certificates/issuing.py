"""Issuing, naming and revoking certificates.

`issue_if_complete` is called (certificates.listeners) at the moment a lesson becomes
completed, inside the transaction that records the completion, so a certificate and
the completion that earned it are stored together or not at all.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CoursePage, LessonPage

from .evidence import certificate_evidence
from .models import Certificate, CertificateEvent, new_number


def issue_if_complete(*, learner, course_id: int) -> Certificate | None:
    """The learner's certificate for the module, issued now if every live lesson of
    a certifying module is completed by evidence that counts (certificates.evidence)
    and none was issued before; else None.

    Runs in the caller's transaction. It locks the learner's row first, so two
    transactions completing the last two lessons at once take turns: the second
    sees the first's completion and issues; the first sees the second's lesson
    still open and does not. The unique constraint backs this up.
    """
    course = (
        CoursePage.objects.exclude(certificate_kind=CoursePage.NO_CERTIFICATE)
        .filter(pk=course_id)
        .first()
    )
    if course is None:
        return None
    # The locked row is also the freshest copy of the learner's confirmed name.
    holder = get_user_model().objects.select_for_update().get(pk=learner.pk)
    if Certificate.objects.filter(
        learner=learner, course_key=course.translation_key
    ).exists():
        return None
    lessons = LessonPage.objects.live().child_of(course).count()
    evidence = certificate_evidence(learner=learner, course=course, lessons=lessons)
    if evidence is None:
        return None
    return issue_certificate(
        learner=holder, course=course, evidence=evidence, actor=holder
    )


def issue_certificate(
    *, learner, course: CoursePage, evidence: str, actor, reason: str = ""
) -> Certificate | None:
    """Issue the module's certificate to the learner, resting on `evidence` (a
    Certificate.EVIDENCE value), logged as issued by `actor`; None when the learner
    holds one already. Runs in the caller's transaction, the learner's row locked.
    """
    now = timezone.now()
    certificate = Certificate(
        kind=Certificate.PD
        if course.certificate_kind == CoursePage.PD_CERTIFICATE
        else Certificate.COMPLETION,
        learner=learner,
        course=course,
        course_key=course.translation_key,
        language=course.locale.language_code,
        title=course.title,
        pd_hours=course.pd_hours,
        ects_credits=course.ects_credits,
        texts=module_texts(course),
        issued_at=now,
        evidence=evidence,
    )
    if learner.name_confirmed_at and learner.legal_name():
        _copy_name(certificate, learner, now)
    for _try in range(3):  # a number clash is astronomically rare; try again
        certificate.number = new_number(timezone.localdate(now).year)
        try:
            with transaction.atomic():
                certificate.save()
        except IntegrityError:
            if Certificate.objects.filter(
                learner=learner, course_key=course.translation_key
            ).exists():
                return None
            continue
        CertificateEvent.objects.create(
            certificate=certificate,
            action=CertificateEvent.ISSUED,
            actor=actor,
            reason=reason,
        )
        return certificate
    raise IntegrityError("Could not find a free certificate number.")


def module_texts(course: CoursePage) -> dict[str, dict]:
    """What the document prints about the module, in each language it exists in."""
    pages = CoursePage.objects.filter(
        translation_key=course.translation_key
    ).select_related("locale")
    texts = {}
    for page in pages:
        texts[page.locale.language_code] = {
            "title": page.title,
            "provider": page.certificate_provider,
            "signatory_name": page.certificate_signatory_name,
            "signatory_position": page.certificate_signatory_position,
            "outcomes": [str(block.value) for block in page.learning_outcomes],
        }
    return texts


def _copy_name(certificate: Certificate, learner, when) -> None:
    certificate.holder_surname = learner.last_name.strip()
    certificate.holder_given_name = learner.first_name.strip()
    certificate.holder_patronymic = learner.patronymic.strip()
    certificate.name_fixed_at = when


@transaction.atomic
def fix_holder_name(*, certificate: Certificate, learner) -> Certificate | None:
    """The certificate with the learner's confirmed name on it (put there once), or
    None while the learner has not confirmed a name (it cannot be rendered yet)."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.has_name:
        return certificate
    if not learner.name_confirmed_at or not learner.legal_name():
        return None
    _copy_name(certificate, learner, timezone.now())
    certificate.save(
        update_fields=[
            "holder_surname",
            "holder_given_name",
            "holder_patronymic",
            "name_fixed_at",
        ]
    )
    CertificateEvent.objects.create(
        certificate=certificate, action=CertificateEvent.NAME_FIXED, actor=learner
    )
    return certificate


@transaction.atomic
def revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke the certificate with a reason, logged. Revoking twice changes nothing."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.is_revoked:
        return certificate
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = actor
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    CertificateEvent.objects.create(
        certificate=certificate,
        action=CertificateEvent.REVOKED,
        actor=actor,
        reason=reason,
    )
    return certificate
