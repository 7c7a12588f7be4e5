"""My learning, the learner's own page, is learning's: every kind of activity adds
its section and its part of the data export through the registry."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.urls import resolve, reverse

from courses.activity import ActivityBlock
from learning import activity
from learning.activity import Section

pytestmark = pytest.mark.django_db


def test_the_pages_are_the_learning_apps_at_the_same_addresses():
    for name, address in [
        ("my_learning", "/learning/"),
        ("my_learning_json", "/learning/export.json"),
        ("my_learning_csv", "/learning/export.csv"),
    ]:
        assert reverse(name) == address
        assert resolve(address).func.__module__ == "learning.views"


@pytest.fixture
def poll_kind():
    """A later kind of activity, registered as an app would in its ready()."""

    class PollBlock(ActivityBlock):
        pass

    seen = []

    def history(learner):
        seen.append(learner)
        return Section("quizzes/includes/my_attempts.html", {"attempts": []})

    activity.register(
        name="poll",
        block=PollBlock,
        outcomes=lambda **kwargs: {},
        history=history,
        export=lambda learner: {"polls": [{"voter": learner.username}]},
    )
    yield seen
    activity._KINDS.pop(PollBlock)


def test_a_later_kind_adds_its_part_to_the_export_and_the_page(
    client, learner, poll_kind
):
    data = client.get(reverse("my_learning_json")).json()
    assert data["polls"] == [{"voter": "uchenytsia"}]
    # The kinds already there keep theirs.
    assert data["answers"] == [] and data["h5p_results"] == []
    html = BeautifulSoup(client.get(reverse("my_learning")).content, "html.parser")
    assert poll_kind == [learner]
    # The quizzes' section, and the poll's (shown with a quiz template here).
    assert len(html.select("section h2#attempts-title")) == 2


def test_the_quiz_kind_shows_the_learners_attempts(client, quiz_lesson, learner):
    lesson, quiz, activity_id = quiz_lesson(title="Петиції")
    choice, _text = quiz.question_snapshots()
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity_id}/submit/",
        {"key": str(uuid.uuid4()), f"q-{choice['id']}": right},
    )
    html = BeautifulSoup(client.get(reverse("my_learning")).content, "html.parser")
    attempts = html.find(id="attempts-title").find_parent("section")
    assert quiz.title in attempts.get_text()
    assert "Ваша відповідь: 6000" in attempts.get_text(" ", strip=True)
