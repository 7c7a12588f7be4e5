"""Every starter lesson carries its teacher's 45-minute plan in both languages, and
time-sensitive quiz items carry the date their answer is right as of; a mistake in
either is named with the file and the field."""

import datetime
import shutil

from courses import content_format as fmt
from courses.blocks import LESSON_MINUTES, PLAN_STEPS
from courses.content_check import problems
from tests.content.test_content_files import LESSON, MODULE, _edit, copy  # noqa: F401

PLAN = f"content/modules/{MODULE}/{LESSON}.plan"


def test_every_starter_lesson_has_a_45_minute_plan_in_both_languages():
    for module in fmt.read_modules():
        for lesson in module["lessons"]:
            for language in fmt.LANGUAGES:
                plan = lesson[language].get("plan")
                assert plan, (module["slug"], lesson["slug"], language)
                assert plan["goal"] and plan["activity"]["tasks"]
                total = sum(plan[step]["minutes"] for step in PLAN_STEPS)
                assert total == LESSON_MINUTES, (lesson["slug"], language)


def test_a_lesson_without_its_plan_is_named(copy):  # noqa: F811
    (copy / "modules" / MODULE / f"{LESSON}.plan.en.toml").unlink()
    assert (
        f"{PLAN}.en.toml: missing: every lesson needs its 45-minute plan"
        in problems(copy)
    )


def test_a_plan_that_does_not_fill_the_lesson_is_named(copy):  # noqa: F811
    path = copy / "modules" / MODULE / f"{LESSON}.plan.uk.toml"
    text = path.read_text(encoding="utf-8")
    _edit(path, "[hook]\nminutes = 5", "[hook]\nminutes = 15")
    found = problems(copy)
    assert f"{PLAN}.uk.toml: minutes: the steps take 55 minutes, not 45" in found
    path.write_text(text.replace('goal = "', 'aim = "', 1), encoding="utf-8")
    assert f"{PLAN}.uk.toml: goal: missing" in problems(copy)


def test_a_plan_without_tasks_for_the_handout_is_named(copy):  # noqa: F811
    path = copy / "modules" / MODULE / f"{LESSON}.plan.uk.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("tasks = [", "jobs = [", 1), encoding="utf-8")
    assert (
        f"{PLAN}.uk.toml: activity.tasks: at least one task for the handout"
        in problems(copy)
    )


def test_time_sensitive_quiz_items_carry_their_date():
    dated = {
        (quiz["module"], quiz["lesson"], language): [
            value.get("as_of") for _kind, value in quiz[language]["questions"]
        ]
        for quiz in fmt.read_quizzes()
        for language in fmt.LANGUAGES
    }
    # The Kyiv petition threshold and the law not yet in force under martial law.
    threshold = dated[("e-petitions-kyiv-digital", "kyiv-petitions", "uk")]
    assert threshold[0] == datetime.date(2025, 12, 28)
    law = dated[("public-consultations", "consultation-rules", "en")]
    assert law[2] == datetime.date(2025, 2, 25)
    for (module, lesson, _language), dates in dated.items():
        other = dated[(module, lesson, "en" if _language == "uk" else "uk")]
        assert dates == other, (module, lesson)


def test_a_quiz_item_with_a_date_that_is_not_a_date_is_named(tmp_path):
    root = tmp_path / "content"
    (root / "modules").mkdir(parents=True)
    shutil.copy(fmt.CONTENT_DIR / "glossary.toml", root / "glossary.toml")
    module = "e-petitions-kyiv-digital"
    shutil.copytree(fmt.CONTENT_DIR / "modules" / module, root / "modules" / module)
    path = root / "modules" / module / "01-kyiv-petitions.quiz.en.toml"
    _edit(path, "as_of = 2025-12-28", 'as_of = "December 2025"')
    name = f"content/modules/{module}/01-kyiv-petitions.quiz.en.toml"
    assert (
        f"{name}: question 1 (single_choice): as_of: must be a date (YYYY-MM-DD)"
        in problems(root)
    )
