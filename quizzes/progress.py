"""The quiz activity kind's part of progress: which attempt counts under the quiz's
score policy, and each quiz's outcome in a lesson (registered with learning.activity
by QuizzesConfig.ready).
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from django.db import connection

from courses.activity import Outcome
from courses.models import LessonPage

from .models import Attempt, Quiz

# The quiz kind's name in learning.activity's registry.
QUIZ = "quiz"


@dataclass(frozen=True)
class ScorePolicy:
    """Which graded attempt counts, declared once: the first of the graded attempts
    ordered by `by` (an attempt's column, "number" or "percent"), highest first
    when `highest`, ties going to the earliest attempt when `earliest` (otherwise
    the latest). A missing value comes after every other. Both the Python choice
    (`counting_attempt`) and the SQL that reads the attempts that can count
    (`counting_rows_sql`) are made from it."""

    by: str
    highest: bool
    earliest: bool = True

    def sort_key(self, attempt) -> tuple:
        """The key under which the counting attempt is the smallest."""
        value = getattr(attempt, self.by)
        missing = value is None
        value = 0 if missing else value
        tie = attempt.number if self.earliest else -attempt.number
        return (missing, -value if self.highest else value, tie)


# The quizzes' score policies (Quiz.score_policy).
POLICIES = {
    Quiz.BEST: ScorePolicy(by="percent", highest=True, earliest=True),
    Quiz.LAST: ScorePolicy(by="number", highest=True),
    Quiz.FIRST: ScorePolicy(by="number", highest=False),
}


def counting_attempt(attempts: list, policy: str, policies: dict | None = None):
    """The graded attempt whose score counts, by the quiz's policy (attempts or
    rows with their status, percent, passed and number)."""
    graded = [a for a in attempts if a.status == Attempt.GRADED]
    if not graded:
        return None
    rule = (policies or POLICIES).get(policy) or POLICIES[Quiz.BEST]
    return min(graded, key=rule.sort_key)


class Counted(NamedTuple):
    """A submitted attempt as far as choosing the one that counts goes."""

    activity_id: str
    status: str
    percent: Decimal | None
    passed: bool | None
    number: int
    score_policy: str


_ATTEMPT, _QUIZ = Attempt._meta.db_table, Quiz._meta.db_table


def counting_rows_sql(policies: dict) -> str:
    """The submitted attempts that can count, per activity: the first (whose quiz
    says the policy) and, for each policy, the one it picks among the graded, so
    the rows read stay few however many attempts a learner makes; each with how
    many attempts count in its activity. Numbers are unique among an activity's
    attempts that count (each is the count so far plus one, under the progress
    lock). Aggregates rather than window functions: no sorting, so the cost grows
    slowly with the attempts. A policy by number is one aggregate; one by another
    column takes its best value, then the earliest (or latest) attempt with it.
    The activities' ids are formatted in as `%s`; `counting_params` gives the
    parameters."""
    aggregates, picked, joins, grouped = [], [], [], []
    for index, rule in enumerate(policies.values()):
        best = "MAX" if rule.highest else "MIN"
        if rule.by == "number":
            aggregates.append(
                f"{best}(CASE WHEN status = %%s THEN number END) AS p{index}"
            )
            grouped.append(f"c.p{index}")
            continue
        aggregates.append(
            f"{best}(CASE WHEN status = %%s THEN {rule.by} END) AS v{index}"
        )
        tie = "MIN" if rule.earliest else "MAX"
        picked.append(f"{tie}(b{index}.number) AS p{index}")
        joins.append(
            f"LEFT OUTER JOIN {_ATTEMPT} b{index} ON b{index}.learner_id = %%s"
            f" AND b{index}.lesson_id = %%s AND b{index}.activity_id = c.activity_id"
            f" AND b{index}.status = %%s AND b{index}.voided = %%s"
            f" AND b{index}.{rule.by} = c.v{index}"
        )
    numbers = ", ".join(["c.first_number", *(f"c.p{i}" for i in range(len(policies)))])
    group = ", ".join(["c.activity_id", "c.attempts_done", "c.first_number", *grouped])
    return f"""
SELECT a.id, a.activity_id, a.status, a.percent, a.passed, a.number, q.score_policy,
       c.attempts_done
FROM (
  SELECT {", ".join([group, *picked])}
  FROM (
    SELECT activity_id, COUNT(*) AS attempts_done, MIN(number) AS first_number,
      {", ".join(aggregates)}
    FROM {_ATTEMPT}
    WHERE learner_id = %%s AND lesson_id = %%s AND activity_id IN (%s)
      AND status <> %%s AND voided = %%s
    GROUP BY activity_id
  ) c
  {" ".join(joins)}
  GROUP BY {group}
) c
INNER JOIN {_ATTEMPT} a ON a.learner_id = %%s AND a.lesson_id = %%s
  AND a.activity_id = c.activity_id AND a.status <> %%s AND a.voided = %%s
  AND a.number IN ({numbers})
INNER JOIN {_QUIZ} q ON q.id = a.quiz_id
"""  # noqa: S608 (names from the models and the policies' declaration)


COUNTING_ROWS = counting_rows_sql(POLICIES)


def counting_params(
    *, learner, lesson: LessonPage, activity_ids: list, policies: dict | None = None
) -> list:
    """The parameters of `counting_rows_sql(policies)` (COUNTING_ROWS's)."""
    policies = POLICIES if policies is None else policies
    graded, open_, where = Attempt.GRADED, Attempt.IN_PROGRESS, [learner.pk, lesson.pk]
    joined = [rule for rule in policies.values() if rule.by != "number"]
    return [
        *[graded] * len(policies),
        *where,
        *activity_ids,
        open_,
        False,
        *[param for _rule in joined for param in (*where, graded, False)],
        *where,
        open_,
        False,
    ]


def counted_attempts(
    *, learner, lesson: LessonPage, activity_ids: list, policies: dict | None = None
) -> list:
    """The submitted attempts that can count in the activities (see COUNTING_ROWS),
    in order of number; one query."""
    sql = COUNTING_ROWS if policies is None else counting_rows_sql(policies)
    with connection.cursor() as cursor:
        cursor.execute(
            sql % ", ".join(["%s"] * len(activity_ids)),
            counting_params(
                learner=learner,
                lesson=lesson,
                activity_ids=activity_ids,
                policies=policies,
            ),
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
