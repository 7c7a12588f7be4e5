"""Admin registration for the reports app: the audit-log action of a release and
the commitment narratives editors write."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CommitmentNarrative
from .releases import PUBLISH_ACTION


@hooks.register("register_log_actions")
def register_publish_release(actions):
    actions.register_action(PUBLISH_ACTION, _("Publish open data"), _("Published"))


class CommitmentNarrativeViewSet(SnippetViewSet):
    model = CommitmentNarrative
    icon = "doc-full"
    menu_label = _("Commitment narratives")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["code", "updated_at"]


register_snippet(CommitmentNarrativeViewSet)
