"""Progress shown on course pages (courses knows nothing of progress itself)."""

from django import template

from learning.progress import course_outline

register = template.Library()


@register.simple_tag(takes_context=True)
def outline_for(context, lessons):
    """The reader's status in each lesson and the lesson to continue with."""
    request = context.get("request")
    return course_outline(request.user, lessons) if request else None


@register.filter
def status_of(outline, lesson):
    return outline.statuses.get(lesson.pk, "") if outline else ""
