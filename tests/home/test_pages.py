"""The home page, standard pages, the layout and the error pages, in both languages."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_in_ukrainian_says_who_the_platform_is_for(client, site_pages):
    response = client.get("/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "uk"
    assert html.h1.get_text(strip=True) == "Громадянська освіта для Києва"
    audiences = [h.get_text(strip=True) for h in html.select(".audiences h3")]
    assert audiences == [
        "Школярі",
        "Студенти університетів",
        "Студенти коледжів",
        "Учителі",
    ]


def test_home_page_in_english(client, site_pages):
    response = client.get("/en/")
    html = soup(response)
    assert html.html["lang"] == "en"
    assert html.h1.get_text(strip=True) == "Civic education for Kyiv"
    assert "School pupils" in html.select_one(".audiences").get_text()


def test_layout_has_skip_link_landmarks_and_labelled_navigation(client, site_pages):
    html = soup(client.get("/"))
    skip = html.select_one("a.skip-link")
    assert skip["href"] == "#main"
    assert html.select_one("main#main") is not None
    assert html.select_one("header") is not None
    assert html.select_one("footer") is not None
    for nav in html.select("nav"):
        assert nav.get("aria-label"), nav


def test_footer_links_to_about_and_privacy_in_the_readers_language(client, site_pages):
    uk_links = {
        a.get_text(strip=True): a["href"]
        for a in soup(client.get("/")).select("footer a")
    }
    assert uk_links["Про платформу"] == "/about/"
    assert uk_links["Конфіденційність"] == "/privacy/"
    en_links = {
        a.get_text(strip=True): a["href"]
        for a in soup(client.get("/en/")).select("footer a")
    }
    assert en_links["About the platform"] == "/en/about/"
    assert en_links["Privacy"] == "/en/privacy/"


def test_about_and_privacy_pages_render(client, site_pages):
    privacy = soup(client.get("/privacy/"))
    assert privacy.h1.get_text(strip=True) == "Конфіденційність"
    assert "Електронну пошту" in privacy.get_text()
    about = soup(client.get("/en/about/"))
    assert about.h1.get_text(strip=True) == "About the platform"


def test_navigation_shows_admin_only_to_editors(client, site_pages):
    from django.contrib.auth.models import Group

    learner = UserFactory(username="learner-nav")
    client.force_login(learner)
    assert "/admin/" not in [
        a["href"] for a in soup(client.get("/")).select("header a")
    ]
    editor = UserFactory(
        username="editor-nav", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    assert "/admin/" in [a["href"] for a in soup(client.get("/")).select("header a")]


def test_the_page_tree_is_locked(site_pages):
    assert StandardPage.can_create_at(site_pages)
    assert not HomePage.can_create_at(site_pages)
    about = StandardPage.objects.get(slug="about", locale__language_code="uk")
    assert not StandardPage.can_create_at(about)
    assert HomePage.can_create_at(Page.get_first_root_node())


def test_page_not_found_is_friendly_in_both_languages(client, site_pages):
    uk = client.get("/nemaie-takoi-storinky/")
    assert uk.status_code == 404
    assert "Сторінку не знайдено" in uk.content.decode()
    en = client.get("/en/no-such-page/")
    assert en.status_code == 404
    html = soup(en)
    assert html.html["lang"] == "en"
    assert html.h1.get_text(strip=True) == "Page not found"


@pytest.mark.parametrize(
    ("path", "expected", "lang"),
    [("/", "Щось пішло не так", "uk"), ("/en/", "Something went wrong", "en")],
)
def test_server_error_page_is_friendly_in_both_languages(
    client, site_pages, path, expected, lang
):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("boom")):
        response = client.get(path)
    assert response.status_code == 500
    html = soup(response)
    assert html.h1.get_text(strip=True) == expected
    assert html.html["lang"] == lang


def test_an_editor_gets_the_wagtail_admin_in_ukrainian(client, site_pages):
    from django.contrib.auth.models import Group

    editor = UserFactory(
        username="metodystka", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "uk"
