"""Send people whose password was printed on a login card to choose their own."""

from django.shortcuts import redirect
from django.urls import reverse

# Paths a user with a one-time password may still open.
ALLOWED_PREFIXES = ("/static/", "/media/", "/healthz", "/api/")


class OneTimePasswordMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.must_change_password:
            change = reverse("account_change_password")
            logout = reverse("account_logout")
            path = request.path
            if path not in (change, logout) and not path.startswith(ALLOWED_PREFIXES):
                return redirect(change)
        return self.get_response(request)
