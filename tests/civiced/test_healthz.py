"""GET /healthz tells a load balancer whether this server can reach its database and
its cache (the cache unreachable: tests/civiced/test_cache_outage.py)."""

from unittest import mock

from django.db import OperationalError


def test_healthz_is_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_is_unreachable(client, db):
    with mock.patch(
        "home.views.connection.cursor", side_effect=OperationalError("gone")
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "unreachable",
        "cache": "ok",
    }


def test_healthz_accepts_only_safe_methods(client, db):
    assert client.post("/healthz").status_code == 405
