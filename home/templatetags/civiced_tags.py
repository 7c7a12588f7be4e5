"""Template tags for the site layout."""

from django import template

from accounts.roles import can_access_admin
from home.chrome import site_chrome as build_site_chrome
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
def site_chrome(context):
    """The catalogue link, footer links and contact address (cached, home.chrome)."""
    request = context.get("request")
    return build_site_chrome(request) if request is not None else None


@register.simple_tag(takes_context=True)
def may_use_admin(context) -> bool:
    """Whether the header links to Wagtail's admin."""
    request = context.get("request")
    return bool(request) and can_access_admin(request.user)
