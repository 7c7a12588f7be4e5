"""A learner's quiz block, rendered once for each state of their attempts.

A lesson's quiz block shows one learner's own work: the questions in their attempt's
order with their saved answers, the checked ones, the last result and the attempts
left. Rendering it is most of the cost of a logged-in lesson page, and a learner who
goes back and forth between lessons sees it unchanged, so the rendered block is kept in
the cache under a key made of everything it shows:

- the learner, the lesson, the activity, the quiz and its live revision, whether the
  lesson requires it, the content version (a quiz published or a page changed) and
  the language;
- every attempt's id, number, status, voided flag, score and last change (`updated_at`,
  which every write of an attempt moves: autosave, check, submit, grading);
- the learner's CSRF secret (the form carries a token made from it).

Reading the attempts' state is one narrow query; the block is rendered, and its
attempts loaded in full, only when that state has no entry yet. Entries expire after
PAGE_CACHE_SECONDS; 0 (tests) turns the cache off. Previews are never kept.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from courses import page_cache

# The attempts' state for a key: (learner id, lesson id, activity id) -> rows of
# (id, number, status, voided, score, updated_at), oldest first. Set by the quizzes
# app when it starts (`read_state_with`, quizzes.taking.attempt_state), so that the
# content side never imports the attempts' model nor names their table.
_read_state = None


def read_state_with(reader) -> None:
    global _read_state
    _read_state = reader


def key_for(value, context) -> str | None:
    """The block's cache key for this learner, or None when it is not kept."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return None
    request = context.get("request")
    lesson = context.get("page")
    quiz = value.get("quiz")
    user = getattr(request, "user", None)
    secret = request.META.get("CSRF_COOKIE") if request is not None else None
    if (
        user is None
        or not user.is_authenticated
        or lesson is None
        or quiz is None
        or not quiz.live
        # Without a CSRF secret yet, rendering makes one (and sets its cookie).
        or not secret
        # An editor's preview shows a draft's block, which no key here describes.
        or getattr(request, "is_preview", False)
    ):
        return None
    activity_id = str(context.get("activity_id") or "")
    if _read_state is None:
        return None  # the quizzes app has not started: keep nothing
    attempts = _read_state(user.pk, lesson.pk, activity_id)
    parts = (
        user.pk,
        lesson.pk,
        activity_id,
        quiz.pk,
        quiz.live_revision_id,
        bool(value.get("required")),
        page_cache.request_version(request),
        translation.get_language(),
        secret,
        [tuple(str(column) for column in row) for row in attempts],
    )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    return f"quizblock:{digest}"


def get(key: str) -> str | None:
    return cache.get(key)


def put(key: str, html: str) -> None:
    cache.set(key, html, settings.PAGE_CACHE_SECONDS)
