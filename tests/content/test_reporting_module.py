"""Issue 22: the module "How the city reports on its promises" teaches who monitors
Kyiv's local action plan (the Coordination Council, not the IRM), the reports the
plan promises, and links this platform's commitment page as the platform's own
count, not the city's report (content-facts 6.5, 6.13, section 8 item 11)."""

import re
import tomllib

from django.urls import reverse
from django.utils import translation

from courses import content_format as fmt

FOLDER = fmt.CONTENT_DIR / "modules" / "city-reports-on-promises"
COUNCIL = {
    "uk": "Координаційна рада з питань розвитку громадянського суспільства",
    "en": "Coordination Council for Civil Society Development",
}
REPORTS = {
    "uk": ("щоквартальні та щорічні публічні звіти", "«Відкритий уряд»"),
    "en": ("quarterly and annual public reports", '"Open Government" section'),
}
NOT_THE_CITYS = {"uk": "а не звіт міста", "en": "not the city's report"}


def _text(name: str) -> str:
    return (FOLDER / name).read_text("utf-8")


def test_the_module_is_in_the_catalogue_for_every_learner_audience():
    (module,) = [m for m in fmt.read_modules() if m["slug"] == FOLDER.name]
    assert set(module["audiences"]) == {"school", "vocational", "university"}
    assert [lesson["slug"] for lesson in module["lessons"]] == [
        "who-checks-the-plan",
        "reading-a-commitment",
        "what-residents-can-do",
    ]
    meta = tomllib.loads(_text("module.toml"))
    assert meta["uk"]["title"] == "Як місто звітує про свої обіцянки"
    assert meta["en"]["title"] == "How the city reports on its promises"


def test_the_first_lesson_names_the_monitoring_body_and_the_reports():
    for language, council in COUNCIL.items():
        lesson = _text(f"01-who-checks-the-plan.{language}.md")
        assert council in lesson, language
        for phrase in REPORTS[language]:
            assert phrase in lesson, (language, phrase)
        assert COUNCIL[language] in _text(
            f"01-who-checks-the-plan.quiz.{language}.toml"
        )


def test_the_commitment_page_is_linked_as_the_platforms_own_count():
    for language, marker in NOT_THE_CITYS.items():
        with translation.override(language):
            url = reverse("commitment_progress")
        lesson = _text(f"03-what-residents-can-do.{language}.md")
        links = re.findall(r"\]\(([^)\s]+)\)", lesson)
        assert url in links, (language, url, links)
        assert marker in lesson, language


def test_every_lesson_has_a_for_the_curious_box_and_a_dated_review():
    for language, title in (("uk", "Для допитливих"), ("en", "For the curious")):
        paths = sorted(FOLDER.glob(f"0*.{language}.md"))
        assert len(paths) == 3, language
        for path in paths:
            text = path.read_text("utf-8")
            assert f"title: {title}" in text, path.name
            assert "review_by = 2027-03-31" in text, path.name


def test_each_quiz_asks_for_application_and_the_module_has_a_rubric():
    open_responses = 0
    for path in sorted(FOLDER.glob("*.quiz.*.toml")):
        questions = tomllib.loads(path.read_text("utf-8"))["question"]
        assert 3 <= len(questions) <= 6, path.name
        for question in questions:
            if question["type"] == "open_response":
                open_responses += 1
                assert question["rubric"].strip(), path.name
    assert open_responses >= 2  # one per language at least
