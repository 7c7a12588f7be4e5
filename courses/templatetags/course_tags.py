"""Template tags that point at the course catalogue from any page."""

from django import template

from courses.lesson_shell import SHELL_CONTEXT, is_slot_block
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


@register.simple_tag(takes_context=True)
def lesson_block(context, block):
    """A block of a lesson's body, given its id as `activity_id`; while a learner's
    shell is made (courses/lesson_shell.py), a marker in place of an activity."""
    shell = context.get(SHELL_CONTEXT)
    if shell is not None and is_slot_block(block):
        return shell.marker("block", str(block.id))
    return block.render_as_block({**context.flatten(), "activity_id": block.id})


@register.simple_tag
def module_graders(lesson) -> dict | None:
    """Who grades open answers in the lesson's module, when it is a professional-
    development module or names its course leaders: {"group": name or ""}; else
    None. One query, asked only when an attempt waits for a grade."""
    from courses.models import CoursePage

    path = getattr(lesson, "path", "")
    if not path:
        return None
    course = (
        CoursePage.objects.filter(path=path[: -CoursePage.steplen])
        .select_related("grading_group")
        .only("certificate_kind", "grading_group__name")
        .first()
    )
    if course is None or not (
        course.grading_group_id or course.certificate_kind == CoursePage.PD_CERTIFICATE
    ):
        return None
    return {"group": course.grading_group.name if course.grading_group else ""}
