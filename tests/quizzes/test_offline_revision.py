"""An attempt started on an old revision of a quiz is graded against that revision,
even when its submit (made offline) arrives after the quiz was changed and
republished."""

import json
import uuid

import pytest
from django.utils import timezone

from quizzes.models import Attempt, Quiz
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_late_submit_is_graded_against_the_revision_its_attempt_began_on(
    client, quiz_lesson
):
    lesson, quiz, activity = quiz_lesson()
    learner = UserFactory(username="shelter-pupil")
    client.force_login(learner)
    choice, text = quiz.question_snapshots()
    old_right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    base = f"/api/quizzes/{lesson.pk}/{activity}"
    # Online, the pupil starts the quiz (an autosave opens the attempt)...
    client.post(f"{base}/autosave/", {f"q-{choice['id']}": old_right, "seq": "1"})
    started_on = Attempt.objects.get().quiz_revision_id
    clicked = timezone.now().replace(microsecond=0)
    # ...then, while the pupil is offline, an editor makes "6000" wrong, changes the
    # accepted text answer and republishes.
    quiz = Quiz.objects.get(pk=quiz.pk)
    data = json.loads(json.dumps(list(quiz.questions.raw_data)))
    for option in data[0]["value"]["options"]:
        option["value"]["correct"] = option["value"]["text"] == "25000"
    data[1]["value"]["accepted"] = [
        {"type": "item", "id": str(uuid.uuid4()), "value": "Дія"}
    ]
    quiz.questions = json.dumps(data)
    quiz.save_revision().publish()
    assert Quiz.objects.get(pk=quiz.pk).live_revision_id != started_on
    # The submit, made at the click, arrives once the connection is back.
    response = client.post(
        f"{base}/submit/",
        {
            "key": str(uuid.uuid4()),
            "clicked_at": str(int(clicked.timestamp() * 1000)),
            f"q-{choice['id']}": old_right,
            f"q-{text['id']}": "Київ Цифровий",
        },
        headers={"accept": "application/json"},
    )
    assert response.json()["percent"] == "100.00"
    attempt = Attempt.objects.get()
    assert attempt.quiz_revision_id == started_on
    assert attempt.passed is True
    assert attempt.submitted_at == clicked
    # A new attempt is the new revision's.
    client.post(f"{base}/autosave/", {f"q-{choice['id']}": old_right, "seq": "2"})
    newer = Attempt.objects.get(status=Attempt.IN_PROGRESS)
    assert newer.quiz_revision_id == Quiz.objects.get(pk=quiz.pk).live_revision_id
