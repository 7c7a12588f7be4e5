"""Taking a quiz: what the page shows, autosave and submit.

Every write locks the learner's LessonProgress row for the lesson first, so autosaves,
submits and reading heartbeats for one learner and lesson happen one at a time, from
any number of tabs, devices or retries. The exception is an autosave into the open
attempt, the most frequent write: it is one conditional UPDATE that applies only if
nothing else wrote the attempt since it was read, and otherwise takes the lock like
the rest. Submits carry a client-generated key: the same key always yields the same
single graded attempt.
"""

import datetime
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from civiced import rows, versioned
from courses.models import LessonPage
from learning.progress import locked_progress, update_lesson_progress

from . import grading
from .answers import attempt_summary, result_row
from .models import Attempt, Quiz
from .progress import (
    COUNTING_ROWS,
    QUIZ,
    Counted,
    counting_attempt,
    counting_params,
)

FORM_PREFIX = "q-"


class AttemptRefused(Exception):
    """A request that is well-formed but cannot be carried out (limit reached...)."""

    def __init__(self, message, status=409):
        super().__init__(str(message))
        self.message = message
        self.status = status


# Question snapshots per published quiz revision, kept per process (see below).
MAX_SNAPSHOTS = 256
_snapshots: dict[tuple, list[dict]] = versioned.register({})


def published_questions(quiz: Quiz) -> list[dict]:
    """The quiz's question snapshots, each question a new dict (replace its
    values, as shuffling does; never change them in place: they are shared).

    Kept per live revision (its id and creation time, which no other revision
    shares) when the quiz was read with its revision's `revision_created_at`, so
    starting an attempt parses no StreamField; a publish makes a new key.
    """
    created_at = getattr(quiz, "revision_created_at", None)
    if quiz.live_revision_id is None or created_at is None:
        return quiz.question_snapshots()
    key = (quiz.pk, quiz.live_revision_id, created_at)
    snapshots = _snapshots.get(key)
    if snapshots is None:
        snapshots = quiz.question_snapshots()
        if len(_snapshots) >= MAX_SNAPSHOTS:
            _snapshots.clear()
        _snapshots[key] = snapshots
    return [dict(question) for question in snapshots]


def ordered_questions(quiz: Quiz, seed: str) -> list[dict]:
    """The quiz's published questions, shuffled as its settings say, for one attempt."""
    questions = published_questions(quiz)
    if quiz.shuffle_questions:
        questions = grading.shuffled(questions, seed)
    if quiz.shuffle_options:
        for question in questions:
            if question.get("options"):
                question["options"] = grading.shuffled(
                    question["options"], seed + question["id"]
                )
    return questions


def right_token(question_id: str, pair_id: str) -> str:
    """An opaque id for a matching question's right-hand item.

    Lefts and rights of one pair share an id in the snapshot; the page shows rights
    under a keyed hash instead, so the HTML does not pair them up for the learner.
    """
    message = f"{question_id}:{pair_id}".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256)
    return digest.hexdigest()[:16]


def responses_from_form(questions: list[dict], data) -> dict[str, object]:
    """Turn the quiz form's fields into responses in grading's format.

    Raises grading.InvalidResponse for fields that name no question of the attempt.
    """
    by_id = {q["id"]: q for q in questions}
    known_prefixes = {FORM_PREFIX + qid for qid in by_id}
    for name in data:
        if name.startswith(FORM_PREFIX) and name.split("--")[0] not in known_prefixes:
            raise grading.InvalidResponse(_("Unknown question."))
    responses: dict[str, object] = {}
    for qid, question in by_id.items():
        name = FORM_PREFIX + qid
        kind = question["type"]
        if kind == "multiple_choice":
            if name in data or f"{name}--present" in data:
                responses[qid] = data.getlist(name)
        elif kind == "true_false":
            if name in data:
                value = data.get(name)
                responses[qid] = {"true": True, "false": False}.get(value, value)
        elif kind == "ordering":
            positions = {}
            for item in question["items"]:
                raw = data.get(f"{name}--{item['id']}", "")
                if raw:
                    positions[item["id"]] = raw
            if positions:
                responses[qid] = _order_from_positions(question, positions)
        elif kind == "matching":
            rights = {right_token(qid, p["id"]): p["id"] for p in question["pairs"]}
            chosen = {}
            for pair in question["pairs"]:
                raw = data.get(f"{name}--{pair['id']}", "")
                if raw:
                    if raw not in rights:
                        raise grading.InvalidResponse(
                            _("Match the items from the offered lists.")
                        )
                    chosen[pair["id"]] = rights[raw]
            if chosen:
                responses[qid] = chosen
        elif kind == "fill_blanks":
            _segments, gaps = grading.parse_blanks(question["text"])
            fields = [data.get(f"{name}--{index}") for index in range(len(gaps))]
            if any(field is not None for field in fields):
                responses[qid] = [field or "" for field in fields]
        elif name in data:
            responses[qid] = data.get(name)
    return responses


def _order_from_positions(question: dict, positions: dict[str, str]) -> list[str]:
    count = len(question["items"])
    try:
        numbers = {item: int(pos) for item, pos in positions.items()}
    except ValueError:
        raise grading.InvalidResponse(_("Choose a position for each item.")) from None
    if len(positions) != count or sorted(numbers.values()) != list(range(1, count + 1)):
        raise grading.InvalidResponse(_("Give each item a different position."))
    return sorted(numbers, key=numbers.get)


def clean_responses(questions: list[dict], responses: dict) -> dict[str, object]:
    by_id = {q["id"]: q for q in questions}
    cleaned = {}
    for qid, response in responses.items():
        if qid not in by_id:
            raise grading.InvalidResponse(_("Unknown question."))
        cleaned[qid] = grading.clean_response(by_id[qid], response)
    return cleaned


def _attempts(learner, lesson: LessonPage, activity_id: str):
    return Attempt.objects.filter(
        learner=learner, lesson=lesson, activity_id=activity_id
    )


def _open_attempt(
    *, learner, lesson, activity_id, quiz, found=None, done=None
) -> Attempt:
    """The open attempt, started now if there is none. Caller holds the lock.

    `found` is the open attempt the caller has already looked for (False: none)
    and `done` the number of submitted attempts that count, if it has counted
    them; a new attempt is saved only when `found` is not given, so a submit can
    store it graded in one write.
    """
    attempt = found
    if found is None:
        # Locked too: an autosave's unlocked, conditional write
        # (`autosave_open_attempt`) may touch it without the progress lock, and
        # what is read here is written back whole.
        attempt = (
            _attempts(learner, lesson, activity_id)
            .in_progress()
            .select_for_update()
            .first()
        )
    if attempt:
        return attempt
    if done is None:
        done = _attempts(learner, lesson, activity_id).submitted().count()
    if quiz.attempts_allowed is not None and done >= quiz.attempts_allowed:
        raise AttemptRefused(_("You have used every attempt allowed for this quiz."))
    number = done + 1
    attempt = Attempt(
        learner=learner,
        lesson=lesson,
        activity_id=activity_id,
        quiz=quiz,
        quiz_revision_id=quiz.live_revision_id,
        questions=ordered_questions(quiz, f"{learner.pk}:{activity_id}:{number}"),
        number=number,
    )
    if found is None:
        attempt.save(force_insert=True)
    return attempt


def autosave_open_attempt(
    *, learner, lesson: LessonPage, activity_id: str, quiz_id: int, data, seq: int
) -> Attempt | None:
    """Store the answers given so far in the open attempt, if there is one (and
    the quiz is live); None when the save must go through `autosave_attempt`.

    The attempt is read without a lock and written back only if no other write
    touched it since (its `updated_at` is unchanged), in one statement. When
    another write came first, None: the save runs again under the lock.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            _OPEN_ATTEMPT,
            [learner.pk, lesson.pk, activity_id, Attempt.IN_PROGRESS, quiz_id, True],
        )
        found = cursor.fetchone()
    if found is None:
        return None
    pk, questions, responses, results, stored_seq, updated_at = found
    attempt = Attempt(
        pk=pk,
        learner=learner,
        lesson=lesson,
        activity_id=activity_id,
        questions=json.loads(questions),
        responses=json.loads(responses),
        results=json.loads(results),
        autosave_seq=stored_seq,
    )
    answers = clean_responses(
        attempt.questions, responses_from_form(attempt.questions, data)
    )
    if seq and seq < attempt.autosave_seq:
        return attempt
    merged = _merge(attempt, answers)
    autosave_seq = max(seq, attempt.autosave_seq)
    now = timezone.now()
    field = Attempt._meta.get_field
    with connection.cursor() as cursor:
        cursor.execute(
            _SAVE_IF_UNCHANGED,
            [
                field("responses").get_db_prep_save(merged, connection),
                autosave_seq,
                field("updated_at").get_db_prep_save(now, connection),
                pk,
                Attempt.IN_PROGRESS,
                updated_at,  # as read, so the comparison is exact on any database
            ],
        )
        written = cursor.rowcount
    if not written:
        return None
    attempt.responses = merged
    attempt.autosave_seq = autosave_seq
    attempt.updated_at = now
    return attempt


# The two statements of an autosave, written out: building them with the ORM costs
# more than running them, and the page autosaves every few seconds.
_ATTEMPT, _QUIZ = Attempt._meta.db_table, Quiz._meta.db_table
_OPEN_ATTEMPT = f"""
SELECT a.id, a.questions, a.responses, a.results, a.autosave_seq, a.updated_at
FROM {_ATTEMPT} a
WHERE a.learner_id = %s AND a.lesson_id = %s AND a.activity_id = %s
  AND a.status = %s
  AND EXISTS (SELECT 1 FROM {_QUIZ} q WHERE q.id = %s AND q.live = %s)
"""  # noqa: S608 (table names from the models)
_SAVE_IF_UNCHANGED = f"""
UPDATE {_ATTEMPT} SET responses = %s, autosave_seq = %s, updated_at = %s
WHERE id = %s AND status = %s AND updated_at = %s
"""  # noqa: S608
# The state of a learner's attempts at one activity, for the quiz block's cache key
# (quizzes.block_cache): one narrow query.
_ATTEMPT_STATE = f"""
SELECT id, number, status, voided, score, updated_at FROM {_ATTEMPT}
WHERE learner_id = %s AND lesson_id = %s AND activity_id = %s
ORDER BY number, id
"""  # noqa: S608


def attempt_state(learner_id: int, lesson_id: int, activity_id: str) -> list[tuple]:
    """(id, number, status, voided, score, updated_at) of each of the learner's
    attempts at the activity, oldest first."""
    with connection.cursor() as cursor:
        cursor.execute(_ATTEMPT_STATE, [learner_id, lesson_id, activity_id])
        return cursor.fetchall()


@transaction.atomic
def autosave_attempt(
    *, learner, lesson: LessonPage, activity_id: str, quiz: Quiz, data, seq: int
) -> Attempt:
    """Store the answers given so far. Older saves arriving late are ignored."""
    locked_progress(learner=learner, lesson=lesson)
    attempt = _open_attempt(
        learner=learner, lesson=lesson, activity_id=activity_id, quiz=quiz
    )
    responses = clean_responses(
        attempt.questions, responses_from_form(attempt.questions, data)
    )
    if seq and seq < attempt.autosave_seq:
        return attempt
    attempt.responses = _merge(attempt, responses)
    attempt.autosave_seq = max(seq, attempt.autosave_seq)
    attempt.save(update_fields=["responses", "autosave_seq", "updated_at"])
    return attempt


def _stored(result: grading.QuestionResult, **extra) -> dict:
    return {
        "status": result.status,
        "score": None if result.score is None else str(result.score),
        "max_score": str(result.max_score),
        "feedback": list(result.feedback),
        "explanation": result.explanation,
        "correct_answer": result.correct_answer,
        **extra,
    }


def _checked_ids(attempt: Attempt) -> set[str]:
    return {qid for qid, result in attempt.results.items() if result.get("checked")}


def _merge(attempt: Attempt, responses: dict) -> dict:
    """New answers over saved ones; a question already checked keeps its answer."""
    frozen = _checked_ids(attempt)
    fresh = {qid: value for qid, value in responses.items() if qid not in frozen}
    return {**attempt.responses, **fresh}


@transaction.atomic
def check_question(
    *, learner, lesson: LessonPage, activity_id: str, quiz: Quiz, data, question_id
) -> tuple[Attempt, dict]:
    """Immediate feedback: grade one question now and keep its answer as given."""
    if quiz.feedback_timing != Quiz.IMMEDIATE:
        raise AttemptRefused(_("This quiz shows feedback after you submit it."))
    locked_progress(learner=learner, lesson=lesson)
    attempt = _open_attempt(
        learner=learner, lesson=lesson, activity_id=activity_id, quiz=quiz
    )
    question = next((q for q in attempt.questions if q["id"] == question_id), None)
    if question is None:
        raise grading.InvalidResponse(_("Unknown question."))
    responses = clean_responses(
        attempt.questions, responses_from_form(attempt.questions, data)
    )
    attempt.responses = _merge(attempt, responses)
    if question_id not in _checked_ids(attempt):
        result = grading.grade_question(question, attempt.responses.get(question_id))
        if result.status != "awaiting_grading":
            attempt.results = {
                **attempt.results,
                question_id: _stored(result, checked=True),
            }
    attempt.save(update_fields=["responses", "results", "updated_at"])
    return attempt, question


@dataclass(frozen=True)
class Submission:
    attempt: Attempt
    repeated: bool


def submit_attempt(
    *,
    learner,
    lesson: LessonPage,
    activity_id: str,
    quiz: Quiz,
    data,
    key: uuid.UUID,
    clicked_at: datetime.datetime | None = None,
) -> Submission:
    """Grade the open attempt once, from the quiz form's fields; `clicked_at` is
    when the learner pressed submit, by their device (see `submitted_moment`)."""
    return _submit(
        learner=learner,
        lesson=lesson,
        activity_id=activity_id,
        quiz=quiz,
        key=key,
        responses_of=lambda attempt: responses_from_form(attempt.questions, data),
        clicked_at=clicked_at,
    )


def submitted_moment(
    *, clicked_at: datetime.datetime | None, now: datetime.datetime
) -> datetime.datetime:
    """When a submit counts as made: the learner's click, as their device dated
    it (a submit made offline reaches the server later), unless that time is in
    the future or older than settings.OFFLINE_SUBMIT_MAX_DELAY (a clock wound
    back): then when it arrived. The due-date rule (classes.progress) compares the
    lesson's completion, which this dates, with the due date.

    The click is not compared with the attempt's start on the server: an attempt
    whose first answers were kept on the device starts there only when they
    arrive, just before the submit that follows them."""
    if clicked_at is None or clicked_at > now:
        return now
    bound = datetime.timedelta(seconds=settings.OFFLINE_SUBMIT_MAX_DELAY)
    return clicked_at if now - clicked_at <= bound else now


def submit_responses(
    *,
    learner,
    lesson: LessonPage,
    activity_id: str,
    quiz: Quiz,
    responses: dict,
    key: uuid.UUID,
) -> Submission:
    """Grade the open attempt once. A repeated key returns the attempt it made."""
    return _submit(
        learner=learner,
        lesson=lesson,
        activity_id=activity_id,
        quiz=quiz,
        key=key,
        responses_of=lambda attempt: responses,
    )


@transaction.atomic
def _submit(
    *, learner, lesson, activity_id, quiz, key, responses_of, clicked_at=None
) -> Submission:
    """Grade the open attempt once with `responses_of(attempt)`; a repeated key
    returns the attempt it made."""
    progress = locked_progress(learner=learner, lesson=lesson)
    earlier, found, done, counted = _earlier_or_open(learner, lesson, activity_id, key)
    if earlier is not None:
        return Submission(earlier, repeated=True)
    attempt = _open_attempt(
        learner=learner,
        lesson=lesson,
        activity_id=activity_id,
        quiz=quiz,
        found=found,
        done=done,
    )
    return _grade(
        attempt,
        learner=learner,
        lesson=lesson,
        progress=progress,
        counted=counted,
        quiz=quiz,
        responses=responses_of(attempt),
        key=key,
        clicked_at=clicked_at,
    )


def _earlier_or_open(learner, lesson, activity_id, key) -> tuple:
    """(the attempt this key already submitted or None, the open attempt or False,
    how many submitted attempts count, the lesson's quiz attempts that can count as
    `progress.counted_attempts` reads them), in one query. Caller holds the lock."""
    _block, values = lesson.activity_values().get("quiz", (None, {}))
    ids = list(values) or [activity_id]
    key_value = Attempt._meta.get_field("submit_key").get_db_prep_value(key, connection)
    rows = list(
        Attempt.objects.raw(
            _EARLIER_OR_OPEN % ", ".join(["%s"] * len(ids)),
            [
                learner.pk,
                key_value,
                lesson.pk,
                activity_id,
                Attempt.IN_PROGRESS,
                *counting_params(learner=learner, lesson=lesson, activity_ids=ids),
            ],
        )
    )
    earlier, found, done, counted = None, False, 0, []
    for row in rows:
        if row.counts:
            counted.append(
                Counted(
                    row.activity_id,
                    row.status,
                    row.percent,
                    None if row.passed is None else bool(row.passed),
                    row.number,
                    row.score_policy,
                )
            )
            if row.activity_id == activity_id:
                done = row.attempts_done
        elif row.submit_key == key:
            earlier = row
        else:
            found = row
    counted.sort(key=lambda row: row.number)
    return earlier, found, done, counted


# Written out: building it with the ORM costs more than running it. This key's
# attempt and the open one, whole; then the attempts that can count in each quiz of
# the lesson (progress.COUNTING_ROWS), with how many count in their activity.
_ATTEMPT_COLUMNS = ", ".join(
    f"a.{f.column}" for f in Attempt._meta.concrete_fields if not f.primary_key
)
_RANKED_COLUMNS = ", ".join(
    f.column
    if f.column in {"activity_id", "status", "percent", "passed", "number"}
    else f"NULL AS {f.column}"
    for f in Attempt._meta.concrete_fields
    if not f.primary_key
)
_EARLIER_OR_OPEN = (
    f"SELECT a.id, {_ATTEMPT_COLUMNS}, 0 AS counts, NULL AS score_policy,"  # noqa: S608
    f""" 0 AS attempts_done
FROM {_ATTEMPT} a
WHERE a.learner_id = %%s AND (
  a.submit_key = %%s
  OR (a.lesson_id = %%s AND a.activity_id = %%s AND a.status = %%s)
)
UNION ALL
"""
    f"SELECT id, {_RANKED_COLUMNS}, 1, score_policy, attempts_done"
    f" FROM ({COUNTING_ROWS}) counted"
)


def _grade(
    attempt: Attempt,
    *,
    learner,
    lesson,
    progress,
    counted: list,
    quiz,
    responses,
    key,
    clicked_at=None,
) -> Submission:
    """Grade and store the attempt (inserted if it is new) with the progress it
    implies, the two rows in one write."""
    merged = _merge(attempt, clean_responses(attempt.questions, responses))
    result = grading.grade_attempt(attempt.questions, merged)
    attempt.responses = merged
    attempt.results = {r.question_id: _stored(r) for r in result.questions}
    attempt.score = result.score
    attempt.max_score = result.max_score
    attempt.percent = None if result.awaiting_grading else result.percent
    attempt.passed = None if result.awaiting_grading else result.passed(quiz.pass_mark)
    attempt.status = (
        Attempt.AWAITING_GRADING if result.awaiting_grading else Attempt.GRADED
    )
    attempt.submit_key = key
    attempt.submitted_at = submitted_moment(clicked_at=clicked_at, now=timezone.now())
    # The new result joins the attempts read before it that can count.
    counted = [
        *counted,
        Counted(
            attempt.activity_id,
            attempt.status,
            attempt.percent,
            attempt.passed,
            attempt.number,
            quiz.score_policy,
        ),
    ]
    update_lesson_progress(
        learner=learner,
        lesson=lesson,
        progress=progress,
        known={QUIZ: counted},
        with_write=_ATTEMPTS.write(attempt),
        at=attempt.submitted_at,
    )
    return Submission(attempt, repeated=False)


_ATTEMPTS = rows.Table(Attempt)


def quiz_block_context(value, parent_context) -> dict:
    """What the quiz block shows: the questions (no answers), saved answers, results."""
    request = parent_context.get("request")
    lesson = parent_context.get("page")
    activity_id = parent_context.get("activity_id") or ""
    quiz = value.get("quiz")
    if quiz is None or not quiz.live:
        return {"quiz": None}
    user = getattr(request, "user", None)
    learner = user if user is not None and user.is_authenticated else None
    attempts = []
    if learner is not None and lesson is not None:
        attempts = list(
            _attempts(learner, lesson, activity_id).order_by("number").defer("quiz")
        )
    open_attempt = next((a for a in attempts if a.status == Attempt.IN_PROGRESS), None)
    submitted = [
        a for a in attempts if a.status != Attempt.IN_PROGRESS and not a.voided
    ]
    if open_attempt is not None:
        questions = open_attempt.questions
    else:
        seed = f"{learner.pk if learner else 0}:{activity_id}:{len(submitted) + 1}"
        questions = ordered_questions(quiz, seed)
    attempts_left = None
    if quiz.attempts_allowed is not None:
        attempts_left = max(0, quiz.attempts_allowed - len(submitted))
    last_attempt = submitted[-1] if submitted else None
    # The attempt whose result counts, by the quiz's score policy: the banner says
    # whether the quiz is passed by that one, not by the latest try alone.
    counting = counting_attempt(submitted, quiz.score_policy)
    passed = bool(counting and counting.passed)
    return {
        "quiz": quiz,
        "activity_id": activity_id,
        "submit_key": uuid.uuid4(),
        "show_feedback": last_attempt is not None,
        "immediate": quiz.feedback_timing == Quiz.IMMEDIATE,
        "result_rows": attempt_rows(last_attempt) if last_attempt else [],
        "questions": [_for_template(question, open_attempt) for question in questions],
        "learner": learner,
        "open_attempt": open_attempt,
        "last_attempt": last_attempt,
        "passed": passed,
        "next_lesson_link": _next_lesson_link(parent_context) if passed else None,
        "attempts_left": attempts_left,
        "can_attempt": learner is not None and attempts_left != 0,
    }


def _next_lesson_link(parent_context) -> dict | None:
    """The lesson after this one ({"url", "title"}), offered once the quiz is
    passed: from the page's context, or from the learner's lesson shell, which
    keeps it so that filling a shell reads no page (courses.lesson_shell)."""
    link = parent_context.get("next_lesson_link")
    if link:
        return link
    lesson = parent_context.get("next_lesson")
    if lesson is None:
        return None
    return {"url": lesson.get_url(parent_context.get("request")), "title": lesson.title}


def _nth(values: list, index: int) -> str:
    return values[index] if index < len(values) else ""


def attempt_rows(attempt: Attempt) -> list[dict]:
    return attempt_summary(attempt)["rows"]


def _for_template(question: dict, attempt: Attempt | None) -> dict:
    public = grading.public_question(question)
    saved = (attempt.responses if attempt else {}).get(question["id"])
    public["saved"] = saved
    checked = (attempt.results if attempt else {}).get(question["id"], {})
    public["checked"] = (
        result_row(question, saved, checked) if checked.get("checked") else None
    )
    public["field"] = FORM_PREFIX + question["id"]
    if question.get("as_of"):
        public["as_of"] = datetime.date.fromisoformat(question["as_of"])
    if question["type"] == "ordering":
        # Seeded with a secret, so the shown order says nothing about the answer.
        public["items"] = grading.shuffled(
            public["items"], f"{settings.SECRET_KEY}:{question['id']}"
        )
        order = saved or []
        positions = {item_id: index + 1 for index, item_id in enumerate(order)}
        for item in public["items"]:
            item["position"] = positions.get(item["id"])
        public["positions"] = list(range(1, len(public["items"]) + 1))
    elif question["type"] == "matching":
        chosen = saved or {}
        for right in public["rights"]:
            right["id"] = right_token(question["id"], right["id"])
        for left in public["lefts"]:
            picked = chosen.get(left["id"])
            left["chosen"] = right_token(question["id"], picked) if picked else None
    elif question["type"] == "fill_blanks":
        answers = saved or []
        public["parts"] = [
            {"is_gap": True, "gap": part["gap"], "value": _nth(answers, part["gap"])}
            if isinstance(part, dict)
            else {"is_gap": False, "text": part}
            for part in public["segments"]
        ]
    elif question["type"] == "multiple_choice":
        public["chosen"] = set(saved or [])
    return public
