"""The activity slot of a lesson: the base block for quizzes and H5P activities."""

from collections.abc import Callable
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

    Each subclass is a kind of activity that its app registers with
    learning.activity, with the function that reports its outcomes (`Outcome`).
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

    # What the block shows the learner (their attempts, the player's address) is the
    # results side of its kind, which sits above the content: the kind's app sets it
    # when it registers (AppConfig.ready, `show_learners_with`), so the content never
    # imports the results.
    _learner_context: Callable[[object, dict], dict] | None = None

    @classmethod
    def show_learners_with(cls, learner_context: Callable[[object, dict], dict]):
        """Set the function giving the block's context for the page's learner, from
        the block's value and the page's context."""
        cls._learner_context = staticmethod(learner_context)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        if self._learner_context is not None:
            context.update(self._learner_context(value, parent_context or {}))
        return context
