"""Teacher pages (front end, not the CMS) and joining or leaving a class."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Locale

from accounts.joining import forget_join, pending_join, remember_join
from accounts.roles import load_cached_roles
from civiced import ratelimit, spreadsheets
from courses import page_cache
from courses.models import LessonPage
from h5p.models import Statement
from learning.models import LessonProgress
from quizzes.answers import attempt_summary
from quizzes.models import Attempt

from . import actions, grid_cache
from . import roster_import as roster_import_flow
from .exports import class_record, grid_caption, grid_table, learner_table
from .forms import (
    AssignmentForm,
    ClassForm,
    CoTeacherForm,
    ExtensionForm,
    GroupForm,
    InterruptionForm,
    JoinCodeForm,
    JoinForm,
    RosterUploadForm,
)
from .grid_html import grid_rows_html
from .models import Assignment, Class, ClassInvitation, Extension, Membership
from .permissions import (
    can_act_on,
    can_create_classes,
    can_delete_pupil_account,
    can_reset_card_password,
    classes_joined,
    classes_taught,
    found_teaching,
    invitations_for,
    owns,
)
from .progress import (
    class_overviews,
    lessons_of,
    members_for,
    needs_help,
    progress_grid,
)
from .roster import MAX_BYTES, RosterError

JOIN_ATTEMPTS_PER_HOUR = 20


def _taught_class(request: HttpRequest, pk: int) -> Class:
    """The class, if the user teaches it; 404 otherwise (existence stays private)."""
    return get_object_or_404(
        classes_taught(request.user).select_related("institution"), pk=pk
    )


@login_required
def class_list(request: HttpRequest) -> HttpResponse:
    """The teacher's home: each class at a glance, then the form for a new one."""
    if (
        not can_create_classes(request.user)
        and not classes_taught(request.user).exists()
    ):
        raise PermissionDenied
    form = ClassForm(request.POST or None, user=request.user)
    if request.method == "POST":
        if not can_create_classes(request.user):
            raise PermissionDenied
        if form.is_valid():
            with transaction.atomic():
                klass = form.save(commit=False)
                klass.owner = request.user
                klass.save()
                klass.teachers.add(request.user)
            messages.success(
                request, _("The class is created. Share its code with learners.")
            )
            return redirect("class_detail", pk=klass.pk)
    taught = classes_taught(request.user)
    return render(
        request,
        "classes/class_list.html",
        {
            "overviews": class_overviews(
                taught.active().order_by("-academic_year", "name")
            ),
            "archived": list(
                taught.filter(archived=True)
                .select_related("institution")
                .order_by("-academic_year", "name")
            ),
            "form": form,
            "has_institutions": form.has_institutions,
        },
    )


def _qr_svg(url: str) -> str:
    """The join link as an inline SVG QR code (nothing loaded from elsewhere)."""
    import segno  # only where a join code is shown

    return segno.make(url, error="m").svg_inline(
        scale=6, dark="#1b1f24", light="#ffffff"
    )


# The class page's tabs, the first shown when none is asked for.
CLASS_TABS = ("learners", "assignments", "groups", "settings")


def _class_page(klass: Class, tab: str = "learners") -> HttpResponse:
    """Back to a tab of the class page after an action."""
    url = reverse("class_detail", args=[klass.pk])
    return redirect(url if tab == "learners" else f"{url}?tab={tab}")


@login_required
def class_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The class page, one tab at a time (links, so it works without JavaScript):
    learners (the join code, who needs help, the list), assignments, groups and
    settings (teachers, archiving)."""
    klass = _taught_class(request, pk)
    tab = request.GET.get("tab")
    if tab not in CLASS_TABS:
        tab = "learners"
    context = {
        "klass": klass,
        "tab": tab,
        "tabs": [
            ("learners", _("Learners")),
            ("assignments", _("Assignments")),
            ("groups", _("Groups")),
            ("settings", _("Settings")),
        ],
    }
    if tab == "learners":
        join_url = request.build_absolute_uri(
            reverse("join_class_code", args=[klass.join_code])
        )
        context.update(
            join_url=join_url,
            qr_svg=_qr_svg(join_url),
            code_form=JoinCodeForm(),
            members=_members(klass),
            needs_help=needs_help(klass),
            # Until they accept, the teacher sees only what they typed.
            invitations=list(
                klass.invitations.pending().only("pk", "invited_as", "kind")
            ),
        )
    elif tab == "assignments":
        locale = Locale.objects.filter(language_code=request.LANGUAGE_CODE).first()
        context.update(
            assignments=list(klass.assignments.select_related("course", "lesson")),
            assignment_form=AssignmentForm(locale=locale, klass=klass),
            interruption_form=InterruptionForm(),
        )
    elif tab == "groups":
        context.update(
            members=_members(klass),
            groups=list(klass.groups.prefetch_related("learners")),
            group_form=GroupForm(klass=klass),
        )
    else:
        context.update(
            teachers=list(klass.teachers.all()),
            co_teacher_form=CoTeacherForm(klass=klass),
            owner_pk=klass.owner_pk,
            is_owner=owns(request.user, klass),
        )
    return render(request, "classes/class_detail.html", context)


def _members(klass: Class) -> list[Membership]:
    return list(
        Membership.objects.current().filter(klass=klass).select_related("learner")
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
    return _class_page(klass)


@login_required
@require_POST
def add_co_teacher(request: HttpRequest, pk: int) -> HttpResponse:
    """Invite a teacher to teach the class; they join once they accept."""
    klass = _taught_class(request, pk)
    form = CoTeacherForm(request.POST, klass=klass)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["username"]))
        return _class_page(klass, "settings")
    try:
        invitation = actions.invite(
            teacher=request.user,
            klass=klass,
            invitee=form.cleaned_data["username"],
            kind=ClassInvitation.CO_TEACHER,
            invited_as=form.data.get("username", "").strip(),
        )
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        if invitation is None:
            messages.info(request, _("This teacher already teaches the class."))
        else:
            messages.success(
                request,
                _("The invitation is sent. The teacher joins once they accept it."),
            )
    return _class_page(klass, "settings")


@login_required
@require_POST
def remove_co_teacher(request: HttpRequest, pk: int, user_pk: int) -> HttpResponse:
    """The owner takes a co-teacher off the class."""
    klass = _taught_class(request, pk)
    co_teacher = get_object_or_404(klass.teachers.all(), pk=user_pk)
    try:
        actions.remove_co_teacher(
            teacher=request.user, klass=klass, co_teacher=co_teacher
        )
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The co-teacher no longer teaches the class."))
    return _class_page(klass, "settings")


@login_required
@require_http_methods(["GET", "POST"])
def leave_teaching(request: HttpRequest, pk: int) -> HttpResponse:
    """A co-teacher stops teaching the class, after a page that asks them to
    confirm (the class page links to it)."""
    klass = _taught_class(request, pk)
    if request.method == "GET":
        return _confirm(
            request,
            klass,
            title=_("Stop teaching %(name)s?") % {"name": klass.name},
            explanation=_(
                "You will no longer see the class, its learners or their results. "
                "The class, its learners and their work stay as they are; its "
                "owner can invite you again."
            ),
            button=_("Stop teaching the class"),
            refused=actions.OWNER_STAYS if owns(request.user, klass) else None,
        )
    try:
        actions.leave_teaching(teacher=request.user, klass=klass)
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
        return _class_page(klass, "settings")
    messages.success(request, _("You no longer teach %(name)s.") % {"name": klass.name})
    return redirect("class_list" if can_create_classes(request.user) else "my_learning")


def _confirm(request, klass, *, title, explanation, button, refused=None):
    """A page that asks the teacher to confirm a step that is hard to undo: its
    form posts to the same address; "Cancel" goes back to the class's settings."""
    return render(
        request,
        "classes/confirm.html",
        {
            "klass": klass,
            "title": title,
            "explanation": explanation,
            "button": button,
            "refused": refused,
            "back": f"{reverse('class_detail', args=[klass.pk])}?tab=settings",
        },
    )


@login_required
@require_POST
def withdraw_invitation(request: HttpRequest, pk: int, invitation_pk: int):
    klass = _taught_class(request, pk)
    invitation = get_object_or_404(klass.invitations.all(), pk=invitation_pk)
    try:
        actions.withdraw_invitation(teacher=request.user, invitation=invitation)
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The invitation is withdrawn."))
    return redirect("class_detail", pk=klass.pk)


@login_required
@require_http_methods(["GET", "POST"])
def toggle_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """Archive the class (or make it active again), after a page that asks the
    teacher to confirm (the class page links to it)."""
    klass = _taught_class(request, pk)
    if request.method == "GET":
        if klass.archived:
            return _confirm(
                request,
                klass,
                title=_("Make %(name)s active again?") % {"name": klass.name},
                explanation=_(
                    "The class shows among your classes again, and a new join "
                    "code can be made for it."
                ),
                button=_("Make the class active again"),
            )
        return _confirm(
            request,
            klass,
            title=_("Archive %(name)s?") % {"name": klass.name},
            explanation=_(
                "Its join code stops working and it leaves your home page. Its "
                "learners, their work and the grid stay, and you can make the "
                "class active again."
            ),
            button=_("Archive the class"),
        )
    klass.archived = not klass.archived
    klass.save(update_fields=["archived"])
    if klass.archived:
        messages.success(request, _("The class is archived; its code no longer works."))
    else:
        messages.success(request, _("The class is active again."))
    return _class_page(klass, "settings")


@login_required
@require_POST
def create_assignment(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    locale = Locale.objects.filter(language_code=request.LANGUAGE_CODE).first()
    form = AssignmentForm(request.POST, locale=locale, klass=klass)
    if form.is_valid():
        assignment = form.save(commit=False)
        assignment.klass = klass
        assignment.created_by = request.user
        assignment.save()
        form.save_m2m()
        messages.success(request, _("The module is assigned."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return _class_page(klass, "assignments")


@login_required
@require_POST
def interrupt_class(request: HttpRequest, pk: int) -> HttpResponse:
    """A lesson was interrupted: move the due dates of the assignments due within a
    window, for every learner, in one step (classes.actions.interrupt_class)."""
    klass = _taught_class(request, pk)
    form = InterruptionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return _class_page(klass, "assignments")
    data = form.cleaned_data
    try:
        moved = actions.interrupt_class(
            teacher=request.user,
            klass=klass,
            due_from=data["due_from"],
            due_to=data["due_to"],
            shift=data["shift_delta"],
            reason=data["reason"],
        )
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(
            request,
            _(
                "Assignments: %(assignments)s, learners: %(learners)s; their due "
                "dates are now %(hours)s h later."
            )
            % {
                "assignments": moved.assignments,
                "learners": moved.learners,
                "hours": int(data["shift_delta"].total_seconds() // 3600),
            },
        )
    return _class_page(klass, "assignments")


@login_required
@require_POST
def create_group(request: HttpRequest, pk: int) -> HttpResponse:
    klass = _taught_class(request, pk)
    form = GroupForm(request.POST, klass=klass)
    if form.is_valid():
        group = form.save(commit=False)
        group.klass = klass
        group.save()
        form.save_m2m()
        messages.success(request, _("The group is created."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return _class_page(klass, "groups")


# What the grid page reads of an assignment, its class, course and lesson (the pages'
# own rows are wide).
GRID_ASSIGNMENT_FIELDS = (
    "klass_id",
    "group_id",
    "due_at",
    "course__title",
    "course__path",
    "course__depth",
    "lesson__title",
    "lesson__path",
    "lesson__depth",
    "lesson__slug",
    "lesson__url_path",
)
GRID_DOWNLOADS = ("csv", "csv-semicolon", "xlsx")


@login_required
def assignment_grid(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    sort = "progress" if request.GET.get("sort") == "progress" else "name"
    if request.GET.get("export") in GRID_DOWNLOADS:
        return _grid_download(request, pk, assignment_pk, sort)
    # Found only in a class the user teaches (404 otherwise, as _taught_class).
    assignment = grid_cache.taught_assignment(request.user, pk, assignment_pk)
    if assignment is None:
        raise Http404
    found_teaching(request.user)
    load_cached_roles(request.user)
    group = next(
        (g for g in assignment.groups if str(g[0]) == request.GET.get("group")), None
    )
    group_id = group[0] if group else None
    learners = members_for(
        assignment_id=assignment.pk,
        klass_id=assignment.klass_id,
        shown_group_id=group_id,
    )
    # The page as the teacher last saw it, while nothing it shows has changed.
    key = grid_cache.key_for(
        assignment,
        sort=sort,
        group_id=group_id,
        learners=learners,
        content_version=page_cache.request_version(request),
    )
    return grid_cache.page(
        request, key, lambda: _grid_content(assignment, sort, group_id, learners)
    )


def _grid_content(taught, sort: str, group_id, learners) -> tuple[str, str]:
    """The grid page's title and content (its HTML inside the site's layout)."""
    assignment = (
        Assignment.objects.filter(pk=taught.pk)
        .select_related("course", "lesson")
        .only(*GRID_ASSIGNMENT_FIELDS)
        .first()
    )
    if assignment is None:  # deleted since this request found it
        raise Http404
    grid = progress_grid(assignment, sort=sort, learners=learners)
    content = render_to_string(
        "classes/includes/assignment_grid_content.html",
        {
            "klass_pk": taught.klass_id,
            "class_name": taught.class_name,
            "assignment": assignment,
            "lessons": [lesson.title for lesson in grid.lessons],
            "row_count": len(grid.rows),
            "done_per_lesson": grid.done_per_lesson,
            "any_reported": grid.any_reported,
            "rows_html": grid_rows_html(grid, klass_pk=taught.klass_id),
            "sort": sort,
            "groups": taught.groups,
            "group_id": group_id,
        },
    )
    return f"{assignment} · {taught.class_name}", content


def _grid_download(request, pk: int, assignment_pk: int, sort: str) -> HttpResponse:
    assignment = get_object_or_404(
        Assignment.objects.filter(klass__in=classes_taught(request.user))
        .select_related("course", "lesson", "klass")
        .only(*GRID_ASSIGNMENT_FIELDS, "klass__name"),
        pk=assignment_pk,
        klass_id=pk,
    )
    klass = assignment.klass
    group = next(
        (g for g in klass.groups.all() if str(g.pk) == request.GET.get("group")), None
    )
    export = request.GET["export"]
    grid = progress_grid(assignment, sort=sort, group=group)
    # Each download its own name, from the class and module (transliterated), so
    # the two CSVs of one grid do not overwrite each other.
    name = f"{klass.name} {assignment}"
    if group is not None:
        name += f" {group.name}"
    return spreadsheets.download(
        grid_table(grid),
        "xlsx" if export == "xlsx" else "csv",
        f"{name} excel" if export == "csv-semicolon" else name,
        title=str(assignment),
        delimiter="," if export == "csv" else ";",
        caption=grid_caption(klass, assignment, group),
    )


def _member(klass: Class, learner_pk: int):
    membership = (
        Membership.objects.current()
        .filter(klass=klass, learner_id=learner_pk)
        .select_related("learner")
        .first()
    )
    if membership is None:
        raise Http404
    return membership.learner


def _class_lessons(klass: Class) -> list[LessonPage]:
    """The live lessons of all the class's assignments, each once, in order."""
    assignments = list(klass.assignments.select_related("course", "lesson"))
    lessons: dict[int, LessonPage] = {}
    for assigned in lessons_of(assignments).values():
        for lesson in assigned:
            lessons.setdefault(lesson.pk, lesson)
    return list(lessons.values())


def _class_lesson(klass: Class, lesson_pk) -> LessonPage:
    """A live lesson of one of the class's assignments (404 for anything else)."""
    for lesson in _class_lessons(klass):
        if str(lesson.pk) == str(lesson_pk):
            return lesson
    raise Http404


@login_required
def learner_detail(request: HttpRequest, pk: int, learner_pk: int) -> HttpResponse:
    """One learner as their teacher sees them: only the class's assignments and
    what the learner did in them, never anything from elsewhere."""
    klass = _taught_class(request, pk)
    learner = _member(klass, learner_pk)
    if request.method == "POST":
        return _learner_action(request, klass, learner)
    confirm = request.GET.get("confirm")
    if confirm in ("remove", "delete_account"):
        return _confirm_learner_step(request, klass, learner, confirm)
    lessons = _class_lessons(klass)
    lesson_ids = [lesson.pk for lesson in lessons]
    progress = {
        p.lesson_id: p
        for p in LessonProgress.objects.filter(
            learner=learner, lesson_id__in=lesson_ids
        )
    }
    attempts = (
        Attempt.objects.filter(learner=learner, lesson_id__in=lesson_ids)
        .exclude(status=Attempt.IN_PROGRESS)
        .select_related("quiz", "lesson")
        .order_by("lesson_id", "number")
    )
    summaries = []
    for attempt in attempts:
        summary = attempt_summary(attempt)
        summary["open"] = [
            {
                "id": q["id"],
                "prompt": q["prompt"],
                "answer": attempt.responses.get(q["id"]),
                "rubric": q.get("rubric", ""),
                "max": attempt.results.get(q["id"], {}).get("max_score"),
                "status": attempt.results.get(q["id"], {}).get("status"),
            }
            for q in attempt.questions
            if q["type"] == "open_response"
        ]
        summaries.append(summary)
    rows = [
        {"lesson": lesson, "progress": progress.get(lesson.pk)} for lesson in lessons
    ]
    export = request.GET.get("export")
    if export in ("csv", "xlsx"):
        return _export_learner(learner, rows, summaries, export)
    h5p_attempts = list(
        Statement.objects.filter(
            learner=learner, lesson_id__in=lesson_ids, is_attempt=True
        )
        .select_related("lesson", "package")
        .order_by("lesson_id", "received_at")
    )
    if export == "json":
        response = JsonResponse(
            class_record(learner, klass, rows, summaries, h5p_attempts),
            json_dumps_params={"ensure_ascii": False},
        )
        name = slugify(learner.username) or "learner"
        response["Content-Disposition"] = f'attachment; filename="{name}-data.json"'
        return response
    return render(
        request,
        "classes/learner_detail.html",
        {
            "klass": klass,
            "learner": learner,
            "rows": rows,
            "reported_rows": any(
                row["progress"] and row["progress"].reported_by_browser for row in rows
            ),
            "attempts": summaries,
            "may_act": can_act_on(request.user, learner, klass),
            "can_delete_account": can_delete_pupil_account(request.user, learner),
            "can_reset_password": can_reset_card_password(request.user, learner, klass),
            "h5p_attempts": h5p_attempts,
            "extension_form": ExtensionForm(klass=klass),
            "extensions": list(
                Extension.objects.filter(
                    assignment__klass=klass, learner=learner
                ).select_related("assignment__course", "assignment__lesson")
            ),
        },
    )


def _confirm_learner_step(request, klass, learner, step: str) -> HttpResponse:
    """The page that asks the teacher to confirm removing the learner from the
    class or deleting the account, with the reason the log keeps; its form posts
    the action to the learner's page."""
    allowed = (
        can_delete_pupil_account(request.user, learner)
        if step == "delete_account"
        else can_act_on(request.user, learner, klass)
    )
    if not allowed:
        return redirect("learner_detail", pk=klass.pk, learner_pk=learner.pk)
    return render(
        request,
        "classes/confirm_learner.html",
        {"klass": klass, "learner": learner, "step": step},
    )


def _export_learner(learner, rows, summaries, fmt: str) -> HttpResponse:
    table = learner_table(learner, rows, summaries)
    name = learner.get_short_name()
    return spreadsheets.download(table, fmt, name, title=name)


def _learner_action(request: HttpRequest, klass: Class, learner) -> HttpResponse:
    """Run the teacher's action on the learner's record (classes.actions)."""
    action = request.POST.get("action")
    reason = request.POST.get("reason", "")
    back = redirect("learner_detail", pk=klass.pk, learner_pk=learner.pk)
    done = {
        "remove": _(
            "%(name)s is no longer in the class; their results stay in the totals."
        )
        % {"name": learner.get_short_name()},
        "delete_account": _(
            "The pupil's account is deleted; only anonymous totals remain."
        ),
        "extend": _("The due date is extended."),
        "reset_password": _(
            "The new login card is ready; the old password no longer works."
        ),
        "grade": _("The grade is saved."),
        "reset": _("The attempts are reset."),
        "mark_complete": _("The lesson is marked complete."),
    }
    if action not in done:
        messages.error(request, _("Unknown action."))
        return back
    who = {"teacher": request.user, "klass": klass, "learner": learner}
    try:
        if action == "remove":
            actions.remove_member(**who, reason=reason)
        elif action == "delete_account":
            if not can_delete_pupil_account(request.user, learner):
                raise PermissionDenied
            actions.delete_pupil_account(**who, reason=reason)
        elif action == "reset_password":
            card = actions.reset_card_password(**who)
            request.session[roster_import_flow.CARDS_KEY] = [card]
            messages.success(request, done[action])
            return redirect("roster_cards", pk=klass.pk)
        elif action == "extend":
            form = ExtensionForm(request.POST, klass=klass)
            if not form.is_valid():
                # Still refused for one's own record, whatever the form says.
                if not can_act_on(request.user, learner, klass):
                    raise actions.ActionRefused(actions.OWN_RECORD)
                raise actions.ActionRefused(
                    _("Choose an assignment and a new due date.")
                )
            actions.extend_due(
                **who,
                assignment=form.cleaned_data["assignment"],
                due_at=form.cleaned_data["due_at"],
            )
        elif action == "grade":
            attempt_pk = request.POST.get("attempt", "")
            if not (attempt_pk.isascii() and attempt_pk.isdigit()):
                raise Http404
            attempt = get_object_or_404(Attempt, pk=attempt_pk, learner=learner)
            _class_lesson(klass, attempt.lesson_id)
            actions.grade(
                **who,
                attempt=attempt,
                question_id=request.POST.get("question", ""),
                points=request.POST.get("points", ""),
                comment=request.POST.get("comment", ""),
            )
        else:
            lesson = _class_lesson(klass, request.POST.get("lesson"))
            run = actions.reset if action == "reset" else actions.mark_lesson_complete
            run(**who, lesson=lesson, reason=reason)
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
        return back
    messages.success(request, done[action])
    if action in ("remove", "delete_account"):
        return redirect("class_detail", pk=klass.pk)
    return back


@login_required
def roster_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload a class list, see every row checked, then confirm or cancel."""
    klass = _taught_class(request, pk)
    context = {"klass": klass, "form": RosterUploadForm()}
    if request.method == "POST" and "cancel" in request.POST:
        roster_import_flow.forget(request.session)
        messages.info(request, _("The import is cancelled; nothing was changed."))
        return redirect("class_detail", pk=klass.pk)
    if request.method == "POST" and "confirm" in request.POST:
        result = roster_import_flow.confirm(
            request.session, klass, request.POST.get("token", ""), teacher=request.user
        )
        if result is None:
            messages.error(
                request, _("That preview is no longer valid. Upload the file again.")
            )
            return redirect("roster_import", pk=klass.pk)
        if result["invited"]:
            messages.info(
                request,
                ngettext(
                    "%(count)s person with an existing account is invited; they "
                    "join the class once they accept.",
                    "%(count)s people with existing accounts are invited; they "
                    "join the class once they accept.",
                    result["invited"],
                )
                % {"count": result["invited"]},
            )
        if not result["cards"]:
            return redirect("class_detail", pk=klass.pk)
        request.session[roster_import_flow.CARDS_KEY] = result["cards"]
        messages.success(request, _("The new learners are in the class."))
        return redirect("roster_cards", pk=klass.pk)
    if request.method == "POST":
        form = RosterUploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                roster = roster_import_flow.preview(
                    upload.read(MAX_BYTES + 1), klass=klass, teacher=request.user
                )
            except RosterError as error:
                form.add_error("file", error.message)
            else:
                context["roster"] = roster
                context["token"] = roster_import_flow.remember(
                    request.session, klass, roster
                )
    return render(request, "classes/roster_import.html", context)


@login_required
def roster_cards(request: HttpRequest, pk: int) -> HttpResponse:
    """Printable login cards for the accounts just made; shown once."""
    klass = _taught_class(request, pk)
    cards = request.session.pop(roster_import_flow.CARDS_KEY, None)
    if not cards:
        messages.info(
            request, _("Login cards are shown only once, right after an import.")
        )
        return redirect("class_detail", pk=klass.pk)
    login_url = request.build_absolute_uri(reverse("account_login"))
    return render(
        request,
        "classes/roster_cards.html",
        {"klass": klass, "cards": cards, "login_url": login_url},
    )


def _join_attempt(request: HttpRequest) -> ratelimit.Attempt | None:
    """A code attempt, counted per client address and per account: at most
    JOIN_ATTEMPTS_PER_HOUR wrong codes in any hour from either (None once over).

    A right code is given back, so a whole class behind one school address joins in
    one lesson; new accounts are free, so the address holds a guesser back."""
    keys = [f"address:{ratelimit.client_address(request)}"]
    if request.user.is_authenticated:
        keys.append(f"account:{request.user.pk}")
    return ratelimit.attempt("join", keys, limit=JOIN_ATTEMPTS_PER_HOUR, window=3600)


def _keep_code_for_login(request: HttpRequest, code: str) -> HttpResponse:
    """A visitor with a join link: the code, if it opens a class, waits in the
    session through logging in or signing up (accounts.joining), and the login
    page names the class. The look-up counts in the join limits like a typed code."""
    form = JoinForm({"code": code})
    attempt = _join_attempt(request) if form.is_valid() else None
    if attempt is not None:
        klass = Class.objects.filter(join_code=form.cleaned_data["code"]).first()
        if klass is not None and klass.join_code_open:
            attempt.give_back()
            remember_join(request, code=klass.join_code, class_name=klass.name)
    return redirect_to_login(request.get_full_path())


def join_class(request: HttpRequest, code: str = "") -> HttpResponse:
    if not request.user.is_authenticated:
        if code and request.method == "GET":
            return _keep_code_for_login(request, code)
        return redirect_to_login(request.get_full_path())
    pending = pending_join(request)
    joining = pending["class_name"] if pending and pending["code"] == code else None
    form = JoinForm(request.POST or None, initial={"code": code})
    if request.method == "POST" and form.is_valid():
        attempt = _join_attempt(request)
        if attempt is None:
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
                attempt.give_back()  # the code was right: no guess to count
                try:
                    created = actions.join(learner=request.user, klass=klass)
                except actions.ActionRefused as refusal:
                    form.add_error("code", refusal.message)
                    return render(request, "classes/join.html", {"form": form})
                forget_join(request)
                if created:
                    messages.success(
                        request, _("You have joined %(name)s.") % {"name": klass.name}
                    )
                else:
                    messages.info(request, _("You are already in this class."))
                return redirect("my_learning")
    return render(request, "classes/join.html", {"form": form, "joining": joining})


@login_required
@require_http_methods(["GET", "POST"])
def leave_class(request: HttpRequest, pk: int) -> HttpResponse:
    """A learner leaves a class, after a page that asks them to confirm."""
    klass = classes_joined(request.user).filter(pk=pk).first()
    if klass is None:
        raise Http404
    if request.method == "GET":
        return render(
            request,
            "classes/confirm.html",
            {
                "klass": klass,
                "title": _("Leave %(name)s?") % {"name": klass.name},
                "explanation": _(
                    "The class's assignments leave your learning page, and its "
                    "teachers no longer see your work. What you have done stays "
                    "yours; to come back, join with the class's code again."
                ),
                "button": _("Leave the class"),
                "back": reverse("my_learning"),
                "learner_side": True,
            },
        )
    Membership.objects.current().filter(klass=klass, learner=request.user).update(
        left_at=timezone.now()
    )
    messages.success(request, _("You have left %(name)s.") % {"name": klass.name})
    return redirect("my_learning")


@login_required
def invitations(request: HttpRequest) -> HttpResponse:
    """The invitations waiting for the user's answer: to learn in or teach a class."""
    waiting = list(
        invitations_for(request.user)
        .select_related("klass__institution", "invited_by")
        .order_by("created_at")
    )
    return render(request, "classes/invitations.html", {"invitations": waiting})


@login_required
@require_POST
def invitation_respond(request: HttpRequest, pk: int) -> HttpResponse:
    """The invitee accepts or declines; anyone else finds no such invitation."""
    invitation = get_object_or_404(
        ClassInvitation.objects.filter(invitee=request.user).select_related("klass"),
        pk=pk,
    )
    answer = request.POST.get("answer")
    if answer not in ("accept", "decline"):
        messages.error(request, _("Choose to accept or to decline."))
        return redirect("invitations")
    try:
        if answer == "accept":
            actions.accept_invitation(user=request.user, invitation=invitation)
        else:
            actions.decline_invitation(user=request.user, invitation=invitation)
    except actions.ActionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("invitations")
    name = invitation.klass.name
    if answer == "decline":
        messages.info(
            request, _("You declined the invitation to %(name)s.") % {"name": name}
        )
        return redirect("invitations")
    if invitation.kind == ClassInvitation.CO_TEACHER:
        messages.success(request, _("You now teach %(name)s.") % {"name": name})
        return redirect("class_detail", pk=invitation.klass_id)
    messages.success(request, _("You have joined %(name)s.") % {"name": name})
    return redirect("my_learning")
