"""What the multi-process tests act on, made in a freshly migrated database by a
`manage.py shell` (`prepare()` prints it as JSON), and the changes they make from
a shell.

The site's pages, a catalogue with one module: a lesson for each test that edits
one, a lesson with a one-question quiz whose key a test changes, a lesson a learner
reads; a class taking the module; an administrator, an editor (who may publish),
the class's teacher, and one account for each test that changes an account, so
that no test's change (a deactivated learner, a teacher out of the Teachers group)
touches another's. Smaller than the demo (seed_demo), which would take the tests
half a minute to load.
"""

import json
import sys
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from accounts.roles import EDITORS_GROUP, MODERATORS_GROUP, TEACHERS_GROUP
from classes import membership
from classes.models import Assignment, Class, Institution, Membership
from courses.models import Audience, CourseIndexPage, CoursePage, LessonPage
from home.demo import ensure_groups, ensure_site_pages
from quizzes.models import Quiz

PASSWORD = "multi-process-2026"
ADMIN = "mp-admin"
EDITOR = "mp-editor"
CLASS_TEACHER = "mp-class-teacher"
QUESTION_ID = "6b0c3f9e-4c1a-4d55-9d0e-3e7a1c2b5f10"
OLD_ANSWER = "6000"
NEW_ANSWER = "7000"
LEARNERS = ("mp-reader", "mp-taker", "mp-leaver", "mp-shell-leaver", "mp-grid")
TEACHERS = ("mp-teacher",)
TEXT_LESSONS = ("mp-edit", "mp-shell-edit", "mp-read")


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def numeric_question(answer: str) -> dict:
    return {
        "type": "numeric",
        "id": QUESTION_ID,
        "value": {
            "prompt": "<p>Скільки підписів потрібно петиції до Київради?</p>",
            "points": 1,
            "explanation": "",
            "answer": answer,
            "tolerance": "0",
            "unit": "",
            "feedback_correct": "",
            "feedback_incorrect": "",
        },
    }


@transaction.atomic
def prepare() -> None:
    User = get_user_model()
    # One hash for every account: hashing is slow on purpose.
    password = make_password(PASSWORD)

    def account(username, *groups, **fields):
        # Wagtail's users admin asks for an email and both names.
        user = User.objects.create(
            username=username,
            password=password,
            display_name=fields.pop("display_name", username),
            email=f"{username}@example.org",
            first_name="Тест",
            last_name=username,
            **fields,
        )
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    ensure_groups()
    account(ADMIN, is_staff=True, is_superuser=True)
    account(EDITOR, EDITORS_GROUP, MODERATORS_GROUP)
    teacher = account(CLASS_TEACHER, TEACHERS_GROUP)

    home = ensure_site_pages()
    uk = Locale.objects.get(language_code="uk")
    Audience.ensure_all()
    catalogue = CourseIndexPage(title="Курси", slug="courses", intro="Усі курси")
    home.add_child(instance=catalogue)
    catalogue.save_revision().publish()
    course = CoursePage(
        title="Перевірка кількох процесів",
        slug="mp-module",
        summary="Модуль багатопроцесних тестів.",
        locale=uk,
    )
    catalogue.add_child(instance=course)
    course.audiences.set(Audience.objects.filter(slug="school"))
    course.save_revision().publish()
    lessons = {}
    for slug in TEXT_LESSONS:
        lesson = LessonPage(
            title=f"Урок {slug}",
            slug=slug,
            intro="Вступ.",
            estimated_minutes=5,
            body=json.dumps([paragraph(f"Перша редакція уроку {slug}.")]),
            completion_rule=LessonPage.READ_TO_END,
            locale=uk,
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        lessons[slug] = lesson
    quiz = Quiz(
        title="Поріг петиції",
        questions=json.dumps([numeric_question(OLD_ANSWER)]),
        locale=uk,
    )
    quiz.save()
    quiz.save_revision().publish()
    quiz_lesson = LessonPage(
        title="Урок з тестом",
        slug="mp-quiz",
        intro="Вступ.",
        estimated_minutes=5,
        body=json.dumps(
            [
                paragraph("Урок з тестом."),
                {"type": "quiz", "value": {"quiz": quiz.pk, "required": True}},
            ]
        ),
        completion_rule=LessonPage.ACTIVITIES_DONE,
        locale=uk,
    )
    course.add_child(instance=quiz_lesson)
    quiz_lesson.save_revision().publish()
    quiz_lesson.refresh_from_db()
    activity = next(b.id for b in quiz_lesson.body if b.block_type == "quiz")

    institution = Institution.objects.create(
        name="Ліцей № 1", district="obolonskyi", kind=Institution.SCHOOL
    )
    klass = Class.objects.create(
        institution=institution,
        name="9-Б",
        academic_year="2026/2027",
        join_code="MP9B2026",
        owner=teacher,
    )
    klass.teachers.add(teacher)
    assignment = Assignment.objects.create(
        klass=klass,
        course=course,
        available_from=timezone.now() - timedelta(days=1),
        created_by=teacher,
    )
    users = {}
    for number, username in enumerate(LEARNERS + TEACHERS, start=1):
        groups = [TEACHERS_GROUP] if username in TEACHERS else []
        user = account(username, *groups, display_name=f"Учасник{number:02d}")
        users[username] = user.pk
        if not groups:
            Membership.objects.create(klass=klass, learner=user)
            membership.learner_joined(learner_id=user.pk)
    json.dump(
        {
            "users": users,
            "lessons": {
                slug: {"id": page.pk, "url": page.url}
                for slug, page in {**lessons, "mp-quiz": quiz_lesson}.items()
            },
            "quiz": {"id": quiz.pk, "activity": str(activity)},
            "grid": f"/teach/{klass.pk}/assignments/{assignment.pk}/",
        },
        sys.stdout,
    )


# --- changes made from a shell ------------------------------------------------------


def publish_lesson_text(slug: str, text: str) -> None:
    lesson = LessonPage.objects.get(slug=slug).specific
    lesson.body = json.dumps([paragraph(text)])
    lesson.save_revision().publish()


def deactivate(username: str) -> None:
    user = get_user_model().objects.get(username=username)
    user.is_active = False
    user.save()
