"""The database going away mid-request: a clean 503 with a retry hint, never a bare
500, and the next request works once it is back."""

import pytest
from django.db import OperationalError, connections
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as when the server has gone; undo() brings it back."""
    wrapper = connections["default"]

    def gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(wrapper, "cursor", gone)
    return monkeypatch


def test_pages_answer_503_with_retry_after_and_recover(site_pages, database_down):
    client = Client(raise_request_exception=False)
    response = client.get("/about/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Невдовзі повернемося" in response.content.decode()
    database_down.undo()
    assert client.get("/about/").status_code == 200


def test_logged_in_requests_fail_cleanly_in_middleware_too(site_pages, monkeypatch):
    user = UserFactory()
    client = Client(raise_request_exception=False)
    client.force_login(user)
    wrapper = connections["default"]

    def gone(*args, **kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(wrapper, "cursor", gone)
    # The session and the user are loaded by middleware, before any view runs.
    response = client.get("/learning/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    monkeypatch.undo()
    assert client.get("/learning/").status_code == 200


def test_json_endpoints_answer_json_503(quiz_lesson, monkeypatch):
    lesson, _quiz, activity = quiz_lesson()
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())

    def gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connections["default"], "cursor", gone)
    response = client.post(f"/api/quizzes/{lesson.pk}/{activity}/autosave/", {})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "30"
    assert "спробуйте" in response.json()["error"]


def test_other_errors_stay_500_without_a_retry_hint(site_pages, monkeypatch):
    from home import models

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(models.StandardPage, "serve", broken)
    response = Client(raise_request_exception=False).get("/about/")
    assert response.status_code == 500
    assert "Retry-After" not in response
