"""The class a visitor is about to join, for the login and sign-up pages."""

from django import template

from accounts.joining import pending_join as pending

register = template.Library()


@register.simple_tag(takes_context=True)
def pending_join(context) -> dict | None:
    request = context.get("request")
    return pending(request) if request is not None else None
