"""Admin registration for the courses app."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from civiced.transliteration import ascii_slug

from . import lesson_shell
from .models import GlossaryTerm, LessonPage
from .permissions import can_see_review_report
from .publishing import refusal
from .replaced_files import REPLACE_FILE, ReplaceFileFormatter
from .review_report import ReviewDueReportView


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["term", "locale"]
    search_fields = ["term", "definition"]
    list_filter = ["locale"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_log_actions")
def register_replace_file(actions):
    actions.register_action(REPLACE_FILE)(ReplaceFileFormatter)


# After Wagtail's own on_serve_page hooks (order 0, the view-restriction check among
# them), so a restricted lesson is checked before the shell serves it.
@hooks.register("on_serve_page", order=100)
def serve_lessons_to_learners(serve_next):
    """A logged-in learner's lesson is served as shell and fill (lesson_shell)."""

    def serve(page, request, args, kwargs):
        if (
            isinstance(page, LessonPage)
            and not page.is_handout_route(args)
            and lesson_shell.may_render(page, request)
        ):
            return lesson_shell.serve(page, request, args, kwargs)
        return serve_next(page, request, args, kwargs)

    return serve


# --- safe publishing: a lesson needing unpublished content is not published -------
# (courses.publishing; the review's approval is refused by courses.models.ReviewTask)


def _lesson(page):
    """The lesson as given (with the content being published), or None."""
    if isinstance(page, Page) and not isinstance(page, LessonPage):
        page = page.specific_deferred
    return page if isinstance(page, LessonPage) else None


@hooks.register("before_publish_page")
def refuse_lessons_needing_unpublished_content(request, page):
    """A methodologist's "Publish" (the edit or create form): the draft is kept,
    nothing goes live, and the edit page says why."""
    lesson = _lesson(page)
    message = refusal(lesson) if lesson is not None else ""
    if message:
        if not page.live_revision_id:
            # A new page is added live before this hook runs (Wagtail's create
            # view): it stays a draft, as if saved.
            Page.objects.filter(pk=page.pk).update(
                live=False, has_unpublished_changes=True
            )
        messages.error(request, message)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_edit_page")
def say_why_a_lesson_cannot_be_published(request, page):
    """On opening a lesson whose latest version needs unpublished content, the
    editor and the methodologist are told (approval is not offered)."""
    if request.method != "GET":
        return None
    lesson = _lesson(page)
    if lesson is not None and lesson.latest_revision_id:
        message = refusal(lesson.get_latest_revision_as_object())
        if message:
            messages.warning(request, message)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_such_lessons(request, action_type, objects, action):
    if action_type != "publish":
        return None
    refused = [
        message
        for message in (
            refusal(lesson.get_latest_revision_as_object())
            for lesson in filter(None, map(_lesson, objects))
        )
        if message
    ]
    if refused:
        messages.error(request, " ".join(refused))
        return redirect(request.META.get("HTTP_REFERER") or "wagtailadmin_home")
    return None


# --- ASCII slugs: a Cyrillic or empty slug becomes the transliterated title ------


def _ascii_slug_in(request) -> None:
    if request.method != "POST" or "title" not in request.POST:
        return
    slug = request.POST.get("slug", "").strip()
    if slug and slug.isascii():
        return
    suggested = ascii_slug(slug or request.POST.get("title", ""))
    if suggested:
        request.POST = request.POST.copy()
        request.POST["slug"] = suggested


@hooks.register("before_create_page")
def transliterate_a_new_pages_slug(request, parent_page, page_class):
    _ascii_slug_in(request)


@hooks.register("before_edit_page")
def transliterate_an_edited_pages_slug(request, page):
    _ascii_slug_in(request)


@hooks.register("register_admin_urls")
def review_report_urls():
    view = ReviewDueReportView.as_view()
    results = ReviewDueReportView.as_view(results_only=True)
    return [
        path("reports/lessons-due-for-review/", view, name="courses_review_due"),
        path(
            "reports/lessons-due-for-review/results/",
            results,
            name="courses_review_due_results",
        ),
    ]


class _ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_review_report(request.user)


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return _ReviewReportMenuItem(
        _("Lessons due for review"),
        reverse("courses_review_due"),
        icon_name="time",
        order=150,
    )
