"""Who may see what in courses.

Published lessons are public; teacher material is not.
"""

from django.contrib.auth.models import AnonymousUser

from accounts.models import User
from accounts.roles import EDITORS_GROUP, MODERATORS_GROUP, TEACHERS_GROUP, group_names

TEACHER_MATERIAL_GROUPS = {TEACHERS_GROUP, EDITORS_GROUP, MODERATORS_GROUP}


def can_see_teacher_material(user: User | AnonymousUser) -> bool:
    """Teachers' guides and discussion notes: teachers, editors and administrators."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & TEACHER_MATERIAL_GROUPS)


REVIEW_REPORT_GROUPS = {EDITORS_GROUP, MODERATORS_GROUP}


def can_see_review_report(user: User | AnonymousUser) -> bool:
    """The admin report of lessons due for a fact check: editors and moderators."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & REVIEW_REPORT_GROUPS)
