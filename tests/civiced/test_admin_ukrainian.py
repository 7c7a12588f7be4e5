"""The Wagtail admin speaks Ukrainian: our workflow and task names, our models'
columns, and Wagtail's own strings its uk catalogue lacks (admin_locale/)."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Methodologist review",
    "Moderators approval",
    "Autosave is paused",
    ">Locale<",
    "Side panels",
    ">Layout<",
]


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


def test_admin_pages_show_no_untranslated_strings(admin_client, quiz_lesson):
    from courses.models import ReviewTask

    lesson, _quiz, _ = quiz_lesson()
    task = ReviewTask.objects.get()
    pages = {
        f"/admin/workflows/tasks/edit/{task.pk}/": "Схвалення методистом",
        "/admin/workflows/list/": "Методична рецензія",
        "/admin/workflows/tasks/index/": "Схвалення методистом",
        f"/admin/pages/{lesson.pk}/edit/": "Автозбереження призупинено",
        "/admin/snippets/quizzes/quiz/": "Локаль",
        "/admin/images/chooser/": "Вигляд",
    }
    for url, ukrainian in pages.items():
        response = admin_client.get(url)
        html = response.content.decode()
        if response.headers.get("Content-Type", "").startswith("application/json"):
            html = response.json()["html"]
        assert ukrainian in html, url
        for english in ENGLISH:
            assert english not in html, (url, english)
