"""Forms for sign-up and the profile page."""

from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class LoginForm(AllauthLoginForm):
    """allauth's log-in, with a label that says both ways of logging in work."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or email")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)


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
    """What a user may change about themselves."""

    class Meta:
        model = User
        fields = ["display_name", "preferred_language", "institution"]
        labels = {
            "display_name": _("Display name"),
            "preferred_language": _("Preferred language"),
            "institution": _("Institution"),
        }
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "institution": forms.TextInput(attrs={"autocomplete": "organization"}),
        }


class ChangePasswordForm(AllauthChangePasswordForm):
    """allauth's password change, which also retires a one-time (printed) password."""

    def save(self):
        super().save()
        if self.user.must_change_password:
            self.user.must_change_password = False
            self.user.save(update_fields=["must_change_password"])
