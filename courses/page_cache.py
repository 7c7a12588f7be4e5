"""Published lessons, as an anonymous visitor sees them, served from the cache.

A school opens a lesson for a whole class at once: the page is the same for every
visitor who is not logged in, so the rendered response is kept in the cache (Redis in
production) and served before Wagtail routes the request or renders a block.

- Only pages that say so are stored: `LessonPage.serve` marks the responses it gives
  anonymous visitors (`mark_cacheable`). Only GET requests without a query string and
  without a session or messages cookie are looked up or stored; a response that sets a
  cookie (a CSRF token) or is not a 200 is never stored.
- Every key carries the content version (civiced.versioned.CONTENT), bumped once the
  transaction commits whenever a page or a snippet that lessons show (a quiz, a
  glossary term, an H5P package) is published, unpublished, moved, saved or deleted,
  so editors' changes show at once (Wagtail unpublishes a live page it deletes).
  home.chrome keys the site's header and footer by it too.
  Entries also expire after PAGE_CACHE_SECONDS (0 turns the cache off), which bounds
  what a change the signals do not see (an image's new file) can leave stale.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from civiced.versioned import CONTENT, content_cache

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


def request_version(request: HttpRequest) -> str:
    """The content version when this request began (read once per request)."""
    return CONTENT.for_request(request)


# Rows a process read under the content version, used with the page cache on.
ProcessCache = content_cache


def content_changed(**kwargs) -> None:
    """Published content changed: cached pages are stale once this commits."""
    CONTENT.bump_on_commit()


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
    return f"pages:{request_version(request)}:{digest}"


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
