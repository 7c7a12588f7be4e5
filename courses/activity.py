"""The activity slot of a lesson: the base block for quizzes and H5P activities."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


@dataclass(frozen=True)
class Outcome:
    """Where a learner stands in one activity: done by its rule, and the score.

    `reported_by_browser`: the result is what the learner's browser said (H5P's
    xAPI), which the server cannot check, rather than graded on the server.
    """

    done: bool
    percent: Decimal | None
    reported_by_browser: bool = False


class ActivityBlock(blocks.StructBlock):
    """Base for activities in a lesson (quizzes, H5P). Not used directly.

    `required` activities decide completion when the lesson's rule is "all required
    activities done". The lesson template passes the block's stable id to the block
    as `activity_id`, which is how results are recorded against it.

    Subclasses implement `outcomes()`, which the progress roll-up calls once per
    kind of activity in the lesson.
    """

    # Whether the platform grades the activity itself (a quiz) rather than taking
    # the result the learner's browser reports (H5P): certificates rest on graded
    # results (certificates.evidence). Kinds say so; unknown kinds are not trusted.
    graded_on_server = False

    required = blocks.BooleanBlock(
        label=_("Required for completing the lesson"), required=False, default=True
    )

    class Meta:
        icon = "form"

    def outcomes(self, *, learner, lesson, values: dict) -> dict[str, Outcome]:
        """The learner's `Outcome` per activity id, for this kind's `values`
        (activity id -> block value), in a fixed number of queries."""
        raise NotImplementedError
