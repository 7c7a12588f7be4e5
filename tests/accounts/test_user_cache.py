"""The logged-in user's row comes from the cache; every change to it counts at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import backends
from accounts.deletion import delete_account


@pytest.fixture(autouse=True)
def user_cache(caches_off, settings):
    settings.USER_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def user_queries(client, url) -> tuple[int, list[str]]:
    """The response's status and the queries that read the users table."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, [
        q["sql"] for q in queries if 'FROM "accounts_user"' in q["sql"]
    ]


def logged_in(client_class, user):
    browser = client_class()
    browser.force_login(user)
    return browser


def test_the_second_request_reads_the_user_from_the_cache(client, user, site_pages):
    client.force_login(user)
    # Logging in saves last_login, which leaves a tombstone once it commits (with
    # the caches on, tests.commits): this is the request after it expired.
    cache.delete(backends.row_key(user.pk))
    profile = reverse("profile")
    status, reads = user_queries(client, profile)
    assert status == 200 and len(reads) == 1
    status, reads = user_queries(client, profile)
    assert status == 200 and reads == []
    assert user.username in client.get(profile).content.decode()


def test_a_new_password_ends_the_other_sessions_at_once(
    client, user, site_pages, django_capture_on_commit_callbacks
):
    other = logged_in(type(client), user)
    profile = reverse("profile")
    assert other.get(profile).status_code == 200  # the row is now cached
    with django_capture_on_commit_callbacks(execute=True):
        user.set_password("a-whole-new-secret-2026")
        user.save()
    response = other.get(profile)
    assert response.status_code == 302 and reverse("account_login") in response.url


def test_a_deactivated_account_is_logged_out_at_once(
    client, user, site_pages, django_capture_on_commit_callbacks
):
    client.force_login(user)
    profile = reverse("profile")
    assert client.get(profile).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        user.is_active = False
        user.save()
    assert client.get(profile).status_code == 302


def test_a_deleted_account_is_logged_out_at_once(
    client, user, site_pages, django_capture_on_commit_callbacks
):
    other = logged_in(type(client), user)
    profile = reverse("profile")
    assert other.get(profile).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(user)
    assert other.get(profile).status_code == 302


def test_a_new_name_shows_on_the_next_page(
    client, user, site_pages, django_capture_on_commit_callbacks
):
    client.force_login(user)
    profile = reverse("profile")
    client.get(profile)
    with django_capture_on_commit_callbacks(execute=True):
        user.display_name = "Олена Степанівна"
        user.save()
    assert "Олена Степанівна" in client.get(profile).content.decode()


def test_a_row_read_before_a_change_is_not_stored_after_it(
    user, django_capture_on_commit_callbacks
):
    # A request read the old row; the change commits and leaves a tombstone.
    stale = backends.cached_user(user.pk)
    with django_capture_on_commit_callbacks(execute=True):
        user.first_name = "Нове"
        user.save()
    assert cache.get(backends.row_key(user.pk)) == backends.TOMBSTONE
    # The slow request's attempt to store what it read is refused.
    cache.add(
        backends.row_key(user.pk),
        tuple(getattr(stale, name) for name in backends.field_names()),
        300,
    )
    assert cache.get(backends.row_key(user.pk)) == backends.TOMBSTONE
    # While the tombstone lives, the row comes from the database, and is not stored.
    assert backends.cached_user(user.pk).first_name == "Нове"
    assert cache.get(backends.row_key(user.pk)) == backends.TOMBSTONE


def test_with_the_cache_off_every_request_reads_the_row(
    client, user, site_pages, settings
):
    settings.USER_CACHE_SECONDS = 0
    client.force_login(user)
    profile = reverse("profile")
    for _round in range(2):
        status, reads = user_queries(client, profile)
        assert status == 200 and len(reads) == 1
    # No row kept (a tombstone from the account's creation may be).
    assert not isinstance(cache.get(backends.row_key(user.pk)), tuple)
