"""The installable web app: its manifest, the service worker, module packs and the
learner's "Saved for offline" page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from courses.models import CoursePage

from .forms import AutoSaveForm
from .pack import module_pack, pack_versions
from .permissions import auto_saved_modules
from .storage_names import cache_name

# How many saved modules one version check may name.
MAX_VERSION_IDS = 50
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


def _needs_login() -> JsonResponse:
    return JsonResponse(
        {"error": _("Log in to save modules for offline use.")}, status=403
    )


@never_cache
@require_safe
def versions(request: HttpRequest) -> JsonResponse:
    """The current version of each module named in `ids` (comma-separated): the
    service worker saves again the modules whose saved version differs. Modules no
    longer published are left out."""
    if not request.user.is_authenticated:
        return _needs_login()
    raw = request.GET.get("ids", "")
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if len(parts) > MAX_VERSION_IDS or not all(
        part.isascii() and part.isdigit() and len(part) < 10 for part in parts
    ):
        return JsonResponse(
            {
                "error": _("Name at most %(count)d modules by their numbers.")
                % {"count": MAX_VERSION_IDS}
            },
            status=400,
        )
    courses = CoursePage.objects.live().public().filter(pk__in=map(int, parts))
    found = pack_versions(courses)
    return JsonResponse({"versions": {str(pk): v for pk, v in found.items()}})


@never_cache
@require_safe
def assigned(request: HttpRequest) -> JsonResponse:
    """The packs to save without asking: the learner's assigned modules, unless
    they turned automatic saving off."""
    if not request.user.is_authenticated:
        return _needs_login()
    modules = auto_saved_modules(request.user).values_list("pk", flat=True)
    return JsonResponse(
        {
            "enabled": request.user.offline_auto_save,
            "packs": [
                {"id": pk, "pack": reverse("offline_pack", args=[pk])} for pk in modules
            ],
        }
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def saved(request: HttpRequest) -> HttpResponse:
    """The modules saved on this device (read from the browser by offline.js), and
    the learner's setting for saving their assigned modules automatically."""
    data = request.POST if request.method == "POST" else None
    form = AutoSaveForm(data, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        if form.instance.offline_auto_save:
            messages.success(
                request,
                _("Your assigned modules will be saved on this device automatically."),
            )
        else:
            messages.success(
                request,
                _(
                    "Your assigned modules will no longer be saved "
                    "automatically. What is already saved stays until you "
                    "remove it."
                ),
            )
        return redirect(request.path)
    return render(
        request,
        "offline/saved.html",
        {"cache_name": cache_name(request.user), "form": form},
    )
