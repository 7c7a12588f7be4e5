"""What teachers and learners do to classes and to learners' records, one function
each: keyword-only, in one transaction, with its audit entry written inside it.

A refused action raises ActionRefused with a translated message and changes
nothing. Views check that the user may see the class (a 404 otherwise) and then
only call these.

Joining a class and teaching one are always the person's own act: a teacher
invites, the invitee accepts or declines. A teacher never acts on their own record.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from accounts.deletion import delete_account
from accounts.models import User
from courses.models import LessonPage
from quizzes.models import Attempt
from quizzes.review import (
    ReviewRefused,
    grade_open_response,
    mark_complete,
    reset_attempts,
)

from . import membership
from .models import (
    Assignment,
    AuditEntry,
    Class,
    ClassInvitation,
    Extension,
    Institution,
    InstitutionMembership,
    Membership,
)
from .permissions import (
    can_act_on,
    can_delete_pupil_account,
    can_reset_card_password,
    may_be_co_teacher,
    may_grant_institutions,
    may_interrupt,
    owns,
    teaches,
)
from .roster import generate_password, login_card

OWN_RECORD = _("You cannot change your own record in a class you teach.")
REASON_NEEDED = _("Give a reason; it is kept in the log.")
TEACHER_AS_LEARNER = _(
    "This is your own account or that of a teacher of this class: a teacher "
    "cannot be a learner in a class they teach."
)
NOT_A_TEACHER = _(
    "Only a teacher of the class's institution can be invited to teach it."
)
OWNER_STAYS = _("The class's owner cannot be removed from its teachers.")
NOT_OWNER = _("Only the class's owner removes co-teachers.")
JOIN_OWN_CLASS = _("You teach this class, so you cannot join it as a learner.")
LEARNER_AS_TEACHER = _("You are a learner in this class; leave it before you teach it.")
NOT_RESETTABLE = _(
    "You can give a new login card only for an account your own class list made "
    "that has no email of its own. A pupil with an email resets the password "
    "from the log-in page."
)
NOT_PENDING = _("This invitation has already been answered or withdrawn.")


class ActionRefused(Exception):
    """The action is not allowed or its input is wrong; `message` says why."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = str(message)


def _audit(*, actor, action: str, klass: Class | None, learner=None, **fields) -> None:
    AuditEntry.objects.create(
        actor=actor, action=action, klass=klass, learner=learner, **fields
    )


def _check(*, teacher: User, learner: User, klass: Class) -> None:
    if not can_act_on(teacher, learner, klass):
        raise ActionRefused(OWN_RECORD)


def _reason(reason: str) -> str:
    reason = (reason or "").strip()[:1000]
    if not reason:
        raise ActionRefused(REASON_NEEDED)
    return reason


# --- a learner's record --------------------------------------------------------------


@transaction.atomic
def remove_member(*, teacher: User, klass: Class, learner: User, reason: str) -> None:
    """The learner leaves the class; their results stay in the totals."""
    _check(teacher=teacher, learner=learner, klass=klass)
    reason = _reason(reason)
    Membership.objects.current().filter(klass=klass, learner=learner).update(
        left_at=timezone.now()
    )
    _audit(
        actor=teacher,
        action=AuditEntry.REMOVE,
        klass=klass,
        learner=learner,
        reason=reason,
    )


@transaction.atomic
def delete_pupil_account(
    *, teacher: User, klass: Class, learner: User, reason: str
) -> None:
    """Delete an account the teacher's class list made (at the family's request)."""
    if not can_delete_pupil_account(teacher, learner):
        raise PermissionError
    reason = _reason(reason)
    _audit(
        actor=teacher,
        action=AuditEntry.DELETE_ACCOUNT,
        klass=klass,
        learner=learner,
        reason=reason,
    )
    delete_account(learner)


@transaction.atomic
def reset_card_password(*, teacher: User, klass: Class, learner: User) -> dict:
    """A new one-time password for an account the teacher's class list made, and
    its login card to print: the old password stops working (and every session
    opened with it ends), the pupil chooses their own at the first login, within
    LOGIN_CARD_PASSWORD_DAYS, as with the first card."""
    if not can_reset_card_password(teacher, learner, klass):
        raise ActionRefused(NOT_RESETTABLE)
    learner = User.objects.select_for_update().get(pk=learner.pk)
    password = generate_password()
    expires_at = timezone.now() + timedelta(days=settings.LOGIN_CARD_PASSWORD_DAYS)
    learner.set_password(password)
    learner.must_change_password = True
    learner.card_password_expires_at = expires_at
    learner.save(
        update_fields=["password", "must_change_password", "card_password_expires_at"]
    )
    _audit(
        actor=teacher,
        action=AuditEntry.RESET_PASSWORD,
        klass=klass,
        learner=learner,
    )
    return login_card(
        name=learner.get_short_name(),
        username=learner.username,
        password=password,
        expires_at=expires_at,
    )


@transaction.atomic
def extend_due(
    *,
    teacher: User,
    klass: Class,
    learner: User,
    assignment: Assignment,
    due_at: datetime,
) -> Extension:
    """A later due date for one learner on one of the class's assignments."""
    _check(teacher=teacher, learner=learner, klass=klass)
    if assignment.klass_id != klass.pk:
        raise ActionRefused(_("Choose an assignment and a new due date."))
    extension, _created = Extension.objects.update_or_create(
        assignment=assignment,
        learner=learner,
        defaults={"due_at": due_at, "interrupted_at": None},
    )
    _audit(
        actor=teacher,
        action=AuditEntry.EXTEND,
        klass=klass,
        learner=learner,
        details={"assignment": assignment.pk, "due_at": due_at.isoformat()},
    )
    return extension


# The longest a class-wide interruption moves due dates: beyond it, set new dates.
MAX_INTERRUPTION_SHIFT = timedelta(days=30)


@dataclass(frozen=True)
class Interruption:
    """What interrupt_class moved: how many assignments, for how many learners."""

    assignments: int
    learners: int
    extensions: int


@transaction.atomic
def interrupt_class(
    *,
    teacher: User,
    klass: Class,
    due_from: datetime,
    due_to: datetime,
    shift: timedelta,
    reason: str,
) -> Interruption:
    """A lesson was interrupted (an air-raid alert, a power cut): every learner's due
    date for the class's assignments due between `due_from` and `due_to` becomes the
    assignment's due date plus `shift`, as extensions marked as the interruption's.

    A learner's longer extension is kept. Moving from the assignment's own date
    (not from the learner's) makes a repeat (a double click) change nothing, and it
    is refused as such.
    """
    if not may_interrupt(teacher, klass):
        raise ActionRefused(_("Only a teacher of this active class can do this."))
    if due_from >= due_to:
        raise ActionRefused(_("The end of the window must come after its start."))
    if not timedelta(0) < shift <= MAX_INTERRUPTION_SHIFT:
        raise ActionRefused(
            _("Move the due dates by 1 to 720 hours (at most 30 days).")
        )
    reason = _reason(reason)
    # Locked, so two teachers' interruptions of the same class do not interleave.
    assignments = list(
        Assignment.objects.select_for_update()
        .filter(klass=klass, due_at__gte=due_from, due_at__lte=due_to)
        .order_by("pk")
    )
    if not assignments:
        raise ActionRefused(_("No assignment of this class is due in that window."))
    members = Membership.objects.current().filter(klass=klass)
    existing = {
        (assignment_id, learner_id): due_at
        for assignment_id, learner_id, due_at in Extension.objects.filter(
            assignment__in=assignments
        ).values_list("assignment_id", "learner_id", "due_at")
    }
    now = timezone.now()
    rows = []
    for assignment in assignments:
        new_due = assignment.due_at + shift
        # The members it is for: its chosen learners, its group or the whole class.
        audience = members.filter(
            Exists(
                # The learner is named inside the audience's own subqueries,
                # two levels below the memberships.
                Assignment.objects.for_learner(OuterRef(OuterRef("learner_id"))).filter(
                    pk=assignment.pk
                )
            )
        ).values_list("learner_id", flat=True)
        for learner_id in audience:
            kept = existing.get((assignment.pk, learner_id))
            if kept is None or kept < new_due:
                rows.append(
                    Extension(
                        assignment_id=assignment.pk,
                        learner_id=learner_id,
                        due_at=new_due,
                        interrupted_at=now,
                    )
                )
    if not rows:
        raise ActionRefused(
            _(
                "Every learner already has these due dates or later ones: "
                "nothing was moved."
            )
        )
    # One statement: new extensions, and shorter ones lengthened.
    Extension.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["assignment", "learner"],
        update_fields=["due_at", "interrupted_at"],
    )
    moved = sorted({row.assignment_id for row in rows})
    learners = len({row.learner_id for row in rows})
    _audit(
        actor=teacher,
        action=AuditEntry.INTERRUPT,
        klass=klass,
        reason=reason,
        details={
            "assignments": moved,
            "learners": learners,
            "extensions": len(rows),
            "shift_hours": round(shift.total_seconds() / 3600, 2),
            "due_from": due_from.isoformat(),
            "due_to": due_to.isoformat(),
        },
    )
    return Interruption(assignments=len(moved), learners=learners, extensions=len(rows))


@transaction.atomic
def grade(
    *,
    teacher: User,
    klass: Class,
    learner: User,
    attempt: Attempt,
    question_id: str,
    points: str,
    comment: str,
) -> Attempt:
    """The teacher's points and comment for one open answer."""
    _check(teacher=teacher, learner=learner, klass=klass)
    try:
        attempt = grade_open_response(
            attempt=attempt,
            question_id=question_id,
            points=points,
            comment=comment[:2000],
            grader=teacher,
        )
    except ReviewRefused as refusal:
        raise ActionRefused(refusal.message) from None
    _audit(
        actor=teacher,
        action=AuditEntry.GRADE,
        klass=klass,
        learner=learner,
        lesson=attempt.lesson,
        details={"attempt": attempt.pk},
    )
    return attempt


@transaction.atomic
def reset(
    *, teacher: User, klass: Class, learner: User, lesson: LessonPage, reason: str
) -> int:
    """Void the learner's attempts in a lesson; returns how many."""
    _check(teacher=teacher, learner=learner, klass=klass)
    reason = _reason(reason)
    count = reset_attempts(learner=learner, lesson=lesson)
    _audit(
        actor=teacher,
        action=AuditEntry.RESET,
        klass=klass,
        learner=learner,
        lesson=lesson,
        reason=reason,
        details={"attempts": count},
    )
    return count


@transaction.atomic
def mark_lesson_complete(
    *, teacher: User, klass: Class, learner: User, lesson: LessonPage, reason: str
) -> None:
    """Record a lesson the learner did offline (on paper, during an outage)."""
    _check(teacher=teacher, learner=learner, klass=klass)
    reason = _reason(reason)
    mark_complete(learner=learner, lesson=lesson)
    _audit(
        actor=teacher,
        action=AuditEntry.MARK_COMPLETE,
        klass=klass,
        learner=learner,
        lesson=lesson,
        reason=reason,
    )


# --- joining ------------------------------------------------------------------------


def _enrol(*, learner: User, klass: Class) -> bool:
    """A current membership for the learner (True when it is new)."""
    if teaches(learner, klass):
        raise ActionRefused(JOIN_OWN_CLASS)
    _membership, created = Membership.objects.current().get_or_create(
        klass=klass, learner=learner
    )
    if created:
        # A first class makes the learner's home for the reports.
        membership.learner_joined(learner_id=learner.pk)
    return created


@transaction.atomic
def join(*, learner: User, klass: Class) -> bool:
    """The learner joins the class with its code; True when they were not in it."""
    return _enrol(learner=learner, klass=klass)


# --- invitations ---------------------------------------------------------------------


@transaction.atomic
def invite(
    *, teacher: User, klass: Class, invitee: User, kind: str, invited_as: str = ""
) -> ClassInvitation | None:
    """Invite an existing account to learn in the class or to teach it.

    Returns the pending invitation (the one already waiting, if any), or None when
    the invitee is already in the class that way.
    """
    if not teaches(teacher, klass):
        raise PermissionError
    if kind == ClassInvitation.CO_TEACHER:
        if not may_be_co_teacher(invitee, klass):
            raise ActionRefused(NOT_A_TEACHER)
        if teaches(invitee, klass):
            return None
    else:
        kind = ClassInvitation.LEARNER
        if invitee.pk == teacher.pk or teaches(invitee, klass):
            raise ActionRefused(TEACHER_AS_LEARNER)
        if Membership.objects.current().filter(klass=klass, learner=invitee).exists():
            return None
    waiting = ClassInvitation.objects.pending().filter(
        klass=klass, invitee=invitee, kind=kind
    )
    if (found := waiting.first()) is not None:
        return found
    try:
        with transaction.atomic():
            invitation = ClassInvitation.objects.create(
                klass=klass,
                invitee=invitee,
                kind=kind,
                invited_by=teacher,
                invited_as=(invited_as or invitee.username)[:254],
            )
    except IntegrityError:  # the same invitation, made at the same moment
        return waiting.first()
    _audit(
        actor=teacher,
        action=AuditEntry.INVITE_TEACHER if kind == "co_teacher" else AuditEntry.INVITE,
        klass=klass,
        learner=invitee,
        details={"invitation": invitation.pk},
    )
    if invitee.email:
        transaction.on_commit(lambda: _send_invitation_email(invitation.pk))
    return invitation


def _send_invitation_email(invitation_pk: int) -> None:
    """Tell the invitee by email, in their language, where to answer."""
    invitation = (
        ClassInvitation.objects.filter(pk=invitation_pk, status="pending")
        .select_related("klass__institution", "invitee", "invited_by")
        .first()
    )
    if invitation is None or not invitation.invitee.email:
        return
    language = invitation.invitee.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "invitation": invitation,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("invitations"),
        }
        subject = str(_("An invitation to a class on civiced"))
        body = render_to_string("classes/email/invitation.txt", context)
    send_mail(subject, body, None, [invitation.invitee.email], fail_silently=True)


def _pending(invitation: ClassInvitation) -> ClassInvitation:
    locked = (
        ClassInvitation.objects.select_for_update()
        .select_related("klass")
        .get(pk=invitation.pk)
    )
    if locked.status != ClassInvitation.PENDING:
        raise ActionRefused(NOT_PENDING)
    return locked


@transaction.atomic
def withdraw_invitation(*, teacher: User, invitation: ClassInvitation) -> None:
    """A teacher of the class takes back an invitation not yet answered."""
    invitation = _pending(invitation)
    if not teaches(teacher, invitation.klass):
        raise PermissionError
    invitation.status = ClassInvitation.WITHDRAWN
    invitation.responded_at = timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    _audit(
        actor=teacher,
        action=AuditEntry.WITHDRAW,
        klass=invitation.klass,
        learner=invitation.invitee,
        details={"invitation": invitation.pk},
    )


@transaction.atomic
def accept_invitation(*, user: User, invitation: ClassInvitation) -> None:
    """The invitee joins the class as a learner, or as one of its teachers."""
    invitation = _pending(invitation)
    if invitation.invitee_id != user.pk:
        raise PermissionError
    klass = invitation.klass
    if invitation.kind == ClassInvitation.CO_TEACHER:
        if not may_be_co_teacher(user, klass):
            raise ActionRefused(NOT_A_TEACHER)
        if Membership.objects.current().filter(klass=klass, learner=user).exists():
            raise ActionRefused(LEARNER_AS_TEACHER)
        klass.teachers.add(user)
        action = AuditEntry.ACCEPT_TEACHER
    else:
        _enrol(learner=user, klass=klass)
        action = AuditEntry.ACCEPT
    invitation.status = ClassInvitation.ACCEPTED
    invitation.responded_at = timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    _audit(
        actor=user,
        action=action,
        klass=klass,
        learner=user,
        details={"invitation": invitation.pk},
    )


@transaction.atomic
def decline_invitation(*, user: User, invitation: ClassInvitation) -> None:
    """The invitee says no; nothing else changes."""
    invitation = _pending(invitation)
    if invitation.invitee_id != user.pk:
        raise PermissionError
    invitation.status = ClassInvitation.DECLINED
    invitation.responded_at = timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    _audit(
        actor=user,
        action=AuditEntry.DECLINE,
        klass=invitation.klass,
        learner=user,
        details={"invitation": invitation.pk, "kind": invitation.kind},
    )


# --- who teaches ---------------------------------------------------------------------


@transaction.atomic
def remove_co_teacher(*, teacher: User, klass: Class, co_teacher: User) -> None:
    """The owner takes a co-teacher off the class."""
    klass = Class.objects.select_for_update().get(pk=klass.pk)
    if not owns(teacher, klass):
        raise ActionRefused(NOT_OWNER)
    if co_teacher.pk == klass.owner_pk:
        raise ActionRefused(OWNER_STAYS)
    if not teaches(co_teacher, klass):
        raise PermissionError
    klass.teachers.remove(co_teacher)
    _audit(
        actor=teacher,
        action=AuditEntry.REMOVE_TEACHER,
        klass=klass,
        learner=co_teacher,
    )


@transaction.atomic
def leave_teaching(*, teacher: User, klass: Class) -> None:
    """A co-teacher stops teaching the class (its owner cannot)."""
    klass = Class.objects.select_for_update().get(pk=klass.pk)
    if owns(teacher, klass):
        raise ActionRefused(OWNER_STAYS)
    if not teaches(teacher, klass):
        raise PermissionError
    klass.teachers.remove(teacher)
    _audit(
        actor=teacher,
        action=AuditEntry.LEAVE_TEACHING,
        klass=klass,
        learner=teacher,
    )


# --- who belongs to an institution ---------------------------------------------------


@transaction.atomic
def grant_institution(
    *, administrator: User, teacher: User, institution: Institution
) -> InstitutionMembership:
    """An administrator makes a teacher a member of an institution, where the
    teacher may then hold classes; the one already made, if any."""
    if not may_grant_institutions(administrator):
        raise PermissionError
    membership_row, created = InstitutionMembership.objects.get_or_create(
        user=teacher, institution=institution, defaults={"granted_by": administrator}
    )
    if created:
        _audit(
            actor=administrator,
            action=AuditEntry.GRANT_INSTITUTION,
            klass=None,
            learner=teacher,
            details={"institution": institution.pk, "name": institution.name},
        )
    return membership_row


@transaction.atomic
def revoke_institution(
    *, administrator: User, membership: InstitutionMembership
) -> None:
    """An administrator takes a teacher off an institution: no new classes there
    (the classes already held stay, with their history)."""
    if not may_grant_institutions(administrator):
        raise PermissionError
    institution = membership.institution
    deleted, _rows = InstitutionMembership.objects.filter(pk=membership.pk).delete()
    if deleted:
        _audit(
            actor=administrator,
            action=AuditEntry.REVOKE_INSTITUTION,
            klass=None,
            learner=membership.user,
            details={"institution": institution.pk, "name": institution.name},
        )
