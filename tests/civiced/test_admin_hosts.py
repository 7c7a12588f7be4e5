"""The Wagtail admin asks no host but ours: no Gravatar avatars, no update check
against releases.wagtail.org (links an editor may follow are not requests)."""

import re

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# What a browser fetches by itself: sources, stylesheets and icons, and the URLs
# Wagtail's scripts are given in data attributes.
FETCHED = re.compile(
    r'\s(src|srcset|data-[a-z-]*url[a-z-]*)="([^"]*)"'
    r'|<link[^>]*\shref="([^"]*)"'
    r"|url\(['\"]?([^)'\"]*)"
)


def external(html: str) -> list[str]:
    found = []
    for match in FETCHED.finditer(html):
        for value in [g for g in match.groups()[1:] if g]:
            for url in value.split(","):
                url = url.strip().split(" ")[0]
                if url.startswith(("http://", "https://", "//")):
                    found.append(url)
    return found


def test_admin_pages_fetch_nothing_from_other_hosts(client, quiz_lesson):
    lesson, quiz, _ = quiz_lesson()
    client.force_login(
        UserFactory(
            username="root",
            email="root@example.org",
            is_superuser=True,
            is_staff=True,
        )
    )
    for url in [
        "/admin/",
        "/admin/account/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{lesson.get_parent().pk}/",
        f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/",
        "/admin/users/",
        "/admin/workflows/list/",
    ]:
        html = client.get(url).content.decode()
        assert external(html) == [], url
        assert "gravatar" not in html, url
        # The update check's script asks releases.wagtail.org.
        assert "w-upgrade" not in html, url
