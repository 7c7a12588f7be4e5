"""Teacher pages (front end, not the CMS) and joining or leaving a class."""

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from .forms import AssignmentForm, ClassForm, CoTeacherForm, JoinCodeForm, JoinForm
from .models import Assignment, Class, Membership
from .permissions import can_create_classes, classes_joined, classes_taught
from .progress import progress_grid

JOIN_ATTEMPTS_PER_HOUR = 20


def _taught_class(request: HttpRequest, pk: int) -> Class:
    """The class, if the user teaches it; 404 otherwise (existence stays private)."""
    return get_object_or_404(
        classes_taught(request.user).select_related("institution"), pk=pk
    )


@login_required
def class_list(request: HttpRequest) -> HttpResponse:
    if (
        not can_create_classes(request.user)
        and not classes_taught(request.user).exists()
    ):
        raise PermissionDenied
    form = ClassForm(request.POST or None)
    if request.method == "POST":
        if not can_create_classes(request.user):
            raise PermissionDenied
        if form.is_valid():
            with transaction.atomic():
                klass = form.save()
                klass.teachers.add(request.user)
            messages.success(
                request, _("The class is created. Share its code with learners.")
            )
            return redirect("class_detail", pk=klass.pk)
    classes = (
        classes_taught(request.user)
        .select_related("institution")
        .order_by("archived", "-academic_year", "name")
    )
    return render(
        request, "classes/class_list.html", {"classes": classes, "form": form}
    )


def _qr_svg(url: str) -> str:
    """The join link as an inline SVG QR code (nothing loaded from elsewhere)."""
    return segno.make(url, error="m").svg_inline(
        scale=6, dark="#1b1f24", light="#ffffff"
    )


@login_required
def class_detail(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    join_url = request.build_absolute_uri(
        reverse("join_class_code", args=[klass.join_code])
    )
    members = list(
        Membership.objects.current().filter(klass=klass).select_related("learner")
    )
    assignments = list(klass.assignments.select_related("course", "lesson"))
    locale = Locale.objects.filter(language_code=request.LANGUAGE_CODE).first()
    return render(
        request,
        "classes/class_detail.html",
        {
            "klass": klass,
            "join_url": join_url,
            "qr_svg": _qr_svg(join_url),
            "members": members,
            "teachers": list(klass.teachers.all()),
            "assignments": assignments,
            "assignment_form": AssignmentForm(locale=locale),
            "code_form": JoinCodeForm(),
            "co_teacher_form": CoTeacherForm(),
        },
    )


@login_required
@require_POST
def regenerate_code(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    form = JoinCodeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how long the code stays valid."))
    else:
        klass.regenerate_join_code(valid_for=form.valid_for())
        messages.success(
            request, _("A new code is ready; the old one no longer works.")
        )
    return redirect("class_detail", pk=klass.pk)


@login_required
@require_POST
def add_co_teacher(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    form = CoTeacherForm(request.POST)
    if form.is_valid():
        klass.teachers.add(form.cleaned_data["username"])
        messages.success(request, _("The co-teacher is added."))
    else:
        messages.error(request, " ".join(form.errors["username"]))
    return redirect("class_detail", pk=klass.pk)


@login_required
@require_POST
def toggle_archive(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    klass.archived = not klass.archived
    klass.save(update_fields=["archived"])
    if klass.archived:
        messages.success(request, _("The class is archived; its code no longer works."))
    else:
        messages.success(request, _("The class is active again."))
    return redirect("class_detail", pk=klass.pk)


@login_required
@require_POST
def create_assignment(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    locale = Locale.objects.filter(language_code=request.LANGUAGE_CODE).first()
    form = AssignmentForm(request.POST, locale=locale)
    if form.is_valid():
        assignment = form.save(commit=False)
        assignment.klass = klass
        assignment.created_by = request.user
        assignment.save()
        messages.success(request, _("The module is assigned."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("class_detail", pk=klass.pk)


@login_required
def assignment_grid(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    assignment = get_object_or_404(
        Assignment.objects.select_related("course", "lesson", "klass"),
        pk=assignment_pk,
        klass_id=klass.pk,
    )
    sort = "progress" if request.GET.get("sort") == "progress" else "name"
    grid = progress_grid(assignment, sort=sort)
    return render(
        request,
        "classes/assignment_grid.html",
        {"klass": klass, "grid": grid, "sort": sort, "now": timezone.now()},
    )


def _join_allowed(request: HttpRequest) -> bool:
    """At most JOIN_ATTEMPTS_PER_HOUR code attempts per account."""
    key = f"join-attempts:{request.user.pk}"
    attempts = cache.get_or_set(key, 0, timeout=3600)
    if attempts >= JOIN_ATTEMPTS_PER_HOUR:
        return False
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
    return True


@login_required
def join_class(request: HttpRequest, code: str = "") -> HttpResponse:
    form = JoinForm(request.POST or None, initial={"code": code})
    if request.method == "POST" and form.is_valid():
        if not _join_allowed(request):
            form.add_error(
                "code", _("Too many attempts. Wait an hour, or ask your teacher.")
            )
        else:
            klass = Class.objects.filter(join_code=form.cleaned_data["code"]).first()
            if klass is None:
                form.add_error(
                    "code", _("No class has this code. Check it with your teacher.")
                )
            elif not klass.join_code_open:
                form.add_error(
                    "code", _("This code has expired. Ask your teacher for a new one.")
                )
            else:
                _membership, created = Membership.objects.current().get_or_create(
                    klass=klass, learner=request.user
                )
                if created:
                    messages.success(
                        request, _("You have joined %(name)s.") % {"name": klass.name}
                    )
                else:
                    messages.info(request, _("You are already in this class."))
                return redirect("my_learning")
    return render(request, "classes/join.html", {"form": form})


@login_required
@require_POST
def leave_class(request: HttpRequest, pk: int) -> HttpResponse:
    klass = classes_joined(request.user).filter(pk=pk).first()
    if klass is None:
        raise Http404
    Membership.objects.current().filter(klass=klass, learner=request.user).update(
        left_at=timezone.now()
    )
    messages.success(request, _("You have left %(name)s.") % {"name": klass.name})
    return redirect("my_learning")
