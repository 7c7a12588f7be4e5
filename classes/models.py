"""Classes: institutions, the classes teachers run, who belongs to them, and what
they are assigned.

A user is a teacher of the classes they teach and a learner in the classes they
belong to; the same person can be both (a teacher in an institute cohort). Results
live in quizzes.LessonProgress; classes only read them.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import connection, models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Unambiguous characters only (no 0/O, 1/I/L), so a code read off a projector works.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 7


def m2m_columns(field) -> tuple[str, str, str]:
    """A many-to-many field's link table, and its two columns: the one pointing at
    the field's own model and the one pointing at the other, for the queries written
    out by hand (names from `_meta`)."""
    through = field.remote_field.through._meta
    return (
        through.db_table,
        through.get_field(field.m2m_field_name()).column,
        through.get_field(field.m2m_reverse_field_name()).column,
    )


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class Institution(models.Model):
    """A school, university, college or the postgraduate institute."""

    SCHOOL = "school"
    UNIVERSITY = "university"
    VOCATIONAL = "vocational"
    INSTITUTE = "institute"
    KINDS = [
        (SCHOOL, _("School")),
        (UNIVERSITY, _("University")),
        (VOCATIONAL, _("Vocational college")),
        (INSTITUTE, _("Postgraduate institute")),
    ]
    DISTRICTS = [
        ("holosiivskyi", _("Holosiivskyi")),
        ("darnytskyi", _("Darnytskyi")),
        ("desnianskyi", _("Desnianskyi")),
        ("dniprovskyi", _("Dniprovskyi")),
        ("obolonskyi", _("Obolonskyi")),
        ("pecherskyi", _("Pecherskyi")),
        ("podilskyi", _("Podilskyi")),
        ("sviatoshynskyi", _("Sviatoshynskyi")),
        ("solomianskyi", _("Solomianskyi")),
        ("shevchenkivskyi", _("Shevchenkivskyi")),
    ]

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=KINDS)
    district = models.CharField(_("district"), max_length=20, choices=DISTRICTS)
    edrpou = models.CharField(
        _("EDRPOU code"),
        max_length=8,
        blank=True,
        help_text=_("Optional: the 8-digit code of the legal entity."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "district"], name="unique_institution"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def join_sql(*, alias: str, on: str) -> str:
        """A LEFT JOIN of the institutions, as `alias`, on `on` (an SQL expression
        holding an institution's id), for reports written out by hand; they read
        `district` and `kind` through the alias."""
        table = connection.ops.quote_name(Institution._meta.db_table)
        key = Institution._meta.pk.column
        return f"LEFT JOIN {table} {alias} ON {alias}.{key} = {on}"


class InstitutionMembership(models.Model):
    """A teacher belongs to an institution: an administrator's grant, the only
    evidence of it (the profile's institution is text the user writes about
    themselves). A teacher's classes are at the institutions they belong to, which
    keeps the reports' district figures honest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="institution_memberships",
        verbose_name=_("teacher"),
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("institution"),
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        ordering = ["institution__name", "user__username"]
        verbose_name = _("institution membership")
        verbose_name_plural = _("institution memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "institution"], name="one_institution_membership"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.institution}"


class ClassQuerySet(models.QuerySet):
    def active(self):
        return self.filter(archived=False)

    def taught_by(self, user_id: int):
        """The classes the user teaches: the teach rule (classes.permissions)."""
        return self.filter(teachers=user_id)

    @staticmethod
    def taught_by_sql(*, klass: str, user: str) -> str:
        """taught_by as an SQL condition for the queries written out by hand:
        `klass` and `user` are SQL expressions (a column, or "%s")."""
        table, class_column, user_column = m2m_columns(Class.teachers.field)
        return (
            f"EXISTS (SELECT 1 FROM {table} taught"  # noqa: S608 (names from _meta)
            f" WHERE taught.{class_column} = {klass}"
            f" AND taught.{user_column} = {user})"
        )


class Class(models.Model):
    """A class, student group or teacher-training cohort."""

    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="classes",
        verbose_name=_("institution"),
    )
    name = models.CharField(_("name"), max_length=120)
    academic_year = models.CharField(
        _("academic year"), max_length=9, help_text=_("For example 2026/2027.")
    )
    teachers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="classes_taught",
        verbose_name=_("teachers"),
    )
    # The teacher who created the class: they alone remove co-teachers, and no one
    # removes them.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("owner"),
    )
    archived = models.BooleanField(_("archived"), default=False)
    join_code = models.CharField(_("join code"), max_length=12, unique=True)
    join_code_expires_at = models.DateTimeField(
        _("join code expires"), null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClassQuerySet.as_manager()

    class Meta:
        ordering = ["-academic_year", "name"]
        verbose_name = _("class")
        verbose_name_plural = _("classes")

    def __str__(self) -> str:
        return f"{self.name} ({self.institution})"

    def save(self, *args, **kwargs):
        if not self.join_code:
            self.join_code = self._unique_code()
        super().save(*args, **kwargs)

    @classmethod
    def _unique_code(cls) -> str:
        while True:
            code = new_join_code()
            if not cls.objects.filter(join_code=code).exists():
                return code

    def regenerate_join_code(self, *, valid_for: timedelta | None = None) -> None:
        self.join_code = self._unique_code()
        self.join_code_expires_at = timezone.now() + valid_for if valid_for else None
        self.save(update_fields=["join_code", "join_code_expires_at"])

    @property
    def owner_pk(self) -> int | None:
        """The owner, or for a class from before owners were kept, its first
        teacher."""
        if self.owner_id is not None:
            return self.owner_id
        first = (
            Class.teachers.through.objects.filter(class_id=self.pk)
            .order_by("id")
            .values_list("user_id", flat=True)
            .first()
        )
        return first

    @property
    def join_code_open(self) -> bool:
        if self.archived:
            return False
        return (
            self.join_code_expires_at is None
            or self.join_code_expires_at > timezone.now()
        )


class MembershipQuerySet(models.QuerySet):
    def current(self):
        return self.filter(left_at__isnull=True)


class Membership(models.Model):
    """A learner in a class. Leaving keeps the row (results stay in aggregates)."""

    klass = models.ForeignKey(
        Class, on_delete=models.CASCADE, related_name="memberships"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["learner__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["klass", "learner"],
                condition=Q(left_at__isnull=True),
                name="one_current_membership",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} in {self.klass}"


class ClassGroup(models.Model):
    """A group inside a class (e.g. a project team, or those who were absent)."""

    klass = models.ForeignKey(Class, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(_("name"), max_length=80)
    learners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="class_groups", blank=True
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        constraints = [
            models.UniqueConstraint(fields=["klass", "name"], name="unique_group_name")
        ]

    def __str__(self) -> str:
        return self.name


class AssignmentQuerySet(models.QuerySet):
    """Who an assignment is for, written once: its chosen learners if it has any,
    else the members of its group if it has one, else the whole class.

    `for_learner` is the rule in the ORM; `audience_sql` is the same rule as SQL, for
    the grid's query written out by hand. Neither checks that the learner is a
    current member of the class: callers join the memberships themselves.
    """

    def for_learner(self, learner):
        """The assignments whose audience includes `learner` (an id, or an
        expression such as OuterRef naming a learner id column)."""
        return self.filter(self.audience(learner))

    @staticmethod
    def audience(learner) -> Q:
        chosen = Assignment.learners.through.objects.filter(
            assignment_id=OuterRef("pk")
        )
        grouped = ClassGroup.learners.through.objects.filter(
            classgroup_id=OuterRef("group_id"), user_id=learner
        )
        return Q(Exists(chosen.filter(user_id=learner))) | (
            ~Q(Exists(chosen)) & (Q(group__isnull=True) | Q(Exists(grouped)))
        )

    @staticmethod
    def audience_sql(*, assignment: str, group: str, learner: str) -> str:
        """`audience` as an SQL condition: the arguments are SQL expressions for the
        assignment's id, its group id and the learner's id."""
        chosen_table, chosen_assignment, chosen_user = m2m_columns(
            Assignment.learners.field
        )
        grouped_table, grouped_group, grouped_user = m2m_columns(
            ClassGroup.learners.field
        )
        return (
            f"(EXISTS (SELECT 1 FROM {chosen_table} chosen"  # noqa: S608 (names from _meta)
            f" WHERE chosen.{chosen_assignment} = {assignment}"
            f" AND chosen.{chosen_user} = {learner})"
            f" OR (NOT EXISTS (SELECT 1 FROM {chosen_table} chosen"
            f" WHERE chosen.{chosen_assignment} = {assignment})"
            f" AND ({group} IS NULL OR EXISTS (SELECT 1 FROM {grouped_table}"
            f" grouped WHERE grouped.{grouped_group} = {group}"
            f" AND grouped.{grouped_user} = {learner}))))"
        )


class Assignment(models.Model):
    """A module or a single lesson assigned to a class, a group or chosen learners."""

    klass = models.ForeignKey(
        Class, on_delete=models.CASCADE, related_name="assignments"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("module"),
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("single lesson"),
        help_text=_("Leave empty to assign the whole module."),
    )
    group = models.ForeignKey(
        ClassGroup,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("group"),
        help_text=_("Leave empty to assign to the whole class."),
    )
    learners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        verbose_name=_("chosen learners"),
        help_text=_("Leave empty to assign to the whole class or the group."),
    )
    available_from = models.DateTimeField(_("available from"), default=timezone.now)
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "created_at"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")

    def __str__(self) -> str:
        return str(self.lesson or self.course)


class Extension(models.Model):
    """A later due date for one learner."""

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="extensions"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    due_at = models.DateTimeField(_("new due date"))
    # When a class-wide interruption (an air-raid alert, a power cut) moved it; empty
    # for an extension the teacher gave this learner alone. The grid marks the former.
    interrupted_at = models.DateTimeField(_("moved by an interruption"), null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "learner"], name="one_extension_per_learner"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assignment} → {self.due_at:%Y-%m-%d}"


class ClassInvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ClassInvitation.PENDING)


class ClassInvitation(models.Model):
    """A teacher's invitation to an existing account: to learn in a class, or to
    teach it. Nothing changes until the invitee accepts."""

    LEARNER = "learner"
    CO_TEACHER = "co_teacher"
    KINDS = [(LEARNER, _("to learn")), (CO_TEACHER, _("to teach"))]
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    STATUSES = [
        (PENDING, _("waiting for an answer")),
        (ACCEPTED, _("accepted")),
        (DECLINED, _("declined")),
        (WITHDRAWN, _("withdrawn")),
    ]

    klass = models.ForeignKey(
        Class, on_delete=models.CASCADE, related_name="invitations"
    )
    invitee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    # What the teacher typed (a username or email): all they are shown until then.
    invited_as = models.CharField(max_length=254)
    kind = models.CharField(max_length=12, choices=KINDS, default=LEARNER)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    objects = ClassInvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["klass", "invitee", "kind"],
                condition=Q(status="pending"),
                name="one_pending_invitation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.invited_as} → {self.klass} ({self.kind}, {self.status})"


class RosterAccount(models.Model):
    """An account a teacher's class list created: the only accounts a teacher may
    delete (at the family's request)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    klass = models.ForeignKey(
        Class, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user} (roster of {self.created_by})"


class AuditEntry(models.Model):
    """A change a teacher made to a learner's record or to who teaches a class, or
    an administrator's to the institutions a teacher belongs to (`learner` is then
    the teacher, `details` names the institution): who, what, why, when."""

    GRADE = "grade"
    RESET = "reset"
    MARK_COMPLETE = "mark_complete"
    REMOVE = "remove"
    DELETE_ACCOUNT = "delete_account"
    RESET_PASSWORD = "reset_password"  # noqa: S105 (an action's name)
    EXTEND = "extend"
    INVITE = "invite"
    INVITE_TEACHER = "invite_teacher"
    WITHDRAW = "withdraw_invitation"
    ACCEPT = "accept"
    ACCEPT_TEACHER = "accept_teacher"
    DECLINE = "decline"
    REMOVE_TEACHER = "remove_teacher"
    LEAVE_TEACHING = "leave_teaching"
    GRANT_INSTITUTION = "grant_institution"
    REVOKE_INSTITUTION = "revoke_institution"
    INTERRUPT = "interrupt"
    ACTIONS = [
        (GRADE, _("Graded an open answer")),
        (RESET, _("Reset attempts")),
        (MARK_COMPLETE, _("Marked a lesson complete")),
        (REMOVE, _("Removed from a class")),
        (DELETE_ACCOUNT, _("Deleted a pupil's account")),
        (RESET_PASSWORD, _("Gave a pupil a new login card")),
        (EXTEND, _("Extended a due date")),
        (INVITE, _("Invited to learn in a class")),
        (INVITE_TEACHER, _("Invited to teach a class")),
        (WITHDRAW, _("Withdrew an invitation")),
        (ACCEPT, _("Accepted an invitation to learn")),
        (ACCEPT_TEACHER, _("Accepted an invitation to teach")),
        (DECLINE, _("Declined an invitation")),
        (REMOVE_TEACHER, _("Removed a co-teacher")),
        (LEAVE_TEACHING, _("Stopped teaching a class")),
        (GRANT_INSTITUTION, _("Added a teacher to an institution")),
        (REVOKE_INSTITUTION, _("Took a teacher off an institution")),
        (INTERRUPT, _("Moved due dates after an interrupted lesson")),
    ]

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=ACTIONS)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    klass = models.ForeignKey(
        Class, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.learner}"
