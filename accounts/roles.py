"""Role groups, and the roles a user has: their groups, their permissions, and the
role sources of the apps above accounts (settings.ROLE_SOURCES, resolved by name:
whether the user is a teacher is classes' to say), each read once per request and
kept in the cache for the page header."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.utils.module_loading import import_string

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
    return user.has_perm("wagtailadmin.access_admin")


def permissions(user: User) -> set[str]:
    """The user's permissions as "app_label.codename": their own and their groups',
    or every one for a superuser (the set Django's ModelBackend computes, in one query
    instead of its two). Read once per request, or from the roles cache
    (`load_cached_roles`); the authentication backends (accounts.backends) answer
    `has_perm` from it."""
    known = getattr(user, "_civiced_permissions", None)
    if known is None:
        found = Permission.objects.all()
        if not user.is_superuser:
            found = found.filter(Q(user=user) | Q(group__user=user))
        known = {
            f"{app_label}.{codename}"
            for app_label, codename in found.values_list(
                "content_type__app_label", "codename"
            )
            .order_by()
            .distinct()
        }
        user._civiced_permissions = known
    return known


def role(user: User | AnonymousUser, source: str) -> bool:
    """Whether the role source at this dotted path (one of settings.ROLE_SOURCES, a
    predicate of an app above accounts) holds for the user. Read once per request,
    or from the roles cache (`load_cached_roles`)."""
    if source not in settings.ROLE_SOURCES:
        raise ImproperlyConfigured(f"{source} is not in settings.ROLE_SOURCES")
    if not user.is_authenticated:
        return bool(import_string(source)(user))
    known = getattr(user, "_civiced_roles", None)
    if known is None:
        known = user._civiced_roles = {}
    if source not in known:
        known[source] = bool(import_string(source)(user))
    return known[source]


def found_role(user: User, source: str) -> None:
    """The request has just found that the role holds (say, the class it opened is
    one the user teaches): `role` needs no query for it."""
    if getattr(user, "_civiced_roles", None) is None:
        user._civiced_roles = {}
    user._civiced_roles[source] = True


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
# admin link) and their roles (whether they teach a class), which is four queries. A
# cached lesson page (courses/lesson_shell.py) does little else, so it reads them from
# the cache in one round trip instead. An entry is dropped when the user, their groups
# or permissions or what a role source reads change (`follow_role_changes`), and
# every entry when a group's permissions change (civiced.versioned.ROLES in each
# entry), once the change commits.

ROLES_VERSION_KEY = ROLES.key
ROLES_SECONDS = 600


def roles_key(user_id: int) -> str:
    return f"roles:user:{user_id}"


def load_cached_roles(user) -> None:
    """Put the user's groups, permissions and roles (settings.ROLE_SOURCES) where
    this request's checks read them (`group_names`, `permissions`, `role`), from the
    cache or, on a miss, the database."""
    if (
        not user.is_authenticated
        or getattr(user, "_civiced_permissions", None) is not None
    ):
        return
    # Read with the user's row when the user came from the cache (accounts.backends).
    found = getattr(user, PREFETCHED, None)
    if found is None:
        found = cache.get_many([ROLES_VERSION_KEY, roles_key(user.pk)])
    version = ROLES.read(found)
    sources = settings.ROLE_SOURCES
    entry = found.get(roles_key(user.pk))
    if (
        isinstance(entry, dict)
        and entry.get("version") == version
        # An entry kept before the list of role sources changed is not read.
        and list(entry.get("roles", {})) == list(sources)
    ):
        user._civiced_group_names = frozenset(entry["groups"])
        user._civiced_permissions = set(entry["perms"])
        user._civiced_roles = dict(entry["roles"])
        return
    entry = {
        "version": version,
        "groups": sorted(group_names(user)),
        "perms": sorted(permissions(user)),
        "roles": {source: role(user, source) for source in sources},
    }
    cache.set(roles_key(user.pk), entry, ROLES_SECONDS)


def _forget(user_ids) -> None:
    keys = [roles_key(pk) for pk in user_ids]
    if keys:
        transaction.on_commit(lambda: cache.delete_many(keys))


def _forget_all() -> None:
    ROLES.bump_on_commit()


def user_saved(sender, instance, **kwargs) -> None:
    _forget([instance.pk])


def users_linked(sender, instance, action, reverse, pk_set, model, **kwargs) -> None:
    """m2m changes of users' groups and permissions, and of the links another app
    follows (`follow_role_changes`: the classes a user teaches)."""
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
    from django.contrib.auth.models import Group
    from django.db.models.signals import m2m_changed, post_save

    post_save.connect(user_saved, sender=User, dispatch_uid="roles_user")
    follow_role_changes(
        links=[User.groups.through, User.user_permissions.through],
        deletions=[Group, Permission],
    )
    m2m_changed.connect(
        everyone_changed, sender=Group.permissions.through, dispatch_uid="roles_gp"
    )
    for model in (Group, Permission):
        post_save.connect(
            everyone_changed, sender=model, dispatch_uid=f"roles_s{model}"
        )


def follow_role_changes(*, links=(), deletions=()) -> None:
    """Drop the cached roles when these many-to-many links with users change (their
    users' entries) or rows of these models are deleted (every entry), once the
    change commits. An app whose rows decide one of settings.ROLE_SOURCES calls it
    from its AppConfig.ready (classes: who teaches a class)."""
    from django.db.models.signals import m2m_changed, post_delete

    for through in links:
        m2m_changed.connect(
            users_linked, sender=through, dispatch_uid=f"roles_{through}"
        )
    for model in deletions:
        post_delete.connect(
            everyone_changed, sender=model, dispatch_uid=f"roles_d{model}"
        )
