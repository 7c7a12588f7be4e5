"""Published lessons, as an anonymous visitor sees them, served from the cache.

A school opens a lesson for a whole class at once: the page is the same for every
visitor who is not logged in, so the rendered response is kept in the cache (Redis in
production) and served before Wagtail routes the request or renders a block.

- Only pages that say so are stored: `LessonPage.serve` marks the responses it gives
  anonymous visitors (`mark_cacheable`). Only GET requests without a query string and
  without a session or messages cookie are looked up or stored; a response that sets a
  cookie (a CSRF token) or is not a 200 is never stored.
- Every key carries a content version, bumped once the transaction commits whenever a
  page or a snippet that lessons show (a quiz, a glossary term, an H5P package) is
  published, unpublished, moved, saved or deleted, so editors' changes show at once
  (Wagtail unpublishes a live page it deletes). home.chrome keys the site's header
  and footer by it too.
  Entries also expire after PAGE_CACHE_SECONDS (0 turns the cache off), which bounds
  what a change the signals do not see (an image's new file) can leave stale.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "pages:version"
# Models whose rows lessons show, besides pages and quizzes (published signals), and
# those the header and footer of every page show (home.chrome).
SHOWN_MODELS = {
    "courses.glossaryterm",
    "h5p.package",
    # Saved as drafts or deleted, besides published (quiz endpoints keep live
    # quizzes per process under the version: quizzes.views).
    "quizzes.quiz",
    "wagtailimages.image",
    "home.sitesettings",
    "wagtailcore.site",
}
MARK = "_civiced_anonymous_cache"


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # Started from the clock (microseconds), not 1: after the cache is emptied a
        # version is never used again, so no process can serve a copy it kept from
        # an earlier time under the same number (courses/lesson_shell.py).
        initial = time.time_ns() // 1000
        cache.add(VERSION_KEY, initial, None)
        version = cache.get(VERSION_KEY) or initial
    return version


def request_version(request: HttpRequest) -> int:
    """The content version when this request began (read once per request)."""
    version = getattr(request, "_civiced_content_version", None)
    if version is None:
        # Read with the user's row when the user came from the cache
        # (accounts.backends).
        user = getattr(request, "user", None)
        prefetched = getattr(user, "_civiced_prefetched", None) or {}
        version = prefetched.get(VERSION_KEY) or current_version()
        request._civiced_content_version = version
    return version


class ProcessCache:
    """Rows this process read under a content version, for requests that began under
    the same version; a new version empties it. Used only when the page cache is on
    (PAGE_CACHE_SECONDS > 0), since the version is what keeps it true."""

    def __init__(self, size: int):
        self.size = size
        self.version = None
        self.found: dict = {}

    def get(self, request, key):
        if request is None or settings.PAGE_CACHE_SECONDS <= 0:
            return None
        if self.version != request_version(request):
            return None
        return self.found.get(key)

    def put(self, request, key, value) -> None:
        if request is None or settings.PAGE_CACHE_SECONDS <= 0:
            return
        version = request_version(request)
        if self.version != version or len(self.found) >= self.size:
            self.version, self.found = version, {}
        self.found[key] = value

    def clear(self) -> None:
        self.version, self.found = None, {}


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, current_version() + 1, None)


def content_changed(**kwargs) -> None:
    """Published content changed: cached pages are stale once this commits."""
    transaction.on_commit(_bump)


def model_changed(sender, **kwargs) -> None:
    if sender._meta.label_lower in SHOWN_MODELS:
        content_changed()


def mark_cacheable(response: HttpResponse) -> HttpResponse:
    setattr(response, MARK, True)
    return response


def _eligible(request: HttpRequest) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request: HttpRequest) -> str:
    digest = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()[
        :32
    ]
    return f"pages:{current_version()}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serve and store the marked pages of anonymous visitors (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _eligible(request):
            return self.get_response(request)
        key = _key(request)
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if (
            getattr(response, MARK, False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response
