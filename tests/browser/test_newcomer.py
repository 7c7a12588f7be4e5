"""A newcomer opens the site in Ukrainian, switches to English, signs up, logs out and
logs in again: the path every new learner takes."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect


def test_newcomer_signs_up_logs_out_and_logs_in_again(page, live_server, site_pages):
    audit = page.audit

    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Громадянська освіта для Києва"
    )
    audit.check()

    page.get_by_role("navigation", name="Мова").get_by_role(
        "link", name="English"
    ).click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Civic education for Kyiv"
    )
    audit.check()

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Sign up"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/accounts/signup/$"))
    audit.check()
    page.get_by_label("Username").fill("mariia-10b")
    page.get_by_label("Password", exact=True).fill("kyiv-civics-is-fun-2026")
    page.get_by_label("Password (again)").fill("kyiv-civics-is-fun-2026")
    page.locator("main").get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    audit.check()
    user = get_user_model().objects.get(username="mariia-10b")
    assert user.email == ""
    assert user.preferred_language == "en"

    page.get_by_role("button", name="Log out").click()
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")
    ).to_be_visible()
    audit.check()

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Log in"
    ).click()
    audit.check()
    page.get_by_label("Username or email").fill("mariia-10b")
    page.get_by_label("Password", exact=True).fill("kyiv-civics-is-fun-2026")
    page.locator("main").get_by_role("button", name="Log in").click()
    expect(page).to_have_url(live_server.url + "/en/learning/")
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    audit.check()


def test_keyboard_user_reaches_main_content_with_the_skip_link(
    page, live_server, site_pages
):
    page.goto(live_server.url + "/about/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Перейти до основного вмісту")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    page.audit.check()


def test_pages_fit_a_phone_screen(page, live_server, site_pages):
    for path in (
        "/",
        "/privacy/",
        "/accounts/login/",
        "/accounts/signup/",
        "/en/nope/",
    ):
        page.goto(live_server.url + path)
        page.audit.check()
