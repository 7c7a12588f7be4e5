"""Every demo lesson carries a knowledge check whose answer key is consistent."""

import io

import pytest
from django.core.management import call_command

from courses.models import LessonPage
from quizzes import grading
from quizzes.demo import model_answers
from quizzes.models import Quiz

pytestmark = pytest.mark.django_db


def test_every_demo_lesson_has_a_required_quiz_that_can_be_passed():
    call_command("seed_demo", "--quiet-accounts", stdout=io.StringIO())
    lessons = LessonPage.objects.live()
    assert lessons.count() >= 36
    for lesson in lessons:
        quiz_blocks = [b for b in lesson.body if b.block_type == "quiz"]
        assert len(quiz_blocks) == 1, lesson.title
        assert quiz_blocks[0].value["required"]
        assert quiz_blocks[0].value["quiz"].locale_id == lesson.locale_id
    for quiz in Quiz.objects.all():
        questions = quiz.question_snapshots()
        assert 3 <= len(questions) <= 6, quiz.title
        responses = model_answers(questions)
        result = grading.grade_attempt(questions, responses)
        auto = [r for r in result.questions if r.status != "awaiting_grading"]
        assert all(r.status == "correct" for r in auto), (quiz.title, auto)
    kinds = {
        q["type"] for quiz in Quiz.objects.all() for q in quiz.question_snapshots()
    }
    assert kinds == set(grading.QUESTION_TYPES)
