"""Demo courses for `manage.py seed_demo`: the catalogue, modules, lessons and glossary
in Ukrainian with English translations, read from the text files in content/ (see
content/README.md) and created through the page and snippet APIs the admin uses.

Idempotent: pages, terms and images are found by slug or a stable key and created only
when missing, so a second run changes nothing.
"""

import json
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.models import HomePage

from .content_format import CONTENT_DIR, glossary_key, read_glossary, read_modules
from .illustrations import draw_illustration
from .models import Audience, CourseIndexPage, CoursePage, GlossaryTerm, LessonPage

CATALOGUE = {
    "uk": {
        "title": "Курси",
        "intro": "Модулі про те, як кияни беруть участь в ухваленні рішень міста.",
    },
    "en": {
        "title": "Courses",
        "intro": "Modules on how Kyiv residents take part in city decisions.",
    },
}
IMAGE_TITLE = "civiced demo: {motif} ({colour})"


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_glossary(root: Path = CONTENT_DIR) -> dict[tuple[str, str], GlossaryTerm]:
    """Every glossary term in both languages, keyed by (key, language)."""
    terms = {}
    for entry in read_glossary(root):
        for language in ("uk", "en"):
            locale = Locale.objects.get(language_code=language)
            term, _created = GlossaryTerm.objects.get_or_create(
                translation_key=glossary_key(entry["key"]),
                locale=locale,
                defaults=entry[language],
            )
            terms[(entry["key"], language)] = term
    return terms


def ensure_illustration(motif: str, colour: str):
    """A generated illustration stored as a Wagtail image, made once."""
    Image = get_image_model()
    title = IMAGE_TITLE.format(motif=motif, colour=colour)
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = draw_illustration(motif, colour)
        from io import BytesIO

        image = Image(title=title)
        image.file = ImageFile(BytesIO(data), name=f"demo-{motif}.png")
        image.save()
    return image


def _term(terms, key: str, language: str) -> int:
    """A glossary term's id: from the loaded glossary, or one already in the site."""
    if (key, language) in terms:
        return terms[(key, language)].pk
    term = GlossaryTerm.objects.filter(
        translation_key=glossary_key(key), locale__language_code=language
    ).first()
    if term is None:
        raise ValueError(f"Glossary term {key!r} ({language}) is not in the glossary")
    return term.pk


def _body(blocks: list, language: str, terms, colour: str) -> str:
    raw = []
    for kind, value in blocks:
        if kind == "heading":
            raw.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "paragraph":
            raw.append({"type": "paragraph", "value": value})
        elif kind == "callout":
            raw.append({"type": "callout", "value": dict(value)})
        elif kind == "quote":
            raw.append({"type": "quote", "value": dict(value)})
        elif kind == "discussion":
            raw.append({"type": "discussion", "value": dict(value)})
        elif kind == "glossary":
            raw.append(
                {"type": "glossary", "value": {"term": _term(terms, value, language)}}
            )
        elif kind == "image":
            image = ensure_illustration(value["motif"], colour)
            raw.append(
                {
                    "type": "image",
                    "value": {
                        "image": image.pk,
                        "alt_text": value["alt"],
                        "caption": value.get("caption", ""),
                        "credit": "",
                    },
                }
            )
        else:
            raise ValueError(f"Unknown demo block type: {kind}")
    return json.dumps(raw)


def _translation(page: Page, locale: Locale) -> Page | None:
    found = page.get_translation_or_none(locale)
    return found.specific if found else None


def ensure_catalogue(home: HomePage) -> dict[str, CourseIndexPage]:
    uk = Locale.objects.get(language_code="uk")
    en = Locale.objects.get(language_code="en")
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(slug="courses", locale=uk, **CATALOGUE["uk"])
        home.add_child(instance=index)
        _publish(index)
    english = _translation(index, en)
    if english is None:
        english = index.copy_for_translation(en).specific
        english.title = english.draft_title = CATALOGUE["en"]["title"]
        english.intro = CATALOGUE["en"]["intro"]
        _publish(english)
    return {"uk": index, "en": english}


def _module_fields(module: dict, language: str) -> dict:
    text = module[language]
    return {
        "title": text["title"],
        "draft_title": text["title"],
        "summary": text["summary"],
        "age_guidance": text["age_guidance"],
        "cover_alt": text["cover_alt"],
        "teacher_guide": text["teacher_guide"],
        "estimated_hours": Decimal(module["estimated_hours"]),
        "pd_hours": module["pd_hours"],
        "ects_credits": Decimal(module["ects_credits"])
        if module["ects_credits"]
        else None,
        "learning_outcomes": json.dumps(
            [{"type": "outcome", "value": outcome} for outcome in text["outcomes"]]
        ),
        **_certificate_fields(module, language),
    }


def _certificate_fields(module: dict, language: str) -> dict:
    """A certifying demo module's certificate: its kind from the content; provider,
    signatory, hours and graders from settings (neutral demo values), whatever the
    content says, so that no real institution is claimed to offer it; no ECTS
    credits (a claim no demo can make). Its duration is the hours it certifies."""
    certificate = module.get("certificate")
    if not certificate:
        return {}
    hours = settings.CIVICED_PD_HOURS
    return {
        "certificate_kind": certificate["kind"],
        "certificate_provider": settings.CIVICED_PD_PROVIDER[language],
        "certificate_signatory_position": settings.CIVICED_PD_SIGNATORY_POSITION[
            language
        ],
        "certificate_signatory_name": settings.CIVICED_PD_SIGNATORY_NAME,
        "pd_hours": hours,
        "estimated_hours": Decimal(hours),
        "ects_credits": None,
        "grading_group": Group.objects.get_or_create(
            name=settings.CIVICED_PD_GRADERS_GROUP
        )[0],
    }


def _ensure_certificate(page: CoursePage, module: dict, language: str) -> None:
    """Demo databases made before certificates existed get the module's settings."""
    fields = _certificate_fields(module, language)
    if fields and any(getattr(page, k) != v for k, v in fields.items()):
        for field, value in fields.items():
            setattr(page, field, value)
        _publish(page)


def _set_module_relations(page: CoursePage, module: dict, language: str) -> None:
    page.audiences.set(Audience.objects.filter(slug__in=module["audiences"]))
    page.topics.set(module[language]["topics"], clear=True)


def _lesson_fields(lesson: dict, language: str, terms, colour: str) -> dict:
    text = lesson[language]
    return {
        "title": text["title"],
        "draft_title": text["title"],
        "intro": text["intro"],
        "estimated_minutes": lesson["minutes"],
        "body": _body(text["body"], language, terms, colour),
        "as_of": text.get("as_of"),
        "review_by": text.get("review_by"),
        "sources": json.dumps([_source(source) for source in text.get("sources", [])]),
        "plan": json.dumps([_plan(text["plan"])] if text.get("plan") else []),
    }


def _plan(plan: dict) -> dict:
    """The lesson plan's block as the admin stores it (blocks.LessonPlanBlock)."""
    return {"type": "plan", "value": plan}


def _source(source: dict) -> dict:
    value = {
        "title": source["title"],
        "url": source.get("url", ""),
        "as_of": source["as_of"].isoformat(),
    }
    return {"type": "source", "value": value}


def _prerequisite(catalogue, pages, slug: str, language: str) -> CoursePage:
    """A prerequisite loaded now, or already in the catalogue (one module loaded)."""
    if slug in pages:
        return pages[slug][language]
    found = CoursePage.objects.child_of(catalogue).filter(slug=slug).first()
    if found is None:
        raise ValueError(f"Prerequisite module {slug!r} is neither loaded nor present")
    return found


def ensure_courses(home: HomePage, root: Path = CONTENT_DIR) -> CourseIndexPage:
    """The catalogue with every module and lesson under root, in both languages."""
    uk = Locale.objects.get(language_code="uk")
    en = Locale.objects.get(language_code="en")
    Audience.ensure_all()
    terms = ensure_glossary(root)
    catalogues = ensure_catalogue(home)
    modules = read_modules(root)
    pages: dict[str, dict[str, CoursePage]] = {}
    for module in modules:
        colour = module["cover"]["colour"]
        page = (
            CoursePage.objects.child_of(catalogues["uk"])
            .filter(slug=module["slug"])
            .first()
        )
        if page is None:
            page = CoursePage(
                slug=module["slug"],
                locale=uk,
                cover_image=ensure_illustration(module["cover"]["motif"], colour),
                **_module_fields(module, "uk"),
            )
            _set_module_relations(page, module, "uk")
            catalogues["uk"].add_child(instance=page)
            _publish(page)
        english = _translation(page, en)
        if english is None:
            english = page.copy_for_translation(en).specific
            for field, value in _module_fields(module, "en").items():
                setattr(english, field, value)
            _set_module_relations(english, module, "en")
            _publish(english)
        _ensure_certificate(page, module, "uk")
        _ensure_certificate(english, module, "en")
        pages[module["slug"]] = {"uk": page, "en": english}

        for lesson in module["lessons"]:
            lesson_page = (
                LessonPage.objects.child_of(page).filter(slug=lesson["slug"]).first()
            )
            if lesson_page is None:
                lesson_page = LessonPage(
                    slug=lesson["slug"],
                    locale=uk,
                    **_lesson_fields(lesson, "uk", terms, colour),
                )
                page.add_child(instance=lesson_page)
                _publish(lesson_page)
            if _translation(lesson_page, en) is None:
                english_lesson = lesson_page.copy_for_translation(en).specific
                for field, value in _lesson_fields(lesson, "en", terms, colour).items():
                    setattr(english_lesson, field, value)
                _publish(english_lesson)

    for module in modules:
        for language in ("uk", "en"):
            page = pages[module["slug"]][language]
            wanted = {
                _prerequisite(catalogues[language], pages, slug, language).pk
                for slug in module["prerequisites"]
            }
            if (
                wanted
                and set(page.prerequisites.values_list("pk", flat=True)) != wanted
            ):
                page.prerequisites.set(wanted)
                _publish(page)
    return catalogues["uk"]
