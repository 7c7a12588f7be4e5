"""Completion rules per content type: the table of what each type reports, the rule a
new H5P block gets, the rules refused, and a required "viewed" block completing."""

import html
import importlib
import json
import re
import uuid
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from courses.models import LessonPage
from h5p import content_types
from h5p.blocks import H5PActivityBlock
from h5p.content_types import Reports, reports_of
from h5p.models import Library, Package
from learning.models import LessonProgress
from tests.courses.test_editing import body_errors, lesson_form
from tests.factories import UserFactory

from .fixtures import statement

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parents[2] / "README.md"

# The common hub types an editor meets (issue 21), each with what it reports.
COMMON = {
    "H5P.MultiChoice": Reports.SCORE,
    "H5P.TrueFalse": Reports.SCORE,
    "H5P.DragText": Reports.SCORE,
    "H5P.Blanks": Reports.SCORE,
    "H5P.DragQuestion": Reports.SCORE,
    "H5P.MarkTheWords": Reports.SCORE,
    "H5P.SingleChoiceSet": Reports.SCORE,
    "H5P.QuestionSet": Reports.SCORE,
    "H5P.Summary": Reports.SCORE,
    "H5P.Essay": Reports.SCORE,
    "H5P.Dictation": Reports.SCORE,
    "H5P.ArithmeticQuiz": Reports.SCORE,
    "H5P.MemoryGame": Reports.SCORE,
    "H5P.ImageHotspotQuestion": Reports.SCORE,
    "H5P.Flashcards": Reports.SCORE,
    "H5P.Agamotto": Reports.COMPLETION,
    "H5P.Accordion": Reports.NOTHING,
    "H5P.AdvancedText": Reports.NOTHING,
    "H5P.Dialogcards": Reports.NOTHING,
    "H5P.ImageHotspots": Reports.NOTHING,
    "H5P.Timeline": Reports.NOTHING,
    "H5P.ImageSlider": Reports.NOTHING,
}


def make_package(main, inner=(), title=None):
    """A published package row whose main library is ``main``, using ``inner``."""
    package = Package.objects.create(
        title=title or main,
        file="h5p/packages/test.h5p",
        main_library=f"{main} 1.0",
        content_path=f"h5p/content/{uuid.uuid4().hex}",
        content_hash="0" * 64,
    )
    libraries = [
        Library.objects.get_or_create(
            machine_name=name,
            major=1,
            minor=0,
            patch=0,
            defaults={"title": name, "content_hash": "0" * 64, "path": f"lib/{name}"},
        )[0]
        for name in (main, *inner)
    ]
    package.libraries.set(libraries)
    package.save()
    return package


def block_value(package, rule="", required=True):
    block = H5PActivityBlock()
    return block.to_python(
        {
            "package": package.pk,
            "required": required,
            "completion_rule": rule,
            "pass_percent": 60,
        }
    )


def test_the_table_says_what_each_common_type_reports():
    for name, reports in COMMON.items():
        assert reports_of(f"{name} 1.2") == reports, name
    assert reports_of("H5P.SomethingNew 1.0") is None


def test_containers_report_as_their_contents():
    for main in ("H5P.Column", "H5P.CoursePresentation", "H5P.InteractiveBook"):
        assert reports_of(f"{main} 1.16", [main, "H5P.AdvancedText"]) == (
            Reports.NOTHING
        )
        assert reports_of(f"{main} 1.16", [main, "H5P.MultiChoice"]) == Reports.SCORE
    # A video sends "completed" at its end, with a score only if it asks something.
    assert reports_of("H5P.InteractiveVideo 1.27", ["H5P.Video"]) == (
        Reports.COMPLETION
    )
    assert reports_of("H5P.InteractiveVideo 1.27", ["H5P.Blanks"]) == Reports.SCORE


@pytest.mark.parametrize(
    ("main", "inner", "rule"),
    [
        ("H5P.MultiChoice", (), "completed"),
        ("H5P.Agamotto", (), "completed"),
        ("H5P.Accordion", ("H5P.AdvancedText",), "viewed"),
        ("H5P.Column", ("H5P.AdvancedText",), "viewed"),
        ("H5P.Column", ("H5P.TrueFalse",), "completed"),
        ("H5P.SomethingNew", (), "viewed"),
    ],
)
def test_a_new_block_takes_the_rule_its_content_type_meets(main, inner, rule):
    value = H5PActivityBlock().clean(block_value(make_package(main, inner)))
    assert value["completion_rule"] == rule


@pytest.mark.parametrize(
    ("main", "rule"),
    [
        ("H5P.Accordion", "completed"),
        ("H5P.Accordion", "score"),
        ("H5P.Timeline", "completed"),
        ("H5P.Agamotto", "score"),
    ],
)
def test_a_required_block_whose_rule_its_type_cannot_meet_is_refused(main, rule):
    package = make_package(main)
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        H5PActivityBlock().clean(block_value(package, rule))
    message = str(refused.value.block_errors["completion_rule"].messages[0])
    assert main in message
    assert "“Viewed”" in message
    # Not required, the block never holds the lesson back: any rule is allowed.
    value = H5PActivityBlock().clean(block_value(package, rule, required=False))
    assert value["completion_rule"] == rule


def test_rules_a_type_meets_are_kept():
    for main, rule in [
        ("H5P.MultiChoice", "score"),
        ("H5P.Accordion", "viewed"),
        ("H5P.SomethingNew", "completed"),  # unknown: the editor decides
    ]:
        value = H5PActivityBlock().clean(block_value(make_package(main), rule))
        assert value["completion_rule"] == rule


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


def h5p_block(package, rule, required=True):
    return (
        "h5p",
        {
            "package": package.pk,
            "required": required,
            "completion_rule": rule,
            "pass_percent": 60,
        },
    )


@pytest.mark.parametrize("action", ["action-publish", "action-save"])
def test_the_editor_is_told_why_a_required_accordion_cannot_be_completed(
    admin_client, make_course, action
):
    course = make_course(title="Петиції", lessons=0)
    accordion = make_package("H5P.Accordion", title="Як подати петицію")
    response = lesson_form(
        admin_client, course, [h5p_block(accordion, "completed")], action
    )
    assert response.status_code == 200
    errors = body_errors(response)
    assert "H5P.Accordion" in errors
    assert "урок ніколи не буде пройдено" in errors
    assert not LessonPage.objects.exists()


def test_a_required_accordion_added_with_the_default_rule_completes_when_opened(
    admin_client, make_course, client
):
    course = make_course(title="Петиції", lessons=0)
    accordion = make_package("H5P.Accordion", title="Як подати петицію")
    response = lesson_form(
        admin_client, course, [h5p_block(accordion, "")], "action-publish"
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get()
    LessonPage.objects.filter(pk=lesson.pk).update(
        completion_rule=LessonPage.ACTIVITIES_DONE
    )
    block = next(b for b in lesson.body if b.block_type == "h5p")
    assert block.value["completion_rule"] == "viewed"
    learner = UserFactory(username="uchen")
    client.force_login(learner)
    # The player opened: the lesson page posts "viewed".
    answer = client.post(f"/api/h5p/{lesson.pk}/{block.id}/viewed/").json()
    assert answer["lesson_status"] == LessonProgress.COMPLETED
    assert (
        "Зараховується, щойно ви її відкриєте"
        in client.get(lesson.url).content.decode()
    )


def test_any_top_level_statement_completes_a_viewed_activity(client, h5p_lesson):
    accordion = make_package("H5P.Accordion")
    lesson, activity_id = h5p_lesson(rule="viewed", package=accordion)
    learner = UserFactory(username="uchen")
    client.force_login(learner)
    response = client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/xapi/",
        json.dumps({"key": str(uuid.uuid4()), "statement": statement("attempted")}),
        content_type="application/json",
    )
    assert response.json()["lesson_status"] == LessonProgress.COMPLETED


def test_the_readme_lists_every_content_type_with_its_rules():
    text = README.read_text()
    section = text.split("### H5P activities", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if re.match(r"\| .* \| `H5P\.", line)]
    assert rows == content_types.readme_rows()


def test_the_editor_is_warned_of_a_content_type_the_table_does_not_know(
    admin_client, make_course
):
    course = make_course(title="Петиції", lessons=0)
    unknown = make_package("H5P.SomethingNew", title="Нова вправа")
    known = make_package("H5P.Accordion", title="Як подати петицію")
    response = lesson_form(
        admin_client,
        course,
        [h5p_block(unknown, ""), h5p_block(known, "")],
        "action-save",
    )
    assert response.status_code == 302
    page = admin_client.get(response["Location"]).content.decode()
    assert "«Нова вправа»" in page
    assert "H5P.SomethingNew" in page
    assert page.count("тип вмісту, якого платформа не знає") == 1
    lesson = LessonPage.objects.get()
    body = lesson.get_latest_revision_as_object().body
    rules = [b.value["completion_rule"] for b in body]
    assert rules == ["viewed", "viewed"]


def test_the_migration_sets_stored_unmeetable_required_rules_to_viewed(make_course):
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = "0007_required_rules_their_type_can_meet"
    migration = importlib.import_module(f"h5p.migrations.{name}")
    # The models as the migration sees them.
    apps = MigrationLoader(connection).project_state(("h5p", name)).apps
    accordion = make_package("H5P.Accordion")
    question = make_package("H5P.MultiChoice")

    def block(package, rule, required=True):
        value = {"package": package.pk, "required": required}
        value |= {"completion_rule": rule, "pass_percent": 60}
        return {"type": "h5p", "id": str(uuid.uuid4()), "value": value}

    body = [
        block(accordion, "completed"),
        block(accordion, "score", required=False),
        block(question, "score"),
        block(accordion, "viewed"),
    ]
    course = make_course(lessons=1, body=body)
    lesson = LessonPage.objects.child_of(course).get()
    migration.forwards(apps, None)
    lesson.refresh_from_db()
    expected = ["viewed", "score", "score", "viewed"]
    assert [b.value["completion_rule"] for b in lesson.body] == expected
    latest = lesson.get_latest_revision_as_object()
    assert [b.value["completion_rule"] for b in latest.body] == expected


def test_the_demo_activity_meets_the_rule_the_demo_seed_gives_it(h5p_package):
    from h5p.blocks import package_reports

    # h5p.demo places H5P.CivicedChoice as required, counted by a 75 % pass mark.
    assert package_reports(h5p_package) == Reports.SCORE
    value = H5PActivityBlock().clean(block_value(h5p_package, "score"))
    assert value["completion_rule"] == "score"


def test_a_page_whose_body_is_rich_text_saves_without_a_warning(rf):
    from django.contrib.messages.storage.fallback import FallbackStorage

    from h5p.wagtail_hooks import warn_of_unknown_content_types
    from home.models import StandardPage

    request = rf.post("/admin/pages/1/edit/")
    request.session = {}
    request._messages = FallbackStorage(request)
    page = StandardPage(title="Про нас", body="<p>Хто ми.</p>")
    warn_of_unknown_content_types(request, page)
    assert list(request._messages) == []


def test_the_chooser_says_beside_the_block_that_a_content_type_is_unknown(
    admin_client, make_course
):
    unknown = make_package("H5P.SomethingNew", title="Нова вправа")
    known = make_package("H5P.Accordion", title="Як подати петицію")
    widget = H5PActivityBlock().child_blocks["package"].widget
    key = widget.display_title_key
    assert widget.get_value_data(known.pk)[key] == "Як подати петицію"
    title = widget.get_value_data(unknown.pk)[key]
    assert title.startswith("Нова вправа (невідомий тип вмісту H5P.SomethingNew")
    # The lesson's edit page gives the chooser that title.
    course = make_course(title="Петиції", lessons=0)
    lesson_form(admin_client, course, [h5p_block(unknown, "")], "action-save")
    lesson = LessonPage.objects.get()
    page = admin_client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    # In the block's form state (telepath JSON), beside the chooser.
    assert f'"string": {json.dumps(title)}' in html.unescape(page)
