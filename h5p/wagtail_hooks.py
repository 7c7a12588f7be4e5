"""The H5P library in the Wagtail admin: upload, replace, inspect packages; the
installed libraries, their kept versions and rollback; their audit entries."""

from django.contrib import messages
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.blocks import StreamValue
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetChosenView
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from . import library_admin, media
from .blocks import H5PActivityBlock, package_reports
from .content_types import machine_name
from .forms import PackageForm
from .libraries import UPGRADE, USE_VERSION, UpgradeFormatter, UseVersionFormatter
from .models import Package
from .store import can_install_libraries


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


@hooks.register("register_log_actions")
def register_library_actions(actions):
    actions.register_action(UPGRADE)(UpgradeFormatter)
    actions.register_action(USE_VERSION)(UseVersionFormatter)


@hooks.register("register_admin_urls")
def library_urls():
    return [
        path(
            "h5p/libraries/",
            library_admin.LibraryListView.as_view(),
            name="h5p_libraries",
        ),
        path(
            "h5p/libraries/<int:pk>/",
            library_admin.LibraryVersionsView.as_view(),
            name="h5p_library_versions",
        ),
    ]


class _AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_install_libraries(request.user)


@hooks.register("register_admin_menu_item")
def library_menu_item():
    return _AdministratorsMenuItem(
        _("H5P libraries"), reverse("h5p_libraries"), icon_name="code", order=251
    )


def _tell_import_notices(request, instance):
    """What the upload's import said beside the refusals: a library version older
    than the installed one, which plays instead."""
    for notice in getattr(instance, "import_notices", ()):
        messages.warning(request, notice)


hooks.register("after_create_snippet", _tell_import_notices)
hooks.register("after_edit_snippet", _tell_import_notices)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_unknown_content_types(request, page):
    """Tell the editor which H5P activities on the saved page are of a content type
    the table (h5p.content_types) does not know: they count as done when viewed."""
    body = getattr(page, "body", None)
    if not isinstance(body, StreamValue):
        return  # pages whose body is rich text, or that have none
    for block in body:
        if not isinstance(block.block, H5PActivityBlock):
            continue
        package = block.value.get("package")
        if package is None or package_reports(package) is not None:
            continue
        messages.warning(
            request,
            _(
                "The H5P activity “%(title)s” is of a content type the platform "
                "does not know (%(type)s), so it cannot tell which rules the "
                "activity can meet. Left as recommended, it counts as done once "
                "the learner opens it."
            )
            % {"title": package.title, "type": machine_name(package.main_library)},
        )
