"""What quizzes forget of a deleted account (settings.ACCOUNT_DELETION_STEPS)."""

from .models import Attempt


def forget_learner(*, user) -> None:
    """Answers may be free text about the person: the scores stay, the words go."""
    Attempt.objects.filter(learner=user).update(responses={})
