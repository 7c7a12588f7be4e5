"""Background exports: the full breakdown (district x kind x institution x module x
period), prepared by the task worker and kept for the user who asked for it.

The breakdown is suppressed as the dashboard is (reports.dashboard.protect): for each
period, a grid of institutions by modules whose totals a reader may know from the
dashboard, so no hidden cell is protected by moving a total.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_tasks import task

from civiced.spreadsheets import as_csv, as_xlsx
from classes.models import Institution

from .dashboard import (
    Figures,
    _district_label,
    _kind_label,
    header,
    measures,
    protect,
    publish,
)
from .models import ExportJob
from .periods import find_period, recent_periods
from .queries import Filters, Row, aggregate, catalogue


def _filters(saved: dict) -> Filters:
    now = timezone.now()
    period = saved.get("period")
    return Filters(
        district=saved.get("district"),
        kind=saved.get("kind"),
        institution_id=saved.get("institution"),
        module=saved.get("module"),
        period=find_period(period, saved["granularity"], now) if period else None,
    )


def _progress(job: ExportJob, percent: int, **fields) -> None:
    job.progress = percent
    for name, value in fields.items():
        setattr(job, name, value)
    job.save(update_fields=["progress", *fields])


def full_report_table(saved: dict) -> list[list]:
    """Every combination of district, kind, institution, module and period."""
    cat = catalogue()
    periods = recent_periods(timezone.now(), saved["granularity"])
    rows = aggregate(
        cat=cat,
        filters=_filters(saved),
        group_by=["period", "district", "kind", "institution", "module"],
        periods=periods,
    )
    names = dict(Institution.objects.values_list("pk", "name"))
    titles = {m.key: m.title for m in cat.modules}
    order = {p.label: i for i, p in enumerate(periods)}
    rows.sort(
        key=lambda r: (
            order.get(r.dims["period"], -1),
            r.dims["district"],
            r.dims["kind"],
            names.get(r.dims["institution"], ""),
            titles.get(r.dims["module"], ""),
        )
    )
    table = [
        [
            _("Period"),
            _("District"),
            _("Kind of institution"),
            _("Institution"),
            _("Module"),
            *header(),
        ]
    ]
    published = suppressed(rows, settings.REPORTS_SUPPRESSION_THRESHOLD)
    for r, figures in zip(rows, published, strict=True):
        table.append(
            [
                r.dims["period"],
                _district_label(r.dims["district"]),
                _kind_label(r.dims["kind"]),
                names.get(r.dims["institution"], _("Not in a class")),
                titles.get(r.dims["module"], ""),
                *measures(figures),
            ]
        )
    return table


def suppressed(rows: list[Row], threshold: int) -> list[Figures]:
    """The figures of each row of the breakdown as they may be published."""
    by_period: dict = {}
    for index, r in enumerate(rows):
        by_period.setdefault(r.dims["period"], []).append(index)
    published: list = [None] * len(rows)
    for indexes in by_period.values():
        cells: dict = {}
        total = Row()
        for index in indexes:
            r = rows[index]
            cells.setdefault((r.dims["institution"], r.dims["module"]), Row()).add(r)
            total.add(r)
        pattern = protect(
            cells,
            sorted({i for i, _m in cells}, key=str),
            sorted({m for _i, m in cells}, key=str),
            total,
            threshold,
            margins_known=True,
        )
        for index in indexes:
            r = rows[index]
            pos = (r.dims["institution"], r.dims["module"])
            published[index] = publish(
                r,
                counts_hidden=pos in pattern.counts,
                pd_hidden=pos in pattern.pd,
                threshold=threshold,
            )
    return published


@task(backend="reports")
def run_export(job_id: str) -> None:
    """Prepare one export job's file, saying how far it has got as it goes."""
    job = ExportJob.objects.get(pk=job_id)
    with translation.override(job.filters.get("language") or "uk"):
        _progress(job, 10, status=ExportJob.RUNNING)
        try:
            table = full_report_table(job.filters)
            _progress(job, 60, rows=len(table) - 1)
            name = slugify(f"civiced-report-{timezone.localdate():%Y-%m-%d}")
            if job.fmt == ExportJob.XLSX:
                content = as_xlsx(table, title=_("Report"))
            else:
                content = as_csv(table, delimiter=";")
        except Exception:
            _progress(job, 100, status=ExportJob.FAILED, finished_at=timezone.now())
            raise
        _progress(
            job,
            100,
            status=ExportJob.DONE,
            content=content,
            filename=f"{name}.{job.fmt}",
            finished_at=timezone.now(),
        )


KEEP_FILES = timedelta(days=7)


def start_export(*, user, fmt: str, filters: dict) -> ExportJob:
    """Queue a full export for the user; the worker picks it up. Files older than a
    week are deleted on the way."""
    ExportJob.objects.filter(created_at__lt=timezone.now() - KEEP_FILES).delete()
    job = ExportJob.objects.create(user=user, fmt=fmt, filters=filters)
    run_export.enqueue(str(job.pk))
    job.refresh_from_db()
    return job
