"""Who may see which certificates: each rule is a predicate with a matching queryset.

Learners see their own. The institute's registry (search, revoke, export) is for
institute analysts and administrators. Anyone may verify one number at a time.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from accounts.models import User
from accounts.roles import ANALYSTS_GROUP, group_names

from .models import Certificate


def own_certificates(user: User | AnonymousUser) -> QuerySet[Certificate]:
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(learner=user)


def can_use_registry(user: User | AnonymousUser) -> bool:
    """Institute analysts and administrators keep the registry."""
    return user.is_authenticated and (
        user.is_superuser or ANALYSTS_GROUP in group_names(user)
    )


def registry_certificates(user: User | AnonymousUser) -> QuerySet[Certificate]:
    if not can_use_registry(user):
        return Certificate.objects.none()
    return Certificate.objects.all()
