"""Which version of each H5P library plays; upgrades and rollbacks.

Content names a library by machine name and major.minor, as in H5P core, and plays
the highest patch version installed and not withdrawn. Installing a higher patch
(an upgrade, ``h5p.store``) or choosing an earlier one (``use_version``, the admin's
rollback) changes what every package using that major.minor loads. Each change is
written to Wagtail's audit log in its own transaction, and the version the player's
file lookups are cached under (``civiced.versioned.H5P_LIBRARIES``) moves once it
commits, so every worker of every server serves the new files at once.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from civiced.versioned import H5P_LIBRARIES

from .models import Library

UPGRADE = "h5p.upgrade_library"
USE_VERSION = "h5p.use_library_version"
EDITOR_PREFIX = "H5PEditor."

Key = tuple[str, int, int]


class UpgradeFormatter(LogFormatter):
    label = _("Upgrade H5P library")

    def format_message(self, log_entry) -> str:
        data = log_entry.data or {}
        return _("Upgraded %(name)s from %(old)s to %(new)s") % {
            "name": data.get("name", ""),
            "old": data.get("from", ""),
            "new": data.get("to", ""),
        }


class UseVersionFormatter(LogFormatter):
    label = _("Roll back H5P library")

    def format_message(self, log_entry) -> str:
        data = log_entry.data or {}
        return _("Switched %(name)s from %(old)s to %(new)s") % {
            "name": data.get("name", ""),
            "old": data.get("from", ""),
            "new": data.get("to", ""),
        }


def playing(keys: Iterable[Key]) -> dict[Key, Library]:
    """The version each (machine name, major, minor) plays: the highest patch not
    withdrawn; with the libraries those depend on, closed over dependencies."""
    found: dict[Key, Library] = {}
    tried: set[Key] = set()
    pending = {tuple(key) for key in keys if not key[0].startswith(EDITOR_PREFIX)}
    while pending:
        tried |= pending
        current = current_versions({name for name, _major, _minor in pending})
        following: set[Key] = set()
        for key in pending:
            row = current.get(key)
            if row is None:
                continue
            found[key] = row
            for dependency in row.dependencies:
                dependency = tuple(dependency)
                if not dependency[0].startswith(EDITOR_PREFIX):
                    following.add(dependency)
        pending = following - tried
    return found


def current_versions(names: Iterable[str]) -> dict[Key, Library]:
    """The version each major.minor of these libraries plays."""
    current: dict[Key, Library] = {}
    for row in (
        Library.objects.kept().filter(machine_name__in=set(names)).order_by("patch")
    ):
        current[row.key] = row
    return current


def differing_files(installed: Library, digests: dict[str, str]) -> list[str]:
    """The files, by path inside the library, in which a copy differs from the
    installed version (every file when the installed digests are unknown)."""
    stored = installed.file_digests or {}
    return sorted(
        path
        for path in set(stored) | set(digests)
        if stored.get(path) != digests.get(path)
    )


def log_upgrade(*, library: Library, previous: Library, user) -> None:
    """Audit entry: ``library`` replaced ``previous`` for every package."""
    log(
        instance=library,
        action=UPGRADE,
        user=user,
        data={
            "name": library.machine_name,
            "from": previous.version,
            "to": library.version,
        },
    )
    H5P_LIBRARIES.bump_on_commit()


def versions_of(library: Library) -> list[Library]:
    """Every kept version of ``library``'s major.minor, newest first."""
    return list(
        Library.objects.filter(
            machine_name=library.machine_name,
            major=library.major,
            minor=library.minor,
        )
        .select_related("installed_by")
        .order_by("-patch")
    )


@transaction.atomic
def use_version(*, library: Library, user) -> Library | None:
    """Make ``library`` the version its major.minor plays, for every package: each
    higher patch is withdrawn (a rollback) and ``library`` no longer is.

    Return the version that played before, or None when ``library`` already did.
    The caller checks the permission (``h5p.store.can_install_libraries``).
    """
    siblings = list(
        Library.objects.select_for_update()
        .filter(
            machine_name=library.machine_name,
            major=library.major,
            minor=library.minor,
        )
        .order_by("patch")
    )
    kept = [row for row in siblings if row.withdrawn_at is None]
    before = kept[-1] if kept else None
    if before is not None and before.pk == library.pk:
        return None
    now = timezone.now()
    Library.objects.filter(
        pk__in=[row.pk for row in kept if row.patch > library.patch]
    ).update(withdrawn_at=now)
    Library.objects.filter(pk=library.pk).update(withdrawn_at=None)
    library.withdrawn_at = None
    log(
        instance=library,
        action=USE_VERSION,
        user=user,
        data={
            "name": library.machine_name,
            "from": before.version if before else "",
            "to": library.version,
        },
    )
    H5P_LIBRARIES.bump_on_commit()
    return before
