"""Demo knowledge checks for `manage.py seed_demo`: one quiz per demo lesson, in
Ukrainian and English, read from content/ and placed as a required activity in the
lesson.

Idempotent: quizzes are found by a stable translation key, and a lesson that already
holds a quiz is left alone.
"""

import datetime
import json
import uuid
from pathlib import Path

from wagtail.models import Locale

from courses.content_format import CONTENT_DIR, read_quizzes
from courses.models import CourseIndexPage, CoursePage, LessonPage

from . import grading
from .models import Quiz

NAMESPACE = uuid.UUID("0b3c7d4e-57a1-4f9e-8d2b-6a1c3e5f7a90")


def _id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


def _items(key: str, values: list, convert) -> list[dict]:
    return [
        {"type": "item", "id": _id(key, index), "value": convert(value)}
        for index, value in enumerate(values)
    ]


def _question(key: str, kind: str, value: dict) -> dict:
    data = {
        "prompt": value["prompt"],
        "points": value.get("points", 1),
        "explanation": value.get("explanation", ""),
    }
    if value.get("as_of"):
        data["as_of"] = value["as_of"].isoformat()
    if kind in ("single_choice", "multiple_choice"):
        data["options"] = _items(key, value["options"], dict)
        if kind == "multiple_choice":
            data["scoring"] = value.get("scoring", "partial")
    elif kind == "true_false":
        data.update(
            correct=value["correct"],
            feedback_true=value.get("feedback_true", ""),
            feedback_false=value.get("feedback_false", ""),
        )
    elif kind == "short_text":
        data.update(
            accepted=_items(key, value["accepted"], str),
            feedback_correct=value.get("feedback_correct", ""),
            feedback_incorrect=value.get("feedback_incorrect", ""),
        )
    elif kind == "numeric":
        data.update(
            answer=value["answer"],
            tolerance=value.get("tolerance", "0"),
            unit=value.get("unit", ""),
            feedback_correct=value.get("feedback_correct", ""),
            feedback_incorrect=value.get("feedback_incorrect", ""),
        )
    elif kind == "ordering":
        data.update(
            items=_items(key, value["items"], str),
            scoring=value.get("scoring", "partial"),
        )
    elif kind == "matching":
        data.update(
            pairs=_items(key, value["pairs"], dict),
            scoring=value.get("scoring", "partial"),
        )
    elif kind == "fill_blanks":
        data.update(text=value["text"], scoring=value.get("scoring", "partial"))
    elif kind == "open_response":
        data.update(rubric=value.get("rubric", ""), max_words=value.get("max_words", 0))
    return {"type": kind, "id": _id(key), "value": data}


# Fields whose values are lists of items in the block (each wrapped with an id).
ITEM_LISTS = ("options", "accepted", "items", "pairs")


def quiz_entry(quizzes: dict[str, Quiz], *, module: str, lesson: str) -> dict:
    """A lesson's quiz in both languages as content/ holds it (ensure_quiz reversed)."""
    entry: dict = {"module": module, "lesson": lesson}
    for language, quiz in quizzes.items():
        entry["pass_mark"] = quiz.pass_mark
        questions = []
        for question in quiz.questions.raw_data:
            value = dict(question["value"])
            for field in ITEM_LISTS:
                if field in value:
                    value[field] = [item["value"] for item in value[field]]
            if value.get("as_of"):
                value["as_of"] = datetime.date.fromisoformat(value["as_of"])
            else:
                value.pop("as_of", None)
            questions.append((question["type"], value))
        entry[language] = {
            "title": quiz.title,
            "instructions": quiz.instructions,
            "questions": questions,
        }
    return entry


def ensure_quiz(entry: dict, language: str) -> Quiz:
    key = f"{entry['module']}/{entry['lesson']}"
    locale = Locale.objects.get(language_code=language)
    translation_key = uuid.UUID(_id("quiz", key))
    quiz = Quiz.objects.filter(translation_key=translation_key, locale=locale).first()
    if quiz is not None:
        return quiz
    text = entry[language]
    questions = [
        _question(f"{key}/{index}", kind, value)
        for index, (kind, value) in enumerate(text["questions"])
    ]
    quiz = Quiz(
        title=text["title"],
        instructions=text.get("instructions", ""),
        questions=json.dumps(questions),
        pass_mark=entry.get("pass_mark", 60),
        # The demo quizzes promise an explanation after each answer.
        feedback_timing=Quiz.IMMEDIATE,
        locale=locale,
        translation_key=translation_key,
    )
    quiz.save()
    quiz.save_revision().publish()
    return quiz


def ensure_quizzes(catalogue: CourseIndexPage, root: Path = CONTENT_DIR) -> None:
    """Every lesson with a quiz file under root, in both languages, ends with it."""
    for entry in read_quizzes(root):
        course = (
            CoursePage.objects.child_of(catalogue).filter(slug=entry["module"]).first()
        )
        if course is None:
            continue
        lesson = (
            LessonPage.objects.child_of(course).filter(slug=entry["lesson"]).first()
        )
        if lesson is None:
            continue
        for language in ("uk", "en"):
            locale = Locale.objects.get(language_code=language)
            page = lesson.get_translation_or_none(locale)
            if page is None:
                continue
            page = page.specific
            if any(block.block_type == "quiz" for block in page.body):
                continue
            quiz = ensure_quiz(entry, language)
            page.body.append(("quiz", {"quiz": quiz, "required": True}))
            page.completion_rule = LessonPage.ACTIVITIES_DONE
            page.save_revision().publish()


def model_answers(questions: list[dict]) -> dict[str, object]:
    """Responses a learner who knows everything would give (for demo learners)."""
    answers: dict[str, object] = {}
    for question in questions:
        right = grading.grade_question(question, None).correct_answer
        kind = question["type"]
        if kind == "single_choice":
            right = right[0]
        elif kind == "short_text":
            right = question["accepted"][0]
        elif kind == "numeric":
            right = right["answer"]
        elif kind == "open_response":
            right = "Відповідь демонстраційного учня."
        answers[question["id"]] = right
    return answers
