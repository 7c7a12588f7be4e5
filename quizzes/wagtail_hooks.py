"""The quiz library in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "form"
    menu_label = _("Quizzes")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["title", "locale", "pass_mark"]
    search_fields = ["title"]
    list_filter = ["locale"]


register_snippet(QuizViewSet)
