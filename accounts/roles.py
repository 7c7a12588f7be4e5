"""Role groups. A user's roles come from these groups (and, later, from classes)."""

from django.contrib.auth.models import AnonymousUser

from .models import User

TEACHERS_GROUP = "Teachers"
ANALYSTS_GROUP = "Institute analysts"
# Wagtail creates these two; editors write, moderators (methodologists) approve.
EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"
ALL_GROUPS = (TEACHERS_GROUP, ANALYSTS_GROUP, EDITORS_GROUP, MODERATORS_GROUP)


def group_names(user: User | AnonymousUser) -> frozenset[str]:
    """The user's group names, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_civiced_group_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._civiced_group_names = cached
    return cached
