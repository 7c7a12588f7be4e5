"""Admin registration for the reports app: the audit-log action of a release."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .releases import PUBLISH_ACTION


@hooks.register("register_log_actions")
def register_publish_release(actions):
    actions.register_action(PUBLISH_ACTION, _("Publish open data"), _("Published"))
