"""Who may see which certificates: each rule is a predicate with a matching queryset.

Learners see their own. The institute's registry (search, revoke, export, deciding
recognition requests) is for institute analysts and administrators: the registry
keepers. A class's teachers may ask for recognition for the class's current members,
never for themselves. Anyone may verify one number at a time.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from accounts.models import User
from accounts.roles import ANALYSTS_GROUP, group_names
from classes.models import Class
from classes.permissions import classes_taught

from .models import Certificate, RecognitionRequest


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


def recognition_learners(user: User | AnonymousUser, klass: Class) -> QuerySet[User]:
    """Whom the user may ask recognition for in the class: its current members
    when the user teaches it, never the user themselves."""
    if not user.is_authenticated:
        return User.objects.none()
    return User.objects.filter(
        memberships__klass=klass,
        memberships__left_at__isnull=True,
        memberships__klass__in=classes_taught(user),  # the teach rule
    ).exclude(pk=user.pk)


def can_request_recognition(
    user: User | AnonymousUser, klass: Class, learner: User
) -> bool:
    return recognition_learners(user, klass).filter(pk=learner.pk).exists()


def can_decide_recognition(user: User | AnonymousUser) -> bool:
    """Registry keepers decide recognition requests."""
    return can_use_registry(user)


def registry_recognition_requests(
    user: User | AnonymousUser,
) -> QuerySet[RecognitionRequest]:
    if not can_decide_recognition(user):
        return RecognitionRequest.objects.none()
    return RecognitionRequest.objects.all()
