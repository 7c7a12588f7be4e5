"""The score policy is declared once (quizzes.progress.POLICIES): the Python choice
of the attempt that counts and the SQL that reads the attempts that can count are
both made from it, and choose the same attempt for any history."""

import random
from decimal import Decimal

import pytest

from quizzes import progress
from quizzes.models import Attempt, Quiz
from quizzes.progress import ScorePolicy
from tests.factories import UserFactory

# A policy no quiz offers: the lowest score, the latest attempt among equals. Only
# declared, to show that both sides follow the declaration.
LOWEST = "lowest"
DECLARED = {**progress.POLICIES, LOWEST: ScorePolicy("percent", False, False)}
PERCENTS = [Decimal(0), Decimal("15.63"), Decimal(50), Decimal(50), Decimal(100)]


def _histories(seed: int, count: int) -> list[list[tuple[str, Decimal | None]]]:
    """Submitted attempts in order: (status, percent); equal scores on purpose."""
    rng = random.Random(seed)
    histories = [
        [],
        [(Attempt.AWAITING_GRADING, None)],
        [(Attempt.GRADED, Decimal(50)), (Attempt.GRADED, Decimal(50))],
    ]
    for _ in range(count):
        histories.append(
            [
                (Attempt.AWAITING_GRADING, None)
                if rng.random() < 0.2
                else (Attempt.GRADED, rng.choice(PERCENTS))
                for _ in range(rng.randint(1, 7))
            ]
        )
    return histories


def _store(learner, lesson, quiz, activity_id, history):
    for number, (status, percent) in enumerate(history, start=1):
        Attempt.objects.create(
            learner=learner,
            lesson=lesson,
            activity_id=activity_id,
            quiz=quiz,
            questions=[],
            number=number,
            status=status,
            percent=percent,
            passed=None if percent is None else percent >= 50,
        )


@pytest.mark.parametrize("policy", [Quiz.BEST, Quiz.LAST, Quiz.FIRST, LOWEST])
def test_python_and_sql_choose_the_same_attempt(quiz_lesson, make_quiz, policy):
    quiz = make_quiz(score_policy=policy if policy != LOWEST else Quiz.BEST)
    lesson, quiz, activity_id = quiz_lesson(quiz=quiz)
    if policy == LOWEST:
        # The quiz's column offers only the real policies; the rows say this one.
        Quiz.objects.filter(pk=quiz.pk).update(score_policy=LOWEST)
    for history in _histories(seed=len(policy), count=25):
        learner = UserFactory()
        _store(learner, lesson, quiz, activity_id, history)
        everything = list(
            Attempt.objects.filter(learner=learner, lesson=lesson).order_by("number")
        )
        expected = progress.counting_attempt(everything, policy, DECLARED)
        read = progress.counted_attempts(
            learner=learner,
            lesson=lesson,
            activity_ids=[activity_id],
            policies=DECLARED,
        )
        assert all(row.score_policy == policy for row in read)
        chosen = progress.counting_attempt(read, policy, DECLARED)
        if expected is None:
            assert chosen is None, history
        else:
            assert chosen is not None, history
            assert (chosen.number, chosen.percent) == (
                expected.number,
                expected.percent,
            ), history


def test_the_policies_choose_as_their_names_say():
    rows = [
        progress.Counted("a", Attempt.GRADED, Decimal(50), True, 1, Quiz.BEST),
        progress.Counted("a", Attempt.GRADED, Decimal(90), True, 2, Quiz.BEST),
        progress.Counted("a", Attempt.AWAITING_GRADING, None, None, 3, Quiz.BEST),
        progress.Counted("a", Attempt.GRADED, Decimal(90), True, 4, Quiz.BEST),
        progress.Counted("a", Attempt.GRADED, Decimal(20), False, 5, Quiz.BEST),
    ]
    assert progress.counting_attempt(rows, Quiz.BEST).number == 2  # earliest of 90s
    assert progress.counting_attempt(rows, Quiz.LAST).number == 5
    assert progress.counting_attempt(rows, Quiz.FIRST).number == 1
    assert progress.counting_attempt(rows, LOWEST, DECLARED).number == 5
    assert progress.counting_attempt(rows[2:3], Quiz.BEST) is None
