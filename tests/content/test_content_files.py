"""The starter content in content/ is complete and well-formed, and a mistake in a
file is reported with the file and the field, so a methodologist can fix it."""

import re
import shutil

import pytest

from courses import content_format as fmt
from courses.content_check import problems

MODULE = "public-consultations"
LESSON = "01-why-ask-residents"


@pytest.fixture
def copy(tmp_path):
    """A copy of content/ with one module, to break on purpose."""
    root = tmp_path / "content"
    (root / "modules").mkdir(parents=True)
    shutil.copy(fmt.CONTENT_DIR / "glossary.toml", root / "glossary.toml")
    shutil.copytree(fmt.CONTENT_DIR / "modules" / MODULE, root / "modules" / MODULE)
    assert problems(root) == []
    return root


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_starter_content_has_no_problems():
    found = problems()
    assert found == [], "\n".join(found)


def test_every_lesson_and_quiz_exists_in_both_languages():
    modules = fmt.read_modules()
    assert len(modules) >= 6
    for module in modules:
        assert module["lessons"], module["slug"]
        for lesson in module["lessons"]:
            assert set(lesson["path"]) == {"uk", "en"}, lesson["slug"]
            assert lesson["uk"]["title"] != lesson["en"]["title"]
    quizzes = fmt.read_quizzes()
    lessons = [(m["slug"], x["slug"]) for m in modules for x in m["lessons"]]
    assert sorted((q["module"], q["lesson"]) for q in quizzes) == sorted(lessons)
    assert all(set(q["path"]) == {"uk", "en"} for q in quizzes)


def test_a_lesson_without_its_english_version_is_named(copy):
    (copy / "modules" / MODULE / f"{LESSON}.en.md").unlink()
    assert (
        f"content/modules/{MODULE}/{LESSON}.uk.md: language: no en version of this "
        "lesson" in problems(copy)
    )


def test_an_image_without_alt_text_is_named(copy):
    path = copy / "modules" / MODULE / f"{LESSON}.uk.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\nalt: [^\n]*", "\nalt:", text, count=1), "utf-8")
    assert any(
        p.startswith(f"content/modules/{MODULE}/{LESSON}.uk.md: block 1 (image)")
        and "alt" in p
        for p in problems(copy)
    )


def test_front_matter_of_the_wrong_type_is_named(copy):
    path = copy / "modules" / MODULE / f"{LESSON}.en.md"
    _edit(path, "minutes = 9", 'minutes = "nine"')
    _edit(path, "review_by = 2027-03-31", 'review_by = "soon"')
    found = problems(copy)
    name = f"content/modules/{MODULE}/{LESSON}.en.md"
    assert f"{name}: minutes: must be int" in found
    assert f"{name}: review_by: must be date" in found


def test_a_source_without_its_date_is_named(copy):
    path = copy / "modules" / MODULE / f"{LESSON}.uk.md"
    _edit(path, "as_of = 1996-06-28\n", "")
    assert (
        f"content/modules/{MODULE}/{LESSON}.uk.md: sources[1].as_of: must be a date "
        "(YYYY-MM-DD)" in problems(copy)
    )


def test_quiz_items_without_key_feedback_or_explanation_are_named(copy):
    path = copy / "modules" / MODULE / f"{LESSON}.quiz.uk.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("correct = true\n", "correct = false\n", 1)
    text = text.replace('explanation = "Київрада', 'comment = "Київрада', 1)
    text = text.replace('feedback_true = "', 'feedback_true = "" #', 1)
    path.write_text(text, encoding="utf-8")
    found = problems(copy)
    name = f"content/modules/{MODULE}/{LESSON}.quiz.uk.toml"
    assert f"{name}: question 1 (matching): explanation: missing" in found
    assert (
        f"{name}: question 2 (single_choice): options: no option is marked "
        "correct = true" in found
    )
    assert f"{name}: question 3 (true_false): feedback_true: missing" in found


def test_a_glossary_block_must_name_a_term_in_the_glossary(copy):
    path = copy / "modules" / MODULE / f"{LESSON}.en.md"
    _edit(path, "::: glossary kmda", "::: glossary no-such-term")
    assert any(
        "(glossary): term: 'no-such-term' is not in content/glossary.toml" in p
        for p in problems(copy)
    )


def test_a_broken_file_is_reported_not_raised(copy):
    path = copy / "modules" / MODULE / "module.toml"
    _edit(path, 'slug = "', "slug = ")
    (found,) = [p for p in problems(copy) if "module.toml" in p]
    assert found.startswith(str(path)) and "not valid TOML" in found


@pytest.mark.parametrize(
    "html",
    [
        '<p>Plain <b>bold</b>, <i>italic</i> and <a href="https://x.ua">link</a>.</p>',
        "<p>One.</p><ul><li>a</li><li><b>b</b></li></ul><ol><li>first</li></ol>",
        "<p>A star * and [brackets] stay as HTML</p><p>next</p>",
        '<p data-block-key="x1">Edited in the admin</p>',
        "<h3>Not in the subset</h3><p>after</p>",
        "text outside a paragraph",
    ],
)
def test_rich_text_survives_the_markdown_form_exactly(html):
    assert fmt.markdown_to_html(fmt.html_to_markdown(html)) == html


def test_lesson_blocks_survive_the_file_form_exactly(tmp_path):
    body = [
        ("heading", "Заголовок"),
        ("paragraph", "<p>Перший.</p>"),
        ("paragraph", "<p>Другий, окремий блок.</p>"),
        ("image", {"motif": "hub", "alt": "Опис", "caption": ""}),
        ("glossary", "kmda"),
        ("callout", {"kind": "tip", "title": "Порада", "text": "<p>Текст</p>"}),
        ("quote", {"quote": "Цитата", "source": "Хтось", "source_url": ""}),
        ("discussion", {"prompt": "Питання?", "teacher_note": ""}),
    ]
    path = tmp_path / "lesson.uk.md"
    path.write_text(fmt.write_lesson({"slug": "x", "title": "T"}, body), "utf-8")
    front, read = fmt.read_lesson(path)
    assert front == {"slug": "x", "title": "T"}
    assert read == body


@pytest.mark.parametrize("hours", ['"2.25"', '"lots"', '"0"', '"1000"'])
def test_estimated_hours_must_fit_the_course_field(copy, hours):
    """The course page keeps one decimal place (0.1 to 999.9): a module that says
    "2.25" would pass the check and then stop seed_demo with a ValidationError."""
    path = copy / "modules" / MODULE / "module.toml"
    _edit(path, 'estimated_hours = "1.0"', f"estimated_hours = {hours}")
    name = f"content/modules/{MODULE}/module.toml"
    assert any(
        p.startswith(f"{name}: estimated_hours: must be") for p in problems(copy)
    ), problems(copy)
