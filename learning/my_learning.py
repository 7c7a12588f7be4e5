"""The learner's own view of their learning: "My learning" and their data export.

It covers every kind of activity: each kind adds its section of the page and its
part of the export through the registry (learning.activity), so this module never
imports the apps whose results it shows.
"""

from django.http import HttpRequest
from django.utils.translation import get_language

from . import activity
from .models import LessonProgress
from .progress import course_progress


def my_learning_context(request: HttpRequest) -> dict:
    learner = request.user
    courses = course_progress(learner, language=get_language())
    latest = (
        LessonProgress.objects.for_learner(learner)
        .exclude(status=LessonProgress.COMPLETED)
        .filter(lesson__live=True)
        .order_by("-last_seen")
        .select_related("lesson")
        .first()
    )
    sections = [kind.history(learner) for kind in activity.kinds() if kind.history]
    return {
        "in_progress": [c for c in courses if not c.completed],
        "completed": [c for c in courses if c.completed],
        "continue_lesson": latest.lesson if latest else None,
        "sections": [section for section in sections if section is not None],
    }


def learner_export(learner) -> dict:
    """Everything the platform records about the learner's learning."""
    progress = (
        LessonProgress.objects.for_learner(learner)
        .select_related("lesson", "course")
        .order_by("course__path", "lesson__path")
    )
    data = {
        "learner": {
            "username": learner.username,
            "display_name": learner.display_name,
            "email": learner.email,
            "institution": learner.institution,
            "preferred_language": learner.preferred_language,
            "offline_auto_save": learner.offline_auto_save,
            "surname": learner.last_name,
            "given_name": learner.first_name,
            "patronymic": learner.patronymic,
            "name_confirmed_at": learner.name_confirmed_at.isoformat()
            if learner.name_confirmed_at
            else None,
        },
        "progress": [
            {
                "course": p.course.title,
                "lesson": p.lesson.title,
                "status": p.status,
                "best_score": None if p.best_score is None else str(p.best_score),
                # An H5P activity's result, as the browser reported it.
                "reported_by_browser": p.reported_by_browser,
                "completed_at": p.completed_at.isoformat() if p.completed_at else None,
                "last_seen": p.last_seen.isoformat() if p.last_seen else None,
                "time_spent_seconds": p.time_spent,
            }
            for p in progress
        ],
    }
    for kind in activity.kinds():
        if kind.export:
            data.update(kind.export(learner))
    data["classes"] = [
        {
            "class": m.klass.name,
            "institution": m.klass.institution.name,
            "joined_at": m.joined_at.isoformat() if m.joined_at else None,
            "left_at": m.left_at.isoformat() if m.left_at else None,
        }
        for m in learner.memberships.select_related("klass__institution")
    ]
    data["certificates"] = [
        {
            "number": c.number,
            "module": c.title,
            "issued_at": c.issued_at.isoformat(),
            "holder": c.holder_name,
            "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
        }
        for c in learner.certificates.order_by("issued_at")
    ]
    return data
