"""Quizzes: the quiz library (snippets with revisions) and learners' attempts.

An attempt keeps the quiz revision and a snapshot of each question as shown, so later
edits never rewrite history. The progress an attempt implies is learning's
(learning.models.LessonProgress), written in the same transaction as the attempt.
"""

from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from .blocks import QuestionsBlock, snapshot


class Quiz(
    WorkflowMixin,
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    models.Model,
):
    """A knowledge check, reusable in several lessons (e.g. school and university).

    Reviewed like a lesson: editors save drafts and submit them to the review
    workflow; methodologists publish."""

    IMMEDIATE = "immediate"
    AFTER_SUBMIT = "after_submit"
    FEEDBACK_CHOICES = [
        (IMMEDIATE, _("After each question")),
        (AFTER_SUBMIT, _("After submitting the quiz")),
    ]
    BEST = "best"
    LAST = "last"
    FIRST = "first"
    SCORE_CHOICES = [
        (BEST, _("Best attempt")),
        (LAST, _("Last attempt")),
        (FIRST, _("First attempt")),
    ]

    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions"), blank=True)
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=60, validators=[MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        help_text=_("Leave empty for unlimited attempts."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=False)
    feedback_timing = models.CharField(
        _("show feedback"),
        max_length=16,
        choices=FEEDBACK_CHOICES,
        default=AFTER_SUBMIT,
    )
    score_policy = models.CharField(
        _("score that counts"), max_length=8, choices=SCORE_CHOICES, default=BEST
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="quiz")

    panels = [
        FieldPanel("title"),
        FieldPanel("instructions"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("feedback_timing"),
                FieldPanel("score_policy"),
            ],
            heading=_("Settings"),
        ),
    ]
    # The chooser searches within the lesson's locale.
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self) -> str:
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def question_snapshots(self) -> list[dict]:
        """The published questions as plain dicts, in authored order."""
        return [snapshot(question) for question in self.questions]


class AttemptQuerySet(models.QuerySet):
    def submitted(self):
        """Submitted attempts that still count (not reset by a teacher)."""
        return self.exclude(status=Attempt.IN_PROGRESS).filter(voided=False)

    def in_progress(self):
        return self.filter(status=Attempt.IN_PROGRESS)


class Attempt(models.Model):
    """One go at a quiz in a lesson by one learner."""

    IN_PROGRESS = "in_progress"
    GRADED = "graded"
    AWAITING_GRADING = "awaiting_grading"
    STATUS_CHOICES = [
        (IN_PROGRESS, _("In progress")),
        (GRADED, _("Graded")),
        (AWAITING_GRADING, _("Awaiting grading")),
    ]

    # Both indexed only as the leading columns of the indexes below: a lone
    # `lesson_id` index misled PostgreSQL into reading every learner's attempts at
    # a new lesson (see Meta.indexes), and a lone `learner_id` one was redundant.
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="attempts",
        db_index=False,
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    activity_id = models.CharField(max_length=64)
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    quiz_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    questions = models.JSONField(default=list)
    responses = models.JSONField(default=dict)
    results = models.JSONField(default=dict)
    status = models.CharField(
        max_length=20, choices=STATUS_CHOICES, default=IN_PROGRESS
    )
    score = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    max_score = models.DecimalField(max_digits=7, decimal_places=2, default=Decimal(0))
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(null=True)
    number = models.PositiveSmallIntegerField(default=1)
    submit_key = models.UUIDField(null=True, blank=True)
    voided = models.BooleanField(
        default=False, help_text="Reset by a teacher: kept, but no longer counts."
    )
    # The page numbers its autosaves with Date.now(): milliseconds, beyond 2**31.
    autosave_seq = models.PositiveBigIntegerField(default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["started_at"]
        constraints = [
            # At most one open attempt per learner and activity: autosaves and
            # submits from several tabs or devices meet on the same row.
            models.UniqueConstraint(
                fields=["learner", "lesson", "activity_id"],
                condition=Q(status="in_progress"),
                name="one_open_attempt_per_activity",
            ),
            models.UniqueConstraint(
                fields=["learner", "submit_key"], name="unique_submit_key"
            ),
        ]
        indexes = [
            models.Index(fields=["learner", "lesson", "activity_id"]),
            # A lesson's attempts (deleting a lesson, reports), and one learner's
            # at a lesson. Statistics lag behind a lesson that has just opened: the
            # planner then thinks it has no attempts, and with a `lesson_id`-only
            # index at hand it read all of them to find one learner's (4 ms at
            # 2,900 attempts instead of 0.4 ms), where this one reads only theirs.
            models.Index(fields=["lesson", "learner"], name="attempt_lesson_learner"),
        ]

    def __str__(self) -> str:
        return f"{self.quiz} #{self.number} ({self.learner})"
