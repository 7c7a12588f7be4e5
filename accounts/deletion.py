"""Deleting an account: the person's data goes, anonymous aggregates stay.

The user row is kept under a random name so the counts that reports and open data
read (progress, scores, completions, memberships for district and kind) stay true,
but nothing in it, or in the records that hang off it, identifies the person any
more: names, email, institution, free-text answers, H5P statements and saved state,
sessions and email addresses are removed, and certificates are revoked with the
holder's name cleared (a document whose holder is gone can no longer be vouched for).
"""

import uuid

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from h5p.models import SavedState, Statement
from h5p.storage import recount as recount_storage
from quizzes.models import Attempt

from .models import User

REVOKED_REASON = "The holder deleted their account."


@transaction.atomic
def delete_account(user: User) -> None:
    user = User.objects.select_for_update().get(pk=user.pk)
    user.username = f"deleted-{uuid.uuid4().hex[:20]}"
    user.email = ""
    user.first_name = user.last_name = user.patronymic = ""
    user.display_name = ""
    user.institution = ""
    user.name_confirmed_at = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.must_change_password = False
    user.card_password_expires_at = None
    # A new password hash ends every session of the account, database or cache.
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    EmailAddress.objects.filter(user=user).delete()
    # Answers may be free text about the person: the scores stay, the words go.
    Attempt.objects.filter(learner=user).update(responses={})
    Statement.objects.filter(learner=user).update(statement={})
    SavedState.objects.filter(learner=user).delete()
    recount_storage(learner_id=user.pk)  # what is left of them takes no room
    now = timezone.now()
    for certificate in Certificate.objects.filter(learner=user):
        certificate.holder_surname = certificate.holder_given_name = ""
        certificate.holder_patronymic = ""
        if certificate.revoked_at is None:
            certificate.revoked_at = now
            certificate.revocation_reason = REVOKED_REASON
        certificate.save()
