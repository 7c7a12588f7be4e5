"""Issuing, naming, revoking and reissuing certificates.

A certificate carries the name its learner confirmed for certificates before (after
a preview, or with the profile's confirmation box) if that name follows the rules of
certificates.names; otherwise it is issued without one, and the learner fixes their
name on it by their own act after a preview of how the document will read
(`fix_holder_name`). A registry keeper may reissue a revoked certificate with a
corrected name (`reissue`).

`issue_if_complete` is called (certificates.listeners) at the moment a lesson becomes
completed, inside the transaction that records the completion, so a certificate and
the completion that earned it are stored together or not at all.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, LessonPage

from .evidence import certificate_evidence
from .models import Certificate, CertificateEvent, new_number
from .names import clean_name_part


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
        # The hours the module's page states (its duration), not a separate figure.
        pd_hours=course.estimated_hours
        if course.certificate_kind == CoursePage.PD_CERTIFICATE
        else None,
        ects_credits=course.ects_credits,
        texts=module_texts(course),
        issued_at=now,
        evidence=evidence,
    )
    confirmed = confirmed_name(learner)
    if confirmed:
        _set_name(certificate, confirmed)
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


class NameRefused(ValueError):
    """The name cannot be fixed or the certificate reissued; the message says why."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = str(message)


def _set_name(certificate: Certificate, name: dict[str, str]) -> None:
    certificate.holder_surname = name["last_name"]
    certificate.holder_given_name = name["first_name"]
    certificate.holder_patronymic = name.get("patronymic", "")
    certificate.name_fixed_at = timezone.now()


NAME_FIELDS = ["holder_surname", "holder_given_name", "holder_patronymic"]


def confirmed_name(learner) -> dict[str, str] | None:
    """The name the learner confirmed for certificates, when it follows the rules;
    else None (the learner then checks it in the preview before it is fixed)."""
    if not learner.name_confirmed_at or not learner.legal_name():
        return None
    try:
        name = {
            "last_name": clean_name_part(learner.last_name),
            "first_name": clean_name_part(learner.first_name),
            "patronymic": clean_name_part(learner.patronymic),
        }
    except ValidationError:
        return None
    return name if name["last_name"] and name["first_name"] else None


@transaction.atomic
def fix_holder_name(
    *, certificate: Certificate, learner, name: dict[str, str]
) -> Certificate:
    """Fix the learner's name (a CertificateNameForm's, already validated and
    previewed) on their certificate, once, and keep it as the account's confirmed
    name. A name already fixed, or a revoked certificate, is refused unchanged."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.learner_id != learner.pk:
        raise NameRefused(_("This is not your certificate."))
    if certificate.has_name:
        raise NameRefused(_("The name on this certificate is already fixed."))
    if certificate.is_revoked:
        raise NameRefused(_("This certificate is revoked."))
    _set_name(certificate, name)
    certificate.save(update_fields=[*NAME_FIELDS, "name_fixed_at"])
    learner.last_name = name["last_name"]
    learner.first_name = name["first_name"]
    learner.patronymic = name.get("patronymic", "")
    learner.name_confirmed_at = certificate.name_fixed_at
    learner.save(
        update_fields=["last_name", "first_name", "patronymic", "name_confirmed_at"]
    )
    CertificateEvent.objects.create(
        certificate=certificate, action=CertificateEvent.NAME_FIXED, actor=learner
    )
    return certificate


@transaction.atomic
def reissue(
    *, certificate: Certificate, keeper, name: dict[str, str], reason: str
) -> Certificate:
    """A new certificate, with a new number and the corrected name, in place of a
    revoked one: the same module, texts, volume, evidence and date of completion
    as the old one printed. Both are logged; the old one stays revoked."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not old.is_revoked:
        raise NameRefused(_("Only a revoked certificate can be reissued."))
    if Certificate.objects.filter(replaces=old).exists():
        raise NameRefused(_("This certificate has already been reissued."))
    if old.learner_id is None:
        raise NameRefused(_("The holder's account no longer exists."))
    if (
        Certificate.objects.valid()
        .filter(learner_id=old.learner_id, course_key=old.course_key)
        .exists()
    ):
        raise NameRefused(
            _("The holder already has a valid certificate for this module.")
        )
    new = Certificate(
        kind=old.kind,
        learner_id=old.learner_id,
        course_id=old.course_id,
        course_key=old.course_key,
        language=old.language,
        title=old.title,
        pd_hours=old.pd_hours,
        ects_credits=old.ects_credits,
        texts=old.texts,
        issued_at=timezone.now(),
        evidence=old.evidence,
        replaces=old,
    )
    _set_name(new, name)
    for _try in range(3):  # a number clash is astronomically rare; try again
        new.number = new_number(timezone.localdate().year)
        try:
            with transaction.atomic():
                new.save()
            break
        except IntegrityError:
            continue
    else:
        raise IntegrityError("Could not find a free certificate number.")
    note = f"{old.number}: {reason}"
    CertificateEvent.objects.create(
        certificate=old, action=CertificateEvent.REISSUED, actor=keeper, reason=reason
    )
    CertificateEvent.objects.create(
        certificate=new, action=CertificateEvent.ISSUED, actor=keeper, reason=note
    )
    return new


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
