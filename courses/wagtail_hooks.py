"""Admin registration for the courses app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm
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
