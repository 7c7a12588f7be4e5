"""Admin registration for the courses app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import lesson_shell
from .models import GlossaryTerm, LessonPage
from .replaced_files import REPLACE_FILE, ReplaceFileFormatter


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
        if isinstance(page, LessonPage) and lesson_shell.may_render(page, request):
            return lesson_shell.serve(page, request, args, kwargs)
        return serve_next(page, request, args, kwargs)

    return serve
