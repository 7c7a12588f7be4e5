"""Question analysis for one quiz: how each question went, in SQL over the stored
attempts: four queries (count, two cut-offs, one aggregate of every figure), one per
free-text question, and two for edits, whatever the number of attempts.

* Share correct: of the attempts that answered the question, how many were correct.
* Options: how often each option was chosen (choice and true/false questions).
* The most common wrong answer: the wrong option, or the wrong text, given most.
* Discrimination: share correct in the top third of attempts (by quiz score) minus
  the share in the bottom third; near zero or negative means the question does not
  separate those who know from those who do not. Ties at the cut-offs join the group.
* Edited: the question differs from the version some attempts answered (attempts
  keep the revision they were taken on), so older answers may not compare.

Counts come from submitted, graded attempts that still count (not reset).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.db.models.fields.json import KT
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Revision

from quizzes.models import Attempt, Quiz

CHOICE = ("single_choice", "multiple_choice")
TEXT = ("short_text", "numeric")


@dataclass
class Option:
    text: str
    chosen: int
    correct: bool


@dataclass
class QuestionStats:
    id: str
    type: str
    prompt: str
    answered: int = 0
    correct: int = 0
    partial: int = 0
    options: list = field(default_factory=list)
    common_wrong: str | None = None
    discrimination: float | None = None
    edited: bool = False
    answers_before_edit: int = 0

    @property
    def share_correct(self) -> float | None:
        return 100 * self.correct / self.answered if self.answered else None


@dataclass
class QuizAnalysis:
    quiz: Quiz
    attempts: int
    questions: list


def _key(qid: str) -> str:
    # Question ids are UUIDs: safe as JSON keys in a lookup (no "__").
    return qid.replace("__", "")


def analyse(
    quiz: Quiz, attempts: QuerySet[Attempt], *, min_text_count: int = 1
) -> QuizAnalysis:
    """The figures for each question of the quiz over these attempts.

    A typed wrong answer is shown only when at least `min_text_count` attempts gave
    it: across the city, free text could name someone.
    """
    attempts = attempts.filter(quiz=quiz, status=Attempt.GRADED)
    questions = quiz.question_snapshots()
    total = attempts.count()
    stats = [
        QuestionStats(id=q["id"], type=q["type"], prompt=strip_tags(q["prompt"]))
        for q in questions
    ]
    if not total:
        return QuizAnalysis(quiz=quiz, attempts=0, questions=stats)

    top = bottom = None
    third = total // 3
    if third:
        ordered = attempts.order_by("percent").values_list("percent", flat=True)
        low_cut = ordered[third - 1]
        high_cut = attempts.order_by("-percent").values_list("percent", flat=True)[
            third - 1
        ]
        top, bottom = Q(percent__gte=high_cut), Q(percent__lte=low_cut)

    expressions = {}
    for n, q in enumerate(questions):
        key = _key(q["id"])
        status = f"results__{key}__status"
        correct = Q(**{status: "correct"})
        expressions[f"q{n}_answered"] = Count(
            "pk",
            filter=~Q(**{status: "unanswered"}) & Q(**{f"{status}__isnull": False}),
        )
        expressions[f"q{n}_correct"] = Count("pk", filter=correct)
        expressions[f"q{n}_partial"] = Count(
            "pk", filter=Q(**{status: "partially_correct"})
        )
        if top is not None:
            expressions[f"q{n}_top"] = Count("pk", filter=correct & top)
            expressions[f"q{n}_bottom"] = Count("pk", filter=correct & bottom)
        if q["type"] == "single_choice":
            for m, option in enumerate(q["options"]):
                expressions[f"q{n}_o{m}"] = Count(
                    "pk", filter=Q(**{f"responses__{key}": option["id"]})
                )
        elif q["type"] == "multiple_choice":
            # The stored answer is a list of option ids; ids are UUIDs, so finding
            # one in the list's JSON text is exact on SQLite and PostgreSQL alike.
            for m, option in enumerate(q["options"]):
                expressions[f"q{n}_o{m}"] = Count(
                    "pk", filter=Q(**{f"responses__{key}__icontains": option["id"]})
                )
        elif q["type"] == "true_false":
            expressions[f"q{n}_o0"] = Count(
                "pk", filter=Q(**{f"responses__{key}": True})
            )
            expressions[f"q{n}_o1"] = Count(
                "pk", filter=Q(**{f"responses__{key}": False})
            )
    if top is not None:
        expressions["top_size"] = Count("pk", filter=top)
        expressions["bottom_size"] = Count("pk", filter=bottom)
    figures = attempts.aggregate(**expressions)
    top_size = figures.get("top_size", 0)
    bottom_size = figures.get("bottom_size", 0)
    for n, (q, s) in enumerate(zip(questions, stats, strict=True)):
        s.answered = figures[f"q{n}_answered"]
        s.correct = figures[f"q{n}_correct"]
        s.partial = figures[f"q{n}_partial"]
        if top_size and bottom_size:
            s.discrimination = round(
                figures[f"q{n}_top"] / top_size - figures[f"q{n}_bottom"] / bottom_size,
                2,
            )
        if q["type"] in CHOICE:
            s.options = [
                Option(o["text"], figures[f"q{n}_o{m}"], o["correct"])
                for m, o in enumerate(q["options"])
            ]
        elif q["type"] == "true_false":
            s.options = [
                Option(_("True"), figures[f"q{n}_o0"], q["correct"]),
                Option(_("False"), figures[f"q{n}_o1"], not q["correct"]),
            ]
        wrong = [o for o in s.options if not o.correct and o.chosen]
        if wrong:
            s.common_wrong = max(wrong, key=lambda o: o.chosen).text
        elif q["type"] in TEXT:
            key = _key(q["id"])
            answer = (
                attempts.filter(**{f"results__{key}__status": "incorrect"})
                .exclude(**{f"responses__{key}__isnull": True})
                .values(answer=KT(f"responses__{key}"))
                .annotate(n=Count("pk"))
                .order_by("-n", "answer")
                .first()
            )
            if answer and answer["n"] >= min_text_count:
                s.common_wrong = answer["answer"]
    _flag_edits(quiz, attempts, questions, stats)
    return QuizAnalysis(quiz=quiz, attempts=total, questions=stats)


def _flag_edits(quiz, attempts, questions, stats) -> None:
    """Mark questions that differ from the version older attempts answered."""
    per_revision = dict(
        attempts.exclude(quiz_revision_id=quiz.live_revision_id)
        .exclude(quiz_revision__isnull=True)
        .values_list("quiz_revision_id")
        .annotate(n=Count("pk"))
    )
    if not per_revision:
        return
    current = {q["id"]: q for q in questions}
    for revision in Revision.objects.filter(pk__in=per_revision):
        old = {q["id"]: q for q in revision.as_object().question_snapshots()}
        for s in stats:
            if old.get(s.id) != current[s.id]:
                s.edited = True
                s.answers_before_edit += per_revision[revision.pk]
