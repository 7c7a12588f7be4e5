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


@register.simple_tag(takes_context=True)
def lesson_block(context, block):
    """A block of a lesson's body, given its id as `activity_id`; while a learner's
    shell is made (courses/lesson_shell.py), a marker in place of an activity."""
    from courses.lesson_shell import SHELL_CONTEXT, is_slot_block

    shell = context.get(SHELL_CONTEXT)
    if shell is not None and is_slot_block(block):
        return shell.marker("block", str(block.id))
    return block.render_as_block({**context.flatten(), "activity_id": block.id})
