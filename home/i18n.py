"""Where the language switcher sends a reader: the same page in the other language."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_from_path
from wagtail.models import Locale, Page


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
        for translation in (
            page.get_translations(inclusive=True).live().select_related("locale")
        ):
            url = translation.get_url(request)
            if url:
                urls[translation.locale.language_code] = url
        missing = [code for code, _name in settings.LANGUAGES if code not in urls]
        if missing:
            root = page.get_site().root_page if page.get_site() else None
            if root is not None:
                locales = Locale.objects.filter(language_code__in=missing)
                for home in (
                    root.get_translations(inclusive=True)
                    .live()
                    .filter(locale__in=locales)
                    .select_related("locale")
                ):
                    urls.setdefault(home.locale.language_code, home.get_url(request))
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code) or translate_url(request.get_full_path(), code)
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


def url_in_language(url: str, language: str) -> str:
    """The same URL under `language`'s prefix (Ukrainian has none).

    Django's translate_url() resolves the URL in the active language, which fails when
    the URL is in another one; resolve it in the language its own prefix names.
    """
    source = get_language_from_path(url) or settings.LANGUAGE_CODE
    with translation.override(source):
        return translate_url(url, language)
