"""Issue 22, tracks for each audience: a plain-language core for grades 8–9 (detail
moved into "Для допитливих" boxes), a vocational module built on practical
scenarios, and a catalogue whose audience filter finds each track."""

import re
import shutil
import tomllib

import pytest
from bs4 import BeautifulSoup

from courses import content_format as fmt
from courses.demo import ensure_courses

VOCATIONAL = "participation-in-practice"
SCHOOL_CORE = (
    "e-petitions-kyiv-digital",
    "open-government-open-data",
    "public-consultations",
    "vcentri-hub",
    "volunteering-civil-society",
)
CURIOUS = {"uk": "Для допитливих", "en": "For the curious"}
GRADES = {"uk": "8–9", "en": "grades 8–9"}
# A council decision or law number: "№ 103/2006", "No. 1439/1480", "3841-IX".
LEGAL_NUMBER = re.compile(r"(№|No\.)\s*\d+/\d+|\b\d{3,4}-(IX|VIII|VI)\b")
CALLOUT = re.compile(r"^::: callout.*?^:::$", re.M | re.S)


def _folder(slug: str):
    return fmt.CONTENT_DIR / "modules" / slug


def _module(slug: str) -> dict:
    (module,) = [m for m in fmt.read_modules() if m["slug"] == slug]
    return module


def _quiz_items(slug: str, language: str):
    for path in sorted(_folder(slug).glob(f"*.quiz.{language}.toml")):
        yield from tomllib.loads(path.read_text("utf-8"))["question"]


def test_the_vocational_module_has_three_scenario_lessons_in_both_languages():
    module = _module(VOCATIONAL)
    assert "vocational" in module["audiences"]
    assert "university" not in module["audiences"]
    assert len(module["lessons"]) == 3
    for lesson in module["lessons"]:
        assert set(lesson["path"]) == {"uk", "en"}
        for language in ("uk", "en"):
            assert lesson[language]["sources"], lesson["slug"]
            assert lesson[language]["review_by"] > lesson[language]["as_of"]
    meta = tomllib.loads((_folder(VOCATIONAL) / "module.toml").read_text("utf-8"))
    text = " ".join(
        (_folder(VOCATIONAL) / f"{p}").read_text("utf-8")
        for p in sorted(x.name for x in _folder(VOCATIONAL).glob("0*.uk.md"))
    ).lower()
    for scenario in ("гуртожит", "практик", "освітлен"):
        assert scenario in text, scenario
    assert meta["uk"]["title"] and meta["en"]["title"]


def test_the_vocational_quizzes_ask_what_to_do_and_take_the_forms_learners_write():
    for language in ("uk", "en"):
        items = list(_quiz_items(VOCATIONAL, language))
        open_items = [q for q in items if q["type"] == "open_response"]
        assert open_items and all(q["rubric"].strip() for q in open_items)
        choices = [q for q in items if q["type"] == "single_choice"]
        assert len(choices) >= 3
        for question in choices:
            wrong = [o for o in question["options"] if not o["correct"]]
            assert len(wrong) >= 2, question["prompt"][:60]
        for question in (q for q in items if q["type"] == "short_text"):
            assert len(question["accepted"]) >= 3, question["prompt"][:60]


@pytest.mark.parametrize("slug", SCHOOL_CORE)
def test_the_school_core_is_written_for_grades_8_9_with_detail_in_boxes(slug):
    meta = tomllib.loads((_folder(slug) / "module.toml").read_text("utf-8"))
    for language, grades in GRADES.items():
        assert grades in meta[language]["age_guidance"].lower() or (
            grades in meta[language]["age_guidance"]
        ), (slug, language)
    for path in sorted(_folder(slug).glob("0*.md")):
        language = path.name.split(".")[-2]
        text = path.read_text("utf-8").split("+++", 2)[2]
        boxes = CALLOUT.findall(text)
        assert any(
            "callout key_idea" in box and f"title: {CURIOUS[language]}" in box
            for box in boxes
        ), path.name
        main = CALLOUT.sub("", text)
        assert not LEGAL_NUMBER.search(main), (path.name, LEGAL_NUMBER.search(main))


@pytest.fixture
def vocational_site(tmp_path, site_pages):
    root = tmp_path / "content"
    (root / "modules").mkdir(parents=True)
    shutil.copy(fmt.CONTENT_DIR / "glossary.toml", root / "glossary.toml")
    for slug in (VOCATIONAL, "teaching-civic-participation"):
        shutil.copytree(_folder(slug), root / "modules" / slug)
    ensure_courses(site_pages, root=root)


@pytest.mark.django_db
def test_filtering_the_catalogue_by_vocational_lists_the_vocational_module(
    client, vocational_site
):
    title = tomllib.loads((_folder(VOCATIONAL) / "module.toml").read_text("utf-8"))
    html = BeautifulSoup(client.get("/courses/").content, "html.parser")
    labels = [
        o.get_text(strip=True) for o in html.select("select[name=audience] option")
    ]
    assert labels == [
        "Усі аудиторії",
        "Школярі",
        "Студенти університетів",
        "Студенти коледжів і закладів профосвіти",
        "Учителі (підвищення кваліфікації)",
    ]
    html = BeautifulSoup(
        client.get("/courses/?audience=vocational").content, "html.parser"
    )
    cards = html.select(".course-card")
    assert [
        c.select_one(".course-card__title").get_text(strip=True) for c in cards
    ] == [title["uk"]["title"]]
    assert "Студенти коледжів і закладів профосвіти" in cards[0].get_text(" ")
    html = BeautifulSoup(
        client.get("/en/courses/?audience=vocational").content, "html.parser"
    )
    titles = [t.get_text(strip=True) for t in html.select(".course-card__title")]
    assert titles == [title["en"]["title"]]
    assert "Vocational college students" in html.select_one(".course-card").get_text(
        " "
    )
