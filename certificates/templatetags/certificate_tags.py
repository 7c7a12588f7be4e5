"""Certificate information shown on pages outside the certificates app (My learning,
the header)."""

from django import template

from certificates.permissions import can_use_registry, own_certificates

register = template.Library()


@register.simple_tag(takes_context=True)
def my_certificates(context):
    request = context.get("request")
    if request is None:
        return []
    return list(own_certificates(request.user).order_by("-issued_at"))


@register.simple_tag(takes_context=True)
def keeps_registry(context) -> bool:
    request = context.get("request")
    return bool(request) and can_use_registry(request.user)
