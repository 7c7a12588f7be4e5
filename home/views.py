"""Site-level views that are not Wagtail pages."""

import logging
import posixpath
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve as serve_static

from civiced import cache_health

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """What this server can reach, for load balancers and monitoring.

    - 200 `{"status": "ok", "database": "ok", "cache": "ok"}`: all is well;
    - 200 `{"status": "degraded", …, "cache": "unreachable"}`: Redis is down, pages
      are served uncached and logging in waits (civiced.cache_health); keep the
      server in rotation;
    - 503 `{"status": "error", "database": "unreachable", …}`: no page can be served.
    """
    report = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        report["database"] = "unreachable"
    if not cache_health.reachable():
        report["cache"] = "unreachable"
    if report["database"] != "ok":
        return JsonResponse({"status": "error", **report}, status=503)
    status = "ok" if report["cache"] == "ok" else "degraded"
    return JsonResponse({"status": status, **report})


RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 with a retry hint when the database is out of reach.

    Called by Django while it handles the exception, for errors in views and in
    middleware alike. Nothing here touches the database.
    """
    error = sys.exc_info()[1]
    unavailable = isinstance(error, OperationalError | InterfaceError)
    status = 503 if unavailable else 500
    wants_json = request.path.startswith("/api/") or "application/json" in (
        request.headers.get("Accept", "")
    )
    if wants_json:
        message = (
            _("The service is briefly unavailable. Your work is kept; try again soon.")
            if unavailable
            else _("The server could not finish your request.")
        )
        response: HttpResponse = JsonResponse({"error": str(message)}, status=status)
    else:
        page = loader.get_template("500.html").render({"unavailable": unavailable})
        response = HttpResponse(page, status=status)
    if unavailable:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


# Uploaded files are data, never pages: a sandboxing policy and no type sniffing mean
# an uploaded SVG or HTML file cannot run script at our origin. H5P packages are
# served only through the H5P file view, which checks each path, and documents only
# through Wagtail's document view (/documents/<id>/<name>), which checks the
# collection's privacy.
MEDIA_CSP = (
    "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
)
PRIVATE_MEDIA = ("h5p/", "documents/")


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, for a single-server install (SERVE_MEDIA)."""
    # The path as the file server will read it (it normalises the same way), so
    # "images/../documents/…" or "//documents/…" is refused like "documents/…".
    if f"{posixpath.normpath(path).lstrip('/')}/".startswith(PRIVATE_MEDIA):
        raise Http404
    response = serve_static(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    return response


def bench_baseline(request: HttpRequest) -> HttpResponse:
    """The bare view `make bench` measures every case against (BENCH_BASELINE only):
    a short text, no database, no template, behind the full middleware stack."""
    return HttpResponse("baseline", content_type="text/plain; charset=utf-8")
