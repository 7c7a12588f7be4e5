"""A class join code that waits for its pupil to log in or sign up.

A pupil who opens a join link or scans a QR code before having an account is sent
to log in. The code (checked by classes.views.join_class, which counts the look-up
in its limits) is kept in the session, which survives logging in and signing up
whichever way the person takes: the login page's own link, the header's "Sign up",
a social account, a page reached some other way. The login and sign-up pages name
the class (`pending_join`), and once logged in the person is sent back to the join
page (AccountAdapter.post_login), where joining is still their own act.

It is independent of where people land after logging in by default: only a pending
code changes the redirect, and only to the join page.
"""

from django.http import HttpRequest
from django.urls import reverse

SESSION_KEY = "pending_join"


def remember_join(request: HttpRequest, *, code: str, class_name: str) -> None:
    """Keep a checked join code (and its class's name) for after logging in."""
    request.session[SESSION_KEY] = {"code": code, "class_name": class_name}


def pending_join(request: HttpRequest) -> dict | None:
    """The join code waiting in this session, as {"code", "class_name"}, or None."""
    session = getattr(request, "session", None)
    value = session.get(SESSION_KEY) if session is not None else None
    if not isinstance(value, dict) or not value.get("code"):
        return None
    return value


def forget_join(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)


def join_url(request: HttpRequest) -> str | None:
    """Where a person with a pending join code goes after logging in, or None."""
    pending = pending_join(request)
    if pending is None:
        return None
    return reverse("join_class_code", args=[pending["code"]])
