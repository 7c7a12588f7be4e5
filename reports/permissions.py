"""Who may see which reports: each rule is a predicate with a matching queryset.

Institute analysts (and administrators) see city-wide aggregates, down to an
institution and never to a named learner or a class: their question analysis is of
the city or of one institution, suppressed (reports.questions). Teachers see
question analysis in full for the classes they teach, and only those. Everyone,
signed in or not, sees the open-data releases and the commitment's progress page;
analysts publish the releases and generate the quarterly report.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from accounts.models import User
from accounts.roles import ANALYSTS_GROUP, group_names
from classes.models import Class, Institution, Membership
from classes.permissions import classes_taught
from quizzes.models import Attempt


def is_analyst(user: User | AnonymousUser) -> bool:
    """Sees the institute dashboard and city-wide question analysis."""
    return user.is_authenticated and (
        user.is_superuser or ANALYSTS_GROUP in group_names(user)
    )


def can_publish_releases(user: User | AnonymousUser) -> bool:
    """Publishes open-data releases (the public sees every release)."""
    return is_analyst(user)


def can_generate_reports(user: User | AnonymousUser) -> bool:
    """Generates the quarterly report for the Coordination Council from a release
    (the public sees the release itself and the progress page)."""
    return is_analyst(user)


def analysis_classes(user: User | AnonymousUser) -> QuerySet[Class]:
    """Classes whose question analysis the user may see: the ones they teach."""
    return classes_taught(user).select_related("institution")


def analysis_institutions(user: User | AnonymousUser) -> QuerySet[Institution]:
    """Institutions whose (suppressed) question analysis the user may see: every
    one for analysts, none for anyone else."""
    if is_analyst(user):
        return Institution.objects.all()
    return Institution.objects.none()


def can_analyse_questions(user: User | AnonymousUser) -> bool:
    return is_analyst(user) or analysis_classes(user).exists()


def attempts_in_scope(
    user: User | AnonymousUser,
    klass: Class | None = None,
    institution: Institution | None = None,
) -> QuerySet[Attempt]:
    """Submitted attempts the user may analyse: a class they teach (whoever they
    are: an analyst sees no class they do not teach), or for analysts the city or
    one institution; nothing for anyone else."""
    attempts = Attempt.objects.submitted()
    if klass is not None:
        if not analysis_classes(user).filter(pk=klass.pk).exists():
            return attempts.none()
        learners = Membership.objects.filter(klass=klass).values("learner_id")
        return attempts.filter(learner_id__in=learners)
    if not is_analyst(user):
        return attempts.none()
    if institution is not None:
        learners = Membership.objects.filter(klass__institution=institution).values(
            "learner_id"
        )
        return attempts.filter(learner_id__in=learners)
    return attempts
