"""The language switcher keeps the reader on the same page."""

import pytest
from bs4 import BeautifulSoup

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def switcher(response) -> dict[str, str | None]:
    """Language code -> link target; None for the language being shown."""
    html = BeautifulSoup(response.content, "html.parser")
    links = {}
    for item in html.select(".language-switcher li"):
        link = item.find("a")
        current = item.find(attrs={"aria-current": True})
        code = (link or current)["lang"]
        links[code] = link["href"] if link else None
    return links


def test_switcher_on_a_translated_page_links_to_its_translation(client, site_pages):
    assert switcher(client.get("/about/")) == {"uk": None, "en": "/en/about/"}
    assert switcher(client.get("/en/about/")) == {"uk": "/about/", "en": None}


def test_switcher_follows_translated_slugs(client, site_pages, english):
    page = StandardPage.objects.get(slug="about", locale=english)
    page.slug = "about-us"
    page.save_revision().publish()
    assert switcher(client.get("/about/"))["en"] == "/en/about-us/"
    assert switcher(client.get("/en/about-us/"))["uk"] == "/about/"


def test_switcher_on_an_untranslated_page_goes_to_the_other_home(client, site_pages):
    site_pages.add_child(
        instance=StandardPage(title="Лише українською", slug="tilky-ukr", intro="")
    )
    assert switcher(client.get("/tilky-ukr/"))["en"] == "/en/"


def test_switcher_on_application_pages_keeps_the_path(client, site_pages):
    assert switcher(client.get("/accounts/login/")) == {
        "uk": None,
        "en": "/en/accounts/login/",
    }
    assert switcher(client.get("/en/accounts/signup/"))["uk"] == "/accounts/signup/"


def test_pages_declare_their_alternates_for_search_engines(client, site_pages):
    html = BeautifulSoup(client.get("/about/").content, "html.parser")
    alternates = {
        link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"]')
    }
    assert alternates == {
        "uk": "http://testserver/about/",
        "en": "http://testserver/en/about/",
    }
