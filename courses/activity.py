"""The activity slot of a lesson: the base block for quizzes and H5P activities."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ActivityBlock(blocks.StructBlock):
    """Base for activities in a lesson (quizzes, H5P). Not used directly.

    `required` activities decide completion when the lesson's rule is "all required
    activities done". The lesson template passes the block's stable id to the block
    as `activity_id`, which is how results are recorded against it.
    """

    required = blocks.BooleanBlock(
        label=_("Required for completing the lesson"), required=False, default=True
    )

    class Meta:
        icon = "form"
