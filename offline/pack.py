"""What a learner's browser stores to open a module with the network off.

`module_pack` lists, with their sizes where the server knows them, the URLs a
module's pages load: the module page and its lessons (rendered for the learner
when the service worker fetches them: the quiz questions are in the lesson page,
never their answer keys, which stay on the server), the WebP renditions those
pages show, our CSS and scripts, and for H5P activities the player frame, the
player and the package files. Only public, published pages are listed; nothing
personal (My learning, classes, reports, accounts) is ever part of a pack.
"""

import hashlib
import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.db.models import Q
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage, LessonPage

from .h5p_files import package_entries

# The files every page of a module loads (base.html, the lesson page's scripts).
PAGE_STATIC = [
    "css/site.css",
    "css/print.css",
    "img/favicon.svg",
    "img/logo.svg",
    "js/offline.js",
    "js/outbox.js",
    "js/lesson.js",
    "js/quiz.js",
    "js/h5p-activity.js",
]
# What the H5P player frame loads besides the package (h5p/player.html).
PLAYER_STATIC = [
    "css/h5p-frame.css",
    "js/h5p-frame.js",
    "h5p-standalone/main.bundle.js",
    "h5p-standalone/frame.bundle.js",
    "h5p-standalone/styles/h5p.css",
    # The frame that plays a saved activity offline (h5p/offline_frame.py).
    "js/h5p-offline-host.js",
    "js/h5p-offline-frame.js",
]
_URLS = re.compile(r'(?:src|srcset)="([^"]+)"')
_CSS_URLS = re.compile(r"url\(['\"]?([^'\")]+)['\"]?\)")


def _static_size(path: str) -> int | None:
    found = finders.find(path)
    return Path(found).stat().st_size if found else None


@cache
def _player_fonts() -> tuple[str, ...]:
    """The fonts the player's stylesheet names (read once per process)."""
    found = finders.find("h5p-standalone/styles/h5p.css")
    if not found:
        return ()
    css = Path(found).read_text(encoding="utf-8", errors="replace")
    fonts = []
    for url in _CSS_URLS.findall(css):
        if url.startswith("../fonts/"):
            fonts.append("h5p-standalone/" + url.removeprefix("../"))
    return tuple(dict.fromkeys(fonts))


def _static_entries(paths) -> list[dict]:
    return [{"url": static(path), "size": _static_size(path)} for path in paths]


def _media_size(url: str) -> int | None:
    if not url.startswith(settings.MEDIA_URL):
        return None
    try:
        return default_storage.size(url.removeprefix(settings.MEDIA_URL))
    except (OSError, NotImplementedError):
        return None


def _image_urls(html: str) -> list[str]:
    """The WebP renditions a rendered picture offers (the browser picks one of
    them by width), or every URL when it offers none in WebP. Same-origin only."""
    urls = []
    for value in _URLS.findall(html):
        for candidate in value.split(","):
            url = candidate.strip().split(" ")[0]
            if url.startswith("/") and not url.startswith("//"):
                urls.append(url)
    webp = [url for url in urls if url.lower().endswith(".webp")]
    return list(dict.fromkeys(webp or urls))


def _lesson_images(lesson: LessonPage) -> list[str]:
    urls = []
    for child in lesson.body:
        if child.block_type == "image":
            urls += _image_urls(child.render())
    return urls


def module_pack(*, course: CoursePage, request) -> dict:
    """The pack of one module: its pages and every file they load, with sizes."""
    with translation.override(course.locale.language_code):
        language = translation.get_language()
        lessons = list(LessonPage.objects.live().public().child_of(course).specific())
        pages = [course.get_url(request=request)] + [
            lesson.get_url(request=request) for lesson in lessons
        ]
        entries = [{"url": url, "size": None} for url in pages]
        images = []
        if course.cover_image_id:
            images += _image_urls(
                render_to_string("includes/course_cover.html", {"page": course})
            )
        h5p = []
        for lesson in lessons:
            images += _lesson_images(lesson)
            h5p += _lesson_h5p(lesson, language)
        entries += [{"url": url, "size": _media_size(url)} for url in images]
        entries += _static_entries(PAGE_STATIC)
        if h5p:
            entries.append({"url": reverse("h5p_offline_frame"), "size": None})
            entries += _static_entries(PLAYER_STATIC + list(_player_fonts()))
            entries += h5p
    unique = list({entry["url"]: entry for entry in entries}.values())
    return {
        "id": course.pk,
        "title": course.title,
        "url": pages[0],
        "language": language,
        "version": pack_versions([course])[course.pk],
        "files": unique,
        "size": sum(entry["size"] or 0 for entry in unique),
    }


def _lesson_h5p(lesson: LessonPage, language: str) -> list[dict]:
    # A player on another origin is outside what our service worker can store.
    if getattr(settings, "H5P_PLAYER_ORIGIN", ""):
        return []
    entries = []
    for child in lesson.body:
        if child.block_type != "h5p":
            continue
        package = child.value.get("package")
        if package is not None and package.playable:
            entries += package_entries(package, language)
    return entries


# --- versions: what tells a browser that its saved copy of a module is out of date --


def _references(data, found: dict[str, set]) -> None:
    """The images, quizzes and H5P packages a lesson's stored body names, at any
    depth of its blocks."""
    if isinstance(data, dict):
        kind, value = data.get("type"), data.get("value")
        if isinstance(value, dict):
            key = {"image": "image", "quiz": "quiz", "h5p": "package"}.get(kind)
            if key and isinstance(value.get(key), int):
                found[kind].add(value[key])
        for item in data.values():
            _references(item, found)
    elif isinstance(data, list):
        for item in data:
            _references(item, found)


def pack_versions(courses) -> dict[int, str]:
    """{module id: version} for published modules: the version changes whenever
    what a pack of the module holds changes, that is when the module or one of its
    lessons is published (or a lesson goes), when a quiz in them is published, an
    image in them is replaced, or an H5P package in them is uploaded again or
    published, and when our CSS and scripts change. Five queries for any number of
    modules, and no files read: the service worker asks for these often."""
    from wagtail.images import get_image_model

    from h5p.models import Package
    from quizzes.models import Quiz

    courses = list(courses)
    if not courses:
        return {}
    children = Q()
    for course in courses:
        children |= Q(path__startswith=course.path, depth=course.depth + 1)
    lessons = (
        LessonPage.objects.live()
        .public()
        .filter(children)
        .order_by("path")
        .only("pk", "path", "last_published_at", "body")
    )
    per_course: dict[int, list] = {course.pk: [] for course in courses}
    by_path = {course.path: course.pk for course in courses}
    found = {"image": set(), "quiz": set(), "h5p": set()}
    named = {}
    for lesson in lessons:
        own = {"image": set(), "quiz": set(), "h5p": set()}
        _references(list(lesson.body.raw_data), own)
        for kind, ids in own.items():
            found[kind] |= ids
        named[lesson.pk] = own
        course_id = by_path[lesson.path[: -LessonPage.steplen]]
        per_course[course_id].append(lesson)
    for course in courses:
        if course.cover_image_id:
            found["image"].add(course.cover_image_id)
    images = {
        pk: [name, digest]
        for pk, name, digest in get_image_model()
        .objects.filter(pk__in=found["image"])
        .values_list("pk", "file", "file_hash")
    }
    quizzes = dict(
        Quiz.objects.filter(pk__in=found["quiz"], live=True).values_list(
            "pk", "live_revision_id"
        )
    )
    packages = {
        pk: [path, revision]
        for pk, path, revision in Package.objects.filter(
            pk__in=found["h5p"], live=True
        ).values_list("pk", "content_path", "live_revision_id")
    }
    statics = [static(path) for path in PAGE_STATIC + PLAYER_STATIC]
    versions = {}
    for course in courses:
        parts = [
            course.pk,
            course.last_published_at.isoformat() if course.last_published_at else "",
            images.get(course.cover_image_id),
            statics,
        ]
        for lesson in per_course[course.pk]:
            own = named[lesson.pk]
            parts.append(
                [
                    lesson.pk,
                    lesson.path,
                    lesson.last_published_at.isoformat()
                    if lesson.last_published_at
                    else "",
                    [images.get(pk) for pk in sorted(own["image"])],
                    [quizzes.get(pk) for pk in sorted(own["quiz"])],
                    [packages.get(pk) for pk in sorted(own["h5p"])],
                ]
            )
        text = json.dumps(parts, default=str, sort_keys=True)
        versions[course.pk] = hashlib.sha256(text.encode()).hexdigest()[:20]
    return versions
