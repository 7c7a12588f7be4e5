"""Who replaced the file of an image or a document, and which file with which.

Lessons show images and documents as soon as their file is replaced (they have no
drafts), so each replacement is written to Wagtail's audit log, in the same
transaction as the change, naming the editor and the old and new file. It shows in
Reports → Site history and in the item's own history. The admin forms below are the
project's base forms for images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE).
"""

import posixpath

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.log_actions import LogFormatter, log

REPLACE_FILE = "civiced.replace_file"


class ReplaceFileFormatter(LogFormatter):
    label = _("Replace file")

    def format_message(self, log_entry) -> str:
        data = log_entry.data or {}
        return _("Replaced the file “%(old)s” with “%(new)s”") % {
            "old": data.get("old", ""),
            "new": data.get("new", ""),
        }


def log_replaced_file(*, instance, user, old_name: str) -> None:
    """Audit entry for ``instance``'s file having replaced ``old_name``."""
    log(
        instance=instance,
        action=REPLACE_FILE,
        user=user,
        data={
            "old": posixpath.basename(old_name),
            "new": posixpath.basename(instance.file.name),
            "old_path": old_name,
            "new_path": instance.file.name,
        },
    )


class _LogsReplacedFile:
    """Mixed into the image and document forms: log a replaced file on save."""

    def __init__(self, *args, user=None, **kwargs):
        self.acting_user = user
        super().__init__(*args, user=user, **kwargs)

    def save(self, commit=True):
        replaced = (
            self.instance.pk is not None
            and "file" in self.changed_data
            and bool(self.original_file)
        )
        old_name = self.original_file.name if replaced else ""
        instance = super().save(commit=commit)
        if replaced and commit:
            log_replaced_file(
                instance=instance, user=self.acting_user, old_name=old_name
            )
        return instance


class ImageForm(_LogsReplacedFile, BaseImageForm):
    pass


class DocumentForm(_LogsReplacedFile, BaseDocumentForm):
    pass
