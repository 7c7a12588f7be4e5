"""Offline use: the installable app's manifest, the service worker, module packs and
logging out clearing what the browser kept (browser tests: tests/browser/
test_offline.py)."""

import io
import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from courses.illustrations import draw_illustration
from courses.models import CoursePage, LessonPage
from offline.storage_names import cache_name
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PERSONAL = (
    "/accounts/",
    "/learning/",
    "/classes/",
    "/reports/",
    "/admin/",
    "/api/",
    "/teach/",
    "/join/",
)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


# --- the installable app ----------------------------------------------------------


def test_the_manifest_names_the_app_in_the_visitors_language(client, site_pages):
    ukrainian = client.get("/manifest.webmanifest")
    english = client.get("/en/manifest.webmanifest")
    assert ukrainian["Content-Type"] == "application/manifest+json"
    uk, en = json.loads(ukrainian.content), json.loads(english.content)
    assert uk["lang"] == "uk" and en["lang"] == "en"
    assert uk["name"] != en["name"] and "громадянськ" in uk["name"].lower()
    assert en["name"] == "civiced: civic education for Kyiv"
    assert uk["start_url"] == "/" and en["start_url"] == "/en/"
    assert uk["theme_color"] == "#0b4f9c" and uk["display"] == "standalone"


def test_the_manifests_icons_are_our_own_pngs_of_the_sizes_they_say(client, site_pages):
    from django.contrib.staticfiles import finders

    icons = json.loads(client.get("/manifest.webmanifest").content)["icons"]
    assert {icon.get("purpose", "any") for icon in icons} == {"any", "maskable"}
    for icon in icons:
        assert icon["src"].startswith("/static/")
        path = finders.find(icon["src"].removeprefix("/static/"))
        width, height = map(int, icon["sizes"].split("x"))
        with Image.open(path) as picture:
            assert picture.format == "PNG" and picture.size == (width, height)


def test_every_page_links_the_manifest_and_loads_the_offline_script(client, site_pages):
    page = soup(client.get("/en/"))
    assert page.find("link", rel="manifest")["href"] == "/en/manifest.webmanifest"
    assert page.find("meta", attrs={"name": "theme-color"})["content"] == "#0b4f9c"
    assert page.find("script", src="/static/js/offline.js")


# --- the service worker -----------------------------------------------------------


def test_the_service_worker_is_served_at_the_root_never_cached(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    # It stores nothing by itself and leaves every non-GET request alone.
    assert 'request.method !== "GET"' in body
    assert "cache.put(" in body and body.count("cache.put(") == 2
    assert client.post("/sw.js").status_code == 405


def test_pages_allow_our_own_worker_and_manifest_and_no_other(client, site_pages):
    policy = client.get("/")["Content-Security-Policy"]
    assert "worker-src 'self'" in policy
    assert "manifest-src 'self'" in policy


def test_the_service_worker_never_intercepts_personal_pages(client, db):
    """The worker's list of personal paths covers every personal area of the site."""
    import re

    body = client.get("/sw.js").content.decode()
    pattern = re.search(r"var PERSONAL = /(.+)/;", body).group(1)
    personal = re.compile(pattern.replace("\\/", "/"))
    for prefix in (*PERSONAL, "/en/classes/", "/en/learning/", "/django-admin/"):
        assert personal.search(prefix + "x"), prefix
    for public in ("/courses/petitions/lesson-1/", "/static/css/site.css", "/"):
        assert not personal.search(public), public


# --- module packs -----------------------------------------------------------------


@pytest.fixture
def picture(media):
    image = get_image_model()(title="Київрада")
    image.file = ImageFile(io.BytesIO(draw_illustration("city")), name="city.png")
    image.save()
    return image


@pytest.fixture
def module(quiz_lesson, picture, h5p_package):
    """A module of two lessons: a quiz and a picture, then an H5P activity."""
    lesson, _quiz, _activity = quiz_lesson()
    course = lesson.get_parent().specific
    course.cover_image = picture
    course.cover_alt = "Будівля Київради"
    course.save_revision().publish()
    second = LessonPage.objects.child_of(course).last().specific
    second.body = json.dumps(
        [
            {
                "type": "image",
                "id": str(uuid.uuid4()),
                "value": {"image": picture.pk, "alt_text": "Київрада", "caption": ""},
            },
            {
                "type": "h5p",
                "id": str(uuid.uuid4()),
                "value": {
                    "package": h5p_package.pk,
                    "required": True,
                    "completion_rule": "completed",
                    "pass_percent": 60,
                },
            },
        ]
    )
    second.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def pack_of(client, course):
    return client.get(reverse("offline_pack", args=[course.pk]))


def test_a_pack_lists_the_module_its_lessons_and_what_they_load(client, module):
    learner = UserFactory()
    client.force_login(learner)
    response = pack_of(client, module)
    assert response.status_code == 200
    pack = response.json()
    urls = [entry["url"] for entry in pack["files"]]
    lessons = LessonPage.objects.child_of(module).live()
    assert urls[0] == module.url
    assert {lesson.url for lesson in lessons} <= set(urls)
    assert pack["cache"] == cache_name(learner)
    assert pack["title"] == module.title
    for path in ("css/site.css", "js/quiz.js", "js/offline.js", "img/logo.svg"):
        assert f"/static/{path}" in urls
    # The pictures as the pages show them: WebP renditions, and no JPEG fallback.
    images = [url for url in urls if url.startswith("/media/images/")]
    assert images and all(url.endswith(".webp") for url in images)
    lesson_page = client.get(lessons.last().url).content.decode()
    for url in images:
        if "fill-640x360" not in url:  # the cover, on the module page
            assert url in lesson_page
    # The player frame, the player and the package's files.
    assert "/static/h5p-standalone/main.bundle.js" in urls
    assert any(url.startswith("/h5p/play/") for url in urls)
    # ... and the frame that plays them offline, with its two scripts.
    assert reverse("h5p_offline_frame") in urls
    assert "/static/js/h5p-offline-host.js" in urls
    assert "/static/js/h5p-offline-frame.js" in urls
    assert any(url.endswith("/h5p.json") for url in urls)
    assert any("/lang/uk/content/content.json" in url for url in urls)
    assert any("/libraries." in url for url in urls)
    # Sizes as stored, and the total of them.
    known = [entry["size"] for entry in pack["files"] if entry["size"] is not None]
    assert known and all(size > 0 for size in known)
    assert pack["size"] == sum(known)


def test_a_pack_holds_nothing_personal_and_no_answer_key(client, module):
    client.force_login(UserFactory())
    pack = pack_of(client, module).json()
    for entry in pack["files"]:
        path = entry["url"].removeprefix("/en")
        assert not path.startswith(PERSONAL), entry["url"]
        # Quizzes are graded by the server; a pack has no quiz endpoint or file.
        assert "quiz" not in path.replace("/static/js/quiz.js", "")
    # The lesson pages it lists (the quiz inside) show no answer key.
    lesson = LessonPage.objects.child_of(module).first()
    html = client.get(lesson.url).content.decode()
    assert "6000" in html  # the question's options are there ...
    assert "correct" not in soup_text_attrs(html)  # ... but not which is right


def soup_text_attrs(html: str) -> str:
    """Every attribute name and value of the page's quiz, as one string."""
    page = BeautifulSoup(html, "html.parser")
    quiz = page.find(attrs={"data-quiz": True})
    return " ".join(
        f"{name}={value}"
        for tag in quiz.find_all(True)
        for name, value in tag.attrs.items()
    )


def test_only_logged_in_people_get_a_pack(client, module):
    response = pack_of(client, module)
    assert response.status_code == 403
    assert (
        "Log in" in response.json()["error"] or "Увійдіть" in response.json()["error"]
    )
    assert "files" not in response.json()


def test_no_pack_of_an_unpublished_or_restricted_module(client, module):
    client.force_login(UserFactory())
    PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.LOGIN
    )
    assert pack_of(client, module).status_code == 404
    PageViewRestriction.objects.all().delete()
    module.unpublish()
    response = pack_of(client, module)
    assert response.status_code == 404 and "files" not in response.json()
    assert client.get("/api/offline/packs/999999/").status_code == 404


def test_a_learners_cache_name_is_theirs_and_says_nothing_about_them(db):
    first, second = UserFactory(), UserFactory()
    assert cache_name(first) != cache_name(second)
    assert cache_name(first) == cache_name(first)
    assert str(first.pk) not in cache_name(first).removeprefix("civiced-offline-")[:3]
    assert first.username not in cache_name(first)


def test_the_module_page_offers_saving_to_logged_in_learners_only(client, module):
    anonymous = soup(client.get(module.url))
    assert anonymous.find(attrs={"data-offline-save": True}) is None
    client.force_login(UserFactory())
    box = soup(client.get(module.url)).find(attrs={"data-offline-save": True})
    assert box["data-pack-url"] == reverse("offline_pack", args=[module.pk])
    assert box.find("button").get_text(strip=True) == "Зберегти для офлайн"


def test_the_saved_page_is_the_learners_own(client, db, site_pages):
    response = client.get(reverse("offline_saved"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    learner = UserFactory()
    client.force_login(learner)
    page = soup(client.get(reverse("offline_saved")))
    assert page.find("h1").get_text(strip=True) == "Збережене для офлайн"
    assert page.find(attrs={"data-offline-saved": True})
    # The page names this learner's cache (in the logout form), and no other.
    owner = page.find(attrs={"data-offline-cache": True})
    assert owner["data-offline-cache"] == cache_name(learner)


# --- logging out ------------------------------------------------------------------


def test_logging_out_tells_the_browser_to_clear_what_it_kept(client, db, site_pages):
    client.force_login(UserFactory())
    confirm = client.get(reverse("account_logout"))
    assert "Clear-Site-Data" not in confirm
    assert soup(confirm).find("form", attrs={"data-offline-logout": True})
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "_auth_user_id" not in client.session


def test_the_logout_button_on_every_page_clears_saved_data_first(
    client, db, site_pages
):
    learner = UserFactory()
    client.force_login(learner)
    form = soup(client.get("/")).find("form", action=reverse("account_logout"))
    assert form.has_attr("data-offline-logout")
    assert form["data-offline-cache"] == cache_name(learner)


def test_deleting_ones_account_clears_what_the_browser_kept(client, db, site_pages):
    from tests.factories import DEFAULT_PASSWORD

    client.force_login(UserFactory())
    refused = client.post(
        "/accounts/profile/delete/", {"password": "nope", "confirm": "on"}
    )
    assert "Clear-Site-Data" not in refused
    response = client.post(
        "/accounts/profile/delete/", {"password": DEFAULT_PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
