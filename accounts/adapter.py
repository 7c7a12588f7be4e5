"""allauth adapter: keep people in their language across login, sign-up and logout,
never say at sign-up whether an email has an account (accounts.stages), and bring a
pupil with a class join code back to it after logging in (accounts.joining)."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language

from civiced.i18n import url_in_language

from .joining import join_url

ALLAUTH_EMAIL_STAGE = "allauth.account.stages.EmailVerificationStage"
SIGNUP_EMAIL_STAGE = "accounts.stages.SignupEmailStage"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_stages(self) -> list[str]:
        return [
            SIGNUP_EMAIL_STAGE if stage == ALLAUTH_EMAIL_STAGE else stage
            for stage in super().get_login_stages()
        ]

    def post_login(self, request, user, *, redirect_url, **kwargs):
        # Every way of logging in ends here (password, sign-up, social accounts,
        # email confirmation): a pending join code wins over any other target, and
        # leaves the default landing (get_login_redirect_url) to itself.
        joining = join_url(request)
        if joining is not None:
            redirect_url = self._in_preferred_language(request, joining)
        return super().post_login(request, user, redirect_url=redirect_url, **kwargs)

    def get_login_redirect_url(self, request):
        return self._in_preferred_language(
            request, super().get_login_redirect_url(request)
        )

    def get_signup_redirect_url(self, request):
        return self._in_preferred_language(
            request, super().get_signup_redirect_url(request)
        )

    def get_logout_redirect_url(self, request):
        # Logging out does not change the language the visitor was reading.
        return url_in_language(super().get_logout_redirect_url(request), get_language())

    @staticmethod
    def _in_preferred_language(request, url: str) -> str:
        # allauth works out the sign-up redirect before logging the new user in, so
        # an anonymous request keeps the language the visitor was reading.
        language = getattr(request.user, "preferred_language", "") or get_language()
        return url_in_language(url, language)
