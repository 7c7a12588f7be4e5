"""A learner's answers in words, for the pages (their results, their teacher's
view) and the quiz kind's part of "My learning" and of the learner's data export
(registered with learning.activity by QuizzesConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from learning.activity import Section

from .models import Attempt

STATUS_LABELS = {
    "correct": _("correct"),
    "partially_correct": _("partly correct"),
    "incorrect": _("incorrect"),
    "unanswered": _("not answered"),
    "awaiting_grading": _("awaiting grading"),
}


def history(learner) -> Section:
    """The quiz kind's section of "My learning": the latest submitted attempts,
    each question's outcome in words; one query."""
    attempts = list(
        Attempt.objects.submitted()
        .filter(learner=learner)
        .select_related("quiz", "lesson")
        .order_by("-submitted_at")[:50]
    )
    return Section(
        "quizzes/includes/my_attempts.html",
        {"attempts": [attempt_summary(a) for a in attempts]},
    )


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


def option_marks(question: dict, response, result: dict) -> list[dict]:
    """The options of a choice question (single, multiple, true/false) as graded:
    each with its text, whether the learner chose it and whether it is right, for
    the ✓/✗ marks beside them; empty for other kinds or before grading."""
    kind = question["type"]
    if "correct_answer" not in result or result.get("status") == "awaiting_grading":
        return []
    right = result.get("correct_answer")
    if kind in ("single_choice", "multiple_choice"):
        chosen = response if isinstance(response, list) else [response]
        right = right if isinstance(right, list) else [right]
        options = [(str(o["id"]), o["text"]) for o in question["options"]]
    elif kind == "true_false":
        chosen, right = [response], [right]
        options = [(True, _("True")), (False, _("False"))]
    else:
        return []
    return [
        {"text": text, "chosen": key in chosen, "correct": key in right}
        for key, text in options
    ]


def result_row(question: dict, response, result: dict) -> dict:
    """One question's outcome, in words, for the page."""
    return {
        "options": option_marks(question, response, result),
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
    """The quiz kind's part of the learner's data export: every answer they gave,
    under `answers` (the rows of the CSV download too)."""
    attempts = list(
        Attempt.objects.filter(learner=learner)
        .select_related("quiz", "lesson")
        .order_by("started_at")
    )
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
    return {"answers": answers}
