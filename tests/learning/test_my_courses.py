"""My learning lists the courses a learner has begun doing, each once whatever the
languages they used, with pass or fail beside every quiz attempt."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from courses.models import LessonPage
from learning.models import LessonProgress
from learning.progress import BEGAN_READING_SECONDS
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def courses_section(client, title_id):
    html = BeautifulSoup(client.get(reverse("my_learning")).content, "html.parser")
    heading = html.find(id=title_id)
    return heading.find_parent("section") if heading else None


def words(node) -> str:
    return " ".join(node.get_text(" ").split()) if node else ""


def progress(learner, lesson, **fields):
    return LessonProgress.objects.create(
        learner=learner, lesson=lesson, course=lesson.get_parent().specific, **fields
    )


def test_a_course_merely_opened_is_not_listed(client, make_course, learner):
    opened = make_course(title="Петиції", slug="petitions", lessons=3)
    progress(
        learner,
        LessonPage.objects.child_of(opened).first(),
        status=LessonProgress.IN_PROGRESS,
        time_spent=20,
    )
    section = courses_section(client, "in-progress-title")
    assert "Петиції" not in words(section)
    assert "0 з 3" not in words(section)
    assert "Ви ще не почали жодного курсу" in words(section)


@pytest.mark.parametrize(
    "fields",
    [
        {"read_to_end": True},
        {"best_score": 40},
        {"time_spent": BEGAN_READING_SECONDS},
    ],
)
def test_a_course_begun_in_earnest_is_listed(client, make_course, learner, fields):
    begun = make_course(title="Петиції", slug="petitions", lessons=3)
    progress(
        learner,
        LessonPage.objects.child_of(begun).first(),
        status=LessonProgress.IN_PROGRESS,
        **fields,
    )
    assert "Петиції" in words(courses_section(client, "in-progress-title"))


@pytest.fixture
def translated_course(make_course, english):
    petitions = make_course(title="Петиції", slug="petitions", lessons=2)
    publish(petitions.get_parent().copy_for_translation(english))
    translated = petitions.copy_for_translation(english)
    translated.title = "Petitions"
    publish(translated)
    lessons = []
    for lesson in LessonPage.objects.child_of(petitions):
        copy = lesson.copy_for_translation(english)
        copy.title = lesson.title.replace("Петиції: урок", "Petitions: lesson")
        publish(copy)
        lessons.append((lesson, copy))
    return petitions, translated, lessons


def test_a_modules_languages_are_one_course_shown_in_the_pages_language(
    client, learner, translated_course
):
    _petitions, _translated, lessons = translated_course
    (first_uk, _first_en), (_second_uk, second_en) = lessons
    progress(learner, first_uk, status=LessonProgress.COMPLETED, read_to_end=True)
    progress(learner, second_en, status=LessonProgress.COMPLETED, read_to_end=True)
    completed = courses_section(client, "completed-title")
    assert words(completed).count("Петиції") == 1
    assert "Petitions" not in words(completed)
    assert "2 з 2 уроків пройдено" in words(completed)
    assert courses_section(client, "in-progress-title").select("li") == []
    english_page = BeautifulSoup(
        client.get("/en/learning/").content, "html.parser"
    ).find(id="completed-title")
    assert "Petitions" in words(english_page.find_parent("section"))


def test_each_quiz_attempt_says_passed_or_not_and_the_mark_needed(
    client, quiz_lesson, make_quiz, learner
):
    lesson, quiz, activity_id = quiz_lesson(quiz=make_quiz(pass_mark=70))
    choice, _text = quiz.question_snapshots()
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity_id}/submit/",
        {"key": str(uuid.uuid4()), f"q-{choice['id']}": right},
    )
    attempts = courses_section(client, "attempts-title")
    assert "50% · ✗ не зараховано (потрібно 70 %)" in words(attempts)
