"""The Wagtail admin report "Lessons due for review": lessons whose review-by date
has passed or falls within the next 30 days, for editors and moderators.

Two queries whatever the number of lessons: the lessons with their module's title
(a subquery on the parent's path) and the page count. CSV and XLSX come from
Wagtail's ReportView.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .models import LessonPage
from .permissions import can_see_review_report

# Lessons due within this many days are listed beside the overdue ones.
DUE_SOON_DAYS = 30


def lessons_due_for_review(today: datetime.date):
    """Lessons whose review-by date is before `today` plus DUE_SOON_DAYS, soonest
    first, each with `module_title` (its parent's title) annotated."""
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    ).values("title")[:1]
    return (
        LessonPage.objects.filter(
            review_by__lte=today + datetime.timedelta(days=DUE_SOON_DAYS)
        )
        .annotate(module_title=Subquery(parent))
        .select_related("locale")
        .order_by(F("review_by").asc(), "path")
    )


class ReviewDueReportView(ReportView):
    page_title = _("Lessons due for review")
    header_icon = "time"
    index_url_name = "courses_review_due"
    index_results_url_name = "courses_review_due_results"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Lesson"), url_name="wagtailadmin_pages:edit"),
        Column("module_title", label=_("Module")),
        Column("locale", label=_("Language")),
        Column("as_of", label=_("Facts as of")),
        Column("review_by", label=_("Review by")),
        Column("review_state", label=_("Status")),
    ]
    list_export = ["title", "module_title", "locale", "as_of", "review_by"]
    export_headings = {
        "title": _("Lesson"),
        "module_title": _("Module"),
        "locale": _("Language"),
        "as_of": _("Facts as of"),
        "review_by": _("Review by"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_see_review_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "lessons-due-for-review-" + timezone.localdate().isoformat()

    def get_queryset(self):
        return lessons_due_for_review(timezone.localdate())

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for lesson in object_list:
            lesson.review_state = (
                _("Overdue") if lesson.review_by < today else _("Due within 30 days")
            )
        return object_list
