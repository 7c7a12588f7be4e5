"""The frame a lesson page opens offline to play a saved H5P activity (browser
tests: tests/browser/test_offline_h5p.py)."""

import base64
import hashlib

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from h5p.offline_frame import BOOT
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {
        part.split(" ", 1)[0]: part.split(" ", 1)[1] if " " in part else ""
        for part in policy.split("; ")
    }


def test_the_offline_frame_runs_our_script_and_one_inline_script_by_its_hash(client):
    response = client.get(reverse("h5p_offline_frame"))
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    # Our script only, from our static files; the boot script is data here, and
    # the sandboxed player frame may run it by its hash and nothing else inline.
    scripts = page.find_all("script")
    assert [s.get("src") for s in scripts if s.get("src")] == [
        "/static/js/h5p-offline-host.js"
    ]
    assert all(s.get("type") == "application/json" for s in scripts if not s.get("src"))
    policy = directives(response)
    digest = base64.b64encode(hashlib.sha256(BOOT.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy["script-src"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["frame-ancestors"] == "http://testserver"
    assert policy["form-action"] == "'none'"
    # The player frame inside it is sandboxed by its attribute (the host script);
    # this page itself is not, so that the service worker can serve it.
    assert "sandbox" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_offline_frame_is_the_same_for_everyone(client):
    """Nothing personal in it: the service worker may keep it in a pack."""
    anonymous = client.get(reverse("h5p_offline_frame")).content
    client.force_login(UserFactory())
    assert client.get(reverse("h5p_offline_frame")).content == anonymous
    assert client.get(reverse("h5p_offline_frame"))["Cache-Control"] == (
        "public, max-age=3600"
    )


def test_a_lesson_names_the_offline_frame_of_its_activity(client, h5p_lesson):
    lesson, _activity_id = h5p_lesson()
    page = BeautifulSoup(client.get(lesson.url).content.decode(), "html.parser")
    section = page.find(attrs={"data-h5p-activity": True})
    assert section["data-offline-frame-url"] == reverse("h5p_offline_frame")


def test_no_offline_frame_with_a_separate_player_origin(client, h5p_lesson, settings):
    settings.H5P_PLAYER_ORIGIN = "https://player.example.org"
    lesson, _activity_id = h5p_lesson()
    page = BeautifulSoup(client.get(lesson.url).content.decode(), "html.parser")
    section = page.find(attrs={"data-h5p-activity": True})
    assert not section.has_attr("data-offline-frame-url")
