"""Quizzes and lessons that hold them, for the quiz and progress tests."""

import json
import uuid

import pytest
from wagtail.models import Locale

from courses.models import LessonPage
from quizzes.models import Quiz


def item(value):
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


def single_choice(prompt="<p>Скільки підписів потрібно петиції до Київради?</p>"):
    return {
        "type": "single_choice",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": prompt,
            "points": 1,
            "explanation": "Поріг — 6000 підписів за 60 днів.",
            "options": [
                item({"text": "6000", "correct": True, "feedback": "Так."}),
                item(
                    {"text": "25000", "correct": False, "feedback": "Це національний."}
                ),
                item({"text": "100", "correct": False, "feedback": "Замало."}),
            ],
        },
    }


def short_text():
    return {
        "type": "short_text",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Як називається застосунок міста?</p>",
            "points": 1,
            "explanation": "",
            "accepted": [item("Київ Цифровий")],
            "feedback_correct": "",
            "feedback_incorrect": "",
        },
    }


def open_response():
    return {
        "type": "open_response",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Яку петицію ви подали б?</p>",
            "points": 2,
            "explanation": "",
            "rubric": "Чітка проблема і рішення.",
            "max_words": 100,
        },
    }


def publish(obj):
    obj.save_revision().publish()
    return obj


@pytest.fixture
def make_quiz(db):
    def make(questions=None, **settings):
        quiz = Quiz(
            title="Перевірка знань",
            questions=json.dumps(questions or [single_choice(), short_text()]),
            locale=Locale.objects.get(language_code="uk"),
            **settings,
        )
        quiz.save()
        return publish(quiz)

    return make


@pytest.fixture
def quiz_lesson(make_course, make_quiz):
    """A module whose first lesson holds a required quiz; returns (lesson, quiz, id)."""

    def make(quiz=None, required=True, lessons=2, **course_fields):
        quiz = quiz or make_quiz()
        activity_id = str(uuid.uuid4())
        body = [
            {"type": "paragraph", "value": "<p>Текст уроку.</p>"},
            {
                "type": "quiz",
                "id": activity_id,
                "value": {"quiz": quiz.pk, "required": required},
            },
        ]
        course = make_course(lessons=lessons, body=body, **course_fields)
        lesson = LessonPage.objects.child_of(course).first()
        return lesson, quiz, activity_id

    return make


def matching():
    return {
        "type": "matching",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": "<p>Зіставте орган і його роль.</p>",
            "points": 1,
            "explanation": "",
            "scoring": "partial",
            "pairs": [
                item({"left": "Київрада", "right": "ухвалює рішення"}),
                item({"left": "КМДА", "right": "виконує рішення"}),
                item({"left": "КМВА", "right": "воєнна адміністрація"}),
            ],
        },
    }
