"""Role groups. A user's roles come from these groups (and, later, from classes)."""

from django.contrib.auth.models import AnonymousUser, Permission
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

from civiced.versioned import PREFETCHED, ROLES

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


# --- the roles a page header shows, from the cache --------------------------------
#
# Every logged-in page asks who the user is: their groups, their permissions (for the
# admin link) and whether they teach a class, which is four queries. A cached lesson
# page (courses/lesson_shell.py) does little else, so it reads them from the cache in
# one round trip instead. An entry is dropped when the user, their groups or
# permissions or the classes they teach change, and every entry when a group's
# permissions change (civiced.versioned.ROLES in each entry), once the change commits.

ROLES_VERSION_KEY = ROLES.key
ROLES_SECONDS = 600


def roles_key(user_id: int) -> str:
    return f"roles:user:{user_id}"


def load_cached_roles(user) -> None:
    """Put the user's groups, permissions and teaching into the places the permission
    checks of this request read them from (Django's `_perm_cache`, `group_names`,
    `classes.permissions.is_teacher`), from the cache or, on a miss, the database."""
    if not user.is_authenticated or hasattr(user, "_perm_cache"):
        return
    # Read with the user's row when the user came from the cache (accounts.backends).
    found = getattr(user, PREFETCHED, None)
    if found is None:
        found = cache.get_many([ROLES_VERSION_KEY, roles_key(user.pk)])
    version = ROLES.read(found)
    entry = found.get(roles_key(user.pk))
    if entry is not None and entry["version"] == version:
        user._civiced_group_names = frozenset(entry["groups"])
        user._perm_cache = set(entry["perms"])
        user._civiced_is_teacher = entry["teaches"]
        return
    from classes.permissions import is_teacher

    _load_permissions(user)
    entry = {
        "version": version,
        "groups": sorted(group_names(user)),
        "perms": sorted(user.get_all_permissions()),
        "teaches": is_teacher(user),
    }
    cache.set(roles_key(user.pk), entry, ROLES_SECONDS)
    user._civiced_is_teacher = entry["teaches"]


def _forget(user_ids) -> None:
    keys = [roles_key(pk) for pk in user_ids]
    if keys:
        transaction.on_commit(lambda: cache.delete_many(keys))


def _forget_all() -> None:
    ROLES.bump_on_commit()


def user_saved(sender, instance, **kwargs) -> None:
    _forget([instance.pk])


def users_linked(sender, instance, action, reverse, pk_set, model, **kwargs) -> None:
    """m2m changes of users' groups, permissions and taught classes."""
    if not action.startswith("post_"):
        return
    if action == "post_clear":
        if isinstance(instance, User):
            _forget([instance.pk])
        else:
            _forget_all()
    elif isinstance(instance, User):
        _forget([instance.pk])
    elif model is User:
        _forget(pk_set or [])
    else:
        _forget_all()


def everyone_changed(sender, **kwargs) -> None:
    _forget_all()


def connect_signals() -> None:
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from classes.models import Class

    post_save.connect(user_saved, sender=User, dispatch_uid="roles_user")
    for through in (
        User.groups.through,
        User.user_permissions.through,
        Class.teachers.through,
    ):
        m2m_changed.connect(
            users_linked, sender=through, dispatch_uid=f"roles_{through}"
        )
    m2m_changed.connect(
        everyone_changed, sender=Group.permissions.through, dispatch_uid="roles_gp"
    )
    for model in (Group, Permission, Class):
        post_delete.connect(
            everyone_changed, sender=model, dispatch_uid=f"roles_d{model}"
        )
    for model in (Group, Permission):
        post_save.connect(
            everyone_changed, sender=model, dispatch_uid=f"roles_s{model}"
        )
