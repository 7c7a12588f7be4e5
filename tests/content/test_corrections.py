"""Facts the fact-check found wrong stay corrected in content/ (content-facts.md,
section 8). Each test greps the text files for the wording that carried the error."""

import re

from courses import content_format as fmt

IRM = re.compile(r"\bIRM\b|(?i:незалежн\w* механізм|independent reporting)")
NATIONAL = re.compile(r"національн|national", re.I)
COUNCIL = {
    "uk": "Координаційна рада з питань розвитку громадянського суспільства",
    "en": "Coordination Council for Civil Society Development",
}


def _texts():
    for path in sorted(fmt.CONTENT_DIR.rglob("*")):
        if path.suffix in (".md", ".toml"):
            yield path, path.read_text(encoding="utf-8")


def _sentences(text: str):
    return re.split(r"(?<=[.!?])\s+|\n", text)


def test_the_irm_is_only_ever_said_to_review_national_plans():
    """OGP's IRM reviews national plans; Kyiv's plan is monitored by the city's
    Coordination Council (content-facts 6.5, 6.13, section 8 item 11)."""
    wrong = [
        f"{path.relative_to(fmt.CONTENT_DIR)}: {sentence.strip()[:120]}"
        for path, text in _texts()
        for sentence in _sentences(text)
        if IRM.search(sentence) and not NATIONAL.search(sentence)
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_action_plan_lesson_names_kyivs_monitoring_body():
    folder = fmt.CONTENT_DIR / "modules" / "open-government-open-data"
    for language, name in COUNCIL.items():
        lesson = (folder / f"02-kyiv-action-plan.{language}.md").read_text("utf-8")
        assert name in lesson, language
        quiz = (folder / f"02-kyiv-action-plan.quiz.{language}.toml").read_text("utf-8")
        assert name in quiz, language


def test_the_pd_module_claims_no_real_institution():
    """Issue 22: the teacher module was presented as offered with, worth 30 hours
    and 1 ECTS credit from, and certified by Grinchenko University's postgraduate
    institute; no source supports any of it (content-facts 6.15, section 8 item 12)."""
    folder = fmt.CONTENT_DIR / "modules" / "teaching-civic-participation"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
    for claim in (
        "пропонується разом з",
        "offered with",
        "30 годин",
        "30 hours",
        "30-hour",
        "ЄКТС",
        "ECTS",
        "Директор Інституту",
        "Director of the Institute",
    ):
        assert claim not in text, claim
    assert "демонстраційний модуль" in text.lower()
    assert "demonstration module" in text.lower()
