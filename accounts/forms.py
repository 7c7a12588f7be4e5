"""Forms for sign-up and the profile page."""

import re

from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.utils import filter_users_by_email
from django import forms
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from civiced import cache_health

from .backends import CARD_EXPIRED_FLAG
from .models import User

CARD_PASSWORD_EXPIRED = _(
    "The password from your login card has expired. Ask your teacher for a new card."
)
LOGIN_UNAVAILABLE = _("Logging in is briefly unavailable. Try again in a minute.")


class LoginForm(AllauthLoginForm):
    """allauth's log-in, with a label that says both ways of logging in work, and a
    message of its own for a login-card password past its date (see backends).

    Logging in fails closed: while the shared cache is unreachable, the failed-login
    limits cannot be counted, so no password is checked (civiced.cache_health).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or email")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)

    def clean(self):
        if not cache_health.reachable():
            raise forms.ValidationError(LOGIN_UNAVAILABLE, code="login_unavailable")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if getattr(self.request, CARD_EXPIRED_FLAG, False):
                raise forms.ValidationError(
                    CARD_PASSWORD_EXPIRED, code="card_password_expired"
                ) from None
            raise
        if not cache_health.available():  # gone while the limits were counted
            raise forms.ValidationError(LOGIN_UNAVAILABLE, code="login_unavailable")
        return cleaned


# What a username may hold: letters of any alphabet (Ukrainian included), digits and
# . _ - @ + (Django's UnicodeUsernameValidator). No spaces: a username is typed at
# every login, often from a login card, and "Олена  Петренко" with two spaces would
# be another person; the full name has its own fields in the profile.
_USERNAME_SEPARATORS = re.compile(r"[\s,;/\\|]+")
_USERNAME_REFUSED = re.compile(r"[^\w.@+-]")


def username_suggestion(value: str) -> str | None:
    """A username like the one typed that would be accepted (spaces and other
    separators become dots, other signs are dropped, in lower case), or None when
    `value` is already acceptable or nothing usable is left of it."""
    if not _USERNAME_REFUSED.search(value):
        return None
    words = _USERNAME_SEPARATORS.split(value.strip().lower())
    cleaned = ".".join(filter(None, (_USERNAME_REFUSED.sub("", w) for w in words)))
    return cleaned if len(cleaned) >= 3 else None


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, with the language the visitor is reading in remembered.

    An email that already has an account makes no account: allauth mails its owner
    and answers as for a new sign-up (accounts.stages). The password is hashed all
    the same, so the answer takes as long as a new account's.
    """

    def clean_username(self):
        """A username that cannot be one gets a suggestion, in words a pupil
        understands, instead of the validator's list of signs."""
        value = self.cleaned_data.get("username") or ""
        if _USERNAME_REFUSED.search(value):
            suggestion = username_suggestion(value)
            if suggestion:
                message = _(
                    "A username has no spaces. Try “%(suggestion)s”: letters "
                    "(Ukrainian too), digits, dots, hyphens and underscores all "
                    "work. Your full name goes in your profile."
                ) % {"suggestion": suggestion}
            else:
                message = _(
                    "Use letters (Ukrainian too), digits, dots, hyphens or "
                    "underscores in a username, with no spaces."
                )
            raise forms.ValidationError(message, code="invalid_username")
        return super().clean_username()

    def validate_unique_email(self, value):
        # allauth keeps a taken address secret only with mandatory verification;
        # accounts.stages makes it mandatory for exactly these sign-ups.
        if filter_users_by_email(value):
            self.account_already_exists = True
            return value
        return super().validate_unique_email(value)

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def save(self, request):
        user = super().save(request)
        language = getattr(request, "LANGUAGE_CODE", None)
        if language and language != user.preferred_language:
            user.preferred_language = language
            user.save(update_fields=["preferred_language"])
        return user


class ProfileForm(forms.ModelForm):
    """What a user may change about themselves.

    The full name (surname, given name, patronymic) is what certificates print. It
    counts as confirmed only while the box is ticked; changing it without ticking
    the box withdraws the confirmation. Certificates already made keep their name.
    """

    NAME_FIELDS = ("last_name", "first_name", "patronymic")

    confirm_name = forms.BooleanField(
        label=_("This is my full name as it should be printed on my certificates."),
        required=False,
    )

    class Meta:
        model = User
        fields = [
            "display_name",
            "preferred_language",
            "institution",
            "last_name",
            "first_name",
            "patronymic",
        ]
        labels = {
            "display_name": _("Display name"),
            "preferred_language": _("Preferred language"),
            "institution": _("Institution"),
            "last_name": _("Surname"),
            "first_name": _("Given name"),
            "patronymic": _("Patronymic (if you have one)"),
        }
        help_texts = {
            "last_name": _(
                "Printed on your certificates. The public check of a certificate "
                "shows only your initials and surname."
            ),
        }
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "institution": forms.TextInput(attrs={"autocomplete": "organization"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "patronymic": forms.TextInput(attrs={"autocomplete": "additional-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm_name"].initial = bool(self.instance.name_confirmed_at)

    def clean(self):
        cleaned = super().clean()
        for name in self.NAME_FIELDS:
            if isinstance(cleaned.get(name), str):
                cleaned[name] = " ".join(cleaned[name].split())
        if cleaned.get("confirm_name") and not (
            cleaned.get("last_name") and cleaned.get("first_name")
        ):
            self.add_error(
                "confirm_name",
                _("Enter your surname and given name before confirming them."),
            )
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        if not self.cleaned_data.get("confirm_name"):
            user.name_confirmed_at = None
        elif user.name_confirmed_at is None or any(
            name in self.changed_data for name in self.NAME_FIELDS
        ):
            user.name_confirmed_at = timezone.now()
        if commit:
            user.save()
        return user


class ChangePasswordForm(AllauthChangePasswordForm):
    """allauth's password change, which also retires a one-time (printed) password."""

    def save(self):
        super().save()
        if self.user.must_change_password or self.user.card_password_expires_at:
            self.user.must_change_password = False
            self.user.card_password_expires_at = None
            self.user.save(
                update_fields=["must_change_password", "card_password_expires_at"]
            )


class DeleteAccountForm(forms.Form):
    """Deleting an account cannot be undone: the password and a tick confirm it."""

    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput, required=False
    )
    confirm = forms.BooleanField(
        label=_(
            "I understand that my account, my answers and my certificates are deleted "
            "for good, and that only anonymous totals remain."
        )
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"].required = True
        else:
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data.get("password", "")
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not right."))
        return password
