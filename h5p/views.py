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
import re
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
    StreamingHttpResponse,
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

from . import media, results
from .libraries import playing
from .models import Package
from .offline_frame import BOOT, BOOT_HASH
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
# The same as the lesson page's iframe: links in content open a new window, which
# escapes the sandbox (a page the author linked to works as it would anywhere).
FRAME_SANDBOX = (
    "allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox"
)
# A list of header names, as a preflight asks for them.
_HEADER_NAMES = re.compile(
    r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$"
)
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _frame_csp(request: HttpRequest, extra: dict[str, list[str]] | None = None) -> str:
    """The frame's policy; ``extra`` adds the media hosts its package may use."""
    own = f"{request.scheme}://{request.get_host()}"
    sources = f"'self' {own}"
    ancestors = getattr(settings, "H5P_SITE_ORIGIN", "") or own
    extra = extra or {}

    def more(name: str) -> str:
        return "".join(f" {source}" for source in extra.get(name, ()))

    return "; ".join(
        [
            f"sandbox {FRAME_SANDBOX}",
            f"default-src {sources}",
            # H5P libraries build their interface with eval-free scripts but
            # inline styles; 'unsafe-eval' is kept for older content types.
            f"script-src {sources} 'unsafe-eval'{more('script-src')}",
            f"style-src {sources} 'unsafe-inline'",
            f"img-src {sources} data: blob:{more('img-src')}",
            f"media-src {sources} data: blob:{more('media-src')}",
            f"font-src {sources} data:",
            f"connect-src {sources}",
            f"frame-src 'self' about: blob: data:{more('frame-src')}",
            "object-src 'none'",
            # jQuery (in H5P core) parses HTML in a document with a <base> of
            # this page's address; 'none' made that a console error.
            "base-uri 'self'",
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
            "media": media.content_origins(package.content_path),
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


# Where a package version's files are, for offline packs (offline.h5p_files).
package_files = _package


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
    # Read from the policy now, so a changed setting applies to cached packages.
    policy = media.policy(files.get("media", []))
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
            {
                "config": config,
                "title": files["title"],
                "language": language,
                "media_allowed": ", ".join(policy.allowed_names),
                "media_refused": ", ".join(policy.refused_names),
            },
        )
    response["Content-Security-Policy"] = _frame_csp(request, policy.sources())
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _offline_csp(request: HttpRequest) -> str:
    """The offline frame's policy, which its sandboxed player frame inherits: the
    online frame's, with the player's files as blob: URLs made in that frame, and
    the boot script by its hash. No ``sandbox`` here: this page runs only our
    script and must reach the service worker; the player frame inside is
    sandboxed by its attribute."""
    own = f"{request.scheme}://{request.get_host()}"
    sources = f"'self' {own}"
    ancestors = getattr(settings, "H5P_SITE_ORIGIN", "") or own
    return "; ".join(
        [
            f"default-src {sources}",
            f"script-src {sources} blob: 'unsafe-eval' '{BOOT_HASH}'",
            f"style-src {sources} blob: 'unsafe-inline'",
            f"img-src {sources} data: blob:",
            f"media-src {sources} data: blob:",
            f"font-src {sources} data: blob:",
            f"connect-src {sources} blob:",
            "frame-src 'self' about: blob: data:",
            "worker-src 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )


@require_GET
@xframe_options_exempt
def offline_frame(request: HttpRequest) -> HttpResponse:
    """The frame a lesson page opens offline to play a saved activity (the player
    page's address follows ``#``; see ``h5p.offline_frame``)."""
    response = render(
        request,
        "h5p/offline_frame.html",
        {"boot": BOOT, "resolver": static("js/h5p-offline-frame.js")},
    )
    response["Content-Security-Policy"] = _offline_csp(request)
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_http_methods(["GET", "HEAD", "OPTIONS"])
def package_file(
    request: HttpRequest, pk: int, version: str, path: str
) -> HttpResponse:
    """One file of a package: h5p.json, content/…, or libraries[.<token>]/<folder>/….

    Video and audio files answer range requests (a player seeks with them), and
    a CORS preflight is answered for any file: nothing here needs credentials.
    """
    if request.method == "OPTIONS":
        return _preflight(request)
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
    response = _ranged(request, handle, name, content_type)
    if response is None:
        response = FileResponse(handle, content_type=content_type)
    response["Accept-Ranges"] = "bytes"
    _file_headers(response)
    if extension not in MEDIA_TYPES:
        response["Content-Disposition"] = "attachment"
    return response


def _ranged(request: HttpRequest, handle, name: str, content_type: str):
    """A 206 (or 416) answer to a single byte range, or None for the whole file.

    Several ranges, or a header we cannot read, get the whole file, as HTTP allows.
    """
    match = _RANGE.match(request.headers.get("Range", "").strip())
    if match is None or not any(match.groups()):
        return None
    try:
        size = default_storage.size(name)
    except (OSError, NotImplementedError):
        return None
    first, last = match.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            return None
    else:
        start, end = max(size - int(last), 0), size - 1
    if start >= size or size == 0:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    length = end - start + 1
    handle.seek(start)

    def chunks(remaining=length, block=64 * 1024):
        try:
            while remaining > 0:
                data = handle.read(min(block, remaining))
                if not data:
                    break
                remaining -= len(data)
                yield data
        finally:
            handle.close()

    response = StreamingHttpResponse(chunks(), status=206, content_type=content_type)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(length)
    return response


def _preflight(request: HttpRequest) -> HttpResponse:
    """The browser asks the opaque-origin frame's way before some loads (audio
    with custom headers, say): any origin may read these public files, without
    credentials, with the headers it asks for."""
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    asked = request.headers.get("Access-Control-Request-Headers", "").strip()
    if asked and len(asked) <= 1000 and _HEADER_NAMES.match(asked):
        response["Access-Control-Allow-Headers"] = asked
    response["Access-Control-Max-Age"] = "86400"
    response["Vary"] = "Access-Control-Request-Headers, Access-Control-Request-Method"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_CSP
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
    response["Access-Control-Expose-Headers"] = (
        "Accept-Ranges, Content-Length, Content-Range"
    )
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
