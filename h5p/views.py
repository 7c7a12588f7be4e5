"""The isolated player frame, the package files it loads, and the learner endpoints.

The frame and the files are public, cookie-free and cacheable, served with
``nosniff`` and a sandboxing Content-Security-Policy. The endpoints answer JSON, take
the learner from the session only (never from a statement's actor) and need the
CSRF token, so H5P code, which runs at an opaque origin, cannot call them as the
learner.
"""

import hashlib
import mimetypes
import posixpath
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
)
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_http_methods

from civiced import json_input
from civiced.versioned import H5P_LIBRARIES
from courses.live_lessons import live_lesson
from learning.models import LessonProgress

from . import results
from .libraries import playing
from .models import Package
from .player import core_translations
from .translation import translated_content
from .validation import CONTENT_EXTENSIONS, LIBRARY_EXTENSIONS
from .xapi import StatementError

# Media types for the extensions the validator lets in; anything else is a download.
MEDIA_TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "xml": "application/xml",
    "txt": "text/plain",
    "md": "text/plain",
    "csv": "text/csv",
    "vtt": "text/vtt",
    "webvtt": "text/vtt",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "wav": "audio/wav",
    "ogg": "audio/ogg",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "pdf": "application/pdf",
}
# A file opened on its own (an SVG, say) runs nothing, and nothing of it can reach
# our origin's cookies or storage.
FILE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
MAX_STATEMENT_BYTES = 64 * 1024
CACHE_SECONDS = 365 * 24 * 3600


def _frame_csp(request: HttpRequest) -> str:
    own = f"{request.scheme}://{request.get_host()}"
    sources = f"'self' {own}"
    ancestors = getattr(settings, "H5P_SITE_ORIGIN", "") or own
    return "; ".join(
        [
            "sandbox allow-scripts allow-downloads",
            f"default-src {sources}",
            # H5P libraries build their interface with eval-free scripts but
            # inline styles; 'unsafe-eval' is kept for older content types.
            f"script-src {sources} 'unsafe-eval'",
            f"style-src {sources} 'unsafe-inline'",
            f"img-src {sources} data: blob:",
            f"media-src {sources} data: blob:",
            f"font-src {sources} data:",
            f"connect-src {sources}",
            "frame-src 'self' about: blob: data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )


def _package(pk: int, version: str) -> dict:
    """Where a package version's files are, cached: content folder, libraries.

    A library plays its highest patch version installed (``h5p.libraries``), so
    the entry is kept under the libraries' version too: an upgrade or a rollback
    moves it, and every worker looks the files up again.
    """
    key = f"h5p:files:{pk}:{version}"
    cached = cache.get_many([key, H5P_LIBRARIES.key])
    libraries_version = H5P_LIBRARIES.read(cached)
    found = cached.get(key)
    if found is None or found.get("libraries_version") != libraries_version:
        package = (
            Package.objects.playable()
            .filter(pk=pk)
            .only("content_path", "content_hash", "title")
            .first()
        )
        if package is None or package.version_key != version:
            raise Http404
        keys = [
            (lib.machine_name, lib.major, lib.minor)
            for lib in package.libraries.only("machine_name", "major", "minor")
        ]
        paths = {lib.folder: lib.path for lib in playing(keys).values()}
        found = {
            "title": package.title,
            "content": package.content_path,
            "libraries": paths,
            "libraries_version": libraries_version,
            # In the libraries' URLs, which browsers cache for ever: new files
            # (an upgrade, a rollback) get new URLs.
            "libraries_token": hashlib.sha256(
                "\n".join(sorted(paths.values())).encode()
            ).hexdigest()[:12],
        }
        cache.set(key, found, 3600)
    return found


@require_GET
@xframe_options_exempt
def player(request: HttpRequest, pk: int, version: str) -> HttpResponse:
    """The page inside the sandboxed frame: the player, waiting for the lesson page."""
    files = _package(pk, version)
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    base = reverse("h5p_file", args=[pk, version, "h5p.json"]).removesuffix("/h5p.json")
    origin = f"{request.scheme}://{request.get_host()}"
    with translation.override(language):
        config = {
            "h5pJsonPath": origin + base,
            "librariesPath": f"{origin}{base}/libraries.{files['libraries_token']}",
            "contentJsonPath": f"{origin}{base}/lang/{language}/content",
            "frameJs": origin + static("h5p-standalone/frame.bundle.js"),
            "frameCss": origin + static("h5p-standalone/styles/h5p.css"),
            "translations": core_translations(),
            "parentOrigin": getattr(settings, "H5P_SITE_ORIGIN", "") or origin,
        }
        response = render(
            request,
            "h5p/player.html",
            {"config": config, "title": files["title"], "language": language},
        )
    response["Content-Security-Policy"] = _frame_csp(request)
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def package_file(
    request: HttpRequest, pk: int, version: str, path: str
) -> HttpResponse:
    """One file of a package: h5p.json, content/…, or libraries[.<token>]/<folder>/…."""
    files = _package(pk, version)
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts) or "\\" in path:
        raise Http404
    extension = posixpath.splitext(path)[1].lower().lstrip(".")
    language = ""
    if parts[0] == "lang" and len(parts) > 3 and parts[2] == "content":
        # content/ as seen in one interface language: lang/<code>/content/…
        language, parts = parts[1], parts[2:]
        if language not in dict(settings.LANGUAGES):
            raise Http404
        path = "/".join(parts)
    if path == "h5p.json" or (parts[0] == "content" and len(parts) > 1):
        if extension not in CONTENT_EXTENSIONS:
            raise Http404
        name = f"{files['content']}/{path}"
        if language and path == "content/content.json":
            return _content_json(pk, version, name, language, files["libraries_token"])
    elif parts[0].partition(".")[0] == "libraries" and len(parts) > 2:
        # libraries.<token>/: the token only makes the URL new when the files are.
        folder = files["libraries"].get(parts[1])
        if folder is None or extension not in LIBRARY_EXTENSIONS:
            raise Http404
        name = f"{folder}/{'/'.join(parts[2:])}"
    else:
        raise Http404
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    content_type = MEDIA_TYPES.get(extension) or (
        mimetypes.types_map.get(f".{extension}", "application/octet-stream")
    )
    response = FileResponse(handle, content_type=content_type)
    _file_headers(response)
    if extension not in MEDIA_TYPES:
        response["Content-Disposition"] = "attachment"
    return response


def _content_json(
    pk: int, version: str, name: str, language: str, libraries: str
) -> HttpResponse:
    """content.json with the libraries' strings for ``language``, cached (under
    the libraries that play it, whose strings it holds)."""
    key = f"h5p:content:{pk}:{version}:{language}:{libraries}"
    data = cache.get(key)
    if data is None:
        try:
            with default_storage.open(name, "rb") as handle:
                data = handle.read()
        except OSError:
            raise Http404 from None
        package = Package.objects.get(pk=pk)
        data = translated_content(package, language, data)
        cache.set(key, data, 3600)
    response = HttpResponse(data, content_type="application/json")
    _file_headers(response)
    return response


def _file_headers(response: HttpResponse) -> None:
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_CSP
    # The frame's origin is opaque, so its fetches are cross-origin; no
    # credentials are ever sent or allowed.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}, immutable"


# Learner endpoints


def _error(message, status=400) -> JsonResponse:
    return JsonResponse({"error": str(message)}, status=status)


def _activity(request: HttpRequest, lesson_id: int, activity_id: str):
    """(lesson, block value, None) for a learner's request, or (None, None, error).

    The value is the block's stored one: its package is an id (`_package_of`).
    """
    if not request.user.is_authenticated:
        return None, None, _error(_("Log in to keep your results."), status=403)
    if len(request.body) > MAX_STATEMENT_BYTES + results.max_state_bytes():
        return None, None, _error(_("The request is too large."))
    lesson = live_lesson(lesson_id, request)
    if lesson is not None:
        _block, values = lesson.activity_values().get("h5p", (None, {}))
        value = values.get(activity_id)
        if value is not None and value.get("package") is not None:
            return lesson, value, None
    return None, None, _unavailable()


def _unavailable() -> JsonResponse:
    return _error(_("This activity is not available."), status=404)


def _package_of(value: dict) -> Package | None:
    """The package the block shows, if learners may play it (published, ready)."""
    return Package.objects.playable().filter(pk=value["package"]).first()


def _json_body(request: HttpRequest, limit: int) -> dict | JsonResponse:
    if len(request.body) > limit:
        return _error(_("The request is too large."))
    try:
        data = json_input.loads(request.body)
    except (UnicodeDecodeError, ValueError):
        return _error(_("The request is not valid JSON."))
    if not isinstance(data, dict):
        return _error(_("The request must be a JSON object."))
    return data


@require_http_methods(["POST"])
def xapi(request: HttpRequest, lesson_id: int, activity_id: str) -> JsonResponse:
    """Receive one statement: ``{"key": uuid, "statement": {...}}``."""
    lesson, value, refused = _activity(request, lesson_id, activity_id)
    if refused:
        return refused
    data = _json_body(request, MAX_STATEMENT_BYTES)
    if isinstance(data, JsonResponse):
        return data
    try:
        key = uuid.UUID(str(data.get("key", "")))
    except ValueError:
        return _error(_("The statement needs a key."))
    try:
        received = results.record_statement(
            learner=request.user,
            lesson=lesson,
            activity_id=activity_id,
            package_id=value["package"],
            rule=value.get("completion_rule") or results.COMPLETED,
            pass_percent=value.get("pass_percent"),
            key=key,
            data=data.get("statement"),
        )
    except StatementError as error:
        return _error(error)
    except results.PackageUnavailable:
        return _unavailable()
    except results.StorageFull as full:
        return _error(full.message, status=413)
    percent = received.statement.percent
    return JsonResponse(
        {
            "lesson_status": received.lesson_status,
            "lesson_score": _number(received.lesson_score),
            "stored": True,
            "percent": _number(percent),
        }
    )


def _number(value) -> float | None:
    return None if value is None else float(value)


def _progress(learner, lesson) -> dict:
    progress = LessonProgress.objects.filter(learner=learner, lesson=lesson).first()
    return {
        "lesson_status": progress.status if progress else LessonProgress.NOT_STARTED,
        "lesson_score": _number(progress.best_score) if progress else None,
    }


@require_http_methods(["GET", "POST"])
def state(request: HttpRequest, lesson_id: int, activity_id: str) -> JsonResponse:
    """GET: the saved state to resume from. POST ``{"data": text|null, "seq": n}``."""
    lesson, value, refused = _activity(request, lesson_id, activity_id)
    if refused:
        return refused
    package = _package_of(value)
    if package is None:
        return _unavailable()
    if request.method == "GET":
        resume = results.load_state(
            learner=request.user,
            lesson=lesson,
            activity_id=activity_id,
            package=package,
        )
        return JsonResponse({"data": resume.data, "cleared": resume.cleared})
    data = _json_body(request, results.max_state_bytes() + 1024)
    if isinstance(data, JsonResponse):
        return data
    try:
        results.save_state(
            learner=request.user,
            lesson=lesson,
            activity_id=activity_id,
            package=package,
            data=data.get("data"),
            seq=data.get("seq", 0),
        )
    except results.StateError as error:
        return _error(error)
    except results.StorageFull as full:
        return _error(full.message, status=413)
    return JsonResponse({"saved": True})


@require_http_methods(["POST"])
def viewed(request: HttpRequest, lesson_id: int, activity_id: str) -> JsonResponse:
    lesson, value, refused = _activity(request, lesson_id, activity_id)
    if refused:
        return refused
    package = _package_of(value)
    if package is None:
        return _unavailable()
    results.record_view(
        learner=request.user, lesson=lesson, activity_id=activity_id, package=package
    )
    return JsonResponse(_progress(request.user, lesson))
