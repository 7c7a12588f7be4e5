"""Template tags for the reports: whether to link to them; a published figure."""

from django import template

from reports.permissions import is_analyst

register = template.Library()


@register.simple_tag(takes_context=True)
def sees_reports(context) -> bool:
    request = context.get("request")
    return bool(request and is_analyst(request.user))


@register.inclusion_tag("reports/includes/figure.html")
def figure(value) -> dict:
    """A published figure (reports.commitment.Figure): hidden, at least, or exact,
    drawn as the dashboard draws its figures."""
    return {"value": value.value, "hidden": value.hidden, "partial": value.partial}
