"""What keeps a lesson from going live: a required activity whose quiz or H5P
package has not been published. Learners would meet an empty slot and could never
complete the lesson, so a methodologist's publish and the review's approval are both
refused with the reason (courses.wagtail_hooks, courses.models.ReviewTask)."""

from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin
from wagtail.snippets.blocks import SnippetChooserBlock


def unpublished_requirements(lesson) -> list[str]:
    """Why the lesson cannot be published, one translated sentence per required
    activity whose content is not live (a draft, or never published); empty when it
    can. One query per kind of activity in the body."""
    reasons = []
    for block, values in lesson.activity_values().values():
        for name, child in block.child_blocks.items():
            if not isinstance(child, SnippetChooserBlock):
                continue
            model = child.target_model
            if not issubclass(model, DraftStateMixin):
                continue
            ids = {
                value[name]
                for value in values.values()
                if value.get("required") and isinstance(value.get(name), int)
            }
            if not ids:
                continue
            for item in model.objects.filter(pk__in=ids, live=False).order_by("pk"):
                reasons.append(
                    _(
                        "“%(title)s” (%(kind)s) is not published yet, so learners "
                        "could not complete this lesson. Publish it first, or make "
                        "the activity not required."
                    )
                    % {"title": item, "kind": model._meta.verbose_name}
                )
    return reasons


def refusal(lesson) -> str:
    """The message for an editor: the lesson cannot go live, and why; empty when
    it can."""
    reasons = unpublished_requirements(lesson)
    if not reasons:
        return ""
    return " ".join([_("This lesson cannot be published yet."), *reasons])
