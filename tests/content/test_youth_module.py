"""Issue 22: the module "Young people in the city: how to be heard" is written for
pupils, vocational students and university students, stays within the checked
facts (content-facts sections 5, 6.9, 7 and 8) and loads into the catalogue with its
audience filters, plans and handouts."""

import re
import shutil
import tomllib

import pytest
from bs4 import BeautifulSoup

from courses import content_format as fmt
from courses.demo import ensure_courses
from courses.models import CoursePage, LessonPage
from quizzes.demo import ensure_quizzes

SLUG = "youth-participation"
FOLDER = fmt.CONTENT_DIR / "modules" / SLUG
LESSONS = ["where-youth-voice-counts", "tools-by-age", "from-idea-to-action"]
TITLES = {
    "uk": "Молодь у місті: як бути почутими",
    "en": "Young people in the city: how to be heard",
}
# The participatory budget's status since 2022 is unconfirmed (7.7, section 8 item 8).
PB_UNCONFIRMED = {
    "uk": "чи працює громадський бюджет Києва зараз, ми не змогли підтвердити",
    "en": "we could not confirm whether Kyiv's participatory budget is running now",
}
EVERY_YEAR = re.compile(r"щороку|щорічно|every year|each year|annually", re.I)
NEGATED = re.compile(r"не кажіть|do not say|не подавайте|не проводять щороку", re.I)
# No real institution offers, endorses or certifies these modules (6.9, 6.15).
ENDORSED = re.compile(
    r"(Молодіжн\w* рад\w*|Youth Council|Грінченк\w*|Grinchenko|Пласт\w*|Plast)"
    r"[^.]*(схвалил|сертифік|пропонує цей|endorse|certif|approved this|offers this)",
    re.I,
)


def _text(name: str) -> str:
    return (FOLDER / name).read_text("utf-8")


def _sentences(text: str):
    return re.split(r"(?<=[.!?])\s+|\n", text)


def _claims():
    """What the module asserts: every text file, but in a quiz only the prompts,
    right answers, feedback and explanations (a wrong option may quote a myth)."""
    for path in sorted(FOLDER.iterdir()):
        if ".quiz." not in path.name:
            yield path.name, path.read_text("utf-8")
            continue
        for question in tomllib.loads(path.read_text("utf-8"))["question"]:
            for option in question.pop("options", []):
                if option["correct"]:
                    yield path.name, option["text"]
                yield path.name, option["feedback"]
            yield (
                path.name,
                "\n".join(
                    value for value in question.values() if isinstance(value, str)
                ),
            )


def test_the_module_is_for_every_learner_audience_with_three_lessons():
    (module,) = [m for m in fmt.read_modules() if m["slug"] == SLUG]
    assert set(module["audiences"]) == {"school", "vocational", "university"}
    assert [lesson["slug"] for lesson in module["lessons"]] == LESSONS
    meta = tomllib.loads(_text("module.toml"))
    for language, title in TITLES.items():
        assert meta[language]["title"] == title
    others = [m["order"] for m in fmt.read_modules() if m["slug"] != SLUG]
    # After the eight earlier modules, and on a place of its own.
    assert meta["order"] > 8 and meta["order"] not in others


def test_every_lesson_has_a_for_the_curious_box_sources_and_dates():
    for language, title in (("uk", "Для допитливих"), ("en", "For the curious")):
        for number, lesson in enumerate(LESSONS, 1):
            front, _ = fmt.read_lesson(FOLDER / f"0{number}-{lesson}.{language}.md")
            assert front["sources"] and front["as_of"] and front["review_by"]
            assert f"title: {title}" in _text(f"0{number}-{lesson}.{language}.md")


def test_the_participatory_budget_is_never_said_to_run_every_year():
    for language, marker in PB_UNCONFIRMED.items():
        assert marker in _text(f"02-tools-by-age.{language}.md"), language
    wrong = [
        f"{name}: {sentence.strip()[:120]}"
        for name, text in _claims()
        for sentence in _sentences(text)
        if EVERY_YEAR.search(sentence)
        and re.search(r"бюджет|budget", sentence, re.I)
        and not NEGATED.search(sentence)
    ]
    assert wrong == [], "\n".join(wrong)


def test_no_real_institution_is_said_to_endorse_or_certify_the_modules():
    wrong = []
    for path in sorted(FOLDER.iterdir()):
        for sentence in _sentences(path.read_text("utf-8")):
            found = ENDORSED.search(sentence)
            # A quiz may quote the wrong claim to refute it; the claim then sits
            # in a prompt or a wrong option, never in the lesson text.
            if found and path.suffix == ".md":
                wrong.append(f"{path.name}: {sentence.strip()[:120]}")
    assert wrong == [], "\n".join(wrong)
    for language in ("uk", "en"):
        lesson = _text(f"01-where-youth-voice-counts.{language}.md")
        assert "UAIEV0001" in lesson


def test_volunteering_and_voting_ages_follow_the_facts():
    uk = _text("02-tools-by-age.uk.md")
    en = _text("02-tools-by-age.en.md")
    assert "від 14 до 18 років" in uk and "згодою батьків або опікунів" in uk
    assert "aged 14 to 18" in en and "consent of a parent or guardian" in en
    assert "**від 16 років**" in uk and "**from the age of 16**" in en
    assert "6000 підписів за 60 днів" in uk and "6,000 signatures in 60 days" in en


def test_each_quiz_asks_for_application_and_the_module_has_rubrics():
    open_responses = 0
    for path in sorted(FOLDER.glob("*.quiz.*.toml")):
        questions = tomllib.loads(path.read_text("utf-8"))["question"]
        assert 3 <= len(questions) <= 6, path.name
        for question in questions:
            if question["type"] == "open_response":
                open_responses += 1
                assert question["rubric"].strip(), path.name
    assert open_responses >= 2


@pytest.fixture
def loaded(site_pages, tmp_path):
    """Only this module, loaded by the same functions seed_demo calls."""
    root = tmp_path / "content"
    (root / "modules").mkdir(parents=True)
    shutil.copy(fmt.CONTENT_DIR / "glossary.toml", root / "glossary.toml")
    shutil.copytree(FOLDER, root / "modules" / SLUG)
    catalogue = ensure_courses(site_pages, root=root)
    ensure_quizzes(catalogue, root=root)
    return catalogue


def _titles(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in html.select(".course-card__title")]


@pytest.mark.django_db
@pytest.mark.parametrize("audience", ["school", "vocational", "university"])
def test_the_catalogue_lists_the_module_for_each_learner_audience(
    client, loaded, audience
):
    assert _titles(client.get(f"/courses/?audience={audience}")) == [TITLES["uk"]]
    assert _titles(client.get("/courses/?audience=teacher_pd")) == []


@pytest.mark.django_db
def test_the_module_loads_in_both_languages_with_plans_and_handouts(client, loaded):
    for language in ("uk", "en"):
        course = CoursePage.objects.get(slug=SLUG, locale__language_code=language)
        assert course.title == TITLES[language] and course.live
        lessons = LessonPage.objects.child_of(course).live().specific()
        assert [lesson.slug for lesson in lessons] == LESSONS
    lesson = LessonPage.objects.get(
        slug="from-idea-to-action", locale__language_code="uk"
    )
    soup = BeautifulSoup(client.get(f"{lesson.url}handout/").content, "html.parser")
    text = soup.get_text(" ", strip=True)
    assert "Крок 4. Зробіть і прозвітуйте" in text
    assert "Чия згода потрібна, щоб опублікувати у звіті фото" in text
    assert "Запишіть перший крок, який ви зробите для свого проєкту" in text
