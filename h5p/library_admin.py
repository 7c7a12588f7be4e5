"""The installed H5P libraries in the Wagtail admin: which version each plays, the
versions kept, and rolling back to one of them (for administrators only: it changes
the JavaScript every learner runs)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .libraries import current_versions, use_version, versions_of
from .models import Library
from .store import can_install_libraries


class _AdministratorsOnly:
    def dispatch(self, request, *args, **kwargs):
        if not can_install_libraries(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LibraryListView(_AdministratorsOnly, WagtailAdminTemplateMixin, TemplateView):
    """Every installed library, by major.minor, with the version it plays."""

    template_name = "h5p/admin/libraries.html"
    page_title = gettext_lazy("H5P libraries")
    header_icon = "code"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(Library.objects.order_by("machine_name", "major", "minor", "patch"))
        current = current_versions({row.machine_name for row in rows})
        groups: dict = {}
        for row in rows:
            groups.setdefault(row.key, []).append(row)
        context["libraries"] = [
            {
                "name": f"{name} {major}.{minor}",
                "playing": current.get((name, major, minor)),
                "kept": len(versions),
                "url": reverse("h5p_library_versions", args=[versions[-1].pk]),
            }
            for (name, major, minor), versions in groups.items()
        ]
        return context


class LibraryVersionsView(_AdministratorsOnly, WagtailAdminTemplateMixin, TemplateView):
    """One library's kept versions; POST ``version`` plays that one for every
    package (a rollback, or back to a later version)."""

    template_name = "h5p/admin/library_versions.html"
    header_icon = "code"

    def get_page_title(self):
        library = self.library
        return _("%(name)s %(major)s.%(minor)s: versions") % {
            "name": library.machine_name,
            "major": library.major,
            "minor": library.minor,
        }

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("h5p_libraries"), "label": _("H5P libraries")},
            {"url": "", "label": self.get_page_title()},
        ]

    def dispatch(self, request, pk, *args, **kwargs):
        self.library = get_object_or_404(Library, pk=pk)
        return super().dispatch(request, pk, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        versions = versions_of(self.library)
        counts = dict(
            Library.objects.filter(pk__in=[row.pk for row in versions])
            .annotate(count=Count("packages"))
            .values_list("pk", "count")
        )
        playing = next((row for row in versions if row.withdrawn_at is None), None)
        context["versions"] = [
            {
                "row": row,
                "playing": row == playing,
                "packages": counts.get(row.pk, 0),
            }
            for row in versions
        ]
        context["action"] = reverse("h5p_library_versions", args=[self.library.pk])
        return context

    def post(self, request, pk):
        here = reverse("h5p_library_versions", args=[pk])
        try:
            chosen = int(request.POST.get("version", ""))
        except ValueError:
            chosen = None
        target = next(
            (row for row in versions_of(self.library) if row.pk == chosen), None
        )
        if target is None:
            messages.error(request, _("Choose one of this library’s versions."))
            return redirect(here)
        before = use_version(library=target, user=request.user)
        if before is None:
            messages.info(
                request,
                _("%(library)s already plays for every package.")
                % {"library": f"{target.machine_name} {target.version}"},
            )
        else:
            messages.success(
                request,
                _(
                    "Every package that uses %(name)s %(major)s.%(minor)s now plays "
                    "version %(new)s instead of %(old)s."
                )
                % {
                    "name": target.machine_name,
                    "major": target.major,
                    "minor": target.minor,
                    "new": target.version,
                    "old": before.version,
                },
            )
        return redirect(here)
