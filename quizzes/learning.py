"""The learner's own view of their learning: "My learning" and their data export."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from h5p.models import Statement
from learning.models import LessonProgress
from learning.progress import course_progress

from .models import Attempt

STATUS_LABELS = {
    "correct": _("correct"),
    "partially_correct": _("partly correct"),
    "incorrect": _("incorrect"),
    "unanswered": _("not answered"),
    "awaiting_grading": _("awaiting grading"),
}


def my_learning_context(request: HttpRequest) -> dict:
    learner = request.user
    courses = course_progress(learner)
    latest = (
        LessonProgress.objects.for_learner(learner)
        .exclude(status=LessonProgress.COMPLETED)
        .filter(lesson__live=True)
        .order_by("-last_seen")
        .select_related("lesson")
        .first()
    )
    attempts = list(
        Attempt.objects.submitted()
        .filter(learner=learner)
        .select_related("quiz", "lesson")
        .order_by("-submitted_at")[:50]
    )
    return {
        "in_progress": [c for c in courses if not c.completed],
        "completed": [c for c in courses if c.completed],
        "continue_lesson": latest.lesson if latest else None,
        "attempts": [attempt_summary(a) for a in attempts],
    }


def describe_answer(question: dict, answer) -> str:
    """A learner's answer (or a correct answer) in words, for pages and exports."""
    if answer is None or answer == "" or answer == []:
        return ""
    kind = question["type"]
    if kind in ("single_choice", "multiple_choice"):
        texts = {o["id"]: o["text"] for o in question["options"]}
        ids = answer if isinstance(answer, list) else [answer]
        return "; ".join(texts.get(i, "?") for i in ids)
    if kind == "true_false":
        return str(_("true") if answer else _("false"))
    if kind == "ordering":
        texts = {i["id"]: i["text"] for i in question["items"]}
        return " → ".join(texts.get(i, "?") for i in answer)
    if kind == "matching":
        pairs = {p["id"]: p for p in question["pairs"]}
        return "; ".join(
            f"{pairs[left]['left']} — {pairs[right]['right']}"
            for left, right in answer.items()
            if left in pairs and right in pairs
        )
    if kind == "fill_blanks":
        return " | ".join(str(a) for a in answer)
    if kind == "numeric" and isinstance(answer, dict):
        unit = f" {question.get('unit')}" if question.get("unit") else ""
        if str(answer.get("tolerance", "0")) in ("0", "0.0", ""):
            return f"{answer.get('answer')}{unit}"
        return f"{answer.get('answer')} ± {answer.get('tolerance')}{unit}"
    return str(answer)


def result_row(question: dict, response, result: dict) -> dict:
    """One question's outcome, in words, for the page."""
    return {
        "prompt": question["prompt"],
        "answer": describe_answer(question, response),
        "status": result.get("status", ""),
        "status_label": str(STATUS_LABELS.get(result.get("status", ""), "")),
        "feedback": result.get("feedback", []),
        "explanation": result.get("explanation", ""),
        "correct": describe_answer(question, result.get("correct_answer")),
    }


def attempt_summary(attempt: Attempt) -> dict:
    rows = [
        result_row(
            question,
            attempt.responses.get(question["id"]),
            attempt.results.get(question["id"], {}),
        )
        for question in attempt.questions
    ]
    return {"attempt": attempt, "rows": rows}


def learner_export(learner) -> dict:
    """Everything the platform records about the learner's learning."""
    progress = (
        LessonProgress.objects.for_learner(learner)
        .select_related("lesson", "course")
        .order_by("course__path", "lesson__path")
    )
    attempts = (
        Attempt.objects.filter(learner=learner)
        .select_related("quiz", "lesson")
        .order_by("started_at")
    )
    attempts = list(attempts)
    course_paths = {a.lesson.path[: -CoursePage.steplen] for a in attempts}
    course_titles = dict(
        CoursePage.objects.filter(path__in=course_paths).values_list("path", "title")
    )
    answers = []
    for attempt in attempts:
        for question in attempt.questions:
            result = attempt.results.get(question["id"], {})
            answers.append(
                {
                    "course": course_titles.get(
                        attempt.lesson.path[: -CoursePage.steplen], ""
                    ),
                    "lesson": attempt.lesson.title,
                    "quiz": attempt.quiz.title,
                    "attempt": attempt.number,
                    "submitted_at": attempt.submitted_at.isoformat()
                    if attempt.submitted_at
                    else "",
                    "percent": None
                    if attempt.percent is None
                    else str(attempt.percent),
                    "question": question["prompt"],
                    "answer": describe_answer(
                        question, attempt.responses.get(question["id"])
                    ),
                    "result": str(STATUS_LABELS.get(result.get("status", ""), "")),
                }
            )
    return {
        "learner": {
            "username": learner.username,
            "display_name": learner.display_name,
            "email": learner.email,
            "institution": learner.institution,
            "preferred_language": learner.preferred_language,
            "surname": learner.last_name,
            "given_name": learner.first_name,
            "patronymic": learner.patronymic,
            "name_confirmed_at": learner.name_confirmed_at.isoformat()
            if learner.name_confirmed_at
            else None,
        },
        "progress": [
            {
                "course": p.course.title,
                "lesson": p.lesson.title,
                "status": p.status,
                "best_score": None if p.best_score is None else str(p.best_score),
                # An H5P activity's result, as the browser reported it.
                "reported_by_browser": p.reported_by_browser,
                "completed_at": p.completed_at.isoformat() if p.completed_at else None,
                "last_seen": p.last_seen.isoformat() if p.last_seen else None,
                "time_spent_seconds": p.time_spent,
            }
            for p in progress
        ],
        "answers": answers,
        "classes": [
            {
                "class": m.klass.name,
                "institution": m.klass.institution.name,
                "joined_at": m.joined_at.isoformat() if m.joined_at else None,
                "left_at": m.left_at.isoformat() if m.left_at else None,
            }
            for m in learner.memberships.select_related("klass__institution")
        ],
        "h5p_results": [
            {
                "lesson": s.lesson.title,
                "activity": s.package.title,
                "verb": s.verb,
                "percent": None if s.percent is None else str(s.percent),
                "completed": s.completed,
                "received_at": s.received_at.isoformat(),
            }
            for s in Statement.objects.filter(learner=learner, top_level=True)
            .select_related("lesson", "package")
            .order_by("received_at")
        ],
        "certificates": [
            {
                "number": c.number,
                "module": c.title,
                "issued_at": c.issued_at.isoformat(),
                "holder": c.holder_name,
                "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
            }
            for c in learner.certificates.order_by("issued_at")
        ],
    }
