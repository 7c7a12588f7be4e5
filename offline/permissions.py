"""Who gets which modules saved on their device without asking."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from classes.models import Assignment
from courses.models import CoursePage


def auto_saved_modules(user: User | AnonymousUser) -> QuerySet[CoursePage]:
    """The published, public modules assigned to the learner in their current,
    unarchived classes (a whole module or one of its lessons), when they have not
    turned automatic saving off; nothing for anyone else."""
    if not user.is_authenticated or not user.offline_auto_save:
        return CoursePage.objects.none()
    assigned = (
        Assignment.objects.filter(
            klass__memberships__learner=user,
            klass__memberships__left_at__isnull=True,
            klass__archived=False,
            available_from__lte=timezone.now(),
        )
        .filter(Assignment.objects.audience(user.pk))
        .values("course_id")
    )
    return CoursePage.objects.live().public().filter(pk__in=assigned).order_by("pk")
