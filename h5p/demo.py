"""The demo H5P activity for `manage.py seed_demo`: a content type of our own
(``h5p/demo/H5P.CivicedChoice-1.0``) packed with demo content in both languages and
placed, as a required activity, in the e-petitions lesson "after the threshold".

Idempotent: a package is found by its title, and a lesson that already holds an H5P
activity is left alone.
"""

import io
import json
import zipfile
from pathlib import Path

from django.db import transaction
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, LessonPage

from .demo_content import PETITIONS_CHECK
from .models import Package
from .store import import_package

LIBRARY_DIR = Path(__file__).resolve().parent / "demo" / "H5P.CivicedChoice-1.0"
MODULE, LESSON = "e-petitions-kyiv-digital", "after-the-threshold"


def build_package(language: str, content: dict | None = None) -> io.BytesIO:
    """The demo activity as an .h5p file, built from the library in the repository."""
    text = content or PETITIONS_CHECK[language]
    manifest = {
        "title": text["title"],
        "language": language,
        "mainLibrary": "H5P.CivicedChoice",
        "embedTypes": ["iframe"],
        "license": "CC BY 4.0",
        "authors": [{"name": "civiced", "role": "Author"}],
        "preloadedDependencies": [
            {"machineName": "H5P.CivicedChoice", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    params = {key: value for key, value in text.items() if key != "title"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps(manifest, ensure_ascii=False))
        archive.writestr("content/content.json", json.dumps(params, ensure_ascii=False))
        for path in sorted(LIBRARY_DIR.rglob("*")):
            if path.is_file():
                name = f"{LIBRARY_DIR.name}/{path.relative_to(LIBRARY_DIR).as_posix()}"
                archive.write(path, name)
    buffer.seek(0)
    return buffer


def ensure_package(language: str) -> Package:
    title = PETITIONS_CHECK[language]["title"]
    package = Package.objects.filter(title=title).first()
    if package is None:
        package = import_package(
            build_package(language), title=title, name=f"petitions-{language}.h5p"
        )
    return package


def ensure_h5p_demo(catalogue: CourseIndexPage) -> None:
    course = CoursePage.objects.child_of(catalogue).filter(slug=MODULE).first()
    lesson = (
        LessonPage.objects.child_of(course).filter(slug=LESSON).first()
        if course
        else None
    )
    if lesson is None:
        return
    for language in ("uk", "en"):
        locale = Locale.objects.filter(language_code=language).first()
        page = lesson.get_translation_or_none(locale) if locale else None
        if page is None:
            continue
        page = page.specific
        if any(block.block_type == "h5p" for block in page.body):
            continue
        package = ensure_package(language)
        value = {
            "package": package,
            "required": True,
            "completion_rule": "score",
            "pass_percent": 75,
        }
        position = next(
            (i for i, block in enumerate(page.body) if block.block_type == "quiz"),
            len(page.body),
        )
        page.body.insert(position, ("h5p", value))
        page.completion_rule = LessonPage.ACTIVITIES_DONE
        with transaction.atomic():
            page.save_revision().publish()
