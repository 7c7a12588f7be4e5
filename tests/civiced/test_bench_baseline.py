"""The bare view `make bench` measures against exists only when BENCH_BASELINE says."""

import importlib

import pytest
from django.urls import clear_url_caches

import civiced.urls


@pytest.fixture
def urls_with(settings):
    """Rebuild the URL configuration with BENCH_BASELINE set, then restore it."""

    def rebuild(enabled: bool) -> None:
        settings.BENCH_BASELINE = enabled
        importlib.reload(civiced.urls)
        clear_url_caches()

    yield rebuild
    settings.BENCH_BASELINE = False
    importlib.reload(civiced.urls)
    clear_url_caches()


def test_production_does_not_expose_the_baseline(client, db):
    assert client.get("/bench/baseline/").status_code == 404


def test_the_baseline_is_a_short_text_behind_the_full_middleware(client, db, urls_with):
    urls_with(True)
    response = client.get("/bench/baseline/")
    assert response.status_code == 200
    assert response.content == b"baseline"
    # The project's middleware ran: security headers and the language negotiation.
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Language"] == "uk"
