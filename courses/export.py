"""A module read back out of the CMS as the data content/ holds (content_format).

``module_data(page)`` is the inverse of ``courses.demo``'s loader: metadata in both
languages, lessons with their blocks, and the glossary terms the lessons use. Activity
blocks (a quiz, an H5P package) are not lesson text: their ids are handed back so the
caller can write the quiz files (``quizzes.demo.quiz_entry``).
"""

from __future__ import annotations

import re
import uuid

from wagtail.images import get_image_model
from wagtail.models import Locale

from .blocks import PLAN_STEPS
from .content_format import glossary_key, read_glossary
from .models import CoursePage, GlossaryTerm, LessonPage

ACTIVITY_BLOCKS = ("quiz", "h5p")
DEMO_IMAGE = re.compile(
    r"^civiced demo: (?P<motif>[\w-]+) \((?P<colour>#[0-9a-fA-F]+)\)$"
)


class ExportError(ValueError):
    """The module cannot be written in the content format; the message says why."""


def _glossary_keys() -> dict[uuid.UUID, str]:
    return {glossary_key(term["key"]): term["key"] for term in read_glossary()}


def _image_motif(image_id: int) -> tuple[str, str]:
    image = get_image_model().objects.filter(pk=image_id).first()
    match = DEMO_IMAGE.match(image.title) if image else None
    if match is None:
        title = image.title if image else image_id
        raise ExportError(
            f"Image {title!r} is not one of the demo illustrations; only those can be "
            "written to content/ so far."
        )
    return match["motif"], match["colour"]


class _Exporter:
    def __init__(self):
        self.keys = _glossary_keys()
        self.terms: dict[str, dict] = {}
        self.colour = ""

    def term_key(self, term_id: int) -> str:
        term = GlossaryTerm.objects.filter(pk=term_id).first()
        if term is None:
            raise ExportError(f"Glossary term {term_id} no longer exists")
        key = self.keys.get(term.translation_key, str(term.translation_key))
        if key not in self.terms:
            entry = {"key": key}
            for translation in GlossaryTerm.objects.filter(
                translation_key=term.translation_key
            ).select_related("locale"):
                entry[translation.locale.language_code] = {
                    "term": translation.term,
                    "definition": translation.definition,
                }
            self.terms[key] = entry
        return key

    def blocks(self, page: LessonPage) -> tuple[list, list[int]]:
        body, activities = [], []
        for block in page.body.raw_data:
            kind, value = block["type"], block["value"]
            if kind in ACTIVITY_BLOCKS:
                if kind == "quiz":
                    activities.append(value["quiz"])
                continue
            if kind == "heading":
                body.append(("heading", value["text"]))
            elif kind == "glossary":
                body.append(("glossary", self.term_key(value["term"])))
            elif kind == "image":
                motif, self.colour = _image_motif(value["image"])
                image = {"motif": motif, "alt": value.get("alt_text", "")}
                if value.get("caption"):
                    image["caption"] = value["caption"]
                body.append(("image", image))
            elif kind in ("paragraph", "callout", "quote", "discussion"):
                body.append((kind, dict(value) if isinstance(value, dict) else value))
            else:
                raise ExportError(
                    f"Lesson {page.slug!r}: block {kind!r} has no file form"
                )
        return body, activities


def _freshness(lesson: LessonPage) -> dict:
    """The lesson's as-of and review-by dates and its sources, when it has them."""
    found: dict = {}
    for field in ("as_of", "review_by"):
        if getattr(lesson, field):
            found[field] = getattr(lesson, field)
    sources = []
    for block in lesson.sources:
        source = {"title": block.value["title"]}
        if block.value["url"]:
            source["url"] = block.value["url"]
        source["as_of"] = block.value["as_of"]
        sources.append(source)
    if sources:
        found["sources"] = sources
    plan = lesson.lesson_plan
    if plan is not None:
        found["plan"] = _plan(plan)
    return found


def _plan(plan) -> dict:
    """The lesson plan as its file holds it (content_format.plan_file)."""
    data: dict = {"goal": plan["goal"]}
    for step in PLAN_STEPS:
        value = plan[step]
        data[step] = {"minutes": value["minutes"], "text": value["text"]}
        if "tasks" in value:
            data[step]["tasks"] = list(value["tasks"])
    return data


def _module_text(page: CoursePage) -> dict:
    return {
        "title": page.title,
        "summary": page.summary,
        "age_guidance": page.age_guidance,
        "topics": sorted(tag.name for tag in page.topics.all()),
        "outcomes": [block["value"] for block in page.learning_outcomes.raw_data],
        "teacher_guide": page.teacher_guide,
        "cover_alt": page.cover_alt,
    }


def _certificate(pages: dict[str, CoursePage]) -> dict | None:
    uk = pages["uk"]
    if uk.certificate_kind == CoursePage.NO_CERTIFICATE:
        return None
    certificate: dict = {"kind": uk.certificate_kind}
    for language, page in pages.items():
        certificate[language] = {
            "provider": page.certificate_provider,
            "signatory_position": page.certificate_signatory_position,
        }
    return certificate


def find_module(slug: str) -> CoursePage:
    page = (
        CoursePage.objects.filter(slug=slug, locale__language_code="uk")
        .order_by("path")
        .first()
    )
    if page is None:
        raise ExportError(f"No module with the slug {slug!r}")
    return page


def module_data(page: CoursePage) -> tuple[dict, list[dict], dict[str, dict]]:
    """(module as content data, glossary terms used, {lesson: {language: quiz id}})."""
    english = Locale.objects.get(language_code="en")
    translation = page.get_translation_or_none(english)
    if translation is None:
        raise ExportError(f"Module {page.slug!r} has no English translation")
    pages = {"uk": page, "en": translation.specific}
    exporter = _Exporter()
    module = {
        "slug": page.slug,
        "audiences": sorted(page.audiences.values_list("slug", flat=True)),
        "estimated_hours": str(page.estimated_hours),
        "pd_hours": page.pd_hours,
        "ects_credits": str(page.ects_credits) if page.ects_credits else None,
        "prerequisites": sorted(page.prerequisites.values_list("slug", flat=True)),
    }
    certificate = _certificate(pages)
    if certificate:
        module["certificate"] = certificate
    quizzes: dict[str, dict] = {}
    lessons = []
    for lesson in LessonPage.objects.child_of(page).order_by("path"):
        lesson_translation = lesson.get_translation_or_none(english)
        if lesson_translation is None:
            raise ExportError(f"Lesson {lesson.slug!r} has no English translation")
        entry = {"slug": lesson.slug, "minutes": lesson.estimated_minutes}
        for language, version in (("uk", lesson), ("en", lesson_translation.specific)):
            body, activities = exporter.blocks(version)
            entry[language] = {"title": version.title, "intro": version.intro}
            entry[language].update(_freshness(version))
            entry[language]["body"] = body
            if activities:
                quizzes.setdefault(lesson.slug, {})[language] = activities[0]
        lessons.append(entry)
    module["lessons"] = lessons
    cover = page.cover_image_id
    motif, colour = _image_motif(cover) if cover else ("", "")
    module["cover"] = {"motif": motif, "colour": colour or exporter.colour}
    module["uk"], module["en"] = _module_text(pages["uk"]), _module_text(pages["en"])
    return module, list(exporter.terms.values()), quizzes
