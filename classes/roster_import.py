"""Importing a roster: preview first, then create or add every learner at once.

The preview lives in the session; nothing is written until the teacher confirms a
file without errors, and then everything is written in one transaction.
"""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from reports.rollup import refresh_learner_modules

from .models import Class, Membership
from .roster import Roster, generate_password, generate_username, parse_roster

SESSION_KEY = "roster-preview"
CARDS_KEY = "roster-cards"


def account_for(value: str):
    User = get_user_model()
    return (
        User.objects.filter(Q(username__iexact=value) | Q(email__iexact=value))
        .filter(is_active=True)
        .first()
    )


def preview(data: bytes) -> Roster:
    """Parse the upload; raises roster.RosterError for a file that cannot be used."""
    return parse_roster(
        data, known_accounts=lambda value: account_for(value) is not None
    )


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
def confirm(session, klass: Class, token: str) -> list[dict] | None:
    """Create accounts and memberships from the remembered preview.

    Returns the login cards (name, username, one-time password and the last day it
    works) for new accounts,
    or None when there is no matching preview (expired, cancelled, another class).
    """
    stored = session.get(SESSION_KEY)
    if not stored or stored.get("token") != token or stored.get("class") != klass.pk:
        return None
    User = get_user_model()
    given: set[str] = set()

    def taken(name: str) -> bool:
        return name in given or User.objects.filter(username__iexact=name).exists()

    cards = []
    card_expiry = timezone.now() + datetime.timedelta(
        days=settings.LOGIN_CARD_PASSWORD_DAYS
    )
    for row in stored["rows"]:
        if row["existing"]:
            learner = account_for(row["existing"])
            if learner is None:  # deleted since the preview: refuse the whole import
                transaction.set_rollback(True)
                return None
        else:
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
            cards.append(
                {
                    "name": learner.display_name,
                    "username": username,
                    "password": password,
                    # As printed (the session keeps text): 21.12.2026.
                    "expires_on": timezone.localdate(card_expiry).strftime("%d.%m.%Y"),
                }
            )
        _membership, created = Membership.objects.current().get_or_create(
            klass=klass, learner=learner
        )
        if created:
            # A first class makes the learner's home for the reports.
            refresh_learner_modules(learner_id=learner.pk)
    forget(session)
    return cards
