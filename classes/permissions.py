"""Who may do what with classes: each rule is a predicate with a matching queryset.

Teachers see only the classes they teach; learners only the classes they belong to.
Joining a class and teaching one are the person's own act (an invitation they
accept), and a teacher never acts on their own record.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, QuerySet, Subquery

from accounts.models import User
from accounts.roles import TEACHERS_GROUP, found_role, group_names, role

from .models import Class, ClassInvitation, Membership, RosterAccount


def can_create_classes(user: User | AnonymousUser) -> bool:
    """Teachers (and administrators) create classes."""
    return user.is_authenticated and (
        user.is_superuser or TEACHERS_GROUP in group_names(user)
    )


def classes_taught(user: User | AnonymousUser) -> QuerySet[Class]:
    if not user.is_authenticated:
        return Class.objects.none()
    return Class.objects.taught_by(user.pk)


def teaches(user: User | AnonymousUser, klass: Class) -> bool:
    return classes_taught(user).filter(pk=klass.pk).exists()


# The role source accounts.roles keeps in the roles cache (settings.ROLE_SOURCES).
TEACHER_ROLE = "classes.permissions.shows_teacher_pages"


def shows_teacher_pages(user: User | AnonymousUser) -> bool:
    """May create classes, or already teaches one (read afresh; `is_teacher` keeps
    it for the request and in the roles cache)."""
    return can_create_classes(user) or classes_taught(user).exists()


def is_teacher(user: User | AnonymousUser) -> bool:
    """Shown the teacher pages: may create classes, or already teaches one.

    Read once per request, or from the roles cache, like group_names.
    """
    return role(user, TEACHER_ROLE)


def found_teaching(user: User) -> None:
    """The request just found the user teaching a class: is_teacher needs no query."""
    found_role(user, TEACHER_ROLE)


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
    if Class.objects.taught_by(learner.pk).exists():
        return False
    classes = Membership.objects.current().filter(learner=learner)
    return (
        classes.filter(
            klass_id=made.klass_id, klass__in=classes_taught(teacher)
        ).exists()
        and not classes.exclude(klass_id=made.klass_id).exists()
    )


def deletable_pupil_accounts(teacher: User | AnonymousUser) -> QuerySet[User]:
    """The accounts can_delete_pupil_account allows the teacher to delete."""
    if not teacher.is_authenticated:
        return User.objects.none()
    made_for = RosterAccount.objects.filter(
        created_by=teacher, klass__in=classes_taught(teacher), user_id=OuterRef("pk")
    ).values("klass_id")[:1]
    current = Membership.objects.current().filter(learner_id=OuterRef("pk"))
    return (
        User.objects.filter(email="", is_staff=False, is_superuser=False)
        .exclude(pk=teacher.pk)
        .annotate(made_for=Subquery(made_for))
        .filter(Exists(current.filter(klass_id=OuterRef("made_for"))))
        .exclude(Exists(current.exclude(klass_id=OuterRef("made_for"))))
        .exclude(Exists(Class.objects.taught_by(OuterRef("pk"))))
    )


def can_act_on(teacher: User, learner: User, klass: Class) -> bool:
    """A teacher changes a learner's record in a class (marks, resets, grades,
    extends, removes) only when they teach the class, the learner is in it, and the
    record is not their own."""
    return (
        teacher.is_authenticated
        and learner.pk != teacher.pk
        and teaches(teacher, klass)
        and Membership.objects.current().filter(klass=klass, learner=learner).exists()
    )


def learners_acted_on(teacher: User | AnonymousUser, klass: Class) -> QuerySet[User]:
    """The learners whose record in the class can_act_on lets the teacher change."""
    if not teacher.is_authenticated or not teaches(teacher, klass):
        return User.objects.none()
    return User.objects.filter(
        memberships__klass=klass, memberships__left_at__isnull=True
    ).exclude(pk=teacher.pk)


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
