"""Authentication backends that find the logged-in user in the cache.

Every logged-in request reads the user's row (Django's `get_user`), and a cached lesson
page or an autosave does little else, so the row is kept in the cache, fetched in the
same round trip as the roles the header shows (`roles.load_cached_roles`) and the
content version (`courses.page_cache`).

Correctness rests on one rule: a row is stored with `add` (only where nothing is), and
when a user is saved or deleted a short-lived *tombstone* replaces it once the change
commits. A request that read the row before the change cannot store it afterwards (the
tombstone is there), and while the tombstone lives the row is read from the database.
So a changed password, a deactivated or deleted account, a name or a flag takes effect
on the next request, as without the cache. USER_CACHE_SECONDS = 0 (tests) turns it off.

Both backends answer permission checks from `roles.permissions` (one query per
request, or the roles cache), through ModelBackend's documented
`get_all_permissions`.
"""

import functools
import hashlib

from allauth.account.auth_backends import AuthenticationBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction

from civiced import versioned

from . import roles
from .models import User

TOMBSTONE = "gone"
TOMBSTONE_SECONDS = 60


@functools.cache
def field_names() -> tuple[str, ...]:
    """The user row's columns, in the order a cached row holds their values."""
    return tuple(field.attname for field in User._meta.concrete_fields)


@functools.cache
def _shape() -> str:
    return hashlib.sha256(" ".join(field_names()).encode()).hexdigest()[:8]


def row_key(user_id) -> str:
    # The columns' names are in the key: a row kept before a migration changed them
    # is never read as the new shape.
    return f"user:row:{_shape()}:{user_id}"


def cached_user(user_id) -> User | None:
    """The user with this id, from the cache when it holds the row, with their roles
    and the content version read in the same round trip."""
    names = field_names()
    key = row_key(user_id)
    keys = [key, roles.ROLES_VERSION_KEY, roles.roles_key(user_id)]
    found = cache.get_many([*keys, versioned.CONTENT.key])
    row = found.get(key)
    if isinstance(row, tuple):
        user = User.from_db("default", names, row)
    else:
        user = User._default_manager.filter(pk=user_id).first()
        if user is not None and row is None:
            values = tuple(getattr(user, name) for name in names)
            cache.add(key, values, settings.USER_CACHE_SECONDS)
    if user is not None:
        setattr(user, versioned.PREFETCHED, found)
    return user


def forget(user_ids) -> None:
    """These users' rows are stale once the current transaction commits."""
    if settings.USER_CACHE_SECONDS <= 0:
        return
    keys = {row_key(pk): TOMBSTONE for pk in user_ids}
    if keys:
        transaction.on_commit(lambda: cache.set_many(keys, TOMBSTONE_SECONDS))


def user_changed(sender, instance, **kwargs) -> None:
    forget([instance.pk])


# Set on the request when the right password was an expired login-card one, so that
# the log-in form can say so (accounts.forms.LoginForm) instead of "wrong password".
CARD_EXPIRED_FLAG = "_civiced_card_password_expired"


class CachedUserMixin:
    def authenticate(self, request, *args, **kwargs):
        user = super().authenticate(request, *args, **kwargs)
        if user is not None and user.card_password_expired():
            # The printed password is too old to log in with, however right.
            if request is not None:
                setattr(request, CARD_EXPIRED_FLAG, True)
            return None
        return user

    def get_user(self, user_id):
        if settings.USER_CACHE_SECONDS <= 0:
            return super().get_user(user_id)
        user = cached_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class RolePermissionsMixin:
    """`has_perm` (and `has_module_perms`) answered from the user's permissions as
    accounts.roles reads them: once per request in one query, or from the roles
    cache. Both backends answer from the same set, so a check one of them refuses
    costs the other nothing. Django's `get_user_permissions` and
    `get_group_permissions` are left as they are (nothing on a hot path calls them)."""

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        return roles.permissions(user_obj)


class CachedModelBackend(CachedUserMixin, RolePermissionsMixin, ModelBackend):
    """Django's ModelBackend, with the user row and permissions from the cache."""


class CachedAuthenticationBackend(
    CachedUserMixin, RolePermissionsMixin, AuthenticationBackend
):
    """allauth's backend (log-in by email), with the user row and permissions from
    the cache."""
