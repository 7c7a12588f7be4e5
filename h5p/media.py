"""External media in H5P content: the hosts a package plays from, and which of them
this installation allows (``settings.H5P_MEDIA_HOSTS``).

H5P content names a media file by a ``path``: a file inside ``content/`` or an
http(s) address (a YouTube or Vimeo link, a video on another server). Only hosts
named in the setting are added to the player frame's Content-Security-Policy, and
only for the packages that use them; the site's own policy never changes. Imports no
model, so models, forms and views may use it.
"""

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _

# What each well-known player needs besides the host itself: YouTube's iframe API
# is a script from www.youtube.com that opens a frame (nocookie or not) and shows
# thumbnails from i.ytimg.com; Vimeo's player API is a script and a frame.
YOUTUBE = ("youtube.com", "youtube-nocookie.com", "youtu.be")
VIMEO = ("vimeo.com",)
YOUTUBE_SOURCES = {
    "script-src": ("https://www.youtube.com", "https://s.ytimg.com"),
    "frame-src": ("https://www.youtube.com", "https://www.youtube-nocookie.com"),
    "img-src": ("https://i.ytimg.com",),
}
VIMEO_SOURCES = {
    "script-src": ("https://player.vimeo.com",),
    "frame-src": ("https://player.vimeo.com",),
    "img-src": ("https://i.vimeocdn.com",),
}
CACHE_SECONDS = 24 * 3600


def allowed_hosts() -> tuple[str, ...]:
    """The hosts the installation allows, lower case, without scheme or path."""
    hosts = []
    for entry in getattr(settings, "H5P_MEDIA_HOSTS", ()) or ():
        entry = str(entry).strip().lower()
        if "://" in entry:
            entry = urlsplit(entry).hostname or ""
        entry = entry.split("/", 1)[0].removeprefix("www.").strip(".")
        if entry:
            hosts.append(entry)
    return tuple(hosts)


def _within(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _family(host: str) -> tuple[str, ...]:
    """The domains that count as one host: YouTube's, Vimeo's, or the host."""
    for family in (YOUTUBE, VIMEO):
        if any(_within(host, domain) for domain in family):
            return family
    return (host,)


def is_allowed(host: str, allowed: tuple[str, ...] | None = None) -> bool:
    allowed = allowed_hosts() if allowed is None else allowed
    return any(_within(member, entry) for member in _family(host) for entry in allowed)


def display_name(host: str) -> str:
    family = _family(host)
    if family is YOUTUBE:
        return "YouTube"
    if family is VIMEO:
        return "Vimeo"
    return host.removeprefix("www.")


def origins_in_content(data: bytes | str) -> list[str]:
    """Every ``scheme://host[:port]`` the content plays media from, sorted."""
    try:
        root = json.loads(data)
    except (TypeError, ValueError):
        return []
    found = set()
    # Walked with a stack, as content can nest deeper than Python's recursion limit.
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            path = node.get("path")
            if isinstance(path, str) and path[:8].lower().startswith(
                ("http://", "https://")
            ):
                try:
                    parts = urlsplit(path.strip())
                    host = (parts.hostname or "").lower()
                    port = f":{parts.port}" if parts.port else ""
                except ValueError:
                    host = ""
                if host:
                    found.add(f"{parts.scheme.lower()}://{host}{port}")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(found)


def content_origins(content_path: str) -> list[str]:
    """The media origins of a stored package's content (cached: the folder of a
    package version never changes)."""
    if not content_path:
        return []
    key = f"h5p:media:{content_path}"
    found = cache.get(key)
    if found is None:
        try:
            with default_storage.open(
                f"{content_path}/content/content.json", "rb"
            ) as handle:
                found = origins_in_content(handle.read())
        except OSError:
            found = []
        cache.set(key, found, CACHE_SECONDS)
    return found


@dataclass(frozen=True)
class MediaPolicy:
    """What the frame of one package may load, and what it must not."""

    allowed: tuple[str, ...]  # origins used and allowed
    refused: tuple[str, ...]  # origins used and not allowed

    @property
    def allowed_names(self) -> list[str]:
        return _names(self.allowed)

    @property
    def refused_names(self) -> list[str]:
        return _names(self.refused)

    def sources(self) -> dict[str, list[str]]:
        """Extra CSP sources per directive for the allowed origins."""
        extra: dict[str, list[str]] = {}

        def add(directive: str, *sources: str) -> None:
            for source in sources:
                if source not in extra.setdefault(directive, []):
                    extra[directive].append(source)

        for origin in self.allowed:
            host = urlsplit(origin).hostname or ""
            family = _family(host)
            if family is YOUTUBE or family is VIMEO:
                for directive, sources in (
                    YOUTUBE_SOURCES if family is YOUTUBE else VIMEO_SOURCES
                ).items():
                    add(directive, *sources)
            else:
                add("media-src", origin)
                add("img-src", origin)
        return extra


def _names(origins: tuple[str, ...]) -> list[str]:
    names: list[str] = []
    for origin in origins:
        name = display_name(urlsplit(origin).hostname or "")
        if name not in names:
            names.append(name)
    return names


def policy(origins: list[str]) -> MediaPolicy:
    allowed = allowed_hosts()
    ok = tuple(o for o in origins if is_allowed(urlsplit(o).hostname or "", allowed))
    return MediaPolicy(allowed=ok, refused=tuple(o for o in origins if o not in ok))


def warning(origins: list[str]) -> str:
    """What to tell an editor about media hosts the installation does not allow,
    or an empty string."""
    refused = policy(origins).refused_names
    if not refused:
        return ""
    return _(
        "This package plays media from %(hosts)s, which this site does not allow: "
        "learners will see a notice instead. An administrator may add the host to "
        "H5P_MEDIA_HOSTS."
    ) % {"hosts": ", ".join(refused)}


def titled(title: str, content_path: str) -> str:
    """A package's title as an editor choosing it sees it: with the warning."""
    found = warning(content_origins(content_path))
    return f"{title} — ⚠ {found}" if found else title
