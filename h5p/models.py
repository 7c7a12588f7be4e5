"""H5P: the shared library store, uploaded packages, and learners' results and state.

A library version is stored once, under a folder named by its machine name, full
version and content hash, and shared by every package that uses it; content plays
the highest patch version of its major.minor, and earlier ones are kept for
rollback. A package keeps its original .h5p file, its extracted ``h5p.json`` and
``content/`` folder, and the library versions it was uploaded with. Learners' xAPI
statements are all kept (attempts and the child statements of each question); their
saved player state is one row per activity. Results reach LessonProgress through
``h5p.results``, in the same transaction. What each learner's statements and state
take is counted, against a cap.

Packages pass the methodologist review like lessons. The row holds the *published*
content (its folder, hash, file and libraries): learners only ever play that. A new
upload to a live package is a draft revision, whose content is stored (validated, in
its own new folder) but played by no learner until a moderator publishes it; a new
package is a draft until it is published.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.fields import GenericRelation
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from .files import remove_replaced


class LibraryQuerySet(models.QuerySet):
    def kept(self):
        """Versions that may play: not withdrawn by a rollback."""
        return self.filter(withdrawn_at__isnull=True)


class Library(models.Model):
    """One version of an H5P library, installed once and shared by packages.

    As in H5P core, content uses a library by machine name and major.minor: it
    plays the highest patch version installed, so a higher patch is an upgrade for
    every package. Earlier patch versions are kept, with their files, so an
    administrator can roll back; a rolled-back version is ``withdrawn_at``.
    """

    machine_name = models.CharField(_("machine name"), max_length=255)
    major = models.PositiveIntegerField(_("major version"))
    minor = models.PositiveIntegerField(_("minor version"))
    patch = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    runnable = models.BooleanField(_("runnable"), default=False)
    content_hash = models.CharField(_("content hash"), max_length=64)
    path = models.CharField(
        max_length=255, help_text="Folder in the default storage, without a slash."
    )
    preloaded_js = models.JSONField(default=list)
    preloaded_css = models.JSONField(default=list)
    dependencies = models.JSONField(default=list)
    has_uk_language = models.BooleanField(default=False)
    file_digests = models.JSONField(
        default=dict,
        help_text="Each file's identity digest (h5p.validation), by its path.",
    )
    withdrawn_at = models.DateTimeField(
        _("withdrawn"),
        null=True,
        blank=True,
        help_text=_("Rolled back: kept, but no package plays this version."),
    )
    installed_at = models.DateTimeField(auto_now_add=True)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = LibraryQuerySet.as_manager()

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "-major", "-minor", "-patch"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major", "minor", "patch"],
                name="one_library_per_version",
            )
        ]
        permissions = [("install_library", _("Can install new H5P libraries"))]

    def __str__(self) -> str:
        return f"{self.machine_name} {self.version}"

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def key(self) -> tuple[str, int, int]:
        """What content asks for: machine name, major and minor version."""
        return (self.machine_name, self.major, self.minor)

    @property
    def folder(self) -> str:
        """The folder name the player asks for: machineName-major.minor."""
        return f"{self.machine_name}-{self.major}.{self.minor}"


class PackageQuerySet(models.QuerySet):
    def playable(self):
        """Packages learners may play: published, with their content in place."""
        return self.filter(live=True, status=Package.READY)


class Package(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """An uploaded .h5p package, placed in lessons once published."""

    READY = "ready"
    STATUS_CHOICES = [(READY, _("Ready to use"))]

    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(_("package"), upload_to="h5p/packages/", max_length=255)
    main_library = models.CharField(_("main library"), max_length=255, blank=True)
    license = models.CharField(_("licence"), max_length=32, blank=True)
    authors = models.JSONField(_("authors"), default=list, blank=True)
    language = models.CharField(_("language"), max_length=16, blank=True)
    size = models.PositiveBigIntegerField(
        _("size"), default=0, help_text=_("Unpacked size in bytes.")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=STATUS_CHOICES, default=READY
    )
    content_path = models.CharField(max_length=255, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    # Parental, so that a draft revision carries the libraries of its content and
    # publishing it sets them with the rest.
    libraries = ParentalManyToManyField(Library, related_name="packages", blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="package")

    objects = PackageQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    @admin.display(description=_("authors"))
    def authors_display(self) -> str:
        return ", ".join(
            str(author.get("name", "")) for author in self.authors if author
        ).strip(", ")

    @property
    def version_key(self) -> str:
        """New with every upload (the content folder's unique name), so the URLs
        of a package's files can be cached forever."""
        return self.content_path.rsplit("/", 1)[-1][:16]

    @property
    def revisions(self):
        return self._revisions

    @property
    def playable(self) -> bool:
        return self.live and self.status == self.READY and bool(self.content_path)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.pk and self.content_path:
            # The player keeps where a version's files are (h5p.views._package):
            # forget it, so an unpublished package stops playing at once (again
            # after the commit, in case a request read the old row meanwhile).
            key = f"h5p:files:{self.pk}:{self.version_key}"
            cache.delete(key)
            transaction.on_commit(lambda: cache.delete(key))

    def publish(self, revision, *args, **kwargs):
        """Publish ``revision``; the content it replaces is removed once committed."""

        def stored():
            row = Package.objects.filter(pk=self.pk).values("content_path", "file")
            return row.first() or {}

        before = stored()
        result = super().publish(revision, *args, **kwargs)
        remove_replaced(before, stored())
        return result


class Statement(models.Model):
    """One xAPI statement from a learner's player, as received (actor replaced).

    Top-level statements that carry a result are attempts; statements about a
    question inside the content (``top_level`` false) are kept for per-question
    reporting and never complete the lesson. ``viewed`` rows record that the player
    was opened.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+"
    )
    activity_id = models.CharField(max_length=64)
    package = models.ForeignKey(Package, on_delete=models.PROTECT, related_name="+")
    key = models.UUIDField(help_text="Client-generated: a retry is not stored twice.")
    verb = models.CharField(max_length=64)
    top_level = models.BooleanField(default=True)
    is_attempt = models.BooleanField(default=False)
    completed = models.BooleanField(default=False)
    success = models.BooleanField(null=True)
    score_raw = models.DecimalField(max_digits=9, decimal_places=2, null=True)
    score_max = models.DecimalField(max_digits=9, decimal_places=2, null=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    sub_content_id = models.CharField(max_length=64, blank=True)
    statement = models.JSONField(default=dict)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["received_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "key"], name="unique_statement_key"
            )
        ]
        indexes = [
            models.Index(
                fields=["learner", "lesson", "activity_id"],
                condition=Q(top_level=True),
                name="h5p_top_level_statements",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} {self.verb} {self.activity_id}"


class SavedState(models.Model):
    """Where a learner stopped in one H5P activity, to resume on any device."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+"
    )
    activity_id = models.CharField(max_length=64)
    package = models.ForeignKey(Package, on_delete=models.CASCADE, related_name="+")
    content_hash = models.CharField(max_length=64)
    data = models.TextField()
    seq = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson", "activity_id"],
                name="one_saved_state_per_activity",
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.activity_id}"


class LearnerStorage(models.Model):
    """How many bytes one learner's H5P statements and saved state take, counted as
    they are written (``h5p.storage``), so the cap is checked without adding up."""

    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    bytes = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("learner's H5P storage")
        verbose_name_plural = _("learners' H5P storage")

    def __str__(self) -> str:
        return f"{self.learner_id}: {self.bytes}"
