"""allauth adapter: people land where they work after logging in (or back on the
class they were joining, accounts.joining), in their language across login, sign-up
and logout, and sign-up never says whether an email has an account
(accounts.stages)."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils.translation import get_language

from civiced.i18n import url_in_language

from .joining import join_url
from .roles import (
    ANALYSTS_GROUP,
    EDITORS_GROUP,
    MODERATORS_GROUP,
    group_names,
    role,
)

# classes' role source (settings.ROLE_SOURCES), named, not imported: classes sits
# above accounts.
TEACHER_ROLE = "classes.permissions.shows_teacher_pages"
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
        # Only when no `next` was given: allauth follows a `next` first.
        return self._in_preferred_language(request, landing_url(request.user))

    def get_signup_redirect_url(self, request):
        # A new account has no role yet: it is a learner's.
        return self._in_preferred_language(request, reverse("my_learning"))

    def get_logout_redirect_url(self, request):
        # Logging out does not change the language the visitor was reading.
        return url_in_language(super().get_logout_redirect_url(request), get_language())

    @staticmethod
    def _in_preferred_language(request, url: str) -> str:
        # allauth works out the sign-up redirect before logging the new user in, so
        # an anonymous request keeps the language the visitor was reading.
        language = getattr(request.user, "preferred_language", "") or get_language()
        return url_in_language(url, language)


def landing_url(user) -> str:
    """Where the user works: an administrator, editor or methodologist in the
    Wagtail admin, a teacher on their home (their classes at a glance), an analyst
    on the reports, anyone else on "My learning". A teacher who also edits lands
    on the teacher's home: classes are what a school day starts with."""
    groups = group_names(user)
    if user.is_superuser:
        return reverse("wagtailadmin_home")
    if role(user, TEACHER_ROLE):
        return reverse("class_list")
    if groups & {EDITORS_GROUP, MODERATORS_GROUP}:
        return reverse("wagtailadmin_home")
    if ANALYSTS_GROUP in groups:
        return reverse("reports_dashboard")
    return reverse("my_learning")
