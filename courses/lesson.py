"""What a lesson page shows besides its body: the way through the module.

Called by LessonPage.get_context with the page itself: the lesson's siblings are
read through its own class, so this module never imports the models.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from wagtail.images import get_image_model
from wagtail.models import Page

from .blocks import heading_anchor
from .permissions import can_see_teacher_material

# The renditions the image block's <picture> asks for (blocks/image_block.html).
IMAGE_RENDITIONS = tuple(
    f"format-{fmt}|width-{width}"
    for fmt in ("webp", "jpeg")
    for width in (480, 800, 1200)
)


def _prefetch_images(lesson: Page) -> None:
    """Load the renditions of every image in the body in one query."""
    images = [
        block.value["image"]
        for block in lesson.body
        if block.block_type == "image" and block.value["image"]
    ]
    if images:
        renditions = (
            get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec__in=IMAGE_RENDITIONS)
        )
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def lesson_context(lesson: Page, request: HttpRequest) -> dict:
    """The lesson page's context: breadcrumb, module, the lessons around it, its
    contents, and links for teachers and to the glossary."""
    ancestors = list(lesson.get_ancestors().filter(depth__gt=1))
    course = ancestors[-1] if ancestors else None
    siblings = list(
        type(lesson)
        .objects.live()
        .sibling_of(lesson)
        .only("id", "title", "slug", "url_path", "path", "depth", "estimated_minutes")
        .order_by("path")
    )
    position = next(
        (i for i, sibling in enumerate(siblings) if sibling.pk == lesson.pk), None
    )
    previous_lesson = next_lesson = None
    if position is not None:
        previous_lesson = siblings[position - 1] if position > 0 else None
        if position + 1 < len(siblings):
            next_lesson = siblings[position + 1]
    contents = [
        {"text": block.value["text"], "anchor": heading_anchor(block.value["text"])}
        for block in lesson.body
        if block.block_type == "heading" and block.value["level"] == "h2"
    ]
    _prefetch_images(lesson)
    catalogue = ancestors[-2] if len(ancestors) >= 2 else None
    return {
        "breadcrumb": ancestors,
        "course": course,
        "siblings": siblings,
        "position": (position or 0) + 1,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "contents": contents if len(contents) >= 3 else [],
        "is_teacher": can_see_teacher_material(request.user),
        "glossary_url": _glossary_url(catalogue, request),
    }


def _glossary_url(catalogue: Page | None, request: HttpRequest) -> str:
    if catalogue is None:
        return ""
    url = catalogue.get_url(request)
    return f"{url}glossary/" if url else ""


# The body blocks a printed handout keeps: text a pupil can read on paper. Images,
# video and activities (quizzes, H5P) need a screen.
HANDOUT_BLOCKS = frozenset(
    {"heading", "paragraph", "callout", "quote", "glossary", "discussion"}
)


def handout_context(lesson: Page) -> dict:
    """The handout's parts: the lesson's text blocks and the plan (for its tasks and
    exit ticket). The same for everyone: teachers' notes are left off the paper."""
    return {
        "handout_blocks": [
            block for block in lesson.body if block.block_type in HANDOUT_BLOCKS
        ],
        "plan": lesson.lesson_plan,
        "is_teacher": False,
    }
