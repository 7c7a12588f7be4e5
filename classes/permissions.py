"""Who may do what with classes: each rule is a predicate with a matching queryset.

Teachers see only the classes they teach; learners only the classes they belong to.
Joining a class and teaching one are the person's own act (an invitation they
accept), and a teacher never acts on their own record.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from accounts.models import User
from accounts.roles import TEACHERS_GROUP, group_names

from .models import Class, ClassInvitation, Membership, RosterAccount


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


def can_delete_pupil_account(teacher: User, learner: User) -> bool:
    """A teacher may delete a pupil's account (at the family's request) only when
    their own class list created it, it has no email of its own, it teaches no
    class, and no class but the one it was made for has it: an account someone else
    also relies on is deleted by its owner."""
    if learner.pk == teacher.pk:
        return False
    if learner.email or learner.is_staff or learner.is_superuser:
        return False
    made = RosterAccount.objects.filter(user=learner, created_by=teacher).first()
    if made is None or made.klass_id is None:
        return False
    if Class.objects.filter(teachers=learner).exists():
        return False
    classes = Membership.objects.current().filter(learner=learner)
    return (
        classes.filter(klass_id=made.klass_id, klass__teachers=teacher).exists()
        and not classes.exclude(klass_id=made.klass_id).exists()
    )


def can_act_on(teacher: User, learner: User, klass: Class) -> bool:
    """A teacher changes a learner's record in a class (marks, resets, grades,
    extends, removes) only when they teach the class and the record is not their
    own."""
    return (
        teacher.is_authenticated
        and learner.pk != teacher.pk
        and teaches(teacher, klass)
    )


def may_be_co_teacher(user: User) -> bool:
    """Only an account in the Teachers group may be invited to teach a class."""
    return user.is_active and TEACHERS_GROUP in group_names(user)


def owns(user: User | AnonymousUser, klass: Class) -> bool:
    """The class's owner (its creator) removes co-teachers; no one removes them."""
    return user.is_authenticated and klass.owner_pk == user.pk


def invitations_for(user: User | AnonymousUser) -> QuerySet[ClassInvitation]:
    """The invitations waiting for the user's answer."""
    if not user.is_authenticated:
        return ClassInvitation.objects.none()
    return ClassInvitation.objects.pending().filter(invitee=user)


def invitations_sent(user: User | AnonymousUser) -> QuerySet[ClassInvitation]:
    """Invitations to the classes the user teaches (which they may withdraw)."""
    return ClassInvitation.objects.filter(klass__in=classes_taught(user))
