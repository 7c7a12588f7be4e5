"""Site-level views that are not Wagtail pages."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the app can reach its database, 503 otherwise (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})


def bench_baseline(request: HttpRequest) -> HttpResponse:
    """The bare view `make bench` measures every case against (BENCH_BASELINE only):
    a short text, no database, no template, behind the full middleware stack."""
    return HttpResponse("baseline", content_type="text/plain; charset=utf-8")
