"""Every URL of the site against every role, as tests/security/matrix.py says.

Each call runs in a savepoint that is rolled back, with a fresh client and an empty
cache, so one row's POST (archiving the class, leaving it, revoking a certificate)
never changes what the next row sees.
"""

import json
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from .matrix import (
    DENIED,
    LOGIN,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    REDIRECT,
    ROLES,
    TABLE,
    Case,
    coverage_key,
)

pytestmark = pytest.mark.django_db

LOGIN_PATHS = ("/accounts/login/", "/en/accounts/login/", "/admin/login/")
DJANGO_ADMIN_LOGIN = "/django-admin/login/"


def url_patterns(resolver=None, prefix="", namespace=""):
    """(name, route, view module) for every URL pattern, included ones too."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            yield from url_patterns(
                pattern,
                prefix + str(pattern.pattern),
                f"{namespace}:{inner}" if namespace and inner else inner or namespace,
            )
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (
                f"{namespace}:{pattern.name}" if namespace else pattern.name
            )
            module = getattr(pattern.callback, "__module__", "") or ""
            yield name, prefix + str(pattern.pattern), module


def outcome(response) -> str:
    code = response.status_code
    if 200 <= code < 300:
        return OK
    if code in (301, 302, 303, 307, 308):
        target = urlsplit(response["Location"])
        assert target.netloc in ("", "testserver"), response["Location"]
        if target.path in LOGIN_PATHS or target.path == DJANGO_ADMIN_LOGIN:
            return LOGIN
        return REDIRECT
    return {403: DENIED, 404: NOT_FOUND, 405: NOT_ALLOWED}.get(code, str(code))


def url_of(case: Case, world) -> str:
    url = case.path(world) if case.path else reverse(case.name, args=case.args(world))
    query = case.query(world)
    return f"{url}?{query}" if query else url


def call(case: Case, world, role: str) -> str:
    """What `role` gets from the case, with every change it makes rolled back."""
    with transaction.atomic():
        cache.clear()
        client = Client(raise_request_exception=False)
        if role != "anonymous":
            client.force_login(world.users[role])
        url = url_of(case, world)
        data = case.data(world)
        if case.content_type == "json":
            response = client.generic(
                case.method.upper(),
                url,
                json.dumps(data),
                content_type="application/json",
                headers=case.headers,
            )
        else:
            send = getattr(client, case.method)
            response = send(url, data, headers=case.headers)
        result = outcome(response)
        transaction.set_rollback(True)
    return result


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_table_says(world, role):
    wrong = []
    for case in TABLE:
        got = call(case, world, role)
        expected = case.expect[role]
        if got != expected:
            wrong.append(f"{case.label}: expected {expected}, got {got}")
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


def test_the_table_lists_every_url_of_the_site():
    """A new URL (a new view of ours, a new snippet) fails here until it has a row."""
    patterns = list(url_patterns())
    keys_by_name = {}
    for name, route, module in patterns:
        keys_by_name.setdefault(name, coverage_key(name, route, module))
    listed = {keys_by_name.get(case.name, case.name) for case in TABLE}
    missing = sorted(
        {
            coverage_key(name, route, module)
            for name, route, module in patterns
            if coverage_key(name, route, module) not in listed
        }
    )
    assert not missing, "URLs the permission matrix does not list: " + ", ".join(
        missing
    )


def test_every_row_names_a_url_and_says_what_each_role_gets():
    names = {name for name, _route, _module in url_patterns()}
    for case in TABLE:
        assert case.name in names or case.path is not None, case.name
        assert set(case.expect) == set(ROLES), case.label
    # Our apps' names are listed one by one, not through a family.
    own = {
        name
        for name, route, module in url_patterns()
        if coverage_key(name, route, module) == name
    }
    assert own <= {case.name for case in TABLE}
