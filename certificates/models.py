"""Certificates: the documents learners earn by completing a certifying module, and
the log of what was done to them.

A certificate is recorded once per learner and module (in any language) when the last
lesson is completed. It keeps a snapshot of everything the document prints (module
title, provider, signatory, hours, credits, outcomes, in each language the module has)
so later edits to the module never rewrite an issued document. The holder's name is
fixed on it by the learner's own act, after a preview of how the document reads.

A certificate is only ever valid once per learner and module: a revoked one may be
reissued, by a registry keeper, with a corrected name; the new one points back to it.

A certificate also records the evidence it rests on. Work done outside the platform
is recognised through a request: a teacher asks for a learner of their class, a
registry keeper approves (which issues the certificate) or refuses, with reasons.
"""

import re
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Crockford's base32: no I, L, O or U, so a number read aloud or retyped survives.
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NUMBER_GROUPS = 3
NUMBER_GROUP_LENGTH = 4
NUMBER_PATTERN = re.compile(r"^\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_number(year: int) -> str:
    """An unguessable record number: the year and 60 random bits, e.g.
    2026-7K3M-Q9XD-4HTR."""
    groups = [
        "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_GROUP_LENGTH))
        for _ in range(NUMBER_GROUPS)
    ]
    return "-".join([f"{year:04d}", *groups])


def normalise_number(text: str) -> str | None:
    """A typed number in its stored form, or None when it cannot be one."""
    cleaned = re.sub(r"[\s\u2010-\u2015]+", "-", text.strip().upper())
    cleaned = cleaned.translate(_LOOKALIKES)
    compact = cleaned.replace("-", "")
    if len(compact) != 4 + NUMBER_GROUPS * NUMBER_GROUP_LENGTH:
        return None
    parts = [compact[:4]] + [
        compact[4 + i * NUMBER_GROUP_LENGTH : 4 + (i + 1) * NUMBER_GROUP_LENGTH]
        for i in range(NUMBER_GROUPS)
    ]
    number = "-".join(parts)
    return number if NUMBER_PATTERN.match(number) else None


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)

    def revoked(self):
        return self.filter(revoked_at__isnull=False)

    def search(self, text: str):
        """By record number, holder's surname or given name, or module title."""
        text = " ".join(text.split())
        if not text:
            return self
        # A case-folded copy, because SQLite's LIKE folds the case of ASCII only.
        query = Q(search_text__contains=text.casefold())
        number = normalise_number(text)
        if number:
            query |= Q(number=number)
        return self.filter(query)


class Certificate(models.Model):
    """One learner's certificate for one module."""

    COMPLETION = "completion"
    PD = "pd"
    KINDS = [
        (COMPLETION, _("Certificate of completion")),
        (PD, _("Professional-development certificate")),
    ]

    number = models.CharField(_("record number"), max_length=24, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=KINDS)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("module"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The module in every language: one certificate however many translations.
    course_key = models.UUIDField(_("module key"))
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("module"), max_length=255)
    # The module's duration, as its page states it (1.5 hours prints "1,5 години").
    pd_hours = models.DecimalField(
        _("hours"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    ects_credits = models.DecimalField(
        _("ECTS credits"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    # {"uk": {"title", "provider", "signatory_name", "signatory_position",
    #         "outcomes": [...]}, "en": {...}}: what the document prints.
    texts = models.JSONField(default=dict)
    issued_at = models.DateTimeField(_("issued"))

    holder_surname = models.CharField(_("surname"), max_length=150, blank=True)
    holder_given_name = models.CharField(_("given name"), max_length=150, blank=True)
    holder_patronymic = models.CharField(_("patronymic"), max_length=150, blank=True)
    name_fixed_at = models.DateTimeField(null=True, blank=True)

    # What the certificate rests on (certificates.evidence); a recognition's
    # request is reachable as `recognition_request`.
    PLATFORM = "platform"
    PLATFORM_H5P = "platform_h5p"
    RECOGNITION = "recognition"
    UNRECORDED = "unrecorded"
    EVIDENCE = [
        (PLATFORM, _("Lessons completed on the platform")),
        (PLATFORM_H5P, _("Lessons completed on the platform, H5P results included")),
        (RECOGNITION, _("Recognition of work done outside the platform")),
        (UNRECORDED, _("Not recorded (issued before evidence was kept)")),
    ]
    evidence = models.CharField(
        _("evidence"), max_length=16, choices=EVIDENCE, default=UNRECORDED
    )

    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    # A certificate reissued in place of a revoked one (a corrected name): the old
    # one stays revoked, and its public page says only that.
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("reissued in place of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
    )
    # Number, holder's name and module title, case-folded, for the registry's search.
    search_text = models.TextField(blank=True, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            # One valid certificate per learner and module; revoked ones stay
            # on record beside the one reissued in their place.
            models.UniqueConstraint(
                fields=["learner", "course_key"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_learner_and_module",
            )
        ]

    def __str__(self) -> str:
        return self.number

    def save(self, *args, **kwargs):
        self.search_text = " ".join(
            [self.number, self.holder_name, self.title]
        ).casefold()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def has_name(self) -> bool:
        return self.name_fixed_at is not None

    @property
    def holder_name(self) -> str:
        """Surname, given name, patronymic: the full name the document prints."""
        parts = (self.holder_surname, self.holder_given_name, self.holder_patronymic)
        return " ".join(part for part in parts if part)

    @property
    def holder_initials(self) -> str:
        """Initials and surname ("О. П. Коваленко"): all the public page shows."""
        initials = " ".join(
            f"{part[0]}."
            for part in (self.holder_given_name, self.holder_patronymic)
            if part
        )
        return " ".join(part for part in (initials, self.holder_surname) if part)

    def text(self, language: str) -> dict:
        """What the document prints in the language, falling back to the issued one."""
        return self.texts.get(language) or self.texts.get(self.language) or {}


class CertificateEvent(models.Model):
    """Something that happened to a certificate: issued, name fixed, revoked,
    reissued (in place of a revoked one)."""

    ISSUED = "issued"
    NAME_FIXED = "name_fixed"
    REVOKED = "revoked"
    REISSUED = "reissued"
    ACTIONS = [
        (ISSUED, _("Issued")),
        (NAME_FIXED, _("Holder's name fixed")),
        (REVOKED, _("Revoked")),
        (REISSUED, _("Reissued with a corrected name")),
    ]

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(_("action"), max_length=16, choices=ACTIONS)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.certificate_id}"


class RecognitionRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=RecognitionRequest.PENDING)


class RecognitionRequest(models.Model):
    """A teacher's request that a learner's work done outside the platform be
    recognised with the module's certificate, and the registry keeper's decision."""

    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    STATUSES = [
        (PENDING, _("Waiting for a decision")),
        (APPROVED, _("Approved")),
        (REFUSED, _("Refused")),
    ]

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="recognition_requests",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("module"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course_key = models.UUIDField(_("module key"))
    title = models.CharField(_("module"), max_length=255)
    klass = models.ForeignKey(
        "classes.Class",
        verbose_name=_("class"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"))
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=8, choices=STATUSES, default=PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    certificate = models.OneToOneField(
        Certificate,
        verbose_name=_("certificate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recognition_request",
    )

    objects = RecognitionRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("recognition request")
        verbose_name_plural = _("recognition requests")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_key"],
                condition=Q(status="pending"),
                name="one_pending_recognition_per_learner_and_module",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} · {self.learner_id} · {self.status}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.PENDING
