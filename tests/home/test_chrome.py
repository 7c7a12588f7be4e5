"""The header and footer of every page come from the cache, and an editor's change
to what they show appears on the next page."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from wagtail.models import Page, Site

from home.models import SiteSettings
from tests.conftest import publish
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def footer_links(client, path="/") -> dict[str, str]:
    html = BeautifulSoup(client.get(path).content, "html.parser")
    return {a.get_text(strip=True): a["href"] for a in html.select("footer a")}


def test_the_second_page_reads_no_footer_or_catalogue_query(
    client, site_pages, django_assert_max_num_queries
):
    client.get("/about/")
    with django_assert_max_num_queries(50) as first:
        client.get("/privacy/")
    tables = " ".join(q["sql"] for q in first.captured_queries)
    assert "home_sitesettings" not in tables
    assert "courses_courseindexpage" not in tables


def test_a_new_contact_address_shows_at_once(
    client, site_pages, django_capture_on_commit_callbacks
):
    before = [h for h in footer_links(client).values() if h.startswith("mailto:")]
    assert before != ["mailto:hello@example.org"]
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "hello@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    after = [h for h in footer_links(client).values() if h.startswith("mailto:")]
    assert after == ["mailto:hello@example.org"]


def test_a_renamed_or_deleted_footer_page_shows_at_once(
    client, site_pages, django_capture_on_commit_callbacks
):
    assert footer_links(client)["Про платформу"] == "/about/"
    about = Page.objects.get(url_path__endswith="/about/", locale__language_code="uk")
    about = about.specific
    about.title = "Хто ми"
    with django_capture_on_commit_callbacks(execute=True):
        publish(about)
    links = footer_links(client)
    assert links["Хто ми"] == "/about/" and "Про платформу" not in links
    with django_capture_on_commit_callbacks(execute=True):
        about.delete()
    assert "/about/" not in footer_links(client).values()


def test_each_language_and_site_keeps_its_own_links(client, site_pages):
    assert footer_links(client, "/")["Про платформу"] == "/about/"
    assert footer_links(client, "/en/")["About the platform"] == "/en/about/"
    assert footer_links(client, "/")["Про платформу"] == "/about/"


def test_the_admin_link_follows_a_group_permission(client, site_pages):
    reviewers = Group.objects.create(name="Reviewers")
    user = UserFactory(username="reviewer", groups=[reviewers])
    client.force_login(user)

    def header_links():
        html = BeautifulSoup(client.get("/").content, "html.parser")
        return [a["href"] for a in html.select("header a")]

    assert "/admin/" not in header_links()
    reviewers.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    assert "/admin/" in header_links()
    reviewers.permissions.clear()
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    assert "/admin/" in header_links()
    user.is_active = False
    user.save()
    assert "/admin/" not in header_links()
