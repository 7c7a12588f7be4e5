"""Certificate information shown on pages outside the certificates app (My learning,
the header)."""

from django import template

from certificates import wording
from certificates.pd_grading import waiting_for_grades as waiting
from certificates.permissions import can_use_registry, modules_led, own_certificates

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


@register.filter
def long_date(value) -> str:
    """A certificate's date in long form in the active language ("6 грудня 2026 р.",
    "6 December 2026"), never followed by a second full stop."""
    return wording.long_date(value)


@register.simple_tag(takes_context=True)
def waiting_for_grades(context) -> list:
    """The certifying modules where the learner's open answers wait for a grade,
    each with who grades them (certificates.pd_grading); one query when none."""
    request = context.get("request")
    return waiting(request.user) if request is not None else []


@register.simple_tag(takes_context=True)
def leads_modules(context) -> bool:
    """Whether the user is a course leader of some module (grades its answers)."""
    request = context.get("request")
    return bool(request) and modules_led(request.user).exists()
