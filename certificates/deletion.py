"""What certificates forget of a deleted account (settings.ACCOUNT_DELETION_STEPS)."""

from django.utils import timezone

from .models import Certificate

REVOKED_REASON = "The holder deleted their account."


def forget_holder(*, user) -> None:
    """Certificates are revoked with the holder's name cleared: a document whose
    holder is gone can no longer be vouched for."""
    now = timezone.now()
    for certificate in Certificate.objects.filter(learner=user):
        certificate.holder_surname = certificate.holder_given_name = ""
        certificate.holder_patronymic = ""
        if certificate.revoked_at is None:
            certificate.revoked_at = now
            certificate.revocation_reason = REVOKED_REASON
        certificate.save()
