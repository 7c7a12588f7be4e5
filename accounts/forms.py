"""Forms for sign-up and the profile page."""

from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
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


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, with the language the visitor is reading in remembered."""

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
