"""Checks on the content/ folder: what a reviewer would otherwise have to catch by eye.

``problems(root)`` lists every problem as "<file>: <field>: <what is wrong>", so a
methodologist who edits a file sees exactly what to fix. Run by tests/content over
content/ and over what ``manage.py export_content`` writes.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import content_format as fmt
from .blocks import LESSON_MINUTES, PLAN_STEPS

AUDIENCES = {"school", "vocational", "university", "teacher_pd"}
MODULE_TEXT = ("title", "summary", "age_guidance", "teacher_guide", "cover_alt")
LESSON_FIELDS = {
    "module": str,
    "slug": str,
    "language": str,
    "order": int,
    "minutes": int,
    "title": str,
    "intro": str,
    "as_of": datetime.date,
    "review_by": datetime.date,
}
# What counts as each question type's key (the right answer) and its feedback.
ANSWER_KEYS = {
    "single_choice": "options",
    "multiple_choice": "options",
    "true_false": "correct",
    "short_text": "accepted",
    "numeric": "answer",
    "ordering": "items",
    "matching": "pairs",
    "fill_blanks": "text",
    "open_response": "rubric",
}
FEEDBACK = {
    "true_false": ("feedback_true", "feedback_false"),
    "short_text": ("feedback_correct", "feedback_incorrect"),
    "numeric": ("feedback_correct", "feedback_incorrect"),
}


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_module(folder: Path, root: Path, glossary: set[str], out: list[str]):
    path = folder / "module.toml"
    name = _rel(path, root)
    try:
        meta = fmt.read_toml(path)
    except fmt.ContentError as error:
        out.append(str(error))
        return None
    if meta.get("slug") != folder.name:
        out.append(f"{name}: slug: must be {folder.name!r}, the folder's name")
    if not isinstance(meta.get("order"), int):
        out.append(f"{name}: order: must be a whole number")
    audiences = meta.get("audiences")
    if not isinstance(audiences, list) or not audiences:
        out.append(f"{name}: audiences: must list at least one audience")
    elif set(audiences) - AUDIENCES:
        unknown = ", ".join(sorted(set(audiences) - AUDIENCES))
        out.append(f"{name}: audiences: unknown {unknown}")
    _check_hours(name, meta.get("estimated_hours"), out)
    cover = meta.get("cover")
    if not isinstance(cover, dict) or not (cover.get("motif") and cover.get("colour")):
        out.append(f"{name}: cover: needs a motif and a colour")
    for language in fmt.LANGUAGES:
        text = meta.get(language)
        if not isinstance(text, dict):
            out.append(f"{name}: [{language}]: missing")
            continue
        for field in MODULE_TEXT:
            if not _text(text.get(field)):
                out.append(f"{name}: {language}.{field}: missing or empty")
        for field in ("topics", "outcomes"):
            value = text.get(field)
            if not isinstance(value, list) or not all(_text(v) for v in value):
                out.append(f"{name}: {language}.{field}: must be a list of texts")
    try:
        module = fmt.read_module(folder)
    except fmt.ContentError as error:
        out.append(str(error))
        return None
    if not module["lessons"]:
        out.append(f"{name}: lessons: the module has no lesson files")
    for lesson in module["lessons"]:
        _check_lesson(lesson, folder.name, root, glossary, out)
    return module


def _check_hours(name: str, hours, out: list[str]):
    """estimated_hours as the course page stores it: 0.1 to 999.9, one decimal."""
    try:
        value = Decimal(str(hours)) if isinstance(hours, (str, int)) else None
    except InvalidOperation:
        value = None
    if (
        value is None
        or isinstance(hours, bool)
        or not value.is_finite()
        or not Decimal("0.1") <= value <= Decimal("999.9")
        or value.as_tuple().exponent < -1
    ):
        out.append(
            f"{name}: estimated_hours: must be a number of hours from 0.1 to 999.9 "
            'with at most one decimal place, e.g. "1.5"'
        )


def _check_lesson(lesson: dict, module: str, root: Path, glossary, out: list[str]):
    for language in fmt.LANGUAGES:
        if language not in lesson:
            other = _rel(next(iter(lesson["path"].values())), root)
            out.append(f"{other}: language: no {language} version of this lesson")
    for language, path in lesson["path"].items():
        name, front = _rel(path, root), lesson[language]
        front = {**front, "slug": lesson["slug"]}
        front["language"] = path.name.rsplit(".", 2)[-2]
        for field, kind in LESSON_FIELDS.items():
            value = front.get(field)
            if value is None:
                out.append(f"{name}: {field}: missing from the front matter")
            elif not isinstance(value, kind) or isinstance(value, bool):
                out.append(f"{name}: {field}: must be {kind.__name__}")
            elif kind is str and not value.strip():
                out.append(f"{name}: {field}: empty")
        if front.get("module") != module:
            out.append(f"{name}: module: must be {module!r}, the folder's name")
        as_of, review_by = front.get("as_of"), front.get("review_by")
        dated = isinstance(as_of, datetime.date) and isinstance(
            review_by, datetime.date
        )
        if dated and review_by <= as_of:
            out.append(f"{name}: review_by: must come after as_of")
        _check_sources(name, front.get("sources"), out)
        plan_name = _rel(fmt.plan_file(path, front["language"]), root)
        _check_plan(plan_name, front.get("plan"), out)
        _check_blocks(name, lesson[language]["body"], glossary, out)
    orders = {lesson[lang].get("order") for lang in lesson["path"]}
    minutes = {lesson[lang].get("minutes") for lang in lesson["path"]}
    if len(orders) > 1 or len(minutes) > 1:
        name = _rel(next(iter(lesson["path"].values())), root)
        out.append(f"{name}: order/minutes: differ between the languages")


def _check_sources(name: str, sources, out: list[str]):
    if not isinstance(sources, list) or not sources:
        out.append(f"{name}: sources: at least one source is needed")
        return
    for number, source in enumerate(sources, start=1):
        if not isinstance(source, dict):
            out.append(f"{name}: sources[{number}]: must be a table")
            continue
        if not _text(source.get("title")):
            out.append(f"{name}: sources[{number}].title: missing")
        if not isinstance(source.get("as_of"), datetime.date):
            out.append(f"{name}: sources[{number}].as_of: must be a date (YYYY-MM-DD)")
        url = source.get("url", "")
        if url and not (isinstance(url, str) and url.startswith("https://")):
            out.append(f"{name}: sources[{number}].url: must start with https://")


def _check_plan(name: str, plan, out: list[str]):
    """The lesson's plan file: a goal and four timed steps adding up to a lesson."""
    if not isinstance(plan, dict):
        out.append(f"{name}: missing: every lesson needs its 45-minute plan")
        return
    if not _text(plan.get("goal")):
        out.append(f"{name}: goal: missing")
    total = 0
    for step in PLAN_STEPS:
        value = plan.get(step)
        if not isinstance(value, dict):
            out.append(f"{name}: {step}: missing (a [{step}] table)")
            continue
        minutes = value.get("minutes")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1:
            out.append(f"{name}: {step}.minutes: must be a whole number above 0")
        else:
            total += minutes
        if not _text(value.get("text")):
            out.append(f"{name}: {step}.text: missing")
    activity = plan.get("activity")
    tasks = activity.get("tasks") if isinstance(activity, dict) else None
    if not isinstance(tasks, list) or not tasks or not all(map(_text, tasks)):
        out.append(f"{name}: activity.tasks: at least one task for the handout")
    if total and total != LESSON_MINUTES:
        out.append(
            f"{name}: minutes: the steps take {total} minutes, not {LESSON_MINUTES}"
        )


def _check_blocks(name: str, body: list, glossary: set[str], out: list[str]):
    for number, (kind, value) in enumerate(body, start=1):
        where = f"{name}: block {number} ({kind})"
        if kind == "image" and not _text(value.get("alt")):
            out.append(f"{where}: alt: every image needs alt text")
        elif kind == "glossary" and value not in glossary:
            out.append(f"{where}: term: {value!r} is not in content/glossary.toml")
        elif kind == "heading" and not _text(value):
            out.append(f"{where}: empty heading")


def _check_question(name: str, number: int, kind: str, value: dict, out: list[str]):
    where = f"{name}: question {number} ({kind})"
    if kind not in ANSWER_KEYS:
        out.append(f"{where}: type: unknown question type")
        return
    if not _text(value.get("prompt")):
        out.append(f"{where}: prompt: missing")
    if not _text(value.get("explanation")):
        out.append(f"{where}: explanation: missing")
    if "as_of" in value and (
        not isinstance(value["as_of"], datetime.date)
        or isinstance(value["as_of"], datetime.datetime)
    ):
        out.append(f"{where}: as_of: must be a date (YYYY-MM-DD)")
    key = value.get(ANSWER_KEYS[kind])
    if kind in ("single_choice", "multiple_choice"):
        options = key if isinstance(key, list) else []
        if not any(option.get("correct") for option in options):
            out.append(f"{where}: options: no option is marked correct = true")
        for index, option in enumerate(options, start=1):
            if not _text(option.get("feedback")):
                out.append(f"{where}: options[{index}].feedback: missing")
    elif kind == "true_false":
        if not isinstance(key, bool):
            out.append(f"{where}: correct: must be true or false")
    elif kind == "numeric":
        if key in (None, ""):
            out.append(f"{where}: answer: missing")
    elif not key:
        out.append(f"{where}: {ANSWER_KEYS[kind]}: the answer key is missing")
    for field in FEEDBACK.get(kind, ()):
        if not _text(value.get(field)):
            out.append(f"{where}: {field}: missing")


def _check_quizzes(root: Path, lessons: set, out: list[str]):
    try:
        quizzes = fmt.read_quizzes(root)
    except fmt.ContentError as error:
        out.append(str(error))
        return
    for entry in quizzes:
        paths = entry["path"]
        for language in fmt.LANGUAGES:
            if language not in entry:
                other = _rel(next(iter(paths.values())), root)
                out.append(f"{other}: language: no {language} version of this quiz")
        if (entry["module"], entry["lesson"]) not in lessons:
            name = _rel(next(iter(paths.values())), root)
            out.append(f"{name}: lesson: no lesson {entry['lesson']!r} in the module")
        for language, path in paths.items():
            for number, (kind, value) in enumerate(entry[language]["questions"], 1):
                _check_question(_rel(path, root), number, kind, value, out)


def problems(root: Path = fmt.CONTENT_DIR) -> list[str]:
    """Every problem found under root; an empty list means the folder loads."""
    out: list[str] = []
    try:
        terms = fmt.read_glossary(root)
    except fmt.ContentError as error:
        return [str(error)]
    glossary = set()
    for number, term in enumerate(terms, start=1):
        glossary.add(term.get("key"))
        for language in fmt.LANGUAGES:
            text = term.get(language) or {}
            for field in ("term", "definition"):
                if not _text(text.get(field)):
                    out.append(
                        f"content/glossary.toml: term {number} ({term.get('key')}): "
                        f"{language}.{field}: missing"
                    )
    lessons = set()
    slugs = set()
    for folder in fmt.module_folders(root):
        module = _check_module(folder, root, glossary, out)
        if module:
            slugs.add(module["slug"])
            lessons.update(
                (module["slug"], lesson["slug"]) for lesson in module["lessons"]
            )
    for folder in fmt.module_folders(root):
        try:
            meta = fmt.read_toml(folder / "module.toml")
        except fmt.ContentError:
            continue
        for slug in meta.get("prerequisites", []):
            if slug not in slugs:
                name = _rel(folder / "module.toml", root)
                out.append(f"{name}: prerequisites: no module {slug!r}")
    _check_quizzes(root, lessons, out)
    return out
