"""Deleting an account: the person's data goes, anonymous aggregates stay.

The user row is kept under a random name so the counts that reports and open data
read (progress, scores, completions, memberships for district and kind) stay true,
but nothing in it, or in the records that hang off it, identifies the person any
more: names, email, institution, free-text answers, H5P statements and saved state,
sessions and email addresses are removed, and certificates are revoked with the
holder's name cleared (a document whose holder is gone can no longer be vouched for).

What the other apps hold of the person is theirs to forget: each names a step in
settings.ACCOUNT_DELETION_STEPS, run in that order in the deletion's transaction
(accounts sits below them and imports none of them).
"""

import uuid
from functools import cache

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

from .models import User


@cache
def _steps() -> tuple:
    """settings.ACCOUNT_DELETION_STEPS, imported once."""
    return tuple(import_string(path) for path in settings.ACCOUNT_DELETION_STEPS)


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
    for step in _steps():
        step(user=user)
