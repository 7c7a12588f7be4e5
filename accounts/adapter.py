"""allauth adapter: after login, send people to the site in their preferred language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "")
        if language:
            return translate_url(url, language)
        return url
