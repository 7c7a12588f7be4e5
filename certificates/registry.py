"""The institute's registry: filtering issued certificates and recognition
requests, and exporting them.

Certificates of completion from pupils' modules are listed with initials only:
pupils are minors and the institute keeps records of professional development.
"""

import datetime

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Certificate, RecognitionRequest


def filter_registry(certificates: QuerySet[Certificate], data: dict) -> QuerySet:
    """The certificates matching the registry form's cleaned data."""
    certificates = certificates.search(data.get("q") or "")
    if data.get("module"):
        certificates = certificates.filter(course_key=data["module"])
    tz = timezone.get_current_timezone()
    if data.get("issued_from"):
        start = datetime.datetime.combine(data["issued_from"], datetime.time.min, tz)
        certificates = certificates.filter(issued_at__gte=start)
    if data.get("issued_to"):
        end = datetime.datetime.combine(
            data["issued_to"] + datetime.timedelta(days=1), datetime.time.min, tz
        )
        certificates = certificates.filter(issued_at__lt=end)
    if data.get("status") == "valid":
        certificates = certificates.valid()
    elif data.get("status") == "revoked":
        certificates = certificates.revoked()
    return certificates


def registry_name(certificate: Certificate) -> str:
    """The holder as the registry shows them: in full for professional development."""
    if not certificate.has_name:
        return ""
    if certificate.kind == Certificate.PD:
        return certificate.holder_name
    return certificate.holder_initials


def registry_table(certificates) -> list[list]:
    """The certificates as rows of plain values for CSV and XLSX."""
    rows = [
        [
            _("Record number"),
            _("Kind"),
            _("Holder"),
            _("Module"),
            _("Hours"),
            _("ECTS credits"),
            _("Provider"),
            _("Date of issue"),
            _("Status"),
            _("Revoked"),
            _("Reason for revocation"),
            _("Evidence"),
        ]
    ]
    for certificate in certificates:
        text = certificate.text(certificate.language)
        rows.append(
            [
                certificate.number,
                str(certificate.get_kind_display()),
                registry_name(certificate),
                certificate.title,
                None if certificate.pd_hours is None else float(certificate.pd_hours),
                None
                if certificate.ects_credits is None
                else float(certificate.ects_credits),
                text.get("provider", ""),
                timezone.localtime(certificate.issued_at).strftime("%Y-%m-%d"),
                _("revoked") if certificate.is_revoked else _("valid"),
                timezone.localtime(certificate.revoked_at).strftime("%Y-%m-%d")
                if certificate.revoked_at
                else "",
                certificate.revocation_reason,
                str(certificate.get_evidence_display()),
            ]
        )
    return rows


def filter_requests(
    requests: QuerySet[RecognitionRequest], data: dict
) -> QuerySet[RecognitionRequest]:
    """The recognition requests matching the filter form's cleaned data."""
    if data.get("status"):
        requests = requests.filter(status=data["status"])
    return requests


def requested_for(request: RecognitionRequest) -> str:
    """The learner as the registry shows them: in full for professional development
    (the legal name when confirmed), initials for pupils' modules."""
    learner = request.learner
    if learner is None:
        return ""
    course = request.course
    if course is not None and course.certificate_kind == course.PD_CERTIFICATE:
        return learner.legal_name() or learner.get_short_name()
    given, surname = learner.first_name.strip(), learner.last_name.strip()
    initials = f"{given[0]}." if given else ""
    return " ".join(p for p in (initials, surname) if p) or learner.get_short_name()


def _date(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d") if value else ""


def recognition_table(requests) -> list[list]:
    """The requests (with learner, course, class, requester, decider and
    certificate selected) as rows of plain values for CSV and XLSX."""
    rows = [
        [
            _("Requested"),
            _("Status"),
            _("Learner"),
            _("Module"),
            _("Class"),
            _("Requested by"),
            _("Reason"),
            _("Decided"),
            _("Decided by"),
            _("Reason for the decision"),
            _("Record number"),
        ]
    ]
    for request in requests:
        rows.append(
            [
                _date(request.created_at),
                str(request.get_status_display()),
                requested_for(request),
                request.title,
                request.klass.name if request.klass else "",
                request.requested_by.get_short_name() if request.requested_by else "",
                request.reason,
                _date(request.decided_at),
                request.decided_by.get_short_name() if request.decided_by else "",
                request.decision_reason,
                request.certificate.number if request.certificate else "",
            ]
        )
    return rows
