"""The H5P library in the Wagtail admin: upload, replace, inspect packages."""

from django.contrib import messages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetChosenView
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from . import media
from .forms import PackageForm
from .models import Package


class MediaWarningMixin:
    """After an upload, say which media hosts of the package this site does not
    allow (the package is kept: its other parts play)."""

    def save_instance(self):
        instance = super().save_instance()
        if self.form.cleaned_data.get("upload"):
            warning = media.warning(media.content_origins(instance.content_path))
            if warning:
                messages.warning(self.request, warning)
        return instance


class PackageCreateView(MediaWarningMixin, CreateView):
    pass


class PackageEditView(MediaWarningMixin, EditView):
    pass


class PackageChosenView(SnippetChosenView):
    """The package an editor just chose in a lesson's H5P block, titled with the
    media warning (as the block shows it once saved)."""

    def get_display_title(self, instance):
        return media.titled(super().get_display_title(instance), instance.content_path)


class PackageChooserViewSet(SnippetChooserViewSet):
    chosen_view_class = PackageChosenView


class SizeColumn(Column):
    def get_value(self, instance):
        return filesizeformat(instance.size)


class PackageViewSet(SnippetViewSet):
    model = Package
    add_view_class = PackageCreateView
    edit_view_class = PackageEditView
    chooser_viewset_class = PackageChooserViewSet
    icon = "pick"
    menu_label = _("H5P")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        "main_library",
        "license",
        SizeColumn("size", label=_("Size")),
        "status",
        "updated_at",
    ]
    search_fields = ["title"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "main_library",
        "license",
        "authors_display",
        "language",
        "size",
        "status",
        "created_at",
        "updated_at",
    ]
    # The read-only panels show the version being edited (a draft's, in review), so
    # a methodologist sees what an upload would publish.
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("upload"),
            FieldPanel("file", read_only=True),
            FieldPanel("main_library", read_only=True),
            FieldPanel("language", read_only=True),
            FieldPanel("license", read_only=True),
        ],
        base_form_class=PackageForm,
    )


register_snippet(PackageViewSet)
