"""Report pages: the institute dashboard, question analysis, background exports, the
analysts' release page and quarterly report, the public open-data page, files and
index, and the commitment's progress page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from civiced.spreadsheets import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, download
from classes.models import Institution
from quizzes.models import Quiz

from . import charts, commitment, open_data, quarterly, releases
from .dashboard import TABLES, build, export_table
from .forms import DashboardFilterForm
from .models import ExportJob, Release
from .permissions import (
    analysis_classes,
    analysis_institutions,
    attempts_in_scope,
    can_analyse_questions,
    can_generate_reports,
    can_publish_releases,
    is_analyst,
)
from .queries import catalogue
from .questions import analyse
from .tasks import start_export

EXPORTS = ("csv", "xlsx")


def _analyst(request: HttpRequest) -> None:
    if not is_analyst(request.user):
        raise PermissionDenied


def _describe(form: DashboardFilterForm) -> list[str]:
    """The filters in words, for the top of an export."""
    words = []
    for name in ("district", "kind", "module", "period"):
        value = form.cleaned_data.get(name)
        if value:
            field = form.fields[name]
            words.append(f"{field.label}: {dict(field.choices).get(value, value)}")
    if form.institution_obj is not None:
        words.append(f"{_('Institution')}: {form.institution_obj.name}")
    return words or [_("Whole city, all modules, all periods")]


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    _analyst(request)
    cat = catalogue()
    form = DashboardFilterForm(request.GET or None, cat=cat)
    if form.is_bound and not form.is_valid():
        return render(request, "reports/dashboard.html", {"form": form}, status=400)
    if not form.is_bound:
        form = DashboardFilterForm({}, cat=cat)
        form.is_valid()
    granularity = form.chosen_granularity
    report = build(cat, form.filters(), granularity)
    export = request.GET.get("export")
    table = request.GET.get("table", "summary")
    if export in EXPORTS:
        if table != "summary" and table not in TABLES:
            raise Http404
        return download(
            export_table(report, table, _describe(form)),
            export,
            f"civiced-{table}",
            title=str(TABLES.get(table, _("Summary"))),
            delimiter=";",
        )
    query = request.GET.copy()
    query.pop("export", None)
    query.pop("table", None)
    _drill_down_links(report, query)
    periods = report.tables["period"]
    districts = report.tables["district"]
    return render(
        request,
        "reports/dashboard.html",
        {
            "form": form,
            "report": report,
            "tables": [
                (name, TABLES[name], report.tables[name])
                for name in TABLES
                if name in report.tables
            ],
            "query": query.urlencode(),
            "institution": form.institution_obj,
            "trend": charts.trend(
                [
                    (line.label, line.figures.starts, line.figures.completions)
                    for line in periods
                ]
            ),
            "district_chart": charts.horizontal_bars(
                [
                    (
                        line.label,
                        line.figures.completion_rate,
                        "—"
                        if line.figures.completion_rate is None
                        else f"{line.figures.completion_rate:.0f}%",
                    )
                    for line in districts
                ],
                maximum=100,
            ),
        },
    )


def _drill_down_links(report, query) -> None:
    """Each district, kind, module and institution row links to the dashboard
    filtered to it (institutions are as far down as it goes)."""
    for name, param in (
        ("district", "district"),
        ("kind", "kind"),
        ("module", "module"),
        ("institution", "institution"),
    ):
        for line in report.tables.get(name, []):
            if not line.key:
                continue
            changed = query.copy()
            changed[param] = line.key
            line.link = "?" + changed.urlencode()


@login_required
@require_POST
def export_start(request: HttpRequest) -> HttpResponse:
    _analyst(request)
    cat = catalogue()
    form = DashboardFilterForm(request.POST, cat=cat)
    fmt = request.POST.get("fmt")
    if not form.is_valid() or fmt not in (ExportJob.CSV, ExportJob.XLSX):
        messages.error(request, _("The export could not start: check the filters."))
        return redirect("reports_dashboard")
    saved = {
        **form.filters().as_key(),
        "granularity": form.chosen_granularity,
        "language": translation.get_language(),
    }
    job = start_export(user=request.user, fmt=fmt, filters=saved)
    return redirect("reports_export", pk=job.pk)


def _own_job(request: HttpRequest, pk) -> ExportJob:
    """The job, if this user asked for it; 404 for anyone else's."""
    return get_object_or_404(
        ExportJob.objects.defer("content"), pk=pk, user=request.user
    )


@login_required
def export_status(request: HttpRequest, pk) -> HttpResponse:
    _analyst(request)
    job = _own_job(request, pk)
    if request.GET.get("poll"):
        return JsonResponse(
            {"status": job.status, "progress": job.progress, "finished": job.finished}
        )
    return render(request, "reports/export.html", {"job": job})


@login_required
def export_download(request: HttpRequest, pk) -> HttpResponse:
    _analyst(request)
    job = get_object_or_404(ExportJob, pk=pk, user=request.user, status=ExportJob.DONE)
    content_type = XLSX_CONTENT_TYPE if job.fmt == ExportJob.XLSX else CSV_CONTENT_TYPE
    response = HttpResponse(bytes(job.content), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{job.filename}"'
    return response


# The largest id a database integer column holds: a bigger number matches nothing.
LARGEST_ID = 2**31 - 1


def _an_id(text: str | None) -> int | None:
    if text and text.isascii() and text.isdigit() and int(text) <= LARGEST_ID:
        return int(text)
    return None


@login_required
def question_analysis(request: HttpRequest) -> HttpResponse:
    """A class's figures in full for its teachers; for analysts, the city's or one
    institution's, suppressed. Any other class or institution does not exist for
    the user: 404, with a page that says what they may see."""
    if not can_analyse_questions(request.user):
        raise PermissionDenied
    analyst = is_analyst(request.user)
    classes = list(analysis_classes(request.user))
    institutions = (
        list(analysis_institutions(request.user).order_by("name")) if analyst else []
    )
    context = {
        "analyst": analyst,
        "classes": classes,
        "institutions": institutions,
        "threshold": settings.REPORTS_SUPPRESSION_THRESHOLD,
    }
    klass = institution = None
    class_pk = request.GET.get("class")
    institution_pk = request.GET.get("institution")
    if class_pk:
        klass = next((c for c in classes if str(c.pk) == class_pk), None)
        if klass is None:
            context["refused"] = _(
                "This class is not one of yours: the question analysis of a class "
                "is for its teachers only."
            )
            return render(request, "reports/questions.html", context, status=404)
    elif institution_pk:
        wanted = _an_id(institution_pk)
        institution = next((i for i in institutions if i.pk == wanted), None)
        if institution is None:
            context["refused"] = _(
                "There is no such institution here. Analysts see the whole city or "
                "one institution."
            )
            return render(request, "reports/questions.html", context, status=404)
    elif not analyst and len(classes) == 1:
        klass = classes[0]
    attempts = attempts_in_scope(request.user, klass, institution)
    if not analyst and klass is None:
        attempts = attempts.none()
    quizzes = list(
        Quiz.objects.filter(pk__in=attempts.values("quiz_id")).order_by("title")
    )
    quiz = None
    quiz_pk = request.GET.get("quiz")
    if quiz_pk:
        quiz = next((q for q in quizzes if str(q.pk) == quiz_pk), None)
        if quiz is None:
            raise Http404
    elif len(quizzes) == 1:
        quiz = quizzes[0]
    context.update(
        klass=klass,
        institution=institution,
        quizzes=quizzes,
        quiz=quiz,
        # A class's own teachers see everything; anyone else only what meets the
        # suppression threshold.
        analysis=analyse(
            quiz,
            attempts,
            threshold=1
            if klass is not None
            else settings.REPORTS_SUPPRESSION_THRESHOLD,
        )
        if quiz
        else None,
    )
    return render(request, "reports/questions.html", context)


def _file_url(release: Release, table: str, fmt: str) -> str:
    """A release file's URL, the same in every language: it never changes."""
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(
            "open_data_release_file",
            kwargs={"slug": release.slug, "table": table, "fmt": fmt},
        )


def _public_releases() -> list[Release]:
    return list(
        Release.objects.defer("counts")
        .select_related("supersedes")
        .order_by("-period_start", "-published_at")
    )


def open_data_page(request: HttpRequest) -> HttpResponse:
    published = _public_releases()
    listed = [
        {
            "release": release,
            "summary": open_data.summary(release),
            "files": [
                (
                    name,
                    table["title"].get(
                        translation.get_language(), table["title"]["uk"]
                    ),
                    len(table["records"]),
                    _file_url(release, name, "csv"),
                    _file_url(release, name, "json"),
                )
                for name, table in release.tables.items()
            ],
        }
        for release in published
    ]
    with translation.override(settings.LANGUAGE_CODE):
        package_url = reverse("open_data_package")
    return render(
        request,
        "reports/open_data.html",
        {
            "releases": listed,
            "schemas": open_data.schemas(),
            "licence": settings.OPEN_DATA_LICENCE,
            "threshold": settings.REPORTS_SUPPRESSION_THRESHOLD,
            "package_url": package_url,
            "next_quarter": releases.next_due(timezone.now()),
            "districts": Institution.DISTRICTS,
            "kinds": Institution.KINDS,
        },
    )


def _open(response: HttpResponse) -> HttpResponse:
    """Open data may be read by any site's scripts."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def release_file(request: HttpRequest, slug: str, table: str, fmt: str):
    """One table of one release, as frozen when it was published."""
    release = get_object_or_404(
        Release.objects.defer("counts").select_related("supersedes"), slug=slug
    )
    if fmt not in open_data.FORMATS or table not in release.tables:
        raise Http404
    if fmt == "csv":
        content = releases.as_csv_bytes(release, table)
    else:
        content = releases.as_json_bytes(release, table)
    response = HttpResponse(content, content_type=open_data.FORMATS[fmt][0])
    if fmt == "csv":
        response["Content-Disposition"] = (
            f'attachment; filename="civiced-{release.slug}-{table}.csv"'
        )
    return _open(response)


def open_data_package(request: HttpRequest) -> HttpResponse:
    """datapackage.json: every release's files, for harvesters."""
    package = open_data.datapackage(
        _public_releases(),
        lambda release, table, fmt: request.build_absolute_uri(
            _file_url(release, table, fmt)
        ),
    )
    return _open(
        JsonResponse(
            package,
            json_dumps_params={"ensure_ascii": False, "indent": 1},
            content_type="application/json; charset=utf-8",
        )
    )


def _latest(fmt: str) -> HttpResponse:
    """The old live file's address: the latest quarter's frozen participation."""
    release = (
        Release.objects.filter(kind=Release.QUARTER)
        .only("slug")
        .order_by("-period_start")
        .first()
    )
    if release is None:
        raise Http404(_("No release has been published yet."))
    return redirect(_file_url(release, releases.PARTICIPATION, fmt))


def open_data_csv(request: HttpRequest) -> HttpResponse:
    return _latest("csv")


def open_data_json(request: HttpRequest) -> HttpResponse:
    return _latest("json")


@login_required
def releases_page(request: HttpRequest) -> HttpResponse:
    """Analysts publish releases: the closed periods not yet released, each a
    button, and the releases so far."""
    if not can_publish_releases(request.user):
        raise PermissionDenied
    error = None
    if request.method == "POST":
        try:
            release = releases.publish_from_form(
                kind=request.POST.get("kind", ""),
                label=request.POST.get("period", ""),
                user=request.user,
            )
        except releases.ReleaseRefused as refused:
            error = str(refused)
        else:
            messages.success(
                request,
                _("Published %(release)s.")
                % {"release": releases.describe(release.kind, release.period_label)},
            )
            return redirect("reports_releases")
    return render(
        request,
        "reports/releases.html",
        {
            "error": error,
            "unreleased": releases.unreleased(timezone.now()),
            "releases": Release.objects.select_related("published_by").defer(
                "tables", "counts"
            ),
            "corrections": releases.correctable(),
            "show_dashboard": True,
            "current": "releases",
        },
        status=400 if error else 200,
    )


def _progress_context(release: Release | None, language: str) -> dict:
    """The figures of a release, the trend up to it and the narrative."""
    points = commitment.trend(release) if release is not None else []
    return {
        "code": commitment.CODE,
        "figures": commitment.figures(release, language) if release else None,
        "points": points,
        "chart": charts.trend(commitment.chart_items(points)) if points else None,
        "narrative": commitment.narrative(language),
        "next_quarter": releases.next_due(timezone.now()),
        "threshold": release.threshold
        if release is not None
        else settings.REPORTS_SUPPRESSION_THRESHOLD,
    }


def commitment_progress(request: HttpRequest) -> HttpResponse:
    """Commitment UAIEV0001's progress, from the latest releases only."""
    context = _progress_context(commitment.latest_release(), translation.get_language())
    with translation.override(settings.LANGUAGE_CODE):
        context["open_data_url"] = reverse("open_data")
    return render(request, "reports/commitment.html", context)


def _reportable(request: HttpRequest, slug: str) -> Release:
    if not can_generate_reports(request.user):
        raise PermissionDenied
    release = get_object_or_404(
        Release.objects.defer("counts").filter(
            kind__in=[Release.QUARTER, Release.YEAR]
        ),
        slug=slug,
    )
    return release


@login_required
def quarterly_report(request: HttpRequest, slug: str) -> HttpResponse:
    """The printable report for the Coordination Council, from one release."""
    release = _reportable(request, slug)
    context = _progress_context(release, translation.get_language())
    context["release"] = release
    return render(request, "reports/quarterly_report.html", context)


@login_required
def quarterly_report_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    """The same report as a PDF."""
    release = _reportable(request, slug)
    language = translation.get_language()
    context = _progress_context(release, language)
    content = quarterly.pdf(
        release=release,
        figures=context["figures"],
        points=context["points"],
        narrative=context["narrative"],
        next_quarter=context["next_quarter"],
        language=language,
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="civiced-{commitment.CODE.lower()}-'
        f'{release.slug}-{language}.pdf"'
    )
    return response
