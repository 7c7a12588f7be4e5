"""Who may see which certificates: each rule is a predicate with a matching queryset.

Learners see their own. The institute's registry (search, revoke, export, deciding
recognition requests) is for institute analysts and administrators: the registry
keepers. A class's teachers may ask for recognition for the class's current members,
never for themselves. Anyone may verify one number at a time.

A module's course leaders (the group named on its page, `grading_group`) grade the
open answers of learners who take it on their own: not their own answers, and not
those of a learner in a class that is assigned the module (its teacher grades them).
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet

from accounts.models import User
from accounts.roles import ANALYSTS_GROUP, group_names
from classes.models import Class, Membership
from classes.permissions import classes_taught
from courses.models import CoursePage, LessonPage
from quizzes.models import Attempt

from .models import Certificate, RecognitionRequest


def own_certificates(user: User | AnonymousUser) -> QuerySet[Certificate]:
    if not user.is_authenticated:
        return Certificate.objects.none()
    return Certificate.objects.filter(learner=user)


def can_use_registry(user: User | AnonymousUser) -> bool:
    """Institute analysts and administrators keep the registry."""
    return user.is_authenticated and (
        user.is_superuser or ANALYSTS_GROUP in group_names(user)
    )


def registry_certificates(user: User | AnonymousUser) -> QuerySet[Certificate]:
    if not can_use_registry(user):
        return Certificate.objects.none()
    return Certificate.objects.all()


def recognition_learners(user: User | AnonymousUser, klass: Class) -> QuerySet[User]:
    """Whom the user may ask recognition for in the class: its current members
    when the user teaches it, never the user themselves."""
    if not user.is_authenticated:
        return User.objects.none()
    return User.objects.filter(
        memberships__klass=klass,
        memberships__left_at__isnull=True,
        memberships__klass__in=classes_taught(user),  # the teach rule
    ).exclude(pk=user.pk)


def can_request_recognition(
    user: User | AnonymousUser, klass: Class, learner: User
) -> bool:
    return recognition_learners(user, klass).filter(pk=learner.pk).exists()


def can_decide_recognition(user: User | AnonymousUser) -> bool:
    """Registry keepers decide recognition requests."""
    return can_use_registry(user)


def registry_recognition_requests(
    user: User | AnonymousUser,
) -> QuerySet[RecognitionRequest]:
    if not can_decide_recognition(user):
        return RecognitionRequest.objects.none()
    return RecognitionRequest.objects.all()


def modules_led(user: User | AnonymousUser) -> QuerySet[CoursePage]:
    """The modules whose course leader group the user belongs to (any language)."""
    if not user.is_authenticated:
        return CoursePage.objects.none()
    return CoursePage.objects.filter(grading_group__user=user.pk)


def _lessons_of(courses: QuerySet[CoursePage]) -> QuerySet[LessonPage]:
    paths = list(courses.values_list("path", "depth"))
    if not paths:
        return LessonPage.objects.none()
    query = Q()
    for path, depth in paths:
        query |= Q(path__startswith=path, depth=depth + 1)
    return LessonPage.objects.filter(query)


def graded_in_a_class(course_keys) -> Exists:
    """The attempt's learner is now in a class that is assigned one of the modules
    (by translation key): that class's teacher grades them."""
    return Exists(
        Membership.objects.current().filter(
            learner_id=OuterRef("learner_id"),
            klass__assignments__course__translation_key__in=course_keys,
        )
    )


def attempts_course_leader_grades(user: User | AnonymousUser) -> QuerySet[Attempt]:
    """The submitted attempts whose open answers the user grades as a course
    leader: in the lessons of the modules they lead, by learners taking the module
    on their own, never the user's own."""
    courses = modules_led(user)
    lessons = _lessons_of(courses)
    if not user.is_authenticated:
        return Attempt.objects.none()
    keys = courses.values("translation_key")
    return (
        Attempt.objects.submitted()
        .filter(lesson_id__in=lessons.values("pk"))
        .exclude(learner_id=user.pk)
        .exclude(graded_in_a_class(keys))
    )


def can_grade_as_course_leader(user: User | AnonymousUser, attempt: Attempt) -> bool:
    return attempts_course_leader_grades(user).filter(pk=attempt.pk).exists()
