"""What H5P forgets of a deleted account (settings.ACCOUNT_DELETION_STEPS)."""

from .models import SavedState, Statement
from .storage import recount


def forget_learner(*, user) -> None:
    """Statements may hold free text: emptied; saved state deleted; what is left of
    the learner takes no room."""
    Statement.objects.filter(learner=user).update(statement={})
    SavedState.objects.filter(learner=user).delete()
    recount(learner_id=user.pk)
