"""What a learner's progress is stored as: one LessonProgress row per (learner,
lesson), written by learning.progress inside the transaction that records a result.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonProgressQuerySet(models.QuerySet):
    def completed(self):
        return self.filter(status=LessonProgress.COMPLETED)

    def for_learner(self, learner):
        return self.filter(learner=learner)


class LessonProgress(models.Model):
    """Where one learner stands in one lesson."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STATUS_CHOICES = [
        (NOT_STARTED, _("Not started")),
        (IN_PROGRESS, _("In progress")),
        (COMPLETED, _("Completed")),
    ]

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(
        max_length=16, choices=STATUS_CHOICES, default=NOT_STARTED
    )
    best_score = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    completed_at = models.DateTimeField(null=True)
    last_seen = models.DateTimeField(null=True)
    time_spent = models.PositiveIntegerField(default=0, help_text="seconds")
    resume_position = models.JSONField(default=dict, blank=True)
    read_to_end = models.BooleanField(default=False)
    # The keys of the learner's last reading reports: one sent again (its answer
    # lost on a bad connection, or kept on the device and sent twice) counts once.
    reading_keys = models.JSONField(default=list, blank=True)
    completed_offline = models.BooleanField(
        default=False, help_text="Marked complete by a teacher for work done offline."
    )
    # How the completion stands today (see learning.progress.completion_evidence);
    # certificates count only some kinds (certificates.evidence).
    READING = "reading"
    GRADED = "graded"
    REPORTED = "reported"
    OFFLINE = "offline"
    EVIDENCE_CHOICES = [
        ("", _("Not completed")),
        (READING, _("Read to the end by the learner")),
        (GRADED, _("Required quizzes passed, graded on the platform")),
        (REPORTED, _("Required H5P activities done, as the browser reported")),
        (OFFLINE, _("Marked done offline by a teacher")),
    ]
    completed_by = models.CharField(
        max_length=8, choices=EVIDENCE_CHOICES, default="", blank=True
    )
    reported_by_browser = models.BooleanField(
        default=False,
        help_text="The score or completion rests on an H5P activity's result, which "
        "the learner's browser reported and the server cannot check.",
    )

    objects = LessonProgressQuerySet.as_manager()

    class Meta:
        # Moved from quizzes with its table: the rows never moved.
        db_table = "quizzes_lessonprogress"
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson"], name="one_progress_row_per_lesson"
            )
        ]
        indexes = [
            models.Index(fields=["learner", "course", "status"]),
            models.Index(fields=["learner", "last_seen"]),
            # Reports group progress by (learner, course), often for chosen modules.
            models.Index(
                fields=["course", "learner", "status"], name="progress_reporting_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.lesson_id} · {self.status}"

    @property
    def time_spent_minutes(self) -> int:
        return round(self.time_spent / 60)
