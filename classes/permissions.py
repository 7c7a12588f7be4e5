"""Who may do what with classes: each rule is a predicate with a matching queryset.

Teachers see only the classes they teach; learners only the classes they belong to.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from accounts.models import User
from accounts.roles import TEACHERS_GROUP, group_names

from .models import Class, Membership


def can_create_classes(user: User | AnonymousUser) -> bool:
    """Teachers (and administrators) create classes."""
    return user.is_authenticated and (
        user.is_superuser or TEACHERS_GROUP in group_names(user)
    )


def classes_taught(user: User | AnonymousUser) -> QuerySet[Class]:
    if not user.is_authenticated:
        return Class.objects.none()
    return Class.objects.filter(teachers=user)


def teaches(user: User | AnonymousUser, klass: Class) -> bool:
    return classes_taught(user).filter(pk=klass.pk).exists()


def is_teacher(user: User | AnonymousUser) -> bool:
    """Shown the teacher pages: may create classes, or already teaches one.

    Kept on the user object for the request, like group_names.
    """
    known = getattr(user, "_civiced_is_teacher", None)
    if known is None:
        known = can_create_classes(user) or classes_taught(user).exists()
        if user.is_authenticated:
            user._civiced_is_teacher = known
    return known


def found_teaching(user: User) -> None:
    """The request just found the user teaching a class: is_teacher needs no query."""
    user._civiced_is_teacher = True


def classes_joined(user: User | AnonymousUser) -> QuerySet[Class]:
    if not user.is_authenticated:
        return Class.objects.none()
    return Class.objects.filter(
        memberships__learner=user, memberships__left_at__isnull=True
    )


def can_delete_pupil_account(teacher, learner) -> bool:
    """A teacher may delete a pupil's account (at the family's request) only when it
    has no email of its own and every class the pupil is in is one they teach:
    an account someone else also relies on is deleted by its owner."""
    if learner.email or learner.is_staff or learner.is_superuser:
        return False
    classes = Membership.objects.current().filter(learner=learner)
    return classes.exists() and not classes.exclude(klass__teachers=teacher).exists()
