"""Every chooser our snippets expose searches without error, in either locale."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHOOSERS = ["quizzes/quiz", "courses/glossaryterm", "h5p/package"]


@pytest.fixture
def editor_client(client):
    editor = UserFactory(username="avtor", groups=[Group.objects.get(name="Editors")])
    client.force_login(editor)
    return client


@pytest.mark.parametrize("model", CHOOSERS)
@pytest.mark.parametrize("query", ["?q=Пере", "?q=Пере&locale=uk", "?q=Пере&locale=en"])
def test_every_chooser_searches(
    editor_client, make_quiz, glossary_term, english, model, query
):
    for url in (
        f"/admin/snippets/choose/{model}/{query}",
        f"/admin/snippets/choose/{model}/results/{query}",
    ):
        response = editor_client.get(url)
        assert response.status_code == 200, url


def test_the_quiz_chooser_finds_a_quiz_by_title_in_its_locale(
    editor_client, make_quiz, english
):
    quiz = make_quiz()
    quiz.title = "Петиції: перевірка"
    quiz.save()
    found = editor_client.get(
        "/admin/snippets/choose/quizzes/quiz/results/?q=Петиції&locale=uk"
    ).content.decode()
    assert "Петиції: перевірка" in found
    other = editor_client.get(
        "/admin/snippets/choose/quizzes/quiz/results/?q=Петиції&locale=en"
    ).content.decode()
    assert "Петиції: перевірка" not in other
