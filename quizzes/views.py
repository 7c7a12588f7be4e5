"""Endpoints for taking quizzes and recording reading.

The JSON endpoints answer 400 with a translated message for malformed input and store
nothing; they never trust anything but the session for who the learner is.
"""

import copy
import datetime
import json
import uuid

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from civiced import json_input
from courses import page_cache
from courses.live_lessons import (
    known_lesson,
    last_seen_body,
    live_lesson,
    live_lesson_with,
    live_row,
)
from courses.models import LessonPage
from learning.progress import record_reading

from . import grading
from .answers import result_row
from .models import Quiz
from .taking import (
    AttemptRefused,
    autosave_attempt,
    autosave_open_attempt,
    check_question,
    submit_attempt,
)

MAX_BODY_BYTES = 64 * 1024
# The page numbers autosaves with Date.now(); anything beyond a big integer is junk.
MAX_SEQ = 2**63 - 1


def _error(message, status=400) -> JsonResponse:
    return JsonResponse({"error": str(message)}, status=status)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _quiz_block(
    request: HttpRequest, lesson_id: int, activity_id: str
) -> tuple[LessonPage, int] | None:
    """The live lesson and the id of the quiz its block `activity_id` shows."""
    lesson = live_lesson(lesson_id, request)
    quiz_id = _shown_quiz_id(lesson, activity_id) if lesson is not None else None
    return (lesson, quiz_id) if quiz_id is not None else None


def _shown_quiz_id(lesson: LessonPage, activity_id: str) -> int | None:
    """The id of the quiz the lesson's quiz block `activity_id` shows, if any."""
    _block, values = lesson.activity_values().get("quiz", (None, {}))
    return (values.get(activity_id) or {}).get("quiz")


# Live quizzes this process has read, under the content version they were read at:
# publishing, unpublishing, saving or deleting a quiz bumps it (courses.page_cache).
_quizzes = page_cache.ProcessCache(256)


def _live_quiz(quiz_id: int, request: HttpRequest | None = None) -> Quiz | None:
    """The live quiz, or None; no query when this process read it under the content
    version `request` began with. The questions' snapshots come from a cache kept
    per published revision (taking.published_questions)."""
    quiz = _quizzes.get(request, quiz_id)
    if quiz is not None:
        return copy.copy(quiz)
    quiz = live_row(Quiz, quiz_id)
    if quiz is not None:
        _quizzes.put(request, quiz_id, copy.copy(quiz))
    return quiz


def _activity(
    request: HttpRequest, lesson_id: int, activity_id: str
) -> tuple[LessonPage, Quiz] | None:
    """The live lesson and the live quiz its block `activity_id` shows, in one
    query: the quiz alone when the lesson is known under this request's content
    version (courses.live_lessons); otherwise, when the quiz is the one the lesson's
    body showed when this process last read it, the lesson and that quiz together,
    the quiz kept only if the lesson's live body still shows it."""
    lesson = known_lesson(lesson_id, request)
    if lesson is not None:
        quiz_id = _shown_quiz_id(lesson, activity_id)
        quiz = _live_quiz(quiz_id, request) if quiz_id is not None else None
        return (lesson, quiz) if quiz else None
    guess = _guessed_quiz_id(lesson_id, activity_id)
    lesson, found = live_lesson_with(lesson_id, request, model=Quiz, row_id=guess)
    if lesson is None:
        return None
    quiz_id = _shown_quiz_id(lesson, activity_id)
    if quiz_id is None:
        return None
    if quiz_id == guess:
        quiz = found
        if quiz is not None:
            _quizzes.put(request, quiz_id, copy.copy(quiz))
    else:
        quiz = _live_quiz(quiz_id, request)
    return (lesson, quiz) if quiz else None


def _guessed_quiz_id(lesson_id: int, activity_id: str) -> int | None:
    for block in last_seen_body(lesson_id) or ():
        if str(block.get("id")) == activity_id and block.get("type") == "quiz":
            return (block.get("value") or {}).get("quiz")
    return None


def _unavailable() -> JsonResponse:
    return _error(_("This quiz is not available."), status=404)


def _quiz_request(request: HttpRequest, lesson_id: int, activity_id: str):
    """(lesson, quiz, None) for a learner's request about a live quiz, or
    (None, None, the error response)."""
    refused = _guard(request)
    if refused:
        return None, None, refused
    found = _activity(request, lesson_id, activity_id)
    if found is None:
        return None, None, _unavailable()
    return *found, None


def _guard(request: HttpRequest) -> JsonResponse | None:
    if not request.user.is_authenticated:
        return _error(_("Log in to save your answers."), status=403)
    if len(request.body) > MAX_BODY_BYTES:
        return _error(_("The request is too large."))
    return None


@require_POST
def autosave(request: HttpRequest, lesson_id: int, activity_id: str) -> JsonResponse:
    refused = _guard(request)
    if refused:
        return refused
    found = _quiz_block(request, lesson_id, activity_id)
    if found is None:
        return _unavailable()
    lesson, quiz_id = found
    try:
        seq = int(request.POST.get("seq") or 0)
    except ValueError:
        return _error(_("The request is malformed."))
    if not 0 <= seq <= MAX_SEQ:
        return _error(_("The request is malformed."))
    where = {"learner": request.user, "lesson": lesson, "activity_id": activity_id}
    try:
        # Most saves land in the open attempt; the quiz is read only to start one.
        attempt = autosave_open_attempt(
            **where, quiz_id=quiz_id, data=request.POST, seq=seq
        )
        if attempt is None:
            quiz = _live_quiz(quiz_id, request)
            if quiz is None:
                return _unavailable()
            attempt = autosave_attempt(**where, quiz=quiz, data=request.POST, seq=seq)
    except grading.InvalidResponse as error:
        return _error(error)
    except AttemptRefused as refusal:
        return _error(refusal.message, status=refusal.status)
    return JsonResponse({"saved": True, "seq": attempt.autosave_seq})


def _clicked_at(value: str) -> datetime.datetime | None:
    """The time of the learner's click (milliseconds since 1970, as the page's
    Date.now() gives it), or None when the form does not say; ValueError when it is
    not such a number."""
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 15:
        raise ValueError(value)
    return datetime.datetime.fromtimestamp(int(value) / 1000, tz=datetime.UTC)


@require_POST
def submit(request: HttpRequest, lesson_id: int, activity_id: str) -> HttpResponse:
    lesson, quiz, refused = _quiz_request(request, lesson_id, activity_id)
    if refused:
        return refused
    try:
        key = uuid.UUID(request.POST.get("key", ""))
        clicked_at = _clicked_at(request.POST.get("clicked_at", ""))
    except ValueError:
        return _error(_("The request is malformed."))
    try:
        submission = submit_attempt(
            learner=request.user,
            lesson=lesson,
            activity_id=activity_id,
            quiz=quiz,
            data=request.POST,
            key=key,
            clicked_at=clicked_at,
        )
    except grading.InvalidResponse as error:
        if _wants_json(request):
            return _error(error)
        messages.error(request, str(error))
        return redirect(f"{lesson.url}#activity-{activity_id}")
    except AttemptRefused as refusal:
        if _wants_json(request):
            return _error(refusal.message, status=refusal.status)
        messages.error(request, str(refusal.message))
        return redirect(f"{lesson.url}#activity-{activity_id}")
    attempt = submission.attempt
    if _wants_json(request):
        return JsonResponse(
            {
                "attempt": attempt.number,
                "status": attempt.status,
                "score": None if attempt.score is None else str(attempt.score),
                "max_score": str(attempt.max_score),
                "percent": None if attempt.percent is None else str(attempt.percent),
                "passed": attempt.passed,
                "repeated": submission.repeated,
            }
        )
    return redirect(f"{lesson.get_url(request)}#activity-{activity_id}")


@require_POST
def check(request: HttpRequest, lesson_id: int, activity_id: str) -> HttpResponse:
    """Immediate feedback on one question (quizzes set to show it per question)."""
    lesson, quiz, refused = _quiz_request(request, lesson_id, activity_id)
    if refused:
        return refused
    question_id = request.POST.get("question", "")
    try:
        attempt, question = check_question(
            learner=request.user,
            lesson=lesson,
            activity_id=activity_id,
            quiz=quiz,
            data=request.POST,
            question_id=question_id,
        )
    except grading.InvalidResponse as error:
        return _error(error)
    except AttemptRefused as refusal:
        return _error(refusal.message, status=refusal.status)
    if not _wants_json(request):
        return redirect(f"{lesson.get_url(request)}#activity-{activity_id}")
    row = result_row(
        question,
        attempt.responses.get(question_id),
        attempt.results.get(question_id, {}),
    )
    html = render_to_string("quizzes/includes/question_feedback.html", {"row": row})
    return JsonResponse({"status": row["status"], "html": html})


@require_POST
def reading(request: HttpRequest, lesson_id: int) -> JsonResponse:
    refused = _guard(request)
    if refused:
        return refused
    lesson = live_lesson(lesson_id, request)
    if lesson is None:
        return _error(_("This lesson is not available."), status=404)
    try:
        seconds = int(request.POST.get("seconds") or 0)
        position = json_input.loads(request.POST.get("position") or "{}")
        # NaN and Infinity parse in Python but are not JSON, and PostgreSQL cannot
        # store a NUL character in JSON: the database would refuse them.
        text = json.dumps(position, allow_nan=False)
    except (ValueError, TypeError):
        return _error(_("The request is malformed."))
    if not isinstance(position, dict) or len(text) > 500 or "\\u0000" in text:
        return _error(_("The request is malformed."))
    key = request.POST.get("key", "")
    if key:
        try:
            key = str(uuid.UUID(key))
        except ValueError:
            return _error(_("The request is malformed."))
    progress = record_reading(
        learner=request.user,
        lesson=lesson,
        seconds=seconds,
        reached_end=request.POST.get("end") == "1",
        position=position,
        key=key,
    )
    return JsonResponse({"status": progress.status})
