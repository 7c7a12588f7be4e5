"""What the header and footer of every page show of the site: the course catalogue's
link, the footer pages and the contact address.

They took four queries per page (the catalogue, the site, its settings, the footer
pages) for values that change only when an editor publishes, unpublishes, moves or
deletes a page or saves the site or its settings. Those changes bump the content
version (civiced.versioned.CONTENT, from courses.page_cache), and the cache key
carries that version, the host and the language, so a stored value is never
stale; entries also expire after CHROME_SECONDS. With the page cache on, each
process also keeps the values it read under the version of the request that read
them (civiced.versioned.ProcessCache), so most pages ask the cache nothing.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Site

from civiced.versioned import CONTENT, content_cache
from courses.models import CourseIndexPage

from .i18n import footer_pages
from .models import SiteSettings

CHROME_SECONDS = 3600
REQUEST_ATTRIBUTE = "_civiced_site_chrome"
# Values this process has read, by host and language, under the content version.
_local = content_cache(64)


@dataclass(frozen=True)
class SiteChrome:
    catalogue_url: str
    footer_links: tuple[tuple[str, str], ...]  # (url, title)
    contact_email: str


def site_chrome(request: HttpRequest) -> SiteChrome:
    """The site's header and footer values for this request (cached, see the module)."""
    chrome = getattr(request, REQUEST_ATTRIBUTE, None)
    if chrome is not None:
        return chrome
    key = f"chrome:{CONTENT.for_request(request)}:{request.get_host()}:{get_language()}"
    chrome = _local.get(request, key)
    if chrome is None:
        chrome = cache.get(key)
        if chrome is None:
            chrome = _build(request)
            cache.set(key, chrome, CHROME_SECONDS)
        _local.put(request, key, chrome)
    setattr(request, REQUEST_ATTRIBUTE, chrome)
    return chrome


def catalogue_url(request: HttpRequest | None) -> str:
    """The URL of the course catalogue in the reader's language ('' when none)."""
    catalogue = (
        CourseIndexPage.objects.live()
        .filter(locale__language_code=get_language())
        .only("id", "url_path", "path", "depth", "locale_id")
        .first()
    )
    if catalogue is None:
        return ""
    return catalogue.get_url(request) or ""


def _build(request: HttpRequest) -> SiteChrome:
    site = Site.find_for_request(request)
    contact_email = SiteSettings.for_request(request).contact_email if site else ""
    return SiteChrome(
        catalogue_url=catalogue_url(request),
        footer_links=tuple(
            (page.get_url(request), page.title) for page in footer_pages(request)
        ),
        contact_email=contact_email,
    )
