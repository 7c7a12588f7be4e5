from django import template

from ..storage_names import cache_name

register = template.Library()


@register.simple_tag(takes_context=True)
def offline_cache(context) -> str:
    """This learner's offline cache name (empty for anonymous visitors)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    return cache_name(user)
