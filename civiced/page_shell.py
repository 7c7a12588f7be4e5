"""Pages kept in the cache as a *shell*, filled with each person's own parts.

A page that is the same for many people but for a few parts (the account links in
the header, messages, a learner's activities) is rendered once with a marker in
place of each of those parts, and the stored shell is filled on every request with
that request's parts, rendered with the same templates the full page uses. Markers
carry a random nonce kept with the shell, so no text in the page can pose as one.

Lesson pages (courses.lesson_shell) and the teacher's progress grid
(classes.grid_cache) are kept this way; templates render a marker where the context
holds a `Shell` under SHELL_CONTEXT.
"""

import re
import secrets
from collections.abc import Callable

from django.http import HttpRequest
from django.template import engines
from django.template.loader import get_template
from django.utils.safestring import mark_safe

SHELL_CONTEXT = "page_shell"
USER_NAV = "usernav"
MESSAGES = "messages"


class Shell:
    """What a template renders markers with while a shell is made."""

    def __init__(self):
        self.nonce = secrets.token_hex(8)

    def marker(self, name: str, arg: str = "") -> str:
        return mark_safe(f"<!--slot:{self.nonce}:{name}:{arg}-->")  # noqa: S308

    @property
    def usernav(self) -> str:
        return self.marker(USER_NAV)

    @property
    def messages(self) -> str:
        return self.marker(MESSAGES)


def fill(
    entry: dict,
    request: HttpRequest,
    *,
    context: Callable[[], dict] | None = None,
    other: Callable[[str, str, dict], str] | None = None,
) -> str:
    """The shell (`entry["html"]`, made with `entry["nonce"]`) with every marker
    replaced by this request's part. Parts are rendered with the context processors'
    values and what `context()` adds; `other(name, arg, context)` renders markers
    other than the header's account links and the messages."""
    pattern = re.compile(r"<!--slot:" + entry["nonce"] + r":([a-z]+):(.*?)-->")
    parts = pattern.split(entry["html"])
    if len(parts) == 1:
        return parts[0]
    values = None
    out = [parts[0]]
    for index in range(1, len(parts), 3):
        name, arg, after = parts[index], parts[index + 1], parts[index + 2]
        if values is None:
            values = {}
            for processor in engines["django"].engine.template_context_processors:
                values.update(processor(request))
            values.update(context() if context is not None else {})
        if name == USER_NAV:
            out.append(get_template("includes/user_nav.html").render(values))
        elif name == MESSAGES:
            out.append(get_template("includes/messages.html").render(values))
        elif other is not None:
            out.append(other(name, arg, values))
        out.append(after)
    return "".join(out)
