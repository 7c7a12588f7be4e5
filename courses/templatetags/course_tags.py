"""Template tags that point at the course catalogue from any page."""

from django import template
from django.utils.translation import get_language

from courses.models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The URL of the course catalogue in the reader's language ('' when none)."""
    request = context.get("request")
    catalogue = (
        CourseIndexPage.objects.live()
        .filter(locale__language_code=get_language())
        .only("id", "url_path", "path", "depth", "locale_id")
        .first()
    )
    if catalogue is None:
        return ""
    return catalogue.get_url(request) or ""
