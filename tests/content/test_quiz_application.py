"""Quizzes rebuilt around application (issue 22): each module has an open response
with a rubric, the two languages ask the same items, short answers accept the forms
pupils really write, and the university track works with primary texts and data."""

import tomllib

from courses import content_format as fmt
from quizzes.grading import grade_question

MODULES = fmt.CONTENT_DIR / "modules"


def _quiz(path):
    return tomllib.loads(path.read_text("utf-8"))["question"]


def test_every_module_has_an_open_response_with_a_rubric_in_both_languages():
    missing = []
    for folder in fmt.module_folders(MODULES.parent):
        for language in fmt.LANGUAGES:
            items = [
                question
                for path in sorted(folder.glob(f"*.quiz.{language}.toml"))
                for question in _quiz(path)
                if question["type"] == "open_response"
            ]
            if not any(question.get("rubric", "").strip() for question in items):
                missing.append(f"{folder.name} ({language})")
    assert missing == [], "\n".join(missing)


def test_the_ukrainian_and_english_quizzes_ask_the_same_items():
    differ = []
    for path in sorted(MODULES.rglob("*.quiz.uk.toml")):
        english = path.with_name(path.name.replace(".quiz.uk.", ".quiz.en."))
        shape = [(q["type"], q.get("as_of")) for q in _quiz(path)]
        if shape != [(q["type"], q.get("as_of")) for q in _quiz(english)]:
            differ.append(path.name)
    assert differ == [], "\n".join(differ)


def _short_text(path, words: str):
    for question in _quiz(path):
        if question["type"] == "short_text" and words in question["prompt"]:
            return {"points": 1, "id": "q1", **question}
    raise AssertionError(f"{path.name}: no short-text item about {words!r}")


def _accepts(question, typed: str) -> bool:
    return grade_question(question, typed).status == "correct"


def test_the_statute_answer_accepts_the_forms_pupils_write():
    folder = MODULES / "public-consultations"
    uk = _short_text(folder / "01-why-ask-residents.quiz.uk.toml", "2002")
    for typed in ("статуту", "У Статуті", "Статут громади", "Charter", "Статут."):
        assert _accepts(uk, typed), typed
    en = _short_text(folder / "01-why-ask-residents.quiz.en.toml", "2002")
    for typed in ("the charter", "Charter", "Statute", "Статут"):
        assert _accepts(en, typed), typed
    assert not _accepts(uk, "Конституція")


def test_the_monitoring_council_answer_accepts_its_cases():
    folder = MODULES / "open-government-open-data"
    uk = _short_text(folder / "02-kyiv-action-plan.quiz.uk.toml", "стежить")
    for typed in ("координаційної ради", "Координаційну раду", "Coordination Council"):
        assert _accepts(uk, typed), typed
    assert not _accepts(uk, "IRM")


def test_the_rebuilt_modules_ask_what_happens_next_not_only_codes_and_dates():
    """The recall items that asked for a number alone (signatures, working days, the
    voting age, months until a law takes effect, the volunteering age) became
    scenarios."""
    for slug, lesson, words in (
        ("e-petitions-kyiv-digital", "01-kyiv-petitions", "Що відбувається далі?"),
        ("e-petitions-kyiv-digital", "02-after-the-threshold", "Хто вирішує"),
        ("e-petitions-kyiv-digital", "03-kyiv-digital", "Який інструмент"),
        ("public-consultations", "02-hearings-initiatives-meetings", "Яка форма"),
        ("volunteering-civil-society", "01-who-can-volunteer", "Що їй потрібно"),
    ):
        prompts = [
            q["prompt"] for q in _quiz(MODULES / slug / f"{lesson}.quiz.uk.toml")
        ]
        assert any(words in prompt for prompt in prompts), (slug, lesson)


def test_the_university_track_reads_primary_texts_and_city_data():
    folder = MODULES / "reading-the-city"
    module = tomllib.loads((folder / "module.toml").read_text("utf-8"))
    assert module["audiences"] == ["university"]
    lessons = sorted(p.name for p in folder.glob("*.uk.md"))
    assert lessons == [
        "01-reading-a-decision.uk.md",
        "02-reading-the-action-plan.uk.md",
        "03-checking-a-data-set.uk.md",
    ]
    for language, prefix in (("uk", ""), ("en", "/en")):
        decision = (folder / f"01-reading-a-decision.{language}.md").read_text("utf-8")
        assert "103/2006" in decision and "1439/1480" in decision and "5.3" in decision
        plan = (folder / f"02-reading-the-action-plan.{language}.md").read_text("utf-8")
        assert "UAIEV0001" in plan
        assert f"({prefix}/open-data/uaiev0001/)" in plan
        data = (folder / f"03-checking-a-data-set.{language}.md").read_text("utf-8")
        assert "data.gov.ua" in data and f"({prefix}/open-data/)" in data
    # The platform's own count is never presented as the city's report.
    assert "не звіт міста" in (folder / "03-checking-a-data-set.uk.md").read_text(
        "utf-8"
    )
    assert "not the city's report" in (
        folder / "03-checking-a-data-set.en.md"
    ).read_text("utf-8")
