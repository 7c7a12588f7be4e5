"""The installable web app: its manifest, the service worker, module packs and the
learner's "Saved for offline" page."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from courses.models import CoursePage

from .pack import module_pack
from .storage_names import cache_name

THEME_COLOUR = "#0b4f9c"
BACKGROUND_COLOUR = "#ffffff"


@require_safe
def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest, in the language of the request."""
    home = reverse("wagtail_serve", args=[""])
    data = {
        "name": _("civiced: civic education for Kyiv"),
        "short_name": _("civiced"),
        "description": _(
            "Interactive civic-education lessons for pupils, students and teachers."
        ),
        "lang": get_language(),
        "dir": "ltr",
        "start_url": home,
        "scope": "/",
        "id": home,
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {
                "src": static("img/app-icon-192.png"),
                "sizes": "192x192",
                "type": "image/png",
            },
            {
                "src": static("img/app-icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
            },
            {
                "src": static("img/app-icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    response["Cache-Control"] = "public, max-age=3600"
    return response


@never_cache
@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker, at the site's root so its scope is the whole site;
    never cached by HTTP, so a new version reaches every browser at once."""
    response = render(
        request,
        "offline/sw.js",
        content_type="text/javascript; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache, no-store, must-revalidate"
    return response


@never_cache
@require_safe
def pack(request: HttpRequest, course_id: int) -> JsonResponse:
    """The list of files that make a module readable offline (offline.pack)."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"error": _("Log in to save modules for offline use.")}, status=403
        )
    course = CoursePage.objects.live().public().filter(pk=course_id).first()
    if course is None:
        return JsonResponse({"error": _("There is no such module.")}, status=404)
    data = module_pack(course=course, request=request)
    data["cache"] = cache_name(request.user)
    return JsonResponse(data)


@login_required
@require_safe
def saved(request: HttpRequest) -> HttpResponse:
    """The modules saved on this device (read from the browser by offline.js)."""
    return render(
        request, "offline/saved.html", {"cache_name": cache_name(request.user)}
    )
