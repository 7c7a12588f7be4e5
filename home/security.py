"""Security headers for our own pages.

A Content-Security-Policy that allows scripts only from our own origin (no inline
scripts, no eval), nothing from other hosts, and frames only from ourselves (and the
H5P player origin when one is set). The Wagtail admin keeps Wagtail's own scripts and
gets no policy from us; responses that set their own policy (the H5P frame and
package files) keep it.
"""

from django.conf import settings

EXEMPT_PREFIXES = ("/admin/", "/django-admin/")


def content_security_policy() -> str:
    player = getattr(settings, "H5P_PLAYER_ORIGIN", "").rstrip("/")
    frames = f"'self' {player}".strip()
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self'",
            "connect-src 'self'",
            # The service worker (offline use) and the web app manifest.
            "worker-src 'self'",
            "manifest-src 'self'",
            f"frame-src {frames}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response and not request.path.startswith(
            EXEMPT_PREFIXES
        ):
            response["Content-Security-Policy"] = self.policy
        return response
