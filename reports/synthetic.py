"""A synthetic city for load tests and a lively demo: `manage.py seed_load`.

Institutions across the ten districts and four kinds, classes of about 25 learners,
teachers in institute cohorts, assignments of the demo modules, lesson progress and
quiz attempts with plausible distributions, spread over the last six quarters.
Everything is written with bulk inserts in batches. Synthetic learners have no name,
no email and one shared unusable password.

Synthetic rows are marked: usernames start with `load-`, institution names end with
MARK; `remove()` deletes exactly those.
"""

import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from classes.models import (
    Assignment,
    Class,
    Institution,
    InstitutionMembership,
    Membership,
)
from courses.models import Audience, CoursePage, LessonPage
from learning.models import LessonProgress
from quizzes import grading
from quizzes.demo import model_answers
from quizzes.models import Attempt

from .rollup import rebuild_learner_modules

PREFIX = "load-"
MARK = " [seed_load]"
BATCH = 5_000
CLASS_SIZE = 25
COHORT_SIZE = 30
LEARNERS_PER_INSTITUTION = 250
HISTORY_DAYS = 540  # six quarters
# Roughly the districts' shares of Kyiv's population.
DISTRICT_WEIGHTS = {
    "desnianskyi": 13,
    "sviatoshynskyi": 12,
    "dniprovskyi": 12,
    "darnytskyi": 12,
    "holosiivskyi": 9,
    "obolonskyi": 11,
    "solomianskyi": 11,
    "podilskyi": 7,
    "shevchenkivskyi": 8,
    "pecherskyi": 5,
}
KIND_WEIGHTS = {
    Institution.SCHOOL: 74,
    Institution.VOCATIONAL: 14,
    Institution.UNIVERSITY: 12,
}
NAMES = {
    Institution.SCHOOL: "Ліцей",
    Institution.VOCATIONAL: "Фаховий коледж",
    Institution.UNIVERSITY: "Університет",
}
LETTERS = "АБВГДЕ"

Progress = Callable[[str, int, int], None]


class MissingDemoContent(Exception):
    pass


@dataclass
class LessonInfo:
    lesson: LessonPage
    quiz: object | None
    activity_id: str | None
    questions: list  # the snapshot every attempt stores
    variants: list  # graded answer sets, from best to worst


@dataclass
class ModuleInfo:
    course: CoursePage
    lessons: list


def existing() -> int:
    return get_user_model().objects.filter(username__startswith=PREFIX).count()


def remove() -> None:
    """Delete every synthetic row (learners' results go with the learners)."""
    User = get_user_model()
    users = User.objects.filter(username__startswith=PREFIX)
    with transaction.atomic():
        LessonProgress.objects.filter(learner__in=users).delete()
        Attempt.objects.filter(learner__in=users).delete()
        classes = Class.objects.filter(institution__name__endswith=MARK)
        Membership.objects.filter(klass__in=classes).delete()
        Assignment.objects.filter(klass__in=classes).delete()
        Class.teachers.through.objects.filter(class__in=classes).delete()
        classes.delete()
        Institution.objects.filter(name__endswith=MARK).delete()
        users.delete()
        rebuild_learner_modules()


def _variants(questions: list[dict], rng: random.Random) -> list:
    """Six graded answer sets, from someone who knows everything to someone who
    mostly guesses; a learner gets the one nearest their ability."""
    right = model_answers(questions)
    variants = []
    for level in (1.0, 0.85, 0.7, 0.55, 0.4, 0.2):
        responses = {}
        for question in questions:
            qid = question["id"]
            if question["type"] == "open_response":
                continue  # left for a teacher: not part of a synthetic attempt
            if rng.random() < level:
                responses[qid] = right[qid]
            else:
                wrong = _wrong(question, right[qid], rng)
                if wrong is not None:
                    responses[qid] = wrong
        result = grading.grade_attempt(questions, responses)
        variants.append((responses, result))
    return variants


def _wrong(question: dict, right, rng: random.Random):
    kind = question["type"]
    if kind == "single_choice":
        options = [o["id"] for o in question["options"] if o["id"] != right]
        return rng.choice(options) if options else None
    if kind == "multiple_choice":
        wrong = [o["id"] for o in question["options"] if not o["correct"]]
        return wrong[:1] or None
    if kind == "true_false":
        return not right
    if kind == "short_text":
        return rng.choice(["не знаю", "Дія", "КМДА"])
    if kind == "numeric":
        return rng.choice(["100", "25000", "1"])
    return None  # ordering, matching, gaps: left unanswered


def _stored(result: grading.QuestionResult) -> dict:
    """A question's result as quizzes.taking stores it."""
    return {
        "status": result.status,
        "score": None if result.score is None else str(result.score),
        "max_score": str(result.max_score),
        "feedback": list(result.feedback),
        "explanation": result.explanation,
        "correct_answer": result.correct_answer,
    }


def demo_modules(rng: random.Random) -> tuple[list[ModuleInfo], list[ModuleInfo]]:
    """The Ukrainian demo modules: those for pupils and students, and teacher PD."""
    uk = Locale.objects.filter(language_code="uk").first()
    courses = list(
        CoursePage.objects.live().filter(locale=uk).prefetch_related("audiences")
    )
    learners, teachers = [], []
    for course in courses:
        lessons = []
        for lesson in LessonPage.objects.live().child_of(course).specific():
            block = next((b for b in lesson.body if b.block_type == "quiz"), None)
            quiz = block.value["quiz"] if block else None
            questions = quiz.question_snapshots() if quiz else []
            lessons.append(
                LessonInfo(
                    lesson=lesson,
                    quiz=quiz,
                    activity_id=str(block.id) if block else None,
                    questions=questions,
                    variants=_variants(questions, rng) if questions else [],
                )
            )
        if not lessons:
            continue
        audiences = {a.slug for a in course.audiences.all()}
        target = teachers if Audience.TEACHER_PD in audiences else learners
        target.append(ModuleInfo(course=course, lessons=lessons))
    if not learners or not any(lesson.quiz for m in learners for lesson in m.lessons):
        raise MissingDemoContent
    return learners, teachers


def generate(
    *,
    learners: int,
    seed: int = 2026,
    attempt_share: float = 0.1,
    progress: Progress | None = None,
) -> dict:
    """Create the synthetic city; returns how many rows of each kind were made."""
    rng = random.Random(seed)  # noqa: S311 (synthetic data, repeatable by seed)
    report = progress or (lambda label, done, total: None)
    # The quiz variants draw from a generator of their own, so the city (institutions,
    # learners, classes) does not change when a module is added to the demo content.
    modules, pd_modules = demo_modules(random.Random(seed + 1))  # noqa: S311
    User = get_user_model()
    password = make_password(None)  # unusable, computed once for everyone
    now = timezone.now()
    counts = {}

    with transaction.atomic():
        # Institutions, and the postgraduate institute for teachers' cohorts.
        n_institutions = max(3, math.ceil(learners / LEARNERS_PER_INSTITUTION))
        districts = rng.choices(
            list(DISTRICT_WEIGHTS), list(DISTRICT_WEIGHTS.values()), k=n_institutions
        )
        kinds = rng.choices(
            list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()), k=n_institutions
        )
        institutions = Institution.objects.bulk_create(
            [
                Institution(
                    name=f"{NAMES[kind]} № {number + 1}{MARK}",
                    kind=kind,
                    district=district,
                )
                for number, (district, kind) in enumerate(
                    zip(districts, kinds, strict=True)
                )
            ]
        )
        institute = Institution.objects.create(
            name=f"Інститут післядипломної освіти{MARK}",
            kind=Institution.INSTITUTE,
            district="shevchenkivskyi",
        )
        counts["institutions"] = len(institutions) + 1

        # Learners, in institutions of uneven size.
        sizes = [rng.lognormvariate(0, 0.5) for _ in institutions]
        homes = rng.choices(institutions, sizes, k=learners)
        by_institution: dict[int, list[int]] = {}
        for index, home in enumerate(homes):
            by_institution.setdefault(home.pk, []).append(index)
        users: list = []
        for start in range(0, learners, BATCH):
            users += User.objects.bulk_create(
                [
                    User(username=f"{PREFIX}{i + 1:07d}", password=password)
                    for i in range(start, min(start + BATCH, learners))
                ]
            )
            report("learners", len(users), learners)

        # Classes of about 25 with a teacher each; when each class started.
        classes, teachers, class_members, class_start = [], [], [], []
        for institution in institutions:
            members = by_institution.get(institution.pk, [])
            for number, first in enumerate(range(0, len(members), CLASS_SIZE)):
                name = (
                    f"{5 + number % 7}-{LETTERS[number // 7 % len(LETTERS)]}"
                    if institution.kind == Institution.SCHOOL
                    else f"Група {number + 1}"
                )
                started = now - timedelta(days=rng.uniform(0, HISTORY_DAYS))
                classes.append(
                    Class(
                        institution=institution,
                        name=name,
                        academic_year=_academic_year(started),
                        join_code=uuid.uuid4().hex[:12].upper(),
                    )
                )
                class_members.append(members[first : first + CLASS_SIZE])
                class_start.append(started)
        teacher_users = User.objects.bulk_create(
            [
                User(username=f"{PREFIX}t{i + 1:06d}", password=password)
                for i in range(len(classes))
            ],
            batch_size=BATCH,
        )
        cohorts = []
        for first in range(0, len(teacher_users), COHORT_SIZE):
            started = now - timedelta(days=rng.uniform(0, HISTORY_DAYS))
            cohorts.append(
                Class(
                    institution=institute,
                    name=f"Потік {len(cohorts) + 1}",
                    academic_year=_academic_year(started),
                    join_code=uuid.uuid4().hex[:12].upper(),
                )
            )
            class_members.append(
                [
                    -1 - i
                    for i in range(first, min(first + COHORT_SIZE, len(teacher_users)))
                ]
            )
            class_start.append(started)
        classes = Class.objects.bulk_create(classes + cohorts, batch_size=BATCH)
        Class.teachers.through.objects.bulk_create(
            [
                Class.teachers.through(class_id=klass.pk, user_id=teacher.pk)
                for klass, teacher in zip(classes, teacher_users, strict=False)
            ],
            batch_size=BATCH,
        )
        # Each teacher belongs to the institution of the class they teach.
        InstitutionMembership.objects.bulk_create(
            [
                InstitutionMembership(
                    user_id=teacher.pk, institution_id=klass.institution_id
                )
                for klass, teacher in zip(classes, teacher_users, strict=False)
            ],
            batch_size=BATCH,
        )
        teachers = teacher_users
        counts["classes"] = len(classes)
        counts["teachers"] = len(teachers)

        def person(index: int):
            return users[index] if index >= 0 else teachers[-1 - index]

        Membership.objects.bulk_create(
            [
                Membership(
                    klass=klass,
                    learner=person(index),
                    joined_at=started,
                )
                for klass, members, started in zip(
                    classes, class_members, class_start, strict=True
                )
                for index in members
            ],
            batch_size=BATCH,
        )

        # Assignments, then what each member did with them.
        assignments = []
        plan = []  # (members, module, started)
        # Which modules a class gets has a generator of its own, so the learners'
        # results draw the same numbers whatever modules the catalogue holds.
        picks = random.Random(seed + 2)  # noqa: S311 (synthetic data)
        for klass, members, started in zip(
            classes, class_members, class_start, strict=True
        ):
            pool = pd_modules if klass.institution_id == institute.pk else modules
            if not pool:
                continue
            chosen = picks.sample(pool, k=min(len(pool), picks.choice([1, 2, 2, 3])))
            for offset, module in enumerate(chosen):
                opens = started + timedelta(days=21 * offset)
                assignments.append(
                    Assignment(
                        klass=klass,
                        course=module.course,
                        available_from=opens,
                        due_at=opens + timedelta(days=28),
                    )
                )
                plan.append((members, module, opens))
        Assignment.objects.bulk_create(assignments, batch_size=BATCH)
        counts["assignments"] = len(assignments)

        total = sum(len(members) for members, _m, _s in plan)
        done = 0
        rows: list = []
        attempts: list = []
        counts["progress"] = counts["attempts"] = 0
        for members, module, opens in plan:
            for index in members:
                done += 1
                learner = person(index)
                _work(rng, learner, module, opens, now, attempt_share, rows, attempts)
                if len(rows) >= BATCH:
                    counts["progress"] += len(rows)
                    LessonProgress.objects.bulk_create(rows)
                    rows = []
                if len(attempts) >= BATCH // 5:
                    counts["attempts"] += len(attempts)
                    Attempt.objects.bulk_create(attempts)
                    attempts = []
                if done % 1000 == 0 or done == total:
                    report("results", done, total)
        LessonProgress.objects.bulk_create(rows)
        Attempt.objects.bulk_create(attempts)
        counts["progress"] += len(rows)
        counts["attempts"] += len(attempts)
        # The rows above bypass learning.progress: sum them for the reports here.
        report("reports", 0, 1)
        rebuild_learner_modules()
        report("reports", 1, 1)
    counts["learners"] = learners
    return counts


def _academic_year(moment) -> str:
    first = moment.year if moment.month >= 9 else moment.year - 1
    return f"{first}/{first + 1}"


def _work(rng, learner, module, opens, now, attempt_share, rows, attempts) -> None:
    """One learner's way through one assigned module."""
    ability = rng.gauss(0, 1)
    if rng.random() > 0.82 + 0.05 * ability:
        return  # never opened it
    when = opens + timedelta(hours=rng.uniform(1, 24 * 14))
    sampled = rng.random() < attempt_share
    for info in module.lessons:
        if when > now:
            return
        passes = rng.random() < 0.8 + 0.08 * ability
        score = max(0.0, min(100.0, rng.gauss(72 + 14 * ability, 12)))
        status = LessonProgress.COMPLETED if passes else LessonProgress.IN_PROGRESS
        rows.append(
            LessonProgress(
                learner=learner,
                lesson=info.lesson,
                course=module.course,
                status=status,
                best_score=Decimal(f"{score:.2f}") if info.quiz else None,
                completed_at=when if passes else None,
                last_seen=when,
                time_spent=int(rng.uniform(180, 1500)),
                read_to_end=passes,
            )
        )
        if sampled and info.quiz and info.variants:
            level = min(
                len(info.variants) - 1,
                max(0, int((100 - score) / 100 * len(info.variants))),
            )
            responses, result = info.variants[level]
            attempts.append(
                Attempt(
                    learner=learner,
                    lesson=info.lesson,
                    activity_id=info.activity_id,
                    quiz=info.quiz,
                    quiz_revision_id=info.quiz.live_revision_id,
                    questions=info.questions,
                    responses=responses,
                    results={r.question_id: _stored(r) for r in result.questions},
                    status=Attempt.GRADED,
                    score=result.score,
                    max_score=result.max_score,
                    percent=result.percent,
                    passed=result.passed(info.quiz.pass_mark),
                    number=1,
                    submit_key=uuid.uuid4(),
                    submitted_at=when,
                )
            )
        if not passes:
            return
        when += timedelta(hours=rng.uniform(2, 24 * 6))
