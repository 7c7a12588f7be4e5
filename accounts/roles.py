"""Role groups. A user's roles come from these groups (and, later, from classes)."""

from django.contrib.auth.models import AnonymousUser, Permission
from django.db.models import Q

from .models import User

TEACHERS_GROUP = "Teachers"
ANALYSTS_GROUP = "Institute analysts"
# Wagtail creates these two; editors write, moderators (methodologists) approve.
EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"
ALL_GROUPS = (TEACHERS_GROUP, ANALYSTS_GROUP, EDITORS_GROUP, MODERATORS_GROUP)


def can_access_admin(user: User | AnonymousUser) -> bool:
    """Wagtail's admin is open to the user (its `access_admin` permission)."""
    _load_permissions(user)
    return user.has_perm("wagtailadmin.access_admin")


def _load_permissions(user: User | AnonymousUser) -> None:
    """Fill ModelBackend's permission cache in one query instead of its two.

    The same set ModelBackend computes (the user's own permissions and their groups'),
    kept where it looks first, so every has_perm of the request (the header's, the
    Wagtail user bar's) is answered from it. Superusers and inactive users are left
    to the backend, which does not read permissions for them.
    """
    if (
        not user.is_active
        or user.is_superuser
        or hasattr(user, "_perm_cache")
        or not user.is_authenticated
    ):
        return
    user._perm_cache = {
        f"{app_label}.{codename}"
        for app_label, codename in Permission.objects.filter(
            Q(user=user) | Q(group__user=user)
        )
        .values_list("content_type__app_label", "codename")
        .order_by()
        .distinct()
    }


def group_names(user: User | AnonymousUser) -> frozenset[str]:
    """The user's group names, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_civiced_group_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._civiced_group_names = cached
    return cached
