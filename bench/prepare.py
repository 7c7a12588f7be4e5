"""The benchmark's own data, sessions and query counts (run by bench/run.py).

Runs with the same settings and database as the served site, after `seed_demo` and
`seed_load`, and prints one JSON object on stdout: for every case the request to
send (method, path, body with a `{key}` placeholder for a fresh UUID), the session
cookies to rotate through, the CSRF token, and the SQL queries one warm request
makes (counted through Django's test client with CaptureQueriesContext).

What it adds, all named `bench-…` so it is easy to tell apart:
- a module "bench" of 30 short lessons; the first holds a 10-question quiz made of
  the demo quizzes' questions (so every fact in it is the demo's), unlimited attempts;
- a teacher teaching a class of 40 learners and one of 400, both assigned the module,
  with lesson progress for every learner and lesson (the grid's 40 x 30 and 400 x 30);
- an open quiz attempt and progress on the demo's richest lesson for the 40 learners.

It also measures the largest module pack of the demo (offline use, issue 24).

`--dashboard-only` prints only the baseline and the dashboard (for the smaller
city, before the benchmark's own data exists).
"""

import argparse
import json
import os
import random
import sys
import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civiced.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.middleware.csrf import _get_new_csrf_string  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from classes.models import Assignment, Class, Institution, Membership  # noqa: E402
from courses.models import Audience, CourseIndexPage, CoursePage, LessonPage  # noqa: E402
from learning.models import LessonProgress  # noqa: E402
from quizzes.demo import model_answers  # noqa: E402
from quizzes.models import Quiz  # noqa: E402
from quizzes.taking import FORM_PREFIX  # noqa: E402
from reports.rollup import rebuild_learner_modules  # noqa: E402

RICH_LESSON = "why-ask-residents"  # the demo's lesson with 12 blocks
H5P_LESSON = "after-the-threshold"  # the demo lesson holding an H5P activity
LESSONS = 30
SMALL_CLASS = 40
LARGE_CLASS = 400
QUESTIONS = 10
SIMPLE_TYPES = ("single_choice", "multiple_choice", "true_false", "short_text")
HOST = "127.0.0.1"
# The site's scripts ask the quiz and H5P endpoints for JSON.
JSON = "application/json"


def _path(page) -> str:
    return urlsplit(page.get_url()).path


def _publish(obj):
    obj.save_revision().publish()
    return obj


def _form_fields(questions: list[dict]) -> list[tuple[str, str]]:
    """The quiz form's fields for answers a learner who knows everything gives."""
    fields = []
    for qid, answer in model_answers(questions).items():
        name = FORM_PREFIX + qid
        if isinstance(answer, list):
            fields += [(name, str(choice)) for choice in answer]
        elif isinstance(answer, bool):
            fields.append((name, "true" if answer else "false"))
        else:
            fields.append((name, str(answer)))
    return fields


def _quiz_block(lesson: LessonPage):
    return next(block for block in lesson.body if block.block_type == "quiz")


def bench_quiz(uk: Locale) -> Quiz:
    """Ten questions taken from the demo quizzes, with fresh ids."""
    raw = []
    for quiz in Quiz.objects.filter(locale=uk, live=True).order_by("pk"):
        for question in quiz.questions.raw_data:
            if question["type"] in SIMPLE_TYPES and len(raw) < QUESTIONS:
                raw.append({**question, "id": str(uuid.uuid4())})
    if len(raw) < QUESTIONS:
        raise SystemExit("bench: the demo quizzes have too few simple questions")
    quiz = Quiz(
        title="bench: 10 питань",
        questions=json.dumps(raw),
        locale=uk,
        attempts_allowed=None,
    )
    quiz.save()
    return _publish(quiz)


def bench_module(uk: Locale, quiz: Quiz) -> tuple[CoursePage, list[LessonPage], str]:
    catalogue = CourseIndexPage.objects.filter(locale=uk).first()
    course = CoursePage(
        title="bench: модуль для вимірювань",
        slug="bench-module",
        summary="Модуль, який створює make bench.",
        locale=uk,
    )
    catalogue.add_child(instance=course)
    course.audiences.set(Audience.objects.filter(slug="school"))
    _publish(course)
    activity_id = str(uuid.uuid4())
    lessons = []
    for number in range(1, LESSONS + 1):
        body = [{"type": "paragraph", "value": f"<p>Урок {number}.</p>"}]
        if number == 1:
            body.append(
                {
                    "type": "quiz",
                    "id": activity_id,
                    "value": {"quiz": quiz.pk, "required": True},
                }
            )
        lesson = LessonPage(
            title=f"bench: урок {number}",
            slug=f"bench-lesson-{number}",
            intro="",
            estimated_minutes=5,
            body=json.dumps(body),
            completion_rule=LessonPage.ACTIVITIES_DONE,
        )
        course.add_child(instance=lesson)
        lessons.append(_publish(lesson))
    return course, lessons, activity_id


def bench_people(course: CoursePage, lessons: list[LessonPage]):
    """A teacher with a class of 40 and one of 400, and their progress."""
    User = get_user_model()
    password = make_password(None)  # nobody logs in with a password
    teacher = User.objects.create(username="bench-teacher", password=password)
    institution = Institution.objects.create(
        name="bench: школа",
        kind=Institution.KINDS[0][0],
        district=Institution.DISTRICTS[0][0],
    )
    rng = random.Random(2026)  # noqa: S311 (synthetic data)
    now = timezone.now()
    classes = {}
    for size in (SMALL_CLASS, LARGE_CLASS):
        learners = User.objects.bulk_create(
            User(username=f"bench-c{size}-{n:04d}", password=password)
            for n in range(size)
        )
        klass = Class.objects.create(
            institution=institution, name=f"bench {size}", academic_year="2026/2027"
        )
        klass.teachers.add(teacher)
        Membership.objects.bulk_create(
            Membership(klass=klass, learner=learner) for learner in learners
        )
        assignment = Assignment.objects.create(
            klass=klass, course=course, created_by=teacher, due_at=now
        )
        rows = []
        for learner in learners:
            for lesson in lessons:
                status = rng.choice(
                    [LessonProgress.COMPLETED] * 3
                    + [LessonProgress.IN_PROGRESS, LessonProgress.NOT_STARTED]
                )
                done = status == LessonProgress.COMPLETED
                rows.append(
                    LessonProgress(
                        learner=learner,
                        lesson=lesson,
                        course=course,
                        status=status,
                        best_score=Decimal(rng.randint(40, 100)) if done else None,
                        completed_at=now - timedelta(days=rng.randint(0, 30))
                        if done
                        else None,
                        last_seen=now - timedelta(days=rng.randint(0, 30)),
                    )
                )
        LessonProgress.objects.bulk_create(rows, batch_size=2000)
        classes[size] = (klass, assignment, learners)
    return teacher, classes


def sessions(users) -> list[str]:
    """A logged-in session cookie value per user (stored wherever sessions live)."""
    values = []
    for user in users:
        client = Client()
        client.force_login(user)
        values.append(client.cookies[settings.SESSION_COOKIE_NAME].value)
    return values


def count_queries(
    method: str, path: str, *, user=None, body: str = "", content_type: str = ""
) -> tuple[int, int]:
    """(status, queries) of the second of two identical requests (warm caches)."""
    client = Client(HTTP_HOST=HOST)
    if user is not None:
        client.force_login(user)
    for _ in range(2):
        data = body.replace("{key}", str(uuid.uuid4()))
        with CaptureQueriesContext(connection) as queries:
            if method == "GET":
                response = client.get(path)
            else:
                response = client.generic(
                    method,
                    path,
                    data.encode(),
                    content_type=content_type,
                    headers={"Accept": JSON},
                )
    return response.status_code, len(queries)


def case(name, method, path, *, user=None, cookies=(), body="", content_type=""):
    status, queries = count_queries(
        method, path, user=user, body=body, content_type=content_type
    )
    return {
        "name": name,
        "method": method,
        "path": path,
        "body": body,
        "content_type": content_type,
        "cookies": list(cookies),
        "status": status,
        "queries": queries,
    }


def dashboard_case(csrf: str) -> dict:
    analyst = get_user_model().objects.get(username="demo-analyst")
    cookie = _cookie(sessions([analyst])[0], csrf)
    return case(
        "dashboard", "GET", reverse("reports_dashboard"), user=analyst, cookies=[cookie]
    )


def _cookie(session: str, csrf: str) -> str:
    return (
        f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={csrf}"
    )


def largest_pack() -> dict:
    """The largest module pack of the demo (offline.pack.module_pack), in the bytes
    a learner's browser stores: the files' stored sizes, and for the pages (the
    module, its lessons, the H5P player frame) the bytes the server sends a
    logged-in learner."""
    from django.test import RequestFactory

    from offline.pack import module_pack

    learner, _ = get_user_model().objects.get_or_create(username="bench-offline")
    client = Client(HTTP_HOST=HOST)
    client.force_login(learner)
    request = RequestFactory().get("/", HTTP_HOST=HOST)
    request.user = learner
    largest = None
    for course in CoursePage.objects.live().public().specific():
        pack = module_pack(course=course, request=request)
        total = 0
        for entry in pack["files"]:
            size = entry["size"]
            if size is None:
                response = client.get(entry["url"])
                size = len(response.content) if response.status_code == 200 else 0
            total += size
        if largest is None or total > largest["bytes"]:
            largest = {
                "module": pack["title"],
                "path": pack["url"],
                "bytes": total,
                "files": len(pack["files"]),
            }
    return largest or {"module": "", "path": "", "bytes": 0, "files": 0}


def offline_plan(csrf: str) -> dict:
    """What bench/offline.py needs: the largest demo pack, the rich lesson and its
    module, and a logged-in learner's cookies."""
    pack = largest_pack()
    uk = Locale.objects.get(language_code="uk")
    rich = LessonPage.objects.live().get(slug=RICH_LESSON, locale=uk)
    learner = get_user_model().objects.get(username="bench-offline")
    return {
        "largest_pack": pack,
        "lesson_path": _path(rich),
        "module_path": _path(rich.get_parent()),
        "offline_cookie": _cookie(sessions([learner])[0], csrf),
    }


def prepare(csrf: str) -> dict:
    # Before the benchmark's own module exists: the demo's modules only.
    offline = offline_plan(csrf)
    uk = Locale.objects.get(language_code="uk")
    with transaction.atomic():
        quiz = bench_quiz(uk)
        course, lessons, quiz_activity = bench_module(uk, quiz)
        teacher, classes = bench_people(course, lessons)
        # The progress above is bulk-inserted: sum it for the reports.
        rebuild_learner_modules()
    # Fresh statistics for the planner, as autovacuum would soon have gathered in
    # production: without them PostgreSQL plans the new lesson's attempts as if it
    # had none and scans them through the wrong index.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    small_learners = classes[SMALL_CLASS][2]
    learner_cookies = [_cookie(s, csrf) for s in sessions(small_learners)]
    teacher_cookie = [_cookie(sessions([teacher])[0], csrf)]

    rich = LessonPage.objects.live().get(slug=RICH_LESSON, locale=uk)
    rich_quiz = _quiz_block(rich)
    autosave_body = urlencode(
        [
            (name, value)
            for name, value in _form_fields(
                rich_quiz.value["quiz"].question_snapshots()
            )
            if name.startswith(FORM_PREFIX)
        ]
    )
    h5p_lesson = LessonPage.objects.live().get(slug=H5P_LESSON, locale=uk)
    h5p_id = next(b.id for b in h5p_lesson.body if b.block_type == "h5p")
    statement = {
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": f"http://{HOST}/h5p/activity", "objectType": "Activity"},
        "result": {"score": {"raw": 3, "max": 4, "min": 0}, "success": True},
        "context": {"contextActivities": {}},
    }
    xapi_body = json.dumps({"key": "{key}", "statement": statement})
    # The placeholder stays outside urlencode, which would escape its braces.
    submit_body = "key={key}&" + urlencode(_form_fields(quiz.question_snapshots()))
    form = "application/x-www-form-urlencoded"
    learner = small_learners[0]
    grid = {
        size: reverse("assignment_grid", args=[klass.pk, assignment.pk])
        for size, (klass, assignment, _learners) in classes.items()
    }
    quiz_api = reverse("quiz_autosave", args=[rich.pk, rich_quiz.id])
    submit_api = reverse("quiz_submit", args=[lessons[0].pk, quiz_activity])
    xapi_api = reverse("h5p_xapi", args=[h5p_lesson.pk, h5p_id])
    # The autosave runs first so that the learner's page shows saved answers.
    cases = [
        case("baseline", "GET", reverse("bench_baseline")),
        case("anonymous lesson", "GET", _path(rich)),
        case(
            "quiz autosave",
            "POST",
            quiz_api,
            user=learner,
            cookies=learner_cookies,
            body=autosave_body,
            content_type=form,
        ),
        case(
            "learner lesson", "GET", _path(rich), user=learner, cookies=learner_cookies
        ),
        case(
            "quiz submit",
            "POST",
            submit_api,
            user=learner,
            cookies=learner_cookies,
            body=submit_body,
            content_type=form,
        ),
        case(
            "xAPI statement",
            "POST",
            xapi_api,
            user=learner,
            cookies=learner_cookies,
            body=xapi_body,
            content_type=JSON,
        ),
        case(
            "class grid 40x30",
            "GET",
            grid[SMALL_CLASS],
            user=teacher,
            cookies=teacher_cookie,
        ),
        case(
            "class grid 400x30",
            "GET",
            grid[LARGE_CLASS],
            user=teacher,
            cookies=teacher_cookie,
        ),
        dashboard_case(csrf),
    ]
    # Every learner gets the open attempt and progress the first one has now.
    client = Client(HTTP_HOST=HOST)
    for other in small_learners[1:]:
        client.force_login(other)
        client.post(quiz_api, autosave_body, content_type=form)
    return {"cases": cases, **offline}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csrf", default="")
    parser.add_argument("--dashboard-only", action="store_true")
    parser.add_argument("--offline-only", action="store_true")
    args = parser.parse_args()
    csrf = args.csrf or _get_new_csrf_string()
    translation.activate("uk")
    if args.dashboard_only:
        plan = {
            "cases": [
                case("baseline", "GET", reverse("bench_baseline")),
                dashboard_case(csrf),
            ]
        }
    elif args.offline_only:
        plan = {"cases": [], **offline_plan(csrf)}
    else:
        plan = prepare(csrf)
    plan["csrf"] = csrf
    json.dump(plan, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
