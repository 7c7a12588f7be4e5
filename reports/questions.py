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

A class's own teachers see every figure (threshold 1). Anyone else (analysts, over
the city or one institution) sees a quiz only when at least the threshold of
distinct learners answered it, no count below the threshold (option counts are
suppressed as open data's tables are, reports.suppression), no share over fewer
answers, and a typed answer only when at least the threshold of distinct learners
typed it (the same once case, spaces and apostrophes are set aside).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.db.models.fields.json import KT
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Revision

from quizzes.models import Attempt, Quiz

from .suppression import TOTAL, grid, suppress

CHOICE = ("single_choice", "multiple_choice")
TEXT = ("short_text", "numeric")


# The apostrophes Ukrainian is typed with: the modifier letter, the right single
# quotation mark, the typewriter one and its look-alikes.
APOSTROPHES = str.maketrans(dict.fromkeys("ʼ’‘`´", "'"))


def normalise(answer) -> str:
    """A typed answer as compared with others: case, runs of spaces and the kind
    of apostrophe do not count."""
    return " ".join(str(answer).translate(APOSTROPHES).casefold().split())


@dataclass
class Option:
    text: str
    chosen: int | None  # None: hidden
    correct: bool


@dataclass
class QuestionStats:
    id: str
    type: str
    prompt: str
    answered: int | None = 0  # None: hidden, as every count below
    correct: int = 0
    partial: int | None = 0
    options: list = field(default_factory=list)
    common_wrong: str | None = None
    discrimination: float | None = None
    edited: bool = False
    answers_before_edit: int | None = 0
    share_hidden: bool = False

    @property
    def share_correct(self) -> float | None:
        if self.share_hidden or not self.answered:
            return None
        return 100 * self.correct / self.answered


@dataclass
class QuizAnalysis:
    quiz: Quiz
    attempts: int
    questions: list
    # Fewer learners than the threshold answered: no figure is shown.
    too_few: bool = False


def _key(qid: str) -> str:
    # Question ids are UUIDs: safe as JSON keys in a lookup (no "__").
    return qid.replace("__", "")


def analyse(
    quiz: Quiz, attempts: QuerySet[Attempt], *, threshold: int = 1
) -> QuizAnalysis:
    """The figures for each question of the quiz over these attempts, none
    counting fewer than `threshold` learners (1 for a class's own teachers).

    A typed wrong answer is shown only when at least `threshold` distinct learners
    typed it: free text could name someone.
    """
    attempts = attempts.filter(quiz=quiz, status=Attempt.GRADED)
    questions = quiz.question_snapshots()
    counted = attempts.aggregate(
        total=Count("pk"), learners=Count("learner_id", distinct=True)
    )
    total = counted["total"]
    stats = [
        QuestionStats(id=q["id"], type=q["type"], prompt=strip_tags(q["prompt"]))
        for q in questions
    ]
    if not total:
        return QuizAnalysis(quiz=quiz, attempts=0, questions=stats)
    if counted["learners"] < threshold:
        return QuizAnalysis(quiz=quiz, attempts=0, questions=stats, too_few=True)

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
        if threshold > 1:
            _suppress(s, q, threshold, top_size, bottom_size)
        wrong = [o for o in s.options if not o.correct and o.chosen]
        if wrong:
            s.common_wrong = max(wrong, key=lambda o: o.chosen).text
        elif q["type"] in TEXT:
            s.common_wrong = _common_wrong_text(attempts, _key(q["id"]), threshold)
    _flag_edits(quiz, attempts, questions, stats)
    if threshold > 1:
        for s in stats:
            if 0 < s.answers_before_edit < threshold:
                s.answers_before_edit = None
    return QuizAnalysis(quiz=quiz, attempts=total, questions=stats)


def _small(count: int, threshold: int) -> bool:
    return 0 < count < threshold


def _suppress(s: QuestionStats, q: dict, threshold: int, top: int, bottom: int):
    """Hide what counts fewer than `threshold` learners in one question's figures:
    its counts, a share of fewer answers, the discrimination of small thirds, and
    the options' counts (with complements, as open data's, so that no hidden count
    follows from the others and the number who answered)."""
    if _small(s.answered, threshold):
        s.answered = None
        s.share_hidden = True
    if s.partial is not None and _small(s.partial, threshold):
        s.partial = None
    if top < threshold or bottom < threshold:
        s.discrimination = None
    if not s.options:
        return
    rows = list(range(len(s.options)))
    table = grid(
        rows, ["chosen"], {(n, "chosen"): o.chosen for n, o in enumerate(s.options)}
    )
    # A single choice or true/false: the options add up to the answers (known when
    # shown); a reader may know the total from the number who answered.
    fixed = (
        {p for p, v in table.values.items() if v == s.answered}
        if s.answered is not None
        and q["type"] != "multiple_choice"
        and table.values[TOTAL, TOTAL] == s.answered
        else set()
    )
    hidden = suppress(table, threshold, fixed=fixed)
    if hidden & fixed:
        # Nothing else protects the options: the number who answered goes too.
        s.answered = None
        s.share_hidden = True
    for n, option in enumerate(s.options):
        if {(n, "chosen"), (n, TOTAL)} & hidden:
            option.chosen = None


def _common_wrong_text(attempts, key: str, threshold: int) -> str | None:
    """The wrong answer typed by the most distinct learners (the same once case,
    spaces and apostrophes are set aside), as most of them typed it; None when
    fewer than `threshold` learners typed it. One query."""
    pairs = (
        attempts.filter(**{f"results__{key}__status": "incorrect"})
        .exclude(**{f"responses__{key}__isnull": True})
        .annotate(answer=KT(f"responses__{key}"))
        .values_list("answer", "learner_id")
        .distinct()
    )
    learners: dict = {}
    spellings: dict = {}
    for answer, learner in pairs:
        norm = normalise(answer)
        if not norm:
            continue
        learners.setdefault(norm, set()).add(learner)
        spellings.setdefault(norm, Counter())[answer] += 1
    if not learners:
        return None
    norm = min(learners, key=lambda n: (-len(learners[n]), n))
    if len(learners[norm]) < threshold:
        return None
    return min(spellings[norm].items(), key=lambda item: (-item[1], item[0]))[0]


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
