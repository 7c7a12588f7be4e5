"""Reports: the learner-module roll-up the aggregates read, the background export
jobs analysts ask for, with their finished files, the frozen open-data releases and
the narrative editors write next to a commitment's figures.

The aggregates are computed in SQL from the roll-up: LearnerModule, one row per
learner and course, and the cells summing those rows, kept up to date by
reports.rollup in the same transaction as the LessonProgress they sum. A job's file
is kept in the database (not in public media) so only the person who asked for it
can download it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField


class ExportJob(models.Model):
    """A large export prepared by the task worker for one user."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    STATUSES = [
        (QUEUED, _("Waiting to start")),
        (RUNNING, _("Being prepared")),
        (DONE, _("Ready")),
        (FAILED, _("Failed")),
    ]
    CSV = "csv"
    XLSX = "xlsx"
    FORMATS = [(CSV, "CSV"), (XLSX, "XLSX")]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    fmt = models.CharField(_("format"), max_length=4, choices=FORMATS)
    filters = models.JSONField(default=dict)
    status = models.CharField(max_length=8, choices=STATUSES, default=QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="percent")
    rows = models.PositiveIntegerField(default=0)
    content = models.BinaryField(null=True, editable=False)
    filename = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self) -> str:
        return f"{self.filename or self.pk} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in (self.DONE, self.FAILED)


class LearnerModule(models.Model):
    """One learner's work on one course, summed from their quizzes.LessonProgress rows
    (those in progress or completed) by reports.rollup, in the transaction that
    wrote them. `completed` is decided when the learner makes progress, against the
    course's live lessons then, and stays: a lesson published later does not undo
    a completion the reports have counted. A module also counts as completed while
    `done` reaches its live lessons (reports.queries), so a lesson taken out
    completes it for learners who had done the others."""

    # Bits of `firsts`: this row is the learner's earliest (by month, then course)
    # overall, in its month, quarter or academic year, and the same within its
    # module. Summing a bit counts learners without COUNT(DISTINCT).
    FIRST = 1
    FIRST_IN_MONTH = 2
    FIRST_IN_QUARTER = 4
    FIRST_IN_YEAR = 8
    FIRST_IN_MODULE = 16  # the module's bits are these four shifted by 4

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    # The learner's home: the institution of the first class they joined.
    institution = models.ForeignKey(
        "classes.Institution", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The month the learner started (their earliest completion or visit in the
    # course), in local time, as year * 12 + month - 1; 0 when unknown. Periods
    # are whole months, so the month is all the reports need.
    month = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0, help_text="lessons completed")
    score_sum = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    score_count = models.PositiveIntegerField(default=0)
    firsts = models.PositiveSmallIntegerField(default=0)
    completed = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"], name="one_rollup_row_per_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} · {self.course_id} · {self.done}"


class Cell(models.Model):
    """LearnerModule rows summed by some of (home institution, course, month,
    lessons done, completed): what the aggregates read. Changed by reports.rollup
    with the rows. Keys are plain numbers, 0 for "not in a class" and "unknown
    month", so that unique keys have no NULLs on any database."""

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    done = models.PositiveIntegerField()
    # Whether the rows had completed the module when last refreshed (see
    # LearnerModule.completed).
    completed = models.BooleanField(default=False)
    starts = models.IntegerField(default=0)
    score_sum = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    score_count = models.IntegerField(default=0)
    # Learners counted once each: sums of LearnerModule's `firsts` bits.
    first = models.IntegerField(default=0)
    first_in_month = models.IntegerField(default=0)
    first_in_quarter = models.IntegerField(default=0)
    first_in_year = models.IntegerField(default=0)
    first_in_module = models.IntegerField(default=0)
    first_in_module_month = models.IntegerField(default=0)
    first_in_module_quarter = models.IntegerField(default=0)
    first_in_module_year = models.IntegerField(default=0)

    KEYS: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return " · ".join(str(getattr(self, key)) for key in self.KEYS)


class ModuleCell(Cell):
    """By home institution, course, month and lessons done: every dimension."""

    institution_id = models.PositiveIntegerField()
    month = models.PositiveIntegerField()

    KEYS = ("institution_id", "course_id", "month", "done", "completed")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["institution_id", "course", "month", "done", "completed"],
                name="one_cell_per_key",
            )
        ]


class InstitutionCell(Cell):
    """By home institution, course and lessons done: figures over all time."""

    institution_id = models.PositiveIntegerField()

    KEYS = ("institution_id", "course_id", "done", "completed")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["institution_id", "course", "done", "completed"],
                name="one_institution_cell_per_key",
            )
        ]


class MonthCell(Cell):
    """By course, month and lessons done: figures for the whole city."""

    month = models.PositiveIntegerField()

    KEYS = ("course_id", "month", "done", "completed")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course", "month", "done", "completed"],
                name="one_month_cell_per_key",
            )
        ]


class ReleaseImmutable(Exception):
    """Raised on any attempt to change or delete a published release."""


class ReleaseQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ReleaseImmutable("a published release is never changed")

    def delete(self):
        raise ReleaseImmutable("a published release is never deleted")


class Release(models.Model):
    """One frozen publication of open data (see reports.releases for the rules).

    `tables` holds what is published: for each table its title, its schema (column
    names, types and descriptions in both languages) and its records, small cells
    already hidden (None). `counts` holds the counts the tables were computed from,
    before suppression: never served, it is what the next release's corrections are
    measured against; `input_checksum` is the SHA-256 of those counts. A release is
    written once and never changed: saving an existing one, updating or deleting
    any, raises ReleaseImmutable.
    """

    QUARTER = "quarter"
    YEAR = "year"
    CORRECTION = "correction"
    KINDS = [
        (QUARTER, _("Quarter")),
        (YEAR, _("Academic year")),
        (CORRECTION, _("Correction")),
    ]

    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    slug = models.SlugField(_("identifier"), max_length=40, unique=True)
    period_label = models.CharField(_("period"), max_length=12)
    period_start = models.DateTimeField(_("period start"))
    period_end = models.DateTimeField(_("period end"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    threshold = models.PositiveSmallIntegerField(_("suppression threshold"))
    tables = models.JSONField(_("published tables"), editable=False)
    counts = models.JSONField(editable=False)
    input_checksum = models.CharField(_("checksum of the inputs"), max_length=64)
    published_at = models.DateTimeField(_("published at"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("published by"),
    )
    supersedes = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
        verbose_name=_("supersedes"),
    )

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-period_start", "-published_at"]
        verbose_name = _("open-data release")
        verbose_name_plural = _("open-data releases")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "period_label", "version"],
                name="one_release_per_period_and_version",
            )
        ]

    def __str__(self) -> str:
        return self.slug

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ReleaseImmutable("a published release is never changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ReleaseImmutable("a published release is never deleted")


class CommitmentNarrative(models.Model):
    """What an editor writes next to a commitment's figures, in both languages.

    The figures themselves come from the releases (reports.commitment); the
    narrative says what they mean. It is shown on the public progress page and in
    the quarterly report for the Coordination Council.
    """

    code = models.CharField(
        _("commitment"),
        max_length=12,
        unique=True,
        help_text=_("The commitment's code in the action plan, such as UAIEV0001."),
    )
    narrative_uk = RichTextField(
        _("narrative in Ukrainian"),
        blank=True,
        features=["h3", "bold", "italic", "link", "ol", "ul"],
    )
    narrative_en = RichTextField(
        _("narrative in English"),
        blank=True,
        features=["h3", "bold", "italic", "link", "ol", "ul"],
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("narrative_uk"),
        FieldPanel("narrative_en"),
    ]

    class Meta:
        verbose_name = _("commitment narrative")
        verbose_name_plural = _("commitment narratives")

    def __str__(self) -> str:
        return self.code

    def narrative(self, language: str) -> str:
        """The narrative in that language, else in Ukrainian."""
        if language == "en" and self.narrative_en:
            return self.narrative_en
        return self.narrative_uk
