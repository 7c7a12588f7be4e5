"""Fixtures shared by every test."""

import pytest
from wagtail.models import Locale, Site

from home.demo import ensure_site_pages
from tests.factories import DEFAULT_PASSWORD, UserFactory


@pytest.fixture
def password():
    return DEFAULT_PASSWORD


@pytest.fixture
def user(db):
    return UserFactory(username="olena", email="olena@example.org")


@pytest.fixture
def pupil(db):
    """A pupil's account: no email at all."""
    return UserFactory(username="pupil7b", email="")


@pytest.fixture
def site_pages(db):
    """The home page in both languages with About and Privacy, as the demo has them."""
    return ensure_site_pages()


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def default_site(db):
    return Site.objects.get(is_default_site=True)
