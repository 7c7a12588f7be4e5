"""Lessons for logged-in learners: a shared, cached shell and the learner's own parts.

A school opens a lesson for a whole class at once, and every pupil's page is the same
except for a few parts: the account links in the header, messages, and the activities
(a quiz's saved answers and results, an H5P activity's results). So a lesson is
rendered for logged-in learners in two steps:

1. the *shell* (civiced.page_shell): the whole page with a marker in place of each
   of those parts. It is the same for every learner, so it is kept in the cache,
   under the content version (`page_cache`): publishing a page or changing a quiz,
   glossary term, H5P package or image makes every shell stale at once;
2. the *fill*: each marker replaced by that part rendered for this learner, with the
   same templates the full page uses.

The shell differs only for people who see teachers' notes, so they have their own
variant. People who may use the Wagtail admin (who see the user bar) and pages with
view restrictions are rendered in full, every time.

`LearnerLessonShellMiddleware` serves a stored shell before Wagtail routes the
request or renders a block; `serve` is how Wagtail serves a lesson to a logged-in
learner otherwise (the `on_serve_page` hook in courses.wagtail_hooks, inside
Wagtail's view-restriction check), cached or not (PAGE_CACHE_SECONDS = 0 turns the
storing off, not the two steps), so every test of a lesson page goes through the
fill. This module sits on top of the models: they never import it.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from accounts.roles import can_access_admin, load_cached_roles
from civiced import page_shell

from . import page_cache
from .activity import ActivityBlock
from .models import LessonPage
from .permissions import can_see_teacher_material

SHELL_CONTEXT = page_shell.SHELL_CONTEXT
BLOCK = "block"
Shell = page_shell.Shell


def is_slot_block(bound_block) -> bool:
    """Blocks that show a learner's own work are filled per learner."""
    return isinstance(bound_block.block, ActivityBlock)


def variant(request: HttpRequest) -> str | None:
    """Which shell this person sees, or None when their page is rendered in full."""
    user = request.user
    if not user.is_authenticated or can_access_admin(user):
        return None
    return "teacher" if can_see_teacher_material(user) else "learner"


def _key(request: HttpRequest, version: int, kind: str) -> str:
    where = f"{request.get_host()}{request.path}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    language = getattr(request, "LANGUAGE_CODE", "")
    return f"lessonshell:{version}:{digest}:{language}:{kind}"


def render(page, request: HttpRequest, context: dict, template: str) -> HttpResponse:
    """The page for a logged-in learner: the shell (rendered, then stored when the
    cache is on) filled with this learner's parts."""
    kind = variant(request)
    version = page_cache.request_version(request)
    shell = Shell()
    context[SHELL_CONTEXT] = shell
    html = render_to_string(template, context, request=request)
    slots = [child for child in page.body if is_slot_block(child)]
    following = context.get("next_lesson")
    entry = {
        "html": html,
        "nonce": shell.nonce,
        "page_id": page.pk,
        # Offered by a passed quiz (quizzes.taking), without reading the tree again.
        "next_lesson": {"url": following.get_url(request), "title": following.title}
        if following is not None
        else None,
        "blocks": {
            str(child.id): (child.block_type, child.block.get_prep_value(child.value))
            for child in slots
        },
    }
    if (
        settings.PAGE_CACHE_SECONDS > 0
        and not request.META.get("QUERY_STRING")
        # A page behind a view restriction is always routed, so Wagtail checks it.
        and not page.get_view_restrictions().exists()
    ):
        # Stored under the version read before rendering: content that changes
        # meanwhile bumps it, and this entry is never read.
        key = _key(request, version, kind)
        cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
        entry = _remember(request, key, dict(entry))
    entry["values"] = {str(child.id): child.value for child in slots}
    return HttpResponse(fill(entry, request, page=page))


def serve(page, request: HttpRequest, args, kwargs) -> HttpResponse:
    """The lesson for a logged-in learner, as Wagtail would serve it (its context
    and template), rendered as shell and fill."""
    request.is_preview = False
    return render(
        page,
        request,
        page.get_context(request, *args, **kwargs),
        page.get_template(request, *args, **kwargs),
    )


def may_render(page, request: HttpRequest) -> bool:
    """Whether this lesson is rendered as shell and fill for this request."""
    return (
        request.method == "GET"
        and not getattr(request, "is_preview", False)
        and variant(request) is not None
    )


def fill(entry: dict, request: HttpRequest, *, page=None) -> str:
    """The shell with every marker replaced by this learner's part."""
    return page_shell.fill(
        entry,
        request,
        context=lambda: _context(entry, page),
        other=lambda name, arg, context: (
            _block(arg, entry, context) if name == BLOCK else ""
        ),
    )


def _context(entry: dict, page) -> dict:
    """What the learner's parts are rendered with besides the context processors'
    values: the lesson (only its id is used by the activity blocks)."""
    if page is None and entry.get("page_id") is not None:
        page = LessonPage(id=entry["page_id"], page_ptr_id=entry["page_id"])
        page._state.adding = False
    return {"page": page, "self": page, "next_lesson_link": entry.get("next_lesson")}


def _block(arg: str, entry: dict, context: dict) -> str:
    if arg not in entry["blocks"]:
        return ""
    block_type, raw = entry["blocks"][arg]
    body = LessonPage._meta.get_field("body").stream_block
    block = body.child_blocks[block_type]
    # The block's value (its quiz or package) is read once per process and shell.
    values = entry.setdefault("values", {})
    if arg not in values:
        values[arg] = block.to_python(raw)
    return block.render(values[arg], {**context, "activity_id": arg})


# Shells this process has read, with their activities' values, under the content
# version they were read at: a new version empties it.
_local = page_cache.ProcessCache(200)


def _lookup(request: HttpRequest, key: str) -> dict | None:
    entry = _local.get(request, key)
    if entry is None:
        entry = cache.get(key)
        if entry is not None:
            entry = _remember(request, key, entry)
    return entry


def _remember(request: HttpRequest, key: str, entry: dict) -> dict:
    entry["values"] = {}
    _local.put(request, key, entry)
    return entry


class LearnerLessonShellMiddleware:
    """Serve a stored lesson shell, filled for this learner (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method == "GET"
            and not request.META.get("QUERY_STRING")
            and request.user.is_authenticated
        ):
            load_cached_roles(request.user)
            kind = variant(request)
            if kind is not None:
                version = page_cache.request_version(request)
                entry = _lookup(request, _key(request, version, kind))
                if entry is not None:
                    return HttpResponse(fill(entry, request))
        return self.get_response(request)
