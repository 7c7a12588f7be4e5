"""Certificate pages: the learner's download and name confirmation, the public
verification page, the institute's registry, and recognition requests (asked by a
class's teacher, decided in the registry)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from civiced import ratelimit, spreadsheets
from classes.permissions import classes_taught
from quizzes.answers import attempt_summary

from .forms import (
    CertificateNameForm,
    RecognitionDecisionForm,
    RecognitionFilterForm,
    RecognitionRequestForm,
    RegistryFilterForm,
    ReissueForm,
    RevokeForm,
    VerifyForm,
)
from .issuing import NameRefused, fix_holder_name, reissue, revoke
from .models import Certificate, RecognitionRequest, normalise_number
from .pd_grading import GradingRefused, grade_as_course_leader, led_attempts_waiting
from .permissions import (
    attempts_course_leader_grades,
    can_use_registry,
    modules_led,
    own_certificates,
    recognition_learners,
    registry_certificates,
    registry_recognition_requests,
)
from .recognition import (
    RecognitionRefused,
    approve_recognition,
    refuse_recognition,
    request_recognition,
)
from .registry import (
    filter_registry,
    filter_requests,
    recognition_table,
    registry_name,
    registry_table,
    requested_for,
)
from .wording import long_date, volume

VERIFY_PER_HOUR = getattr(settings, "CERTIFICATE_VERIFICATIONS_PER_HOUR", 60)
REGISTRY_PAGE_SIZE = 50


def _own(request: HttpRequest, number: str) -> Certificate:
    """The user's own certificate; 404 for anyone else's (existence stays private)."""
    return get_object_or_404(own_certificates(request.user), number=number)


@login_required
def download(request: HttpRequest, number: str) -> HttpResponse:
    certificate = _own(request, number)
    if certificate.is_revoked:
        raise Http404
    if not certificate.has_name:
        # The name is fixed only by the learner's own act, after its preview.
        return redirect("certificate_confirm_name", number=number)
    from .document import render_pdf  # reportlab only where a PDF is made

    pdf = render_pdf(certificate, request.LANGUAGE_CODE)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.number}'
        f'-{request.LANGUAGE_CODE}.pdf"'
    )
    return response


def _preview(certificate: Certificate, name: dict[str, str]) -> dict:
    """How the certificate will read with the name: what the page shows before the
    name is fixed (the same words as the PDF's first lines)."""
    text = certificate.text(translation.get_language())
    parts = (name["last_name"], name["first_name"], name.get("patronymic", ""))
    return {
        "holder_name": " ".join(part for part in parts if part),
        "title": text.get("title", certificate.title),
        "provider": text.get("provider", ""),
        "volume": volume(certificate),
        "is_pd": certificate.kind == Certificate.PD,
    }


@login_required
def confirm_name(request: HttpRequest, number: str) -> HttpResponse:
    """Enter the name, see how the certificate will read, then confirm: the name
    is fixed only at the last step, and nothing changes before it."""
    certificate = _own(request, number)
    if certificate.is_revoked:
        raise Http404
    if certificate.has_name:
        return redirect("certificate_download", number=number)
    step = request.POST.get("step") if request.method == "POST" else None
    form = CertificateNameForm.for_user(
        request.user, request.POST if request.method == "POST" else None
    )
    context = {"form": form, "certificate": certificate}
    if step in ("preview", "confirm") and form.is_valid():
        if step == "confirm":
            try:
                fix_holder_name(
                    certificate=certificate, learner=request.user, name=form.name()
                )
            except NameRefused as refused:
                messages.error(request, refused.message)
            else:
                messages.success(
                    request,
                    _("The name is on your certificate. You can download it now."),
                )
            return redirect(reverse("my_learning") + "#certificates")
        context["preview"] = _preview(certificate, form.name())
    return render(request, "certificates/confirm_name.html", context)


def _verify_allowed(request: HttpRequest) -> bool:
    """At most VERIFY_PER_HOUR checks in any hour per client address, so numbers
    cannot be tried in bulk."""
    address = ratelimit.client_address(request)
    return ratelimit.hit("verify", address, limit=VERIFY_PER_HOUR, window=3600)


def verify_lookup(request: HttpRequest) -> HttpResponse:
    """The public form: type a record number, see its status."""
    form = VerifyForm(request.GET or None)
    if request.GET and form.is_valid():
        return redirect("certificate_verify", number=form.cleaned_data["number"])
    return render(request, "certificates/verify_lookup.html", {"form": form})


def verify(request: HttpRequest, number: str) -> HttpResponse:
    """Valid, revoked or not found, with no personal data but initials and surname."""
    normalised = normalise_number(number)
    if normalised and normalised != number:
        # To the number as it is written, before anything is looked up or counted:
        # a check is one check, however it was typed.
        return redirect("certificate_verify", number=normalised)
    if not _verify_allowed(request):
        return render(request, "certificates/verify_limited.html", status=429)
    certificate = (
        Certificate.objects.filter(number=normalised).first() if normalised else None
    )
    if certificate is None:
        return render(
            request,
            "certificates/verify.html",
            {"number": number[:40], "form": VerifyForm()},
            status=404,
        )
    text = certificate.text(request.LANGUAGE_CODE)
    context = {
        "number": certificate.number,
        "certificate": certificate,
        "title": text.get("title", certificate.title),
        "provider": text.get("provider", ""),
        "volume": volume(certificate),
        # A revoked certificate names no one (a reissue corrected the name, or it
        # was withdrawn): the page says only that it is revoked.
        "holder": "" if certificate.is_revoked else certificate.holder_initials,
        "reissued": certificate.is_revoked
        and Certificate.objects.filter(replaces=certificate).exists(),
        "issued_on": long_date(certificate.issued_at),
        "revoked_on": long_date(certificate.revoked_at),
    }
    return render(request, "certificates/verify.html", context)


def _registry_user(request: HttpRequest) -> None:
    if not can_use_registry(request.user):
        raise PermissionDenied


def _filtered_by(request: HttpRequest, form_class, rows, apply) -> tuple:
    """The filter form on the query string and the rows it keeps: all of them
    without filters, none when the filters are invalid."""
    form = form_class(request.GET or None)
    if form.is_bound and form.is_valid():
        rows = apply(rows, form.cleaned_data)
    elif form.is_bound:
        rows = rows.none()
    return form, rows


def _listing(request: HttpRequest, template: str, form, rows, name) -> HttpResponse:
    """One page of a registry listing, each row with the name it may show."""
    page = Paginator(rows, REGISTRY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": [(row, name(row)) for row in page.object_list],
        "query": query.urlencode(),
    }
    return render(request, template, context)


def _filtered(request: HttpRequest) -> tuple[RegistryFilterForm, object]:
    certificates = registry_certificates(request.user)
    return _filtered_by(request, RegistryFilterForm, certificates, filter_registry)


@login_required
def registry(request: HttpRequest) -> HttpResponse:
    _registry_user(request)
    form, certificates = _filtered(request)
    return _listing(
        request, "certificates/registry.html", form, certificates, registry_name
    )


@login_required
def registry_export(request: HttpRequest, fmt: str) -> HttpResponse:
    _registry_user(request)
    _form, certificates = _filtered(request)
    table = registry_table(certificates.iterator(chunk_size=500))
    return spreadsheets.download(table, fmt, "certificates", title=_("Certificates"))


@login_required
def registry_detail(request: HttpRequest, number: str) -> HttpResponse:
    _registry_user(request)
    certificate = get_object_or_404(registry_certificates(request.user), number=number)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if certificate.is_revoked:
            messages.info(request, _("This certificate was already revoked."))
        else:
            revoke(
                certificate=certificate,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
            messages.success(request, _("The certificate is revoked."))
        return redirect("certificate_registry_detail", number=number)
    events = certificate.events.select_related("actor")
    return render(
        request,
        "certificates/registry_detail.html",
        {
            "certificate": certificate,
            "replaced_by": Certificate.objects.filter(replaces=certificate).first(),
            "reissue_form": _reissue_form(certificate)
            if certificate.is_revoked
            else None,
            "holder": registry_name(certificate),
            "volume": volume(certificate),
            "events": events,
            "form": form,
            "recognition": RecognitionRequest.objects.filter(
                certificate=certificate
            ).first(),
        },
    )


def _reissue_form(certificate: Certificate, data=None) -> ReissueForm:
    return ReissueForm(
        data,
        initial={
            "last_name": certificate.holder_surname,
            "first_name": certificate.holder_given_name,
            "patronymic": certificate.holder_patronymic,
        },
    )


@login_required
def registry_reissue(request: HttpRequest, number: str) -> HttpResponse:
    """A registry keeper reissues a revoked certificate with a corrected name:
    the form, its preview, then the confirmation (only that changes anything)."""
    _registry_user(request)
    certificate = get_object_or_404(
        registry_certificates(request.user).revoked(), number=number
    )
    if request.method != "POST":
        return redirect("certificate_registry_detail", number=number)
    form = _reissue_form(certificate, request.POST)
    context = {
        "certificate": certificate,
        "form": form,
        "holder": registry_name(certificate),
    }
    if form.is_valid():
        if request.POST.get("step") == "confirm":
            try:
                new = reissue(
                    certificate=certificate,
                    keeper=request.user,
                    name=form.name(),
                    reason=form.cleaned_data["reason"],
                )
            except NameRefused as refused:
                messages.error(request, refused.message)
                return redirect("certificate_registry_detail", number=number)
            messages.success(
                request,
                _("Reissued as certificate %(number)s.") % {"number": new.number},
            )
            return redirect("certificate_registry_detail", number=new.number)
        context["preview"] = _preview(certificate, form.name())
    return render(request, "certificates/reissue.html", context)


def _id(value: str | None) -> int | None:
    """A positive database id from the query string, or None."""
    if value and value.isascii() and value.isdigit() and len(value) < 12:
        return int(value)
    return None


@login_required
def recognition_new(request: HttpRequest) -> HttpResponse:
    """A class's teacher asks for recognition for one of its current members."""
    klass = get_object_or_404(
        classes_taught(request.user), pk=_id(request.GET.get("class"))
    )
    learner = get_object_or_404(
        recognition_learners(request.user, klass), pk=_id(request.GET.get("learner"))
    )
    form = RecognitionRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            request_recognition(
                teacher=request.user,
                klass=klass,
                learner=learner,
                course=form.cleaned_data["module"],
                reason=form.cleaned_data["reason"],
            )
        except RecognitionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                _(
                    "The request is sent. The registry's keepers will approve or "
                    "refuse it."
                ),
            )
            return redirect("learner_detail", klass.pk, learner.pk)
    asked = RecognitionRequest.objects.filter(learner=learner, klass=klass)
    return render(
        request,
        "certificates/recognition_new.html",
        {"form": form, "klass": klass, "learner": learner, "asked": asked},
    )


def _requests(request: HttpRequest) -> tuple[RecognitionFilterForm, object]:
    requests = registry_recognition_requests(request.user).select_related(
        "learner", "course", "klass", "requested_by", "decided_by", "certificate"
    )
    return _filtered_by(request, RecognitionFilterForm, requests, filter_requests)


@login_required
def recognition_list(request: HttpRequest) -> HttpResponse:
    _registry_user(request)
    form, requests = _requests(request)
    return _listing(
        request, "certificates/recognition_list.html", form, requests, requested_for
    )


@login_required
def recognition_export(request: HttpRequest, fmt: str) -> HttpResponse:
    _registry_user(request)
    _form, requests = _requests(request)
    table = recognition_table(requests.iterator(chunk_size=500))
    return spreadsheets.download(
        table, fmt, "recognition-requests", title=_("Recognition requests")
    )


@login_required
def recognition_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _registry_user(request)
    recognition = get_object_or_404(
        registry_recognition_requests(request.user).select_related(
            "learner", "course", "klass", "requested_by", "decided_by", "certificate"
        ),
        pk=pk,
    )
    form = RecognitionDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        try:
            if form.cleaned_data["decision"] == RecognitionDecisionForm.APPROVE:
                certificate = approve_recognition(
                    request=recognition, keeper=request.user, reason=reason
                )
                messages.success(
                    request,
                    _("Approved: certificate %(number)s is issued.")
                    % {"number": certificate.number},
                )
            else:
                refuse_recognition(
                    request=recognition, keeper=request.user, reason=reason
                )
                messages.success(request, _("The request is refused."))
        except RecognitionRefused as refused:
            messages.error(request, str(refused))
        return redirect("certificate_recognition_detail", pk=pk)
    return render(
        request,
        "certificates/recognition_detail.html",
        {
            "recognition": recognition,
            "learner_name": requested_for(recognition),
            "form": form,
        },
    )


@login_required
def pd_grading(request: HttpRequest) -> HttpResponse:
    """A module's course leaders grade the open answers of learners who take it on
    their own: the answers waiting, oldest first, each with its form."""
    if not modules_led(request.user).exists():
        raise PermissionDenied
    attempts = attempts_course_leader_grades(request.user)
    if request.method == "POST":
        attempt = get_object_or_404(attempts, pk=_id(request.POST.get("attempt")))
        try:
            grade_as_course_leader(
                leader=request.user,
                attempt=attempt,
                question_id=request.POST.get("question", ""),
                points=request.POST.get("points", ""),
                comment=request.POST.get("comment", ""),
            )
        except GradingRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, _("The grade is saved."))
        return redirect("certificate_pd_grading")
    summaries = []
    for attempt in led_attempts_waiting(attempts)[:50]:
        summary = attempt_summary(attempt)
        summary["open"] = [
            {
                "id": q["id"],
                "prompt": q["prompt"],
                "answer": attempt.responses.get(q["id"]),
                "rubric": q.get("rubric", ""),
                "max": attempt.results.get(q["id"], {}).get("max_score"),
            }
            for q in attempt.questions
            if q["type"] == "open_response"
            and attempt.results.get(q["id"], {}).get("status") == "awaiting_grading"
        ]
        summaries.append(summary)
    return render(
        request,
        "certificates/pd_grading.html",
        {
            "attempts": summaries,
            "modules": modules_led(request.user).order_by("title"),
        },
    )
