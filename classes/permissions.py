"""Who may do what with classes: each rule is a predicate with a matching queryset.

Teachers see only the classes they teach; learners only the classes they belong to.
Joining a class and teaching one are the person's own act (an invitation they
accept), and a teacher never acts on their own record.

A teacher's classes are at the institutions they belong to (an administrator's
grant). No form tells a teacher whether an account exists: the co-teacher form
finds only the teachers of the class's institution, and a class list names only the
teacher's own pupils; any other account gets the answer of one that does not exist.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery

from accounts.models import User
from accounts.roles import TEACHERS_GROUP, found_role, group_names, role

from .models import (
    Class,
    ClassInvitation,
    Institution,
    InstitutionMembership,
    Membership,
    RosterAccount,
)


def can_create_classes(user: User | AnonymousUser) -> bool:
    """Teachers (and administrators) create classes."""
    return user.is_authenticated and (
        user.is_superuser or TEACHERS_GROUP in group_names(user)
    )


def institutions_for_classes(user: User | AnonymousUser) -> QuerySet[Institution]:
    """The institutions the user may hold a class at: those an administrator has
    made them a member of; an administrator, any."""
    if not user.is_authenticated:
        return Institution.objects.none()
    if user.is_superuser:
        return Institution.objects.all()
    return Institution.objects.filter(memberships__user=user.pk)


def may_hold_class_at(user: User | AnonymousUser, institution: Institution) -> bool:
    """institutions_for_classes as a predicate."""
    return user.is_authenticated and (
        user.is_superuser
        or InstitutionMembership.objects.filter(
            user=user.pk, institution=institution.pk
        ).exists()
    )


def may_grant_institutions(user: User | AnonymousUser) -> bool:
    """Administrators (and staff given the permission) say who belongs where."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("classes.add_institutionmembership")
    )


def classes_taught(user: User | AnonymousUser) -> QuerySet[Class]:
    if not user.is_authenticated:
        return Class.objects.none()
    return Class.objects.taught_by(user.pk)


def teaches(user: User | AnonymousUser, klass: Class) -> bool:
    return classes_taught(user).filter(pk=klass.pk).exists()


def interruptible_classes(user: User | AnonymousUser) -> QuerySet[Class]:
    """The classes whose due dates the user may move after an interrupted lesson:
    the active classes they teach (as owner or co-teacher)."""
    return classes_taught(user).active()


def may_interrupt(user: User | AnonymousUser, klass: Class) -> bool:
    return interruptible_classes(user).filter(pk=klass.pk).exists()


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


def can_reset_card_password(teacher: User, learner: User, klass: Class) -> bool:
    """A teacher gives a pupil a new login card (a new one-time password) only for
    an account their own class list created, that is in a class they teach (the
    one whose page they act from), and that is still a plain pupil's account: no
    email of its own (its owner resets by email), no role of any kind and no class
    taught, so no other person's account can be taken over this way."""
    if learner.pk == teacher.pk or not teacher.is_authenticated:
        return False
    if learner.email or learner.is_staff or learner.is_superuser:
        return False
    return resettable_pupil_accounts(teacher, klass).filter(pk=learner.pk).exists()


def resettable_pupil_accounts(
    teacher: User | AnonymousUser, klass: Class
) -> QuerySet[User]:
    """The accounts can_reset_card_password allows the teacher to give a new card
    from the class's page."""
    if not teacher.is_authenticated or not teaches(teacher, klass):
        return User.objects.none()
    made = RosterAccount.objects.filter(created_by=teacher, user_id=OuterRef("pk"))
    current = Membership.objects.current().filter(
        learner_id=OuterRef("pk"), klass_id=klass.pk
    )
    return (
        User.objects.filter(
            email="", is_staff=False, is_superuser=False, groups__isnull=True
        )
        .exclude(pk=teacher.pk)
        .filter(Exists(made), Exists(current))
        .exclude(Exists(Class.objects.taught_by(OuterRef("pk"))))
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


def may_be_co_teacher(user: User, klass: Class) -> bool:
    """Only an active account in the Teachers group who belongs to the class's
    institution may be invited to teach it (and accept)."""
    return (
        user.is_active
        and TEACHERS_GROUP in group_names(user)
        and InstitutionMembership.objects.filter(
            user=user.pk, institution=klass.institution_id
        ).exists()
    )


def possible_co_teachers(klass: Class) -> QuerySet[User]:
    """The accounts may_be_co_teacher allows for the class: all the co-teacher form
    looks among, so any other name gets the answer of an unknown one."""
    return User.objects.filter(
        is_active=True,
        groups__name=TEACHERS_GROUP,
        institution_memberships__institution=klass.institution_id,
    ).distinct()


def pupils_seen(teacher: User | AnonymousUser) -> QuerySet[User]:
    """The learners a teacher already sees: the current members of the classes
    they teach, archived ones included (last year's class)."""
    if not teacher.is_authenticated:
        return User.objects.none()
    current = Membership.objects.current().filter(
        learner_id=OuterRef("pk"), klass__in=classes_taught(teacher)
    )
    return User.objects.filter(Exists(current))


def sees_pupil(teacher: User | AnonymousUser, user: User) -> bool:
    """pupils_seen as a predicate."""
    return (
        teacher.is_authenticated
        and Membership.objects.current()
        .filter(learner=user.pk, klass__in=classes_taught(teacher))
        .exists()
    )


def roster_may_name(teacher: User | AnonymousUser, klass: Class) -> QuerySet[User]:
    """The accounts a class list for the class may name: the teacher's pupils, and
    the class's teachers (whom the teacher sees on the class's page, and whom the
    import refuses as learners). Any other name reads as one that does not exist."""
    if not teacher.is_authenticated:
        return User.objects.none()
    return User.objects.filter(
        Q(pk__in=pupils_seen(teacher).values("pk"))
        | Q(pk=teacher.pk)
        | Q(pk__in=klass.teachers.values("pk"))
    )


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
