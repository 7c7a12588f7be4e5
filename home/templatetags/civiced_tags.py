"""Template tags for the site layout."""

from django import template

from home.i18n import footer_pages as build_footer_pages
from home.i18n import language_links as build_language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's links for the page being shown."""
    request = context.get("request")
    if request is None:
        return []
    return build_language_links(request, context.get("page"))


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The About and Privacy pages in the reader's language, in one query."""
    request = context.get("request")
    if request is None:
        return []
    return build_footer_pages(request)
