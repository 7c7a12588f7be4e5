"""Send people whose password was printed on a login card to choose their own.

Until they do, pages redirect to the password change and the JSON API answers 403
(a script cannot follow a redirect to an HTML form). A session whose card password
has expired meanwhile ends, with a message saying to ask the teacher for a new card.
"""

from django.contrib import messages
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .forms import CARD_PASSWORD_EXPIRED

# Paths a user with a one-time password may still open.
ALLOWED_PREFIXES = ("/static/", "/media/", "/healthz")
API_PREFIX = "/api/"


class OneTimePasswordMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.must_change_password:
            refused = self._refused(request, user)
            if refused is not None:
                return refused
        return self.get_response(request)

    @staticmethod
    def _refused(request, user):
        path = request.path
        if path.startswith(ALLOWED_PREFIXES):
            return None
        api = path.startswith(API_PREFIX)
        if user.card_password_expired():
            logout(request)
            if api:
                return JsonResponse({"error": str(CARD_PASSWORD_EXPIRED)}, status=403)
            messages.error(request, CARD_PASSWORD_EXPIRED)
            return redirect("account_login")
        if api:
            return JsonResponse(
                {
                    "error": _(
                        "Change your password first: open the site and choose your "
                        "own password instead of the one on your login card."
                    )
                },
                status=403,
            )
        if path not in (reverse("account_change_password"), reverse("account_logout")):
            return redirect("account_change_password")
        return None
