"""Template tags that point at the course catalogue from any page."""

from django import template

from home.chrome import catalogue_url as find_catalogue_url
from home.chrome import site_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The URL of the course catalogue in the reader's language ('' when none)."""
    request = context.get("request")
    if request is None:
        return find_catalogue_url(None)
    return site_chrome(request).catalogue_url
