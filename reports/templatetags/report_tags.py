"""Template tags for the site header: whether to link to the reports."""

from django import template

from reports.permissions import is_analyst

register = template.Library()


@register.simple_tag(takes_context=True)
def sees_reports(context) -> bool:
    request = context.get("request")
    return bool(request and is_analyst(request.user))
