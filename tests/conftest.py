"""Fixtures shared by every test."""

import json
import uuid

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from wagtail.models import Locale, Site

from civiced.versioned import clear_process_caches
from courses.models import (
    Audience,
    CourseIndexPage,
    CoursePage,
    GlossaryTerm,
    LessonPage,
)
from home.demo import ensure_site_pages
from quizzes.models import Quiz
from tests import commits
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.quizzes.builders import publish as publish_revision
from tests.quizzes.builders import short_text, single_choice

pytest_plugins = ["tests.h5p.fixtures"]


@pytest.fixture(scope="session", autouse=True)
def commits_with_caches_on():
    """With the caches on, on_commit callbacks run as in production (tests.commits)."""
    if django_settings.TEST_CACHES:
        commits.install()


@pytest.fixture
def django_capture_on_commit_callbacks():
    return commits.capture


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with empty caches, shared and per process: what one test's
    pages, site settings or rate limits put there must not show in the next test's
    (home.chrome)."""
    cache.clear()
    clear_process_caches()


@pytest.fixture
def caches_off(settings):
    """For a test about the uncached path (a page rendered in full, its queries
    counted, sessions in the database), also when the suite runs with the caches on
    (CIVICED_TEST_CACHES) and Redis."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    settings.PAGE_CACHE_SECONDS = 0
    settings.GRID_CACHE_SECONDS = 0
    settings.USER_CACHE_SECONDS = 0


@pytest.fixture
def password():
    return DEFAULT_PASSWORD


@pytest.fixture
def user(db):
    return UserFactory(username="olena", email="olena@example.org")


@pytest.fixture
def pupil(db):
    """A pupil's account: no email at all."""
    return UserFactory(username="pupil7b", email="")


@pytest.fixture
def site_pages(db):
    """The home page in both languages with About and Privacy, as the demo has them."""
    return ensure_site_pages()


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def default_site(db):
    return Site.objects.get(is_default_site=True)


def publish(page):
    page.save_revision().publish()
    return page


def paragraphs(n: int) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>Абзац {i}.</p>"} for i in range(n)]


@pytest.fixture
def catalogue(site_pages):
    index = CourseIndexPage(title="Курси", slug="courses", intro="Усі курси")
    site_pages.add_child(instance=index)
    return publish(index)


@pytest.fixture
def make_course(catalogue):
    def make(
        title="Електронні петиції",
        slug=None,
        audiences=("school",),
        topics=("петиції",),
        lessons=3,
        body=None,
        parent=None,
        **fields,
    ):
        Audience.ensure_all()
        course = CoursePage(
            title=title,
            slug=slug or f"course-{CoursePage.objects.count() + 1}",
            summary=f"Коротко про {title}.",
            **fields,
        )
        course.audiences.set(Audience.objects.filter(slug__in=audiences))
        course.topics.set(list(topics), clear=True)
        (parent or catalogue).add_child(instance=course)
        publish(course)
        for number in range(1, lessons + 1):
            lesson = LessonPage(
                title=f"{title}: урок {number}",
                slug=f"lesson-{number}",
                intro=f"Вступ до уроку {number}.",
                estimated_minutes=10 + number,
                body=json.dumps(body if body is not None else paragraphs(2)),
            )
            course.add_child(instance=lesson)
            publish(lesson)
        return course

    return make


@pytest.fixture
def glossary_term(db):
    return GlossaryTerm.objects.create(
        term="Петиція",
        definition="Колективне звернення до влади.",
        locale=Locale.objects.get(language_code="uk"),
    )


@pytest.fixture
def make_quiz(db):
    def make(questions=None, **settings):
        quiz = Quiz(
            title="Перевірка знань",
            questions=json.dumps(questions or [single_choice(), short_text()]),
            locale=Locale.objects.get(language_code="uk"),
            **settings,
        )
        quiz.save()
        return publish_revision(quiz)

    return make


@pytest.fixture
def quiz_lesson(make_course, make_quiz):
    """A module whose first lesson holds a required quiz; returns (lesson, quiz, id)."""

    def make(quiz=None, required=True, lessons=2, **course_fields):
        """Lessons complete when their required quiz is passed (the demo's rule)."""
        quiz = quiz or make_quiz()
        activity_id = str(uuid.uuid4())
        body = [
            {"type": "paragraph", "value": "<p>Текст уроку.</p>"},
            {
                "type": "quiz",
                "id": activity_id,
                "value": {"quiz": quiz.pk, "required": required},
            },
        ]
        course = make_course(lessons=lessons, body=body, **course_fields)
        LessonPage.objects.child_of(course).update(
            completion_rule=LessonPage.ACTIVITIES_DONE
        )
        lesson = LessonPage.objects.child_of(course).first()
        return lesson, quiz, activity_id

    return make


# Logged-in lesson pages with their caches on (courses.lesson_shell and the caches it
# fills from), the others as their tests count on, and a quiz lesson with a teachers'
# note.
@pytest.fixture
def shells(settings, caches_off):
    settings.PAGE_CACHE_SECONDS = 300
    yield
    cache.clear()
    clear_process_caches()


@pytest.fixture
def quiz_page(quiz_lesson):
    lesson, quiz, activity = quiz_lesson()
    lesson.body = json.dumps(
        [
            *lesson.body.raw_data,
            {
                "type": "discussion",
                "value": {
                    "prompt": "Чому це важливо?",
                    "teacher_note": "Нотатка вчителя.",
                },
            },
        ]
    )
    publish(lesson)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    return lesson, quiz, activity
