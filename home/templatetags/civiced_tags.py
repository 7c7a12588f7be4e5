"""Template tags for the site layout."""

from django import template

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
def localized_page(context, page):
    """`page` in the reader's language when a live translation exists."""
    if page is None:
        return None
    localized = page.localized
    return localized if localized.live else page
