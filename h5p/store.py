"""Importing packages: validate, extract through the storage API, share libraries.

``import_package`` is the one way a package gets in, from the admin and from
``manage.py import_h5p``. A refused package writes nothing. An accepted one is
written to a temporary folder first and moved into place only once every byte was
read and checked again; the database rows that point at it are written in one
transaction after that, and anything written is removed if a step fails. On
FileSystemStorage the move is a rename; on other storages (S3) it is a copy and a
delete, and the final folder's name is new each time, so nothing half-written is
ever referenced.
"""

import hashlib
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage, default_storage
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from .files import delete as _delete
from .files import delete_tree as _delete_tree
from .files import is_local as _is_local
from .files import walk as _walk
from .libraries import current_versions, differing_files, log_upgrade
from .models import Library, Package
from .scanning import scan_package
from .validation import Library as PackageLibrary
from .validation import Limits, PackageRejected, Problem, iter_entries, validate_package
from .validation import Package as PackageInfo

ROOT = "h5p"
EDITOR_PREFIX = "H5PEditor."
MAX_LISTED = 20  # differing files named in a refusal


def limits() -> Limits:
    """The package limits, with any overrides from ``settings.H5P_LIMITS``."""
    return Limits(**getattr(settings, "H5P_LIMITS", {}))


def can_install_libraries(user) -> bool:
    """Whether the user may add library versions the store does not have yet.

    ``None`` is the command line, run by whoever administers the server.
    """
    return user is None or user.has_perm("h5p.install_library")


@dataclass(frozen=True)
class Plan:
    """What an accepted package needs: libraries to install (new ones and upgrades),
    withdrawn versions to bring back, those it uses, and notices for the uploader."""

    info: PackageInfo
    install: tuple[PackageLibrary, ...]
    reuse: dict[tuple[str, int, int], Library]
    upgrades: dict[tuple[str, int, int], Library] = field(default_factory=dict)
    restore: tuple[Library, ...] = ()
    notices: tuple[str, ...] = ()


def check(fileobj: IO[bytes], *, user=None) -> Plan:
    """Validate the package against the store and the user's permission.

    A library version the store has is the same library when its files are
    (``content_hash``, where JSON files count as parsed JSON); other files under the
    same version are refused. A higher patch version than the one installed is an
    upgrade, a lower one plays the installed version, as in H5P core. Raise
    ``PackageRejected`` with every reason, or return the plan for ``store``.
    """
    installed_cache: dict[tuple[str, int, int], bool] = {}

    def installed(name: str, major: int, minor: int) -> bool:
        key = (name, major, minor)
        if key not in installed_cache:
            installed_cache[key] = Library.objects.filter(
                machine_name=name, major=major, minor=minor
            ).exists()
        return installed_cache[key]

    scan_package(fileobj, max_size=limits().max_package_size)
    fileobj.seek(0)
    info = validate_package(fileobj, limits=limits(), installed=installed)
    problems: list[Problem] = []
    notices: list[str] = []
    install: list[PackageLibrary] = []
    upgrades: dict[tuple[str, int, int], Library] = {}
    restore: list[Library] = []
    carried = [lib for lib in info.libraries if not _editor_only(lib)]
    names = {lib.machine_name for lib in carried}
    existing = {
        (lib.machine_name, lib.major, lib.minor, lib.patch): lib
        for lib in Library.objects.filter(machine_name__in=names)
    }
    current = current_versions(names)
    for lib in carried:
        key = (lib.machine_name, lib.major, lib.minor)
        label = f"{lib.machine_name} {lib.major}.{lib.minor}.{lib.patch}"
        same = existing.get((*key, lib.patch))
        playing = current.get(key)
        if same is not None and same.content_hash != lib.content_hash:
            problems.append(_changed(lib, same, label))
            continue
        if playing is None or lib.patch > playing.patch:
            if same is None:
                install.append(lib)
            else:
                restore.append(same)  # withdrawn by a rollback, the same files
            if playing is not None:
                upgrades[key] = playing
        elif lib.patch < playing.patch:
            notices.append(
                str(
                    _(
                        "%(file)s holds %(library)s; the installed %(installed)s is "
                        "newer and is used instead."
                    )
                    % {
                        "file": lib.folder + "/",
                        "library": label,
                        "installed": playing.version,
                    }
                )
            )
    if (install or restore) and not can_install_libraries(user):
        for lib in install:
            key = (lib.machine_name, lib.major, lib.minor)
            label = f"{lib.machine_name} {lib.major}.{lib.minor}.{lib.patch}"
            if key in upgrades:
                problems.append(_upgrade_refused(lib.folder, label, upgrades[key]))
            else:
                problems.append(
                    _problem(
                        lib.folder + "/",
                        "library.permission",
                        _(
                            "%(file)s would install the new library %(library)s, "
                            "and only administrators may install libraries. Ask "
                            "one to upload this package first."
                        ),
                        library=label,
                    )
                )
        for row in restore:
            problems.append(
                _upgrade_refused(
                    row.folder, f"{row.machine_name} {row.version}", upgrades[row.key]
                )
            )
    if problems:
        raise PackageRejected(problems)
    return Plan(
        info=info,
        install=tuple(install),
        reuse=existing_by_minor(info),
        upgrades=upgrades,
        restore=tuple(restore),
        notices=tuple(notices),
    )


def _changed(lib: PackageLibrary, same: Library, label: str) -> Problem:
    """A library version installed with other files: a changed (or poisoned) copy."""
    files = differing_files(same, dict(lib.digests))
    shown = ", ".join(f"{lib.folder}/{path}" for path in files[:MAX_LISTED])
    if len(files) > MAX_LISTED:
        shown += ", …"
    return _problem(
        lib.folder + "/",
        "library.changed",
        _(
            "%(file)s holds %(library)s, which is already installed with different "
            "files: %(files)s. A library version cannot be replaced: give the "
            "changed library a new patch version."
        ),
        library=label,
        files=shown,
    )


def _upgrade_refused(folder: str, label: str, playing: Library) -> Problem:
    return _problem(
        folder + "/",
        "library.upgrade_permission",
        _(
            "%(file)s would upgrade %(installed)s to %(library)s for every package "
            "that uses it, and only administrators may upgrade libraries. Ask one "
            "to upload this package first."
        ),
        library=label,
        installed=f"{playing.machine_name} {playing.version}",
    )


def existing_by_minor(info: PackageInfo) -> dict[tuple[str, int, int], Library]:
    """Installed libraries, newest patch per (name, major, minor), that the package
    may use for dependencies it does not carry."""
    names = {dep[0] for lib in info.libraries for dep in lib.dependencies}
    names |= {dep[0] for dep in info.preloaded}
    found: dict[tuple[str, int, int], Library] = {}
    for lib in (
        Library.objects.kept()
        .filter(machine_name__in=names)
        .order_by("machine_name", "major", "minor", "patch")
    ):
        found[(lib.machine_name, lib.major, lib.minor)] = lib
    return found


def import_package(
    fileobj: IO[bytes],
    *,
    user=None,
    title: str = "",
    name: str = "package.h5p",
    package: Package | None = None,
    storage: Storage | None = None,
    draft: bool = False,
) -> Package:
    """Check and store an .h5p file; with ``package``, replace that one's content.

    With ``draft`` the package's row is left as it is, since it holds the
    published content learners play: the new content is stored all the same and
    set on ``package`` in memory (libraries too) for a revision to carry, and the
    published content stays until that revision is published (Package.publish).
    Raise ``PackageRejected`` (nothing written) or return the package, whose
    ``import_notices`` say what the uploader should know (a library version older
    than the installed one, which plays instead).
    """
    storage = storage or default_storage
    plan = check(fileobj, user=user)
    written = _Written(storage)
    replacing = package is not None and package.pk is not None and not draft
    old_content = package.content_path if replacing else ""
    old_file = ""
    try:
        content_path, content_hash, library_paths = _extract(
            fileobj, plan, storage, written
        )
        fileobj.seek(0)
        file_name = storage.save(
            f"{ROOT}/packages/{uuid.uuid4().hex}/{_safe_name(name)}", File(fileobj)
        )
        written.files.append(file_name)
        with transaction.atomic():
            libraries = _install_libraries(plan, library_paths, user)
            if package is None:
                package = Package()
            if package.pk is None and package.uploaded_by_id is None:
                package.uploaded_by = user
            old_file = package.file.name if replacing else ""
            info = plan.info
            package.title = title or package.title or info.title
            package.file.name = file_name
            package.main_library = "{} {}.{}".format(
                info.main_library, *info.main_version
            )
            package.license = info.license
            package.authors = list(info.authors)
            package.language = info.language
            package.size = info.total_size
            package.status = Package.READY
            package.content_path = content_path
            package.content_hash = content_hash
            # In memory until saved (a parental relation), so a draft keeps it
            # in its revision.
            package.libraries.set(_used_libraries(info, libraries, plan.reuse))
            if not draft:
                package.save()
            used_paths = {row.path for row in libraries.values()}
        package.import_notices = list(plan.notices)
    except BaseException:
        written.remove()
        raise
    unused = [path for path in library_paths.values() if path not in used_paths]
    if old_content:
        unused.append(old_content)

    def clean_up() -> None:
        for tree in unused:
            _delete_tree(storage, tree)
        _delete(storage, old_file)

    transaction.on_commit(clean_up)
    return package


def _extract(
    fileobj: IO[bytes], plan: Plan, storage: Storage, written: "_Written"
) -> tuple[str, str, dict[str, str]]:
    """Write the package to a temporary folder, then move its parts into place.

    Returns the content folder, the content hash and, per library folder to
    install, its folder in the store.
    """
    temp = f"{ROOT}/incoming/{uuid.uuid4().hex}"
    written.trees.append(temp)
    to_install = {lib.folder: lib for lib in plan.install}
    content_digest: list[tuple[str, str]] = []
    fileobj.seek(0)
    for entry, data in iter_entries(fileobj, plan.info, limits=limits()):
        top = entry.split("/", 1)[0]
        if entry == "h5p.json" or top == "content":
            content_digest.append((entry, hashlib.sha256(data).hexdigest()))
        elif top not in to_install:
            continue  # an installed library or an editor library: not needed
        saved = storage.save(f"{temp}/{entry}", ContentFile(data))
        if saved != f"{temp}/{entry}":
            raise OSError(f"storage renamed {entry}")
    combined = hashlib.sha256()
    for entry, digest in sorted(content_digest):
        combined.update(f"{entry}\0{digest}\n".encode())
    content_hash = combined.hexdigest()
    content_path = f"{ROOT}/content/{uuid.uuid4().hex}"
    written.trees.append(content_path)
    _move(storage, temp, content_path, ["h5p.json", "content"])
    library_paths = {}
    for folder, lib in to_install.items():
        # A new folder each time: a concurrent upload of the same version never
        # writes into ours, and the loser's copy is removed after the commit.
        target = (
            f"{ROOT}/libraries/{lib.machine_name}-{lib.major}.{lib.minor}."
            f"{lib.patch}-{lib.content_hash[:12]}-{uuid.uuid4().hex[:8]}"
        )
        written.trees.append(target)
        _move(storage, f"{temp}/{folder}", target, None)
        library_paths[folder] = target
    _delete_tree(storage, temp)
    return content_path, content_hash, library_paths


def _install_libraries(
    plan: Plan, library_paths: dict[str, str], user
) -> dict[tuple[str, int, int], Library]:
    """Install the plan's new library versions and upgrades; return, for every
    library the package carries, the version that plays it."""
    for lib in plan.install:
        try:
            with transaction.atomic():
                row = Library.objects.create(
                    machine_name=lib.machine_name,
                    major=lib.major,
                    minor=lib.minor,
                    patch=lib.patch,
                    title=lib.title,
                    runnable=lib.runnable,
                    content_hash=lib.content_hash,
                    file_digests=dict(lib.digests),
                    path=library_paths[lib.folder],
                    preloaded_js=list(lib.preloaded_js),
                    preloaded_css=list(lib.preloaded_css),
                    dependencies=[list(dep) for dep in lib.dependencies],
                    has_uk_language=f"{lib.folder}/language/uk.json" in lib.files,
                    installed_by=user,
                )
        except IntegrityError:
            # Installed by a concurrent upload meanwhile: the same files or the
            # package is refused, as when it was there before.
            row = Library.objects.get(
                machine_name=lib.machine_name,
                major=lib.major,
                minor=lib.minor,
                patch=lib.patch,
            )
            if row.content_hash != lib.content_hash:
                raise PackageRejected(
                    [
                        _problem(
                            lib.folder + "/",
                            "library.changed",
                            _("%(file)s was installed meanwhile with other files."),
                        )
                    ]
                ) from None
            continue
        previous = plan.upgrades.get(row.key)
        if previous is not None:
            log_upgrade(library=row, previous=previous, user=user)
    for row in plan.restore:
        Library.objects.filter(pk=row.pk).update(withdrawn_at=None)
        log_upgrade(library=row, previous=plan.upgrades[row.key], user=user)
    carried = {
        (lib.machine_name, lib.major, lib.minor)
        for lib in plan.info.libraries
        if not _editor_only(lib)
    }
    current = current_versions({name for name, _major, _minor in carried})
    return {key: current[key] for key in carried if key in current}


def _used_libraries(
    info: PackageInfo,
    carried: dict[tuple[str, int, int], Library],
    installed: dict[tuple[str, int, int], Library],
) -> list[Library]:
    """Every library the player loads for the package: its dependencies, closed.

    A dependency is the version that plays it: the highest patch installed.
    """
    by_minor = {**installed, **carried}
    used: dict[int, Library] = {}
    pending = list(info.preloaded)
    seen = set()
    while pending:
        key = pending.pop()
        if key in seen or key[0].startswith(EDITOR_PREFIX):
            continue
        seen.add(key)
        row = by_minor.get(key)
        if row is None:
            row = (
                Library.objects.kept()
                .filter(machine_name=key[0], major=key[1], minor=key[2])
                .order_by("-patch")
                .first()
            )
        if row is None:
            continue  # the validator made sure this cannot happen
        used[row.pk] = row
        pending.extend(tuple(dep) for dep in row.dependencies)
    return list(used.values())


def _editor_only(lib: PackageLibrary) -> bool:
    """Editor libraries are never loaded by the player, so they are not stored."""
    return lib.machine_name.startswith(EDITOR_PREFIX)


def _problem(file: str, rule: str, message, **params) -> Problem:
    return Problem(
        file=file, rule=rule, message=str(message % {"file": file, **params})
    )


def _safe_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")) or "package.h5p"
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in base)[:80]
    return keep if keep.lower().endswith(".h5p") else keep + ".h5p"


# Storage helpers: a folder is a name prefix; FileSystemStorage gets real renames.


class _Written:
    """What an import wrote so far, to remove it all if a later step fails."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.trees: list[str] = []
        self.files: list[str] = []

    def remove(self) -> None:
        for tree in self.trees:
            _delete_tree(self.storage, tree)
        for name in self.files:
            _delete(self.storage, name)


def _move(storage: Storage, source: str, target: str, parts: list[str] | None) -> None:
    """Move the folder ``source`` (or only its ``parts``) to ``target``."""
    if _is_local(storage):
        os.makedirs(storage.path(target), exist_ok=parts is not None)
        if parts is None:
            os.rmdir(storage.path(target))
            os.rename(storage.path(source), storage.path(target))
            return
        for part in parts:
            if os.path.exists(storage.path(f"{source}/{part}")):
                os.rename(
                    storage.path(f"{source}/{part}"), storage.path(f"{target}/{part}")
                )
        return
    sources = (
        [name for part in parts for name in _walk_or_file(storage, f"{source}/{part}")]
        if parts is not None
        else list(_walk(storage, source))
    )
    for name in sources:
        relative = name.removeprefix(source + "/")
        with storage.open(name, "rb") as handle:
            saved = storage.save(f"{target}/{relative}", handle)
        if saved != f"{target}/{relative}":
            raise OSError(f"storage renamed {relative}")
        storage.delete(name)


def _walk_or_file(storage: Storage, name: str) -> Iterable[str]:
    if storage.exists(name):
        return [name]
    return list(_walk(storage, name))
