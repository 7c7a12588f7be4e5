"""URLs across the site's languages (a bottom-layer helper: it imports no app)."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path


def url_in_language(url: str, language: str) -> str:
    """The same URL under `language`'s prefix (Ukrainian has none).

    Django's translate_url() resolves the URL in the active language, which fails when
    the URL is in another one; resolve it in the language its own prefix names.
    """
    source = get_language_from_path(url) or settings.LANGUAGE_CODE
    with translation.override(source):
        return translate_url(url, language)
