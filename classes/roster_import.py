"""Importing a roster: preview first, then create the new learners at once.

The preview lives in the session; nothing is written until the teacher confirms a
file without errors, and then everything is written in one transaction. A roster
makes new accounts only: a row naming an existing account becomes an invitation,
which its owner accepts or declines (joining is always the learner's own act).

A row may name only the teacher's own pupils (permissions.roster_may_name): any
other username or email, whether or not it has an account somewhere in the city,
gets the answer of one that does not exist, so a class list never confirms an
account. Such a pupil joins with the class's code.
"""

import dataclasses
import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import actions, membership
from .models import Class, ClassInvitation, Membership, RosterAccount
from .permissions import roster_may_name
from .roster import (
    Roster,
    generate_password,
    generate_username,
    login_card,
    parse_roster,
)

SESSION_KEY = "roster-preview"
CARDS_KEY = "roster-cards"


def account_for(value: str, *, teacher, klass: Class):
    """The account a row names, among those the teacher's class list may name."""
    return (
        roster_may_name(teacher, klass)
        .filter(Q(username__iexact=value) | Q(email__iexact=value))
        .filter(is_active=True)
        .first()
    )


def preview(data: bytes, *, klass: Class, teacher) -> Roster:
    """Parse the upload; raises roster.RosterError for a file that cannot be used.

    A row naming the teacher, or another teacher of the class, is an error: a
    teacher is never a learner in a class they teach.
    """

    def find(value: str):
        return account_for(value, teacher=teacher, klass=klass)

    roster = parse_roster(data, known_accounts=lambda value: find(value) is not None)
    teacher_ids = set(klass.teachers.values_list("pk", flat=True)) | {teacher.pk}
    members = set(
        Membership.objects.current()
        .filter(klass=klass)
        .values_list("learner_id", flat=True)
    )
    rows = []
    for row in roster.rows:
        account = find(row.existing) if row.existing else None
        if account is not None and account.pk in teacher_ids:
            row = dataclasses.replace(
                row, errors=(*row.errors, str(actions.TEACHER_AS_LEARNER))
            )
        elif account is not None and account.pk in members:
            row = dataclasses.replace(row, already_in_class=True)
        rows.append(row)
    return dataclasses.replace(roster, rows=tuple(rows))


def remember(session, klass: Class, roster: Roster) -> str:
    token = secrets.token_urlsafe(16)
    session[SESSION_KEY] = {
        "token": token,
        "class": klass.pk,
        "rows": [
            {"first": r.first_name, "last": r.last_name, "existing": r.existing}
            for r in roster.rows
        ],
    }
    return token


def forget(session) -> None:
    session.pop(SESSION_KEY, None)


@transaction.atomic
def confirm(session, klass: Class, token: str, *, teacher) -> dict | None:
    """Create the new accounts and their memberships from the remembered preview,
    and invite the existing accounts it names.

    Returns {"cards": the login cards (name, username, one-time password and the
    last day it works) for new accounts, "invited": how many invitations are
    waiting}, or None when there is no matching preview (expired, cancelled, another
    class) or a row is refused.
    """
    stored = session.get(SESSION_KEY)
    if not stored or stored.get("token") != token or stored.get("class") != klass.pk:
        return None
    User = get_user_model()
    given: set[str] = set()

    def taken(name: str) -> bool:
        return name in given or User.objects.filter(username__iexact=name).exists()

    cards = []
    invited = 0
    card_expiry = timezone.now() + datetime.timedelta(
        days=settings.LOGIN_CARD_PASSWORD_DAYS
    )
    for row in stored["rows"]:
        if row["existing"]:
            invitee = account_for(row["existing"], teacher=teacher, klass=klass)
            if invitee is None:  # gone since the preview: refuse the whole import
                transaction.set_rollback(True)
                return None
            try:
                invitation = actions.invite(
                    teacher=teacher,
                    klass=klass,
                    invitee=invitee,
                    kind=ClassInvitation.LEARNER,
                    invited_as=row["existing"],
                )
            except actions.ActionRefused:
                transaction.set_rollback(True)
                return None
            invited += invitation is not None
            continue
        username = generate_username(row["first"], row["last"], taken)
        given.add(username)
        password = generate_password()
        learner = User(
            username=username,
            first_name=row["first"],
            last_name=row["last"],
            display_name=f"{row['first']} {row['last']}",
            must_change_password=True,
            card_password_expires_at=card_expiry,
            preferred_language="uk",
        )
        learner.set_password(password)
        learner.save()
        RosterAccount.objects.create(user=learner, created_by=teacher, klass=klass)
        cards.append(
            login_card(
                name=learner.display_name,
                username=username,
                password=password,
                expires_at=card_expiry,
            )
        )
        Membership.objects.create(klass=klass, learner=learner)
        # A first class makes the learner's home for the reports.
        membership.learner_joined(learner_id=learner.pk)
    forget(session)
    return {"cards": cards, "invited": invited}
