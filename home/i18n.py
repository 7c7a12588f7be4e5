"""Where the language switcher sends a reader: the same page in the other language."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Subquery
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .models import SiteSettings


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    is_current: bool


def language_links(
    request: HttpRequest, page: Page | None = None
) -> list[LanguageLink]:
    """One link per site language, pointing at the current content in that language.

    On a Wagtail page: its live translation, or the home page of that language when the
    page has not been translated. Elsewhere: the same URL under the other prefix.
    """
    current = get_language()
    urls: dict[str, str] = {}
    if page is not None and getattr(page, "pk", None):
        translations = page.get_translations(inclusive=True).live()
        urls = _urls_by_language(translations, request)
        missing = [code for code, _name in settings.LANGUAGES if code not in urls]
        site = Site.find_for_request(request)
        if missing and site is not None:
            homes = Page.objects.live().filter(
                translation_key=Subquery(
                    Page.objects.filter(pk=site.root_page_id).values("translation_key")
                ),
                locale__language_code__in=missing,
            )
            for code, url in _urls_by_language(homes, request).items():
                urls.setdefault(code, url)
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code) or translate_url(request.get_full_path(), code)
        if not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
            # A path like ///evil.example/ is another site to a browser: send the
            # reader to the language's home page instead.
            url = translate_url("/", code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=code == current,
            )
        )
    return links


def _urls_by_language(pages, request: HttpRequest) -> dict[str, str]:
    urls = {}
    for page in pages.select_related("locale"):
        url = page.get_url(request)
        if url:
            urls[page.locale.language_code] = url
    return urls


def footer_pages(request: HttpRequest) -> list[Page]:
    """The site's About and Privacy pages in the active language (or as set)."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    site_settings = SiteSettings.for_request(request)
    ids = [site_settings.about_page_id, site_settings.privacy_page_id]
    ids = [pk for pk in ids if pk]
    if not ids:
        return []
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    pages = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.live()
        .filter(translation_key__in=Subquery(keys))
        .select_related("locale")
    }
    language = get_language()
    result = []
    for pk in ids:
        original = next((p for p in pages.values() if p.pk == pk), None)
        if original is None:
            continue
        result.append(pages.get((original.translation_key, language), original))
    return result
