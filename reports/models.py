"""Reports: the background export jobs analysts ask for, and their finished files.

Reports read everything and write nothing else: the aggregates themselves are computed
in SQL from quizzes.LessonProgress and classes, and cached. A job's file is kept in the
database (not in public media) so only the person who asked for it can download it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
