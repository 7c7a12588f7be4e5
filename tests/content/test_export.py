"""`manage.py export_content` writes a module out of the CMS in the content/ format,
and the files load into a fresh site as the same module."""

import io
import shutil

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from courses import content_format as fmt
from courses.content_check import problems
from courses.demo import ensure_courses
from courses.export import _plan
from courses.models import CoursePage, GlossaryTerm, LessonPage
from quizzes.demo import ensure_quizzes
from quizzes.models import Quiz

pytestmark = pytest.mark.django_db

MODULE = "public-consultations"


@pytest.fixture
def source(tmp_path):
    root = tmp_path / "source"
    (root / "modules").mkdir(parents=True)
    shutil.copy(fmt.CONTENT_DIR / "glossary.toml", root / "glossary.toml")
    shutil.copytree(fmt.CONTENT_DIR / "modules" / MODULE, root / "modules" / MODULE)
    return root


def _load(home, root):
    catalogue = ensure_courses(home, root=root)
    ensure_quizzes(catalogue, root=root)


def _block(block: dict):
    kind, value = block["type"], block["value"]
    if kind == "glossary":
        term = GlossaryTerm.objects.get(pk=value["term"])
        value = (str(term.translation_key), term.term, term.definition)
    elif kind == "quiz":
        quiz = Quiz.objects.get(pk=value["quiz"])
        value = (
            quiz.title,
            quiz.instructions,
            quiz.pass_mark,
            quiz.feedback_timing,
            list(quiz.questions.raw_data),
            value["required"],
        )
    return kind, value


def _page(page) -> dict:
    page = page.specific
    fields = {"title": page.title, "slug": page.slug, "live": page.live}
    if isinstance(page, CoursePage):
        for name in (
            "summary",
            "age_guidance",
            "cover_alt",
            "teacher_guide",
            "estimated_hours",
            "pd_hours",
            "ects_credits",
            "cover_image_id",
            "certificate_kind",
        ):
            fields[name] = getattr(page, name)
        fields["audiences"] = sorted(page.audiences.values_list("slug", flat=True))
        fields["topics"] = sorted(tag.name for tag in page.topics.all())
        fields["outcomes"] = [b["value"] for b in page.learning_outcomes.raw_data]
    else:
        fields.update(
            intro=page.intro,
            minutes=page.estimated_minutes,
            completion_rule=page.completion_rule,
            as_of=page.as_of,
            review_by=page.review_by,
            sources=[(b["type"], b["value"]) for b in page.sources.raw_data],
            plan=_plan(page.lesson_plan) if page.lesson_plan else None,
            body=[_block(block) for block in page.body.raw_data],
        )
    return fields


def _snapshot() -> dict:
    found = {}
    for language in ("uk", "en"):
        course = CoursePage.objects.get(slug=MODULE, locale__language_code=language)
        lessons = LessonPage.objects.child_of(course).order_by("path")
        found[language] = [_page(course), *(_page(lesson) for lesson in lessons)]
    return found


def _files(root):
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_an_exported_module_loads_into_a_fresh_site_unchanged(
    site_pages, source, tmp_path
):
    _load(site_pages, source)
    before = _snapshot()
    assert len(before["uk"]) == 4 and before["uk"][1]["body"][-1][0] == "quiz"
    assert before["en"][1]["as_of"] and len(before["en"][1]["sources"]) == 3
    assert before["uk"][1]["plan"]["exit_ticket"]["minutes"] == 7
    out = tmp_path / "exported"
    stdout = io.StringIO()
    call_command("export_content", MODULE, "--out", str(out), stdout=stdout)
    assert f"{out}/modules/{MODULE}" in stdout.getvalue()
    exported = _files(out)
    assert problems(out) == []
    assert f"modules/{MODULE}/01-why-ask-residents.quiz.en.toml" in exported
    assert (
        "::: glossary kmda" in exported[f"modules/{MODULE}/01-why-ask-residents.uk.md"]
    )
    assert (
        "[exit_ticket]"
        in exported[f"modules/{MODULE}/01-why-ask-residents.plan.en.toml"]
    )
    assert (
        "as_of = 2025-02-25"
        in exported[f"modules/{MODULE}/03-consultation-rules.quiz.uk.toml"]
    )

    # A fresh site: the module, its quizzes and its glossary terms are gone.
    for language in ("uk", "en"):
        CoursePage.objects.get(slug=MODULE, locale__language_code=language).delete()
    Quiz.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    assert not CoursePage.objects.exists()

    _load(site_pages, out)
    assert _snapshot() == before
    # And the reloaded module exports to the very same files.
    again = tmp_path / "again"
    call_command("export_content", MODULE, "--out", str(again), stdout=io.StringIO())
    assert _files(again) == exported


def test_exporting_an_unknown_module_is_refused_and_writes_nothing(
    site_pages, tmp_path
):
    out = tmp_path / "exported"
    with pytest.raises(CommandError, match="no-such-module"):
        call_command("export_content", "no-such-module", "--out", str(out))
    assert not out.exists()


def test_a_module_without_english_is_refused_and_writes_nothing(
    site_pages, source, tmp_path
):
    _load(site_pages, source)
    english = CoursePage.objects.get(
        slug=MODULE, locale=Locale.objects.get(language_code="en")
    )
    english.delete()
    out = tmp_path / "exported"
    with pytest.raises(CommandError, match="English"):
        call_command("export_content", MODULE, "--out", str(out))
    assert not out.exists()
