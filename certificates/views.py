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
from django.utils.translation import gettext as _

from civiced import ratelimit, spreadsheets
from classes.permissions import classes_taught

from .forms import (
    ConfirmNameForm,
    RecognitionDecisionForm,
    RecognitionFilterForm,
    RecognitionRequestForm,
    RegistryFilterForm,
    RevokeForm,
    VerifyForm,
)
from .issuing import fix_holder_name, revoke
from .models import Certificate, RecognitionRequest, normalise_number
from .permissions import (
    can_use_registry,
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
from .wording import volume

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
        certificate = fix_holder_name(certificate=certificate, learner=request.user)
        if certificate is None:
            return redirect("certificate_confirm_name", number=number)
    from .document import render_pdf  # reportlab only where a PDF is made

    pdf = render_pdf(certificate, request.LANGUAGE_CODE)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.number}'
        f'-{request.LANGUAGE_CODE}.pdf"'
    )
    return response


@login_required
def confirm_name(request: HttpRequest, number: str) -> HttpResponse:
    certificate = _own(request, number)
    if certificate.has_name:
        return redirect("certificate_download", number=number)
    form = ConfirmNameForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        fix_holder_name(certificate=certificate, learner=user)
        messages.success(
            request, _("Your name is confirmed. You can download your certificate.")
        )
        return redirect(reverse("my_learning") + "#certificates")
    return render(
        request,
        "certificates/confirm_name.html",
        {"form": form, "certificate": certificate},
    )


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
        "holder": certificate.holder_initials,
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
            "holder": registry_name(certificate),
            "volume": volume(certificate),
            "events": events,
            "form": form,
            "recognition": RecognitionRequest.objects.filter(
                certificate=certificate
            ).first(),
        },
    )


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
