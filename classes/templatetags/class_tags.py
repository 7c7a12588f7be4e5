"""Class information shown on pages outside the classes app (header, My learning)."""

from django import template

from classes.permissions import classes_joined, invitations_for, is_teacher
from classes.progress import learner_assignments

register = template.Library()


@register.simple_tag(takes_context=True)
def teaches_or_may(context) -> bool:
    request = context.get("request")
    return bool(request) and is_teacher(request.user)


@register.simple_tag(takes_context=True)
def my_assignments(context):
    request = context.get("request")
    return learner_assignments(request.user) if request else []


@register.simple_tag(takes_context=True)
def my_classes(context):
    request = context.get("request")
    if request is None:
        return []
    return list(classes_joined(request.user).select_related("institution"))


@register.simple_tag(takes_context=True)
def my_invitations(context) -> list[str]:
    """The names of the classes whose invitations wait for the user's answer."""
    request = context.get("request")
    if request is None:
        return []
    return list(
        invitations_for(request.user)
        .order_by("created_at")
        .values_list("klass__name", flat=True)
    )
