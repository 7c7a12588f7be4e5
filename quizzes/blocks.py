"""Question blocks for quizzes, and the quiz block that places a quiz in a lesson.

Every question and every option, item or pair is a StreamField / ListBlock child, so it
has a stable id that survives edits. `snapshot()` turns a question block into the plain
dict that grading reads and that an attempt stores.
"""

from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from courses.activity import ActivityBlock

from . import block_cache

PROMPT_FEATURES = ["bold", "italic", "link"]
SCORING_CHOICES = [
    ("all_or_nothing", _("All or nothing")),
    ("partial", _("Partial credit")),
]


class QuestionBlock(blocks.StructBlock):
    """Fields every question has."""

    prompt = blocks.RichTextBlock(label=_("Question"), features=PROMPT_FEATURES)
    points = blocks.IntegerBlock(
        label=_("Points"), default=1, min_value=1, max_value=100
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_("Shown after answering, whatever the answer."),
    )
    as_of = blocks.DateBlock(
        label=_("As of"),
        required=False,
        help_text=_(
            "For an answer that can change (a threshold, a count, a martial-law "
            "rule, a rank): the date it is right as of. Pupils see it beside the "
            "question."
        ),
    )

    class Meta:
        icon = "help"
        template = "quizzes/blocks/question_preview.html"


def _feedback(label=None):
    return blocks.CharBlock(
        label=label or _("Feedback"), required=False, max_length=500
    )


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = _feedback()


class SingleChoiceBlock(QuestionBlock):
    """One right option among several."""

    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)

    class Meta:
        label = _("Single choice")
        description = _("Learners choose one option.")
        preview_value = {
            "prompt": "<p>Скільки підписів потрібно петиції до Київради?</p>",
            "options": [
                {"text": "6000", "correct": True, "feedback": ""},
                {
                    "text": "25 000",
                    "correct": False,
                    "feedback": "Це для загальнодержавних.",
                },
            ],
        }


class MultipleChoiceBlock(QuestionBlock):
    """Several right options."""

    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"), choices=SCORING_CHOICES, default="partial"
    )

    class Meta:
        label = _("Multiple choice")
        description = _("Learners choose every right option.")


class TrueFalseBlock(QuestionBlock):
    """A statement that is true or false."""

    correct = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_true = _feedback(_("Feedback when the learner answers 'true'"))
    feedback_false = _feedback(_("Feedback when the learner answers 'false'"))

    class Meta:
        label = _("True or false")
        description = _("Learners decide whether a statement is true.")


class ShortTextBlock(QuestionBlock):
    """A word or two, compared with a list of accepted answers."""

    accepted = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_("Case, spaces and apostrophe variants (' ’ ʼ) do not matter."),
    )
    feedback_correct = _feedback(_("Feedback when right"))
    feedback_incorrect = _feedback(_("Feedback when wrong"))

    class Meta:
        label = _("Short text")
        description = _("Learners type a short answer.")


class NumericBlock(QuestionBlock):
    """A number, right within a tolerance."""

    answer = blocks.DecimalBlock(label=_("Answer"), decimal_places=4)
    tolerance = blocks.DecimalBlock(
        label=_("Tolerance (±)"), default=0, min_value=0, decimal_places=4
    )
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=40)
    feedback_correct = _feedback(_("Feedback when right"))
    feedback_incorrect = _feedback(_("Feedback when wrong"))

    class Meta:
        label = _("Number")
        description = _("Learners type a number.")


class OrderingBlock(QuestionBlock):
    """Items to put in order; enter them in the right order."""

    items = blocks.ListBlock(
        blocks.CharBlock(max_length=300),
        label=_("Items, in the right order"),
        min_num=2,
    )
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"), choices=SCORING_CHOICES, default="partial"
    )

    class Meta:
        label = _("Ordering")
        description = _("Learners put items in order.")


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Left"), max_length=200)
    right = blocks.CharBlock(label=_("Matches"), max_length=200)


class MatchingBlock(QuestionBlock):
    """Pairs to match."""

    pairs = blocks.ListBlock(PairBlock(), label=_("Pairs"), min_num=2)
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"), choices=SCORING_CHOICES, default="partial"
    )

    class Meta:
        label = _("Matching")
        description = _("Learners match each item with its pair.")


class FillBlanksBlock(QuestionBlock):
    """A text with gaps: write each gap as [[answer|other accepted answer]]."""

    text = blocks.TextBlock(
        label=_("Text with gaps"),
        help_text=_(
            "Write each gap as [[answer]] or [[answer|another accepted answer]]."
        ),
    )
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"), choices=SCORING_CHOICES, default="partial"
    )

    class Meta:
        label = _("Fill in the blanks")
        description = _("Learners fill the gaps in a text.")


class OpenResponseBlock(QuestionBlock):
    """A written answer that a teacher grades."""

    rubric = blocks.TextBlock(
        label=_("Rubric for the teacher"),
        required=False,
        help_text=_("Not shown to learners."),
    )
    max_words = blocks.IntegerBlock(
        label=_("Word limit"), default=0, min_value=0, help_text=_("0 means no limit.")
    )

    class Meta:
        label = _("Open response")
        description = _("Learners write an answer; a teacher grades it.")


class QuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    short_text = ShortTextBlock()
    numeric = NumericBlock()
    ordering = OrderingBlock()
    matching = MatchingBlock()
    fill_blanks = FillBlanksBlock()
    open_response = OpenResponseBlock()


def _list_with_ids(list_value, convert=lambda v: v) -> list[dict]:
    return [
        {"id": str(bound.id), **convert(bound.value)}
        for bound in list_value.bound_blocks
    ]


def snapshot(question) -> dict:
    """A question block (a StreamChild) as the plain dict grading reads."""
    value = question.value
    data = {
        "id": str(question.id),
        "type": question.block_type,
        "points": int(value.get("points") or 1),
        "prompt": str(value["prompt"].source if value.get("prompt") else ""),
        "explanation": value.get("explanation") or "",
    }
    if value.get("as_of"):
        # Only when set, so the snapshots of undated questions stay as they were.
        data["as_of"] = value["as_of"].isoformat()
    kind = question.block_type
    if kind in ("single_choice", "multiple_choice"):
        data["options"] = _list_with_ids(
            value["options"],
            lambda o: {
                "text": o["text"],
                "correct": bool(o["correct"]),
                "feedback": o["feedback"] or "",
            },
        )
        if kind == "multiple_choice":
            data["scoring"] = value["scoring"]
    elif kind == "true_false":
        data.update(
            correct=bool(value["correct"]),
            feedback_true=value["feedback_true"] or "",
            feedback_false=value["feedback_false"] or "",
        )
    elif kind == "short_text":
        data.update(
            accepted=[str(a) for a in value["accepted"]],
            feedback_correct=value["feedback_correct"] or "",
            feedback_incorrect=value["feedback_incorrect"] or "",
        )
    elif kind == "numeric":
        data.update(
            answer=str(value["answer"]),
            tolerance=str(value["tolerance"] or 0),
            unit=value["unit"] or "",
            feedback_correct=value["feedback_correct"] or "",
            feedback_incorrect=value["feedback_incorrect"] or "",
        )
    elif kind == "ordering":
        data["items"] = _list_with_ids(value["items"], lambda text: {"text": text})
        data["scoring"] = value["scoring"]
    elif kind == "matching":
        data["pairs"] = _list_with_ids(
            value["pairs"], lambda p: {"left": p["left"], "right": p["right"]}
        )
        data["scoring"] = value["scoring"]
    elif kind == "fill_blanks":
        data.update(text=value["text"], scoring=value["scoring"])
    elif kind == "open_response":
        data.update(
            rubric=value["rubric"] or "", max_words=int(value["max_words"] or 0)
        )
    return data


class QuizBlock(ActivityBlock):
    """A quiz from the quiz library, placed in a lesson."""

    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Quiz"))

    class Meta:
        icon = "form"
        template = "quizzes/blocks/quiz_block.html"
        label = _("Quiz")
        description = _("A knowledge check from the quiz library.")

    def get_preview_value(self):
        # The chooser's model (quizzes.Quiz), not an import: models import blocks.
        quiz_model = self.child_blocks["quiz"].target_model
        quiz = quiz_model.objects.filter(live=True).order_by("pk").first()
        return self.to_python({"quiz": quiz.pk if quiz else None, "required": True})

    graded_on_server = True  # answers are graded here, from the stored keys

    def render(self, value, context=None):
        """The block, from the cache while the learner's attempts are unchanged
        (`block_cache`)."""
        key = block_cache.key_for(value, context) if context is not None else None
        html = block_cache.get(key) if key else None
        if html is None:
            html = super().render(value, context)
            if key:
                block_cache.put(key, str(html))
        return mark_safe(html)  # noqa: S308 - a rendered template, as Block.render
