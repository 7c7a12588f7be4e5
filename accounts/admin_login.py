"""The Wagtail admin's and Django admin's log-in forms, under allauth's log-in limits.

Both authenticate through allauth's adapter, so a failed log-in at /admin/login/ or
/django-admin/login/ counts in the very limits a failed one at /accounts/login/ counts
in (ACCOUNT_RATE_LIMITS["login_failed"]: per client address and per account), and
the limit's refusal is allauth's message.

Only accounts that may use that admin log in there. Any other account's right
password gets the answer a wrong one gets, and counts as the failed log-in it is
here: otherwise the admin log-in could tell whether a pupil's password is right,
by its message or by when the limit sets in.

Like the site's log-in (accounts.forms.LoginForm), they fail closed: while the shared
cache is unreachable the limits cannot be counted, so no password is checked.
"""

from collections.abc import Callable

from allauth.account.adapter import get_adapter
from django.contrib.admin.forms import AdminAuthenticationForm
from django.forms import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from civiced import cache_health

from .forms import LOGIN_UNAVAILABLE
from .models import User

INVALID_LOGIN = _("The username or the password is not right.")


def authenticate_for_admin(
    request: HttpRequest,
    *,
    username: str,
    password: str,
    may_use: Callable[[User], bool],
) -> User | None:
    """The account these credentials log in to, if it `may_use` the admin.

    Counted in allauth's log-in limits; raises ValidationError (allauth's "too many
    failed log-in attempts") once they are over.
    """
    adapter = get_adapter(request)
    user = adapter.authenticate(request, username=username, password=password)
    if user is not None and not may_use(user):
        # allauth gave the right password's try back; here it failed, so it counts.
        adapter.pre_authenticate(request, username=username)
        return None
    return user


class AdminLoginMixin:
    """An AuthenticationForm's `clean`, through `authenticate_for_admin`."""

    def may_use(self, user: User) -> bool:
        raise NotImplementedError

    def get_invalid_login_error(self) -> ValidationError:
        return ValidationError(INVALID_LOGIN, code="invalid_login")

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            if not cache_health.reachable():
                raise ValidationError(LOGIN_UNAVAILABLE, code="login_unavailable")
            self.user_cache = authenticate_for_admin(
                self.request,
                username=username,
                password=password,
                may_use=self.may_use,
            )
            if not cache_health.available():  # gone while the limits were counted
                self.user_cache = None
                raise ValidationError(LOGIN_UNAVAILABLE, code="login_unavailable")
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class AdminLoginForm(AdminLoginMixin, WagtailLoginForm):
    """The Wagtail admin's log-in (WAGTAILADMIN_USER_LOGIN_FORM): editors,
    moderators and administrators, whoever has `wagtailadmin.access_admin`."""

    def may_use(self, user: User) -> bool:
        return user.has_perm("wagtailadmin.access_admin")


class DjangoAdminLoginForm(AdminLoginMixin, AdminAuthenticationForm):
    """Django admin's log-in (its site's `login_form`): staff, as Django admin's own
    `has_permission` asks."""

    def may_use(self, user: User) -> bool:
        return user.is_active and user.is_staff
