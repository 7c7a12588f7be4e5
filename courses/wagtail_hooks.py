"""Admin registration for the courses app."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import lesson_shell
from .models import GlossaryTerm, LessonPage
from .permissions import can_see_review_report
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
