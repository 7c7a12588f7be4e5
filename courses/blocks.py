"""Content blocks for lessons.

Each block has a template in templates/blocks/ and a preview value for the admin.
Activity blocks (quizzes, H5P) subclass courses.activity.ActivityBlock; the lesson body
holds them beside the content blocks, and a lesson's completion rule counts the
required ones.
"""

from django import forms
from django.apps import apps
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model_string
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model_string
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from h5p.blocks import H5PActivityBlock
from quizzes.blocks import QuizBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def _first_pk(model_path: str):
    """The first object of a model, for block previews that need a real one."""
    first = apps.get_model(model_path).objects.order_by("pk").first()
    return first.pk if first else None


def _with_required_message(block, message):
    """Give a required block the message editors see when it is empty on publish."""
    block.field.error_messages["required"] = message
    return block


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 headings are listed in the lesson's contents."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading, listed in the lesson's contents.")
        preview_value = {"text": "Що таке електронна петиція", "level": "h2"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value["text"])
        return context


def heading_anchor(text: str) -> str:
    return "s-" + (slugify(text, allow_unicode=True) or "section")


class ImageBlock(blocks.StructBlock):
    """An image with required alt text, served as responsive renditions (WebP first)."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = _with_required_message(
        blocks.CharBlock(
            label=_("Alt text"),
            max_length=250,
            help_text=_(
                "Describe what the image shows for people who cannot see it. "
                "Required to publish."
            ),
        ),
        _("Add alt text: a lesson cannot be published with an image that has none."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")

    def get_preview_value(self):
        return self.to_python(
            {
                "image": _first_pk(get_image_model_string()),
                "alt_text": "Приклад альтернативного тексту",
                "caption": "Підпис до зображення",
            }
        )


class VideoBlock(blocks.StructBlock):
    """A video with a required transcript.

    An uploaded file plays in the page; a video elsewhere is shown as a link, because
    our pages load nothing from other hosts.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video_file = DocumentChooserBlock(
        label=_("Video file (MP4 or WebM)"), required=False
    )
    video_url = blocks.URLBlock(
        label=_("Link to a video elsewhere"),
        required=False,
        help_text=_("Shown as a link; the page does not embed other sites."),
    )
    transcript = _with_required_message(
        blocks.TextBlock(
            label=_("Transcript"),
            help_text=_("Everything said and shown in the video. Required to publish."),
        ),
        _("Add a transcript: a lesson cannot be published with a video that has none."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A video file or link, with its transcript.")
        preview_value = {
            "title": "Як підписати петицію",
            "video_url": "https://example.org/video",
            "transcript": "Розшифровка відео.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("video_file") and not value.get("video_url"):
            raise StructBlockValidationError(
                block_errors={
                    "video_file": forms.ValidationError(
                        _("Choose a video file or give a link to the video.")
                    )
                }
            )
        return value


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a key idea, an example, or a caution."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("key_idea", _("Key idea")),
            ("example", _("Example")),
            ("caution", _("Caution")),
        ],
        default="key_idea",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A key idea, an example or a caution, set apart from the text.")
        preview_value = {
            "kind": "key_idea",
            "title": "Головне",
            "text": "<p>Петиція — це звернення, яке може підписати кожен.</p>",
        }


class GlossaryTermBlock(blocks.StructBlock):
    """A glossary term with its definition, shown inline and listed in the glossary."""

    term = SnippetChooserBlock("courses.GlossaryTerm", label=_("Term"))

    class Meta:
        icon = "help"
        template = "blocks/glossary_term_block.html"
        label = _("Glossary term")
        description = _("A term and its definition from the glossary.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The row holds the last published version; a term never published
        # (still a draft or in review) is not shown at all.
        term = value.get("term")
        context["term"] = term if term is not None and term.live else None
        return context

    def get_preview_value(self):
        return self.to_python({"term": _first_pk("courses.GlossaryTerm")})


class SourceBlock(blocks.StructBlock):
    """One source of a lesson's facts, shown to learners under "Sources"."""

    title = blocks.CharBlock(label=_("Source"), max_length=300)
    url = blocks.URLBlock(label=_("Address"), required=False)
    as_of = blocks.DateBlock(
        label=_("As of"), help_text=_("The date of the source or of the version cited.")
    )

    class Meta:
        icon = "link"
        label = _("Source")


class DiscussionPromptBlock(blocks.StructBlock):
    """A question for class discussion, with a note only teachers see."""

    prompt = blocks.TextBlock(label=_("Question"))
    teacher_note = blocks.TextBlock(
        label=_("Note for teachers"),
        required=False,
        help_text=_("Shown only to teachers."),
    )

    class Meta:
        icon = "comment"
        template = "blocks/discussion_prompt_block.html"
        label = _("Discussion prompt")
        description = _("A question for the class, with a note for the teacher.")
        preview_value = {
            "prompt": "Яку проблему вашого району ви винесли б на петицію?",
            "teacher_note": "Дайте 5 хвилин на роботу в парах.",
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source."""

    quote = blocks.TextBlock(label=_("Quotation"))
    source = blocks.CharBlock(label=_("Source"), max_length=200)
    source_url = blocks.URLBlock(label=_("Link to the source"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation and where it comes from.")
        preview_value = {
            "quote": "Громадяни мають право брати участь в управлінні державними "
            "справами…",
            "source": "Конституція України, стаття 38",
        }


class DocumentBlock(blocks.StructBlock):
    """A file to download, such as a worksheet."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")
        description = _("A file learners can download, with a short description.")

    def get_preview_value(self):
        return self.to_python(
            {
                "document": _first_pk(get_document_model_string()),
                "description": "Робочий аркуш для уроку.",
            }
        )


class LessonBodyBlock(blocks.StreamBlock):
    """What a lesson is made of."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
        icon="pilcrow",
        description=_("Paragraphs of text with links and lists."),
        preview_value="<p>Кияни можуть впливати на рішення міста.</p>",
    )
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    glossary = GlossaryTermBlock()
    discussion = DiscussionPromptBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    quiz = QuizBlock()
    h5p = H5PActivityBlock()


class OutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(
        label=_("Learning outcome"),
        max_length=250,
        icon="tick",
        description=_("What a learner can do after the module."),
        preview_value="Пояснити, як подати електронну петицію до Київради.",
    )


# The minutes of a lesson plan's steps add up to one school lesson.
LESSON_MINUTES = 45
PLAN_STEPS = ("hook", "activity", "reflection", "exit_ticket")


class PlanStepBlock(blocks.StructBlock):
    """One timed step of a lesson plan: how long it takes and what the class does."""

    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=45)
    text = blocks.TextBlock(label=_("What the class does"))

    class Meta:
        icon = "time"
        label = _("Step")


class ActivityStepBlock(PlanStepBlock):
    """The main activity, with the tasks the printable handout gives pupils."""

    tasks = blocks.ListBlock(
        blocks.TextBlock(label=_("Task")),
        label=_("Tasks for the handout"),
        min_num=1,
        help_text=_("Questions or tasks printed on the handout, one each."),
    )

    class Meta:
        icon = "list-ol"
        label = pgettext_lazy("lesson plan step", "Activity")


class LessonPlanBlock(blocks.StructBlock):
    """A 45-minute plan of the lesson for the teacher: a goal and four timed steps.

    It works without a screen (a lesson may go on in a shelter): every step is
    something a class can do with the printed handout, a board or nothing at all.
    """

    goal = blocks.TextBlock(label=_("Goal"))
    hook = PlanStepBlock(label=_("Hook"))
    activity = ActivityStepBlock(label=pgettext_lazy("lesson plan step", "Activity"))
    reflection = PlanStepBlock(label=_("Reflection"))
    exit_ticket = PlanStepBlock(
        label=_("Exit ticket"),
        help_text=_("The question every pupil answers before leaving."),
    )

    class Meta:
        icon = "clipboard-list"
        label = _("Lesson plan")
        template = "blocks/lesson_plan_block.html"
        description = _("A 45-minute plan of the lesson, shown only to teachers.")
        preview_value = {
            "goal": "Pupils can tell a petition from a consultation.",
            "hook": {"minutes": 5, "text": "A question on the board."},
            "activity": {
                "minutes": 25,
                "text": "Groups sort cases.",
                "tasks": ["Which tool fits this case?"],
            },
            "reflection": {"minutes": 10, "text": "What surprised you?"},
            "exit_ticket": {"minutes": 5, "text": "Name one tool and who decides."},
        }

    def clean(self, value):
        value = super().clean(value)
        total = sum(value[step]["minutes"] or 0 for step in PLAN_STEPS)
        if total != LESSON_MINUTES:
            raise StructBlockValidationError(
                non_block_errors=[
                    forms.ValidationError(
                        _(
                            "The steps take %(total)s minutes; a lesson takes "
                            "%(lesson)s."
                        )
                        % {"total": total, "lesson": LESSON_MINUTES}
                    )
                ]
            )
        return value
