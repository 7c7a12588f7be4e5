"""Who hears that a learner joined a class: settings.CLASS_LISTENERS, in order.

A learner's first class makes their home for the reports, so the reports' roll-up
must move their figures, in the transaction that made the membership. The roll-up
sits above classes: it is named in the settings, not imported from here.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def listeners() -> tuple:
    """settings.CLASS_LISTENERS, imported once."""
    return tuple(import_string(path) for path in settings.CLASS_LISTENERS)


def learner_joined(*, learner_id: int) -> None:
    """A learner has a new current membership; call inside its transaction."""
    for listener in listeners():
        listener(learner_id=learner_id)
