"""The admin form for uploading or replacing an H5P package."""

from django import forms
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Package
from .store import check, import_package, limits
from .validation import PackageRejected


class PackageForm(WagtailAdminModelForm):
    upload = forms.FileField(
        label=_("H5P file"),
        help_text=_(
            "An .h5p file exported from Lumi, Moodle, WordPress or h5p.org, with its "
            "libraries. A new file uploaded to a published package is a draft: "
            "lessons play the published content until a methodologist publishes "
            "the new one. Learners' completions are kept."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    class Meta:
        model = Package
        fields = ["title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the title in the file.")
        if self.instance.pk:
            self.fields["upload"].required = False

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return upload
        maximum = limits().max_package_size
        if upload.size > maximum:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s.")
                % {"limit": filesizeformat(maximum)}
            )
        try:
            check(upload, user=self.for_user)
        except PackageRejected as refusal:
            raise forms.ValidationError(
                [problem.message for problem in refusal.problems]
            ) from None
        return upload

    def clean(self):
        cleaned = super().clean()
        # Publishing a version removes the files of the one it replaced, so an
        # older version (brought back with "Revert") may have none left to play.
        path = self.instance.content_path
        if (
            self.instance.pk
            and path
            and not cleaned.get("upload")
            and not self.errors.get("upload")
            and not default_storage.exists(f"{path}/h5p.json")
        ):
            self.add_error(
                "upload",
                _(
                    "The files of this version were removed when a later version "
                    "was published. Upload the .h5p file again."
                ),
            )
        return cleaned

    def save(self, commit=True):
        """Store the upload; with ``commit`` false (Wagtail saving a draft of a
        published package) the package's row keeps its published content and the
        new content goes into the draft revision only."""
        upload = self.cleaned_data.get("upload")
        if not upload:
            return super().save(commit=commit)
        return import_package(
            upload,
            user=self.for_user,
            title=self.cleaned_data.get("title") or "",
            name=upload.name,
            package=self.instance,
            draft=not commit,
        )
