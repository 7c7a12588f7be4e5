"""Forms: the name on a certificate (previewed, then confirmed; a reissue's), the
registry's filters, revocation, and the public verification look-up."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage

from .models import normalise_number
from .names import MAX_PART_LENGTH, clean_name_part


class CertificateNameForm(forms.Form):
    """The holder's full name as the certificate will print it (previewed, then
    confirmed). Letters, apostrophes, hyphens and spaces only (certificates.names)."""

    last_name = forms.CharField(
        label=_("Surname"),
        max_length=MAX_PART_LENGTH * 2,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        error_messages={"required": _("Enter your surname.")},
    )
    first_name = forms.CharField(
        label=_("Given name"),
        max_length=MAX_PART_LENGTH * 2,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Enter your given name.")},
    )
    patronymic = forms.CharField(
        label=_("Patronymic (if you have one)"),
        max_length=MAX_PART_LENGTH * 2,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "additional-name"}),
    )

    NAME_FIELDS = ("last_name", "first_name", "patronymic")

    @classmethod
    def for_user(cls, user, data=None):
        """The form, filled in with the name the account already has."""
        return cls(
            data,
            initial={name: getattr(user, name, "") for name in cls.NAME_FIELDS},
        )

    def _clean_part(self, name: str) -> str:
        value = clean_name_part(self.cleaned_data.get(name, ""))
        if not value and self.fields[name].required:
            raise forms.ValidationError(self.fields[name].error_messages["required"])
        return value

    def clean_last_name(self):
        return self._clean_part("last_name")

    def clean_first_name(self):
        return self._clean_part("first_name")

    def clean_patronymic(self):
        return self._clean_part("patronymic")

    def name(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in self.NAME_FIELDS}


class ReissueForm(CertificateNameForm):
    """A registry keeper's reissue of a revoked certificate with a corrected name."""

    reason = forms.CharField(
        label=_("Reason for reissuing"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the log, e.g. the holder's request to correct a typo."),
        error_messages={"required": _("Give the reason for reissuing.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["last_name"].error_messages["required"] = _("Enter the surname.")
        self.fields["first_name"].error_messages["required"] = _(
            "Enter the given name."
        )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for reissuing."))
        return reason


class VerifyForm(forms.Form):
    number = forms.CharField(
        label=_("Record number"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. 2026-7K3M-Q9XD-4HTR."),
        error_messages={"required": _("Enter the record number.")},
    )

    def clean_number(self):
        number = normalise_number(self.cleaned_data["number"])
        if number is None:
            raise forms.ValidationError(
                _("This is not a record number: check it against the certificate.")
            )
        return number


def _module_choices() -> list[tuple[str, str]]:
    modules = (
        CoursePage.objects.exclude(certificate_kind=CoursePage.NO_CERTIFICATE)
        .filter(locale__language_code="uk")
        .order_by("title")
        .values_list("translation_key", "title")
    )
    return [("", _("All modules"))] + [(str(key), title) for key, title in modules]


class RegistryFilterForm(forms.Form):
    """The registry's search and filters, read from the query string."""

    STATUSES = [
        ("", _("Any status")),
        ("valid", _("Valid")),
        ("revoked", _("Revoked")),
    ]

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Record number, surname or module."),
    )
    module = forms.ChoiceField(label=_("Module"), required=False)
    issued_from = forms.DateField(
        label=_("Issued from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    issued_to = forms.DateField(
        label=_("Issued to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=STATUSES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = _module_choices()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("issued_from"), cleaned.get("issued_to")
        if start and end and start > end:
            self.add_error("issued_to", _("The end of the period is before its start."))
        return cleaned


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the log. The public check shows only that it is revoked."),
        error_messages={"required": _("Give the reason for revoking.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give the reason for revoking."))
        return reason


def _certifying_modules():
    return (
        CoursePage.objects.live()
        .exclude(certificate_kind=CoursePage.NO_CERTIFICATE)
        .filter(locale__language_code="uk")
        .order_by("title")
    )


class RecognitionRequestForm(forms.Form):
    """A teacher's request: which module, and why the work should be recognised."""

    module = forms.ChoiceField(
        label=_("Module"),
        error_messages={
            "required": _("Choose the module."),
            "invalid_choice": _("Choose the module."),
        },
    )
    reason = forms.CharField(
        label=_("Why should the work be recognised?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "What the learner did, where and when, and what shows it (a record, a "
            "paper test, an attendance list). The registry's keepers read this."
        ),
        error_messages={"required": _("Explain why the work should be recognised.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = [("", _("Choose a module"))] + [
            (str(key), title)
            for key, title in _certifying_modules().values_list(
                "translation_key", "title"
            )
        ]

    def clean_module(self) -> CoursePage:
        module = (
            _certifying_modules()
            .filter(translation_key=self.cleaned_data["module"])
            .first()
        )
        if module is None:  # unpublished since the form was shown
            raise forms.ValidationError(_("Choose the module."))
        return module

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Explain why the work should be recognised."))
        return reason


class RecognitionDecisionForm(forms.Form):
    """A registry keeper's decision on a request, with its reason."""

    APPROVE = "approve"
    REFUSE = "refuse"

    decision = forms.ChoiceField(
        choices=[(APPROVE, _("Approve")), (REFUSE, _("Refuse"))],
        widget=forms.HiddenInput,
        error_messages={
            "required": _("Choose to approve or refuse."),
            "invalid_choice": _("Choose to approve or refuse."),
        },
    )
    reason = forms.CharField(
        label=_("Reason for the decision"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with the request; the teacher who asked can be told it."),
        error_messages={"required": _("Explain the decision.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Explain the decision."))
        return reason


class RecognitionFilterForm(forms.Form):
    """The recognition requests' status filter, read from the query string."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("Any status")),
            ("pending", _("Waiting for a decision")),
            ("approved", _("Approved")),
            ("refused", _("Refused")),
        ],
    )
