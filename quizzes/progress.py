"""The quiz activity kind's part of progress: which attempt counts under the quiz's
score policy, and each quiz's outcome in a lesson (registered with learning.activity
by QuizzesConfig.ready).
"""

from decimal import Decimal
from typing import NamedTuple

from django.db import connection

from courses.activity import Outcome
from courses.models import LessonPage

from .models import Attempt, Quiz

# The quiz kind's name in learning.activity's registry.
QUIZ = "quiz"


def counting_attempt(attempts: list, policy: str):
    """The graded attempt whose score counts, by the quiz's policy (attempts or
    rows with their status, percent, passed and number)."""
    graded = [a for a in attempts if a.status == Attempt.GRADED]
    if not graded:
        return None
    if policy == Quiz.FIRST:
        return graded[0]
    if policy == Quiz.LAST:
        return graded[-1]
    return max(graded, key=lambda a: (a.percent or 0, -a.number))


class Counted(NamedTuple):
    """A submitted attempt as far as choosing the one that counts goes."""

    activity_id: str
    status: str
    percent: Decimal | None
    passed: bool | None
    number: int
    score_policy: str


# Per activity, only the submitted attempts any policy can pick or that decides the
# policy: the first, the first and last graded, and the best graded (the earliest
# among equals), so the rows read stay few however many attempts a learner makes;
# each with how many attempts count in its activity. Numbers are unique among an
# activity's attempts that count (each is the count so far plus one, under the
# progress lock). Aggregates rather than window functions: no sorting, so the cost
# grows slowly with the attempts. Written out, as PostgreSQL and SQLite run it;
# `counting_params` gives the parameters, the activities' ids formatted in as `%s`.
COUNTING_ROWS = """
SELECT a.id, a.activity_id, a.status, a.percent, a.passed, a.number, q.score_policy,
       c.attempts_done
FROM (
  SELECT c.activity_id, c.attempts_done, c.first_number, c.first_graded,
    c.last_graded, MIN(b.number) AS best_number
  FROM (
    SELECT activity_id, COUNT(*) AS attempts_done, MIN(number) AS first_number,
      MIN(CASE WHEN status = %%s THEN number END) AS first_graded,
      MAX(CASE WHEN status = %%s THEN number END) AS last_graded,
      MAX(CASE WHEN status = %%s THEN percent END) AS best_percent
    FROM quizzes_attempt
    WHERE learner_id = %%s AND lesson_id = %%s AND activity_id IN (%s)
      AND status <> %%s AND voided = %%s
    GROUP BY activity_id
  ) c
  LEFT OUTER JOIN quizzes_attempt b ON b.learner_id = %%s AND b.lesson_id = %%s
    AND b.activity_id = c.activity_id AND b.status = %%s AND b.voided = %%s
    AND b.percent = c.best_percent
  GROUP BY c.activity_id, c.attempts_done, c.first_number, c.first_graded,
    c.last_graded
) c
INNER JOIN quizzes_attempt a ON a.learner_id = %%s AND a.lesson_id = %%s
  AND a.activity_id = c.activity_id AND a.status <> %%s AND a.voided = %%s
  AND a.number IN (c.first_number, c.first_graded, c.last_graded, c.best_number)
INNER JOIN quizzes_quiz q ON q.id = a.quiz_id
"""


def counting_params(*, learner, lesson: LessonPage, activity_ids: list) -> list:
    """COUNTING_ROWS's parameters."""
    graded, open_, where = Attempt.GRADED, Attempt.IN_PROGRESS, [learner.pk, lesson.pk]
    return [
        *[graded] * 3,
        *where,
        *activity_ids,
        open_,
        False,
        *where,
        graded,
        False,
        *where,
        open_,
        False,
    ]


def counted_attempts(*, learner, lesson: LessonPage, activity_ids: list) -> list:
    """The submitted attempts that can count in the activities (see COUNTING_ROWS),
    in order of number; one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            COUNTING_ROWS % ", ".join(["%s"] * len(activity_ids)),
            counting_params(learner=learner, lesson=lesson, activity_ids=activity_ids),
        )
        attempts = [
            Counted(
                activity_id,
                status,
                None if percent is None else Decimal(str(percent)),
                None if passed is None else bool(passed),
                number,
                policy,
            )
            for _pk, activity_id, status, percent, passed, number, policy, _n in cursor
        ]
    return sorted(attempts, key=lambda attempt: attempt.number)


def outcomes_of(attempts: list, values: dict) -> dict:
    """Each quiz activity's outcome from its attempts that can count, in order of
    number: passed by the attempt that counts under the quiz's policy (best by
    default), with that attempt's score."""
    by_activity: dict[str, list] = {}
    for attempt in attempts:
        by_activity.setdefault(attempt.activity_id, []).append(attempt)
    outcomes = {}
    for activity_id in values:
        tries = by_activity.get(activity_id)
        counted = counting_attempt(tries, tries[0].score_policy) if tries else None
        outcomes[activity_id] = Outcome(
            done=counted is not None and bool(counted.passed),
            percent=counted.percent if counted is not None else None,
        )
    return outcomes


def quiz_outcomes(*, learner, lesson: LessonPage, values: dict) -> dict:
    """Each quiz's outcome (see `outcomes_of`); one query."""
    ids = list(values)
    if not ids:
        return {}
    attempts = counted_attempts(learner=learner, lesson=lesson, activity_ids=ids)
    return outcomes_of(attempts, values)


def kind_outcomes(*, learner, lesson: LessonPage, values: dict, known=None) -> dict:
    """The quiz kind's outcomes (learning.activity): from `known`, the attempts that
    can count as the caller read them, or read here (one query)."""
    if known is not None:
        return outcomes_of(known, values)
    return quiz_outcomes(learner=learner, lesson=lesson, values=values)
