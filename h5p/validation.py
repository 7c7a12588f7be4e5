"""Check an uploaded .h5p package before any of it is stored or served.

An .h5p file is a zip holding ``h5p.json``, a ``content/`` folder and one folder per
library. ``validate_package`` reads the whole archive once and checks it in layers:

1. the archive: size, entry count, encryption, file names, and sizes both as the zip
   headers declare them and as really counted while decompressing, so neither a zip
   bomb nor a header that lies about its sizes gets through;
2. file types: H5P core's whitelists, with SVG kept out of ``content/``;
3. ``h5p.json``, ``content/content.json`` and every library's ``library.json``,
   ``semantics.json`` and ``language/*.json``;
4. dependencies, which must be in the package or already installed.

Every problem found is collected and raised together in ``PackageRejected``; only
refusals that make reading the contents pointless (the file too large, too many
entries, too much data in total) stop early. Entries whose name or a folder of it
starts with "." or "_" (``__MACOSX/``, ``.DS_Store``) are ignored, as H5P core does,
and so are top-level files other than ``h5p.json``.
"""

import copy
import hashlib
import io
import json
import lzma
import posixpath
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

PLAYER_CORE_API = (1, 27)

# H5P core's default content whitelist, without svg and xml: SVG can carry script
# and content files are served from our own origin.
CONTENT_EXTENSIONS = frozenset(
    {
        *("json", "txt", "md", "textile", "csv", "diff", "patch", "pdf", "rtf"),
        *("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff"),
        *("eot", "ttf", "woff", "woff2", "otf"),
        *("webm", "mp4", "ogg", "mp3", "m4a", "wav", "vtt", "webvtt", "swf"),
        *("doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"),
        *("gltf", "glb"),
    }
)
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "xml"}

_CHUNK = 64 * 1024
_MAX_NAME = 255
_MACHINE_NAME = re.compile(r"[\w.-]{1,255}", re.ASCII)
_VERSION = re.compile(r"[0-9]{1,5}")
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_URL = re.compile(r"https?://[^\s/]", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"[A-Za-z]:")
_EMBED_TYPES = ("div", "iframe")

# The zip's end-of-central-directory records, read before zipfile parses the
# directory, so a directory with millions of entries is refused unparsed.
_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
# A directory record is 46 bytes plus its name (at most 255 here) plus extra fields
# and a comment; 1 KiB of those is far more than any real packer writes.
_MAX_DIRECTORY_RECORD = 46 + _MAX_NAME + 1024

# What zipfile and its decompressors raise on damaged or hostile bytes.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    OverflowError,
    IndexError,
    KeyError,
)

_MISSING = object()
_INVALID = object()

_NOT_JSON_OBJECT = _("%(file)s is not a valid JSON object.")
_NOT_JSON_LIST = _("%(file)s is not a valid JSON list.")
_FIELD = _("%(file)s: “%(field)s” must be %(expected)s.")
_TEXT = _("a non-empty text of at most 255 characters")
_MACHINE = _("a library machine name such as H5P.MultiChoice")
_DEPENDENCIES = _(
    "a list of libraries, each with machineName, majorVersion and minorVersion"
)
_NUMBER = _("a whole number from 0 to 99999")
_ENTRY_TOO_LARGE = _("%(file)s is larger than %(limit)s once unpacked.")
_TOTAL_TOO_LARGE = _("The package is larger than %(limit)s once unpacked.")
_RATIO = _(
    "%(file)s unpacks to more than %(ratio)s times its packed size, as a zip bomb does."
)
_TOO_MANY = _("The package has more than %(limit)s files.")
_DAMAGED = _("%(file)s cannot be unpacked: the archive is damaged.")


@dataclass(frozen=True)
class Limits:
    """How much an uploaded package may hold; sizes are in bytes."""

    max_entries: int = 4000  # real packages have ~1,700
    max_file_size: int = 30 * 1024**2  # uncompressed, per entry
    max_total_size: int = 150 * 1024**2  # uncompressed, whole package
    max_ratio: int = 200  # uncompressed/compressed per entry (zip bomb)
    max_package_size: int = 100 * 1024**2  # the .h5p file itself


@dataclass(frozen=True)
class Problem:
    """One reason to refuse a package: the entry, a stable rule code, a message."""

    file: str
    rule: str
    message: str


@dataclass(frozen=True)
class Library:
    """A library folder of the package, as its ``library.json`` describes it.

    ``preloaded_js`` and ``preloaded_css`` are paths inside the folder, as
    ``library.json`` lists them; ``files`` are entry names from the package root.
    ``content_hash`` is the sha256 of, for each file in sorted order of its path
    inside the folder, that path in UTF-8, a NUL byte and the file's identity digest;
    it does not depend on the folder's name. A file's identity digest is the sha256
    of its bytes, or for a ``.json`` file that parses, of its JSON written
    canonically (keys sorted, no spaces), so that formatting never makes two copies
    of a library differ (H5P's own notion of the same library). ``digests`` holds
    each file's identity digest (hex) by its path inside the folder.
    """

    machine_name: str
    major: int
    minor: int
    patch: int
    folder: str
    title: str
    runnable: bool
    core_api: tuple[int, int] | None
    preloaded_js: tuple[str, ...]
    preloaded_css: tuple[str, ...]
    dependencies: tuple[tuple[str, int, int], ...]
    files: tuple[str, ...]
    content_hash: str
    digests: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Package:
    """A package that passed every check; ``total_size`` is of the kept entries."""

    title: str
    main_library: str
    language: str
    license: str
    authors: tuple[dict, ...]
    embed_types: tuple[str, ...]
    preloaded: tuple[tuple[str, int, int], ...]
    main_version: tuple[int, int]
    libraries: tuple[Library, ...]
    content_files: tuple[str, ...]
    total_size: int


class PackageRejected(Exception):
    """The package is refused; ``problems`` says every reason found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.message for problem in self.problems))


def validate_package(
    fileobj: IO[bytes],
    *,
    limits: Limits = Limits(),
    installed: Callable[[str, int, int], bool] = lambda name, major, minor: False,
) -> Package:
    """Read and check an .h5p file (a binary file object) from its start.

    ``installed(machine_name, major, minor)`` says whether the library store already
    has that library version, so the package need not carry it. Raise
    ``PackageRejected`` with every problem found (not just the first), or return the
    parsed ``Package``. Nothing but ``PackageRejected`` is raised for any bytes.
    """
    report = _Report()
    opened = _open_archive(fileobj, limits, report)
    if opened is None:
        raise PackageRejected(report.problems)
    archive, size = opened
    with archive:
        kept = _scan(archive, size, limits, report)
        if kept is None:
            raise PackageRejected(report.problems)
        files = _read_all(archive, kept, limits, report)
    if files is None:
        raise PackageRejected(report.problems)
    package = _check_package([info.filename for info in kept], files, installed, report)
    if report.problems or package is None:
        raise PackageRejected(report.problems)
    return package


def iter_entries(
    fileobj: IO[bytes],
    package: Package,
    *,
    limits: Limits = Limits(),
) -> Iterator[tuple[str, bytes]]:
    """Yield ``(name, bytes)`` of every entry the validated package keeps.

    Ignored entries are skipped. The archive is checked again while it is read: its
    entries must be the ones validated, within the size limits, and each library's
    files must still hash to its ``content_hash``. Any difference raises
    ``PackageRejected``, possibly after some entries were yielded, so store what
    this yields somewhere temporary and keep it only once the iteration completes.
    """
    report = _Report()
    opened = _open_archive(fileobj, limits, report)
    if opened is None:
        raise PackageRejected(report.problems)
    archive, size = opened
    with archive:
        kept = _scan(archive, size, limits, report)
        if kept is None or report.problems:
            raise PackageRejected(report.problems)
        by_name = {info.filename: info for info in kept}
        library_files = [name for lib in package.libraries for name in lib.files]
        names = ["h5p.json", *package.content_files, *library_files]
        if set(by_name) != set(names):
            changed = sorted(set(by_name) ^ set(names))
            raise PackageRejected(_changed(name) for name in changed)
        budget = _Budget(min(limits.max_total_size, package.total_size))
        digests = {}
        for name in names:
            try:
                data, digest = _read_entry(
                    archive, by_name[name], limits, budget, keep=True
                )
                digests[name] = _identity(name, data, digest)
            except _Overrun as overrun:
                file = name if overrun.entry else ""
                raise PackageRejected([_changed(file)]) from None
            except _ZIP_ERRORS:
                raise PackageRejected([_changed(name)]) from None
            yield name, data or b""
    for library in package.libraries:
        if (
            _library_hash(library.folder, library.files, digests)
            != library.content_hash
        ):
            raise PackageRejected([_changed(library.folder + "/")])


# Reporting


class _Report:
    """Problems collected so far, each message rendered in the active language."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self._seen: set[Problem] = set()

    def add(self, file: str, rule: str, message: Any, **params: Any) -> None:
        text = str(message % {"file": _display(file), **params})
        problem = Problem(file=file, rule=rule, message=text)
        if problem not in self._seen:
            self._seen.add(problem)
            self.problems.append(problem)


def _display(name: str) -> str:
    """A file name safe to show: control characters escaped, long names cut."""
    shown = "".join(
        f"\\x{ord(char):02x}" if ord(char) < 0x20 or ord(char) == 0x7F else char
        for char in name
    )
    return shown if len(shown) <= 120 else shown[:119] + "…"


def _changed(name: str) -> Problem:
    report = _Report()
    report.add(name, "zip.changed", _("%(file)s has changed since it was checked."))
    return report.problems[0]


# The archive


def _open_archive(
    fileobj: IO[bytes], limits: Limits, report: _Report
) -> tuple[zipfile.ZipFile, int] | None:
    """Open the zip, with its size, after checking that size and the entry count
    the zip claims."""
    try:
        stream, size = _measure(fileobj, limits.max_package_size)
    except OSError:
        report.add("", "zip.invalid", _("The package file cannot be read."))
        return None
    if size > limits.max_package_size:
        report.add(
            "",
            "package.too_large",
            _("The package file is larger than %(limit)s."),
            limit=filesizeformat(limits.max_package_size),
        )
        return None
    try:
        claims = _directory_claims(stream, size)
        if claims is not None and (
            claims[0] > limits.max_entries
            or claims[1] > limits.max_entries * _MAX_DIRECTORY_RECORD
        ):
            report.add("", "zip.too_many_entries", _TOO_MANY, limit=limits.max_entries)
            return None
        stream.seek(0)
        return zipfile.ZipFile(stream), size
    except _ZIP_ERRORS:
        report.add(
            "",
            "zip.invalid",
            _("The file is not a valid .h5p package: it cannot be read as a zip."),
        )
        return None


def _measure(fileobj: IO[bytes], limit: int) -> tuple[IO[bytes], int]:
    """The file object, seekable, and its size; only ``limit + 1`` bytes are read
    from a stream that cannot seek."""
    try:
        fileobj.seek(0, io.SEEK_END)
        size = fileobj.tell()
        fileobj.seek(0)
    except (AttributeError, OSError, ValueError):
        data = fileobj.read(limit + 1)
        return io.BytesIO(data), len(data)
    return fileobj, size


def _directory_claims(stream: IO[bytes], size: int) -> tuple[int, int] | None:
    """The entry count and central directory size the zip's end record claims.

    The record is found as zipfile finds it: at the very end, or else the last one
    in the final 64 KiB (where a zip comment may follow it).
    """
    tail_size = min(size, _END.size + 0xFFFF)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    if tail[-_END.size :][:4] == _END_SIGNATURE and tail[-2:] == b"\0\0":
        at = len(tail) - _END.size
    else:
        at = tail.rfind(_END_SIGNATURE)
        if at < 0 or len(tail) - at < _END.size:
            return None
    record = _END.unpack_from(tail, at)
    entries, directory_size = record[4], record[5]
    start = size - tail_size + at - _END64_LOCATOR.size - _END64.size
    if (entries == 0xFFFF or directory_size == 0xFFFFFFFF) and start >= 0:
        stream.seek(start)
        block = stream.read(_END64.size + _END64_LOCATOR.size)
        if block[:4] == b"PK\x06\x06" and block[_END64.size :][:4] == b"PK\x06\x07":
            record64 = _END64.unpack_from(block)
            entries, directory_size = record64[7], record64[8]
    return entries, directory_size


def _scan(
    archive: zipfile.ZipFile, package_size: int, limits: Limits, report: _Report
) -> list[zipfile.ZipInfo] | None:
    """Check every entry's name, type of entry, flags and declared sizes.

    Return the entries to read (files not ignored), or None when the archive is
    refused without reading: too many entries, or too much data declared in total.
    """
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        report.add("", "zip.too_many_entries", _TOO_MANY, limit=limits.max_entries)
        return None
    seen: dict[str, str] = {}
    folders: set[str] = set()
    kept = []
    declared_total = 0
    for info in infos:
        name = info.filename
        if not _check_name(name, report):
            continue
        folders.update(_fold(parent) for parent in _parents(name))
        if name.endswith("/"):
            folders.add(_fold(name))
        if stat.S_ISLNK(info.external_attr >> 16):
            report.add(
                name,
                "path.symlink",
                _("%(file)s is a symbolic link; packages may hold only plain files."),
            )
            continue
        if name.endswith("/"):
            continue  # a folder
        key = _fold(name)
        if key in seen:
            report.add(
                name,
                "path.duplicate",
                _(
                    "%(file)s has the same name as %(other)s once letter case and "
                    "Unicode forms are set aside."
                ),
                other=_display(seen[key]),
            )
            continue
        seen[key] = name
        if info.flag_bits & 0x1:
            report.add(
                name,
                "zip.encrypted",
                _("%(file)s is encrypted; packages must not be password-protected."),
            )
            continue
        declared_total += info.file_size
        if _check_declared_size(info, package_size, limits, report) and not _ignored(
            name
        ):
            kept.append(info)
    both = {name for key, name in seen.items() if key in folders}
    for name in sorted(both):
        report.add(
            name,
            "path.duplicate",
            _("%(file)s is both a file and a folder in the package."),
        )
    kept = [info for info in kept if info.filename not in both]
    if declared_total > limits.max_total_size:
        report.add(
            "",
            "zip.too_large",
            _TOTAL_TOO_LARGE,
            limit=filesizeformat(limits.max_total_size),
        )
        return None
    return kept


def _check_name(name: str, report: _Report) -> bool:
    """Report what is unsafe about an entry name; True when it is safe."""
    segments = name.removesuffix("/").split("/")
    absolute = name.startswith("/") or bool(_DRIVE.match(name))
    unsafe = [
        (
            len(name) > _MAX_NAME,
            "path.too_long",
            _("%(file)s: file names may be at most %(limit)s characters long."),
        ),
        (
            absolute,
            "path.absolute",
            _("%(file)s: file names in a package must not be absolute paths."),
        ),
        (
            "\\" in name,
            "path.backslash",
            _("%(file)s: file names must separate folders with “/”, not “\\”."),
        ),
        (
            any(ord(char) < 0x20 or ord(char) == 0x7F for char in name),
            "path.control",
            _("%(file)s: file names must not contain control characters."),
        ),
        (
            ".." in segments,
            "path.traversal",
            _(
                "%(file)s: file names must not contain “..”, which could lead "
                "outside the package."
            ),
        ),
        (
            # "/a" splits into "" and "a": that is the absolute path reported above
            any(segment in ("", ".") for segment in segments[absolute:]),
            "path.empty_segment",
            _("%(file)s: file names must not have empty or “.” folder names."),
        ),
    ]
    for broken, rule, message in unsafe:
        if broken:
            report.add(name, rule, message, limit=_MAX_NAME)
    return not any(broken for broken, _rule, _message in unsafe)


def _check_declared_size(
    info: zipfile.ZipInfo, package_size: int, limits: Limits, report: _Report
) -> bool:
    """Check the sizes an entry's header declares; True when they are acceptable."""
    name = info.filename
    if info.compress_size > package_size:
        report.add(
            name,
            "zip.invalid",
            _("%(file)s claims more packed bytes than the whole file has."),
        )
        return False
    if info.file_size > limits.max_file_size:
        report.add(
            name,
            "zip.too_large",
            _ENTRY_TOO_LARGE,
            limit=filesizeformat(limits.max_file_size),
        )
        return False
    if info.file_size > info.compress_size * limits.max_ratio:
        report.add(name, "zip.ratio", _RATIO, ratio=limits.max_ratio)
        return False
    return True


def _parents(name: str) -> list[str]:
    """The folders an entry lies in, from the top."""
    segments = name.removesuffix("/").split("/")[:-1]
    return ["/".join(segments[: end + 1]) for end in range(len(segments))]


def _fold(name: str) -> str:
    """A name as a case-insensitive, Unicode-normalising file system would see it."""
    folded = unicodedata.normalize("NFKC", name.removesuffix("/")).casefold()
    return unicodedata.normalize("NFKC", folded)


def _ignored(name: str) -> bool:
    """Whether H5P core would skip a file: top-level files but h5p.json, and
    anything whose name or a folder of it starts with "." or "_"."""
    if "/" not in name and name != "h5p.json":
        return True
    return any(segment.startswith((".", "_")) for segment in name.split("/"))


class _Overrun(Exception):
    """Decompressing passed a limit; ``entry`` False means the package total."""

    def __init__(self, rule: str, *, entry: bool = True) -> None:
        super().__init__(rule)
        self.rule = rule
        self.entry = entry


class _Budget:
    """The uncompressed bytes the package may still produce in total."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise _Overrun("zip.too_large", entry=False)


def _read_entry(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limits: Limits,
    budget: _Budget,
    *,
    keep: bool,
) -> tuple[bytes | None, bytes]:
    """Decompress an entry in chunks, counting real bytes against every limit.

    Return its bytes (when ``keep``) and their sha256; raise ``_Overrun`` as soon as
    a limit is passed, or a zip error when the data is damaged or its size is not
    the one declared.
    """
    allowed = min(limits.max_file_size, info.compress_size * limits.max_ratio)
    # zipfile stops at the declared size (and then checks the CRC). Tell it more than
    # we allow, by two chunks as it may decompress one ahead of what it returns, so
    # that our count, not a header that declares too little, decides where to stop.
    probe = copy.copy(info)
    probe.file_size = allowed + 2 * _CHUNK + 1
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    size = 0
    with archive.open(probe) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            budget.spend(len(chunk))
            if size > limits.max_file_size:
                raise _Overrun("zip.too_large")
            if size > info.compress_size * limits.max_ratio:
                raise _Overrun("zip.ratio")
            digest.update(chunk)
            if keep:
                chunks.append(chunk)
    if size != info.file_size:
        raise zipfile.BadZipFile("size differs from the header")
    return (b"".join(chunks) if keep else None), digest.digest()


@dataclass(frozen=True)
class _File:
    size: int
    digest: bytes
    data: bytes | None  # kept only for the JSON files the checks parse
    identity: bytes = b""  # what the library's identity counts (_identity)


def _read_all(
    archive: zipfile.ZipFile,
    kept: list[zipfile.ZipInfo],
    limits: Limits,
    report: _Report,
) -> dict[str, _File] | None:
    """Read every kept entry; report what cannot be read or passes a limit.

    Return None, having stopped reading, when the package passes the total size.
    """
    budget = _Budget(limits.max_total_size)
    files = {}
    for info in kept:
        name = info.filename
        try:
            data, digest = _read_entry(
                archive, info, limits, budget, keep=_parsed(name) or _canonical(name)
            )
        except _Overrun as overrun:
            if not overrun.entry:
                limit = filesizeformat(limits.max_total_size)
                report.add("", overrun.rule, _TOTAL_TOO_LARGE, limit=limit)
                return None
            if overrun.rule == "zip.ratio":
                report.add(name, "zip.ratio", _RATIO, ratio=limits.max_ratio)
            else:
                limit = filesizeformat(limits.max_file_size)
                report.add(name, "zip.too_large", _ENTRY_TOO_LARGE, limit=limit)
            continue
        except _ZIP_ERRORS:
            report.add(name, "zip.invalid", _DAMAGED)
            continue
        files[name] = _File(
            size=info.file_size,
            digest=digest,
            data=data if _parsed(name) else None,
            identity=_identity(name, data, digest),
        )
    return files


def _canonical(name: str) -> bool:
    """Whether an entry is a library's JSON file, compared as parsed JSON."""
    parts = name.split("/")
    return (
        len(parts) > 1 and parts[0] != "content" and parts[-1].lower().endswith(".json")
    )


def _identity(name: str, data: bytes | None, digest: bytes) -> bytes:
    """A file's identity digest: its sha256, or for a library's JSON file that
    parses, the sha256 of that JSON written canonically."""
    if data is None or not _canonical(name):
        return digest
    return identity_digest(data, json_file=True) or digest


def identity_digest(data: bytes, *, json_file: bool) -> bytes | None:
    """The sha256 of a file's canonical form: parsed JSON for a ``.json`` file
    (None when it does not parse), else its bytes."""
    if not json_file:
        return hashlib.sha256(data).digest()
    try:
        parsed = json.loads(data)
    except (ValueError, RecursionError):
        return None
    try:
        text = json.dumps(
            parsed, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
    except (ValueError, RecursionError):
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _parsed(name: str) -> bool:
    """Whether the checks parse this entry, so its bytes are kept in memory."""
    if name in ("h5p.json", "content/content.json"):
        return True
    parts = name.split("/")
    return (len(parts) == 2 and parts[1] in ("library.json", "semantics.json")) or (
        len(parts) == 3 and parts[1] == "language" and parts[2].endswith(".json")
    )


# The package's structure and JSON


@dataclass(frozen=True)
class _Manifest:
    title: str
    main_library: str
    language: str
    license: str
    authors: tuple[dict, ...]
    embed_types: tuple[str, ...]
    preloaded: tuple[tuple[str, int, int], ...]


def _check_package(
    names: list[str],
    files: dict[str, _File],
    installed: Callable[[str, int, int], bool],
    report: _Report,
) -> Package | None:
    """Check the package's layout, JSON files and dependencies."""
    content_files = sorted(name for name in names if name.startswith("content/"))
    folders: dict[str, list[str]] = {}
    for name in names:
        folder, _slash, rest = name.partition("/")
        if rest and folder != "content":
            folders.setdefault(folder, []).append(name)
    for name in content_files:
        _check_type(name, CONTENT_EXTENSIONS, "type.content", report)

    manifest = None
    if "h5p.json" not in names:
        report.add(
            "h5p.json",
            "h5p.missing",
            _("The package has no h5p.json file at its top level."),
        )
    elif "h5p.json" in files:
        manifest = _parse_manifest(_json(files["h5p.json"]), report)
    _check_content(names, files, report)

    libraries = []
    for folder, members in sorted(folders.items()):
        library = _check_library(folder, sorted(members), files, report)
        if library is not None:
            libraries.append(library)
    _check_dependencies(manifest, libraries, installed, report)
    if manifest is None:
        return None
    main_version = next(
        (major, minor)
        for name, major, minor in manifest.preloaded
        if name == manifest.main_library
    )
    return Package(
        title=manifest.title,
        main_library=manifest.main_library,
        language=manifest.language,
        license=manifest.license,
        authors=manifest.authors,
        embed_types=manifest.embed_types,
        preloaded=manifest.preloaded,
        main_version=main_version,
        libraries=tuple(libraries),
        content_files=tuple(content_files),
        total_size=sum(file.size for file in files.values()),
    )


_TYPE_MESSAGES = {
    ("type.content", True): _(
        "%(file)s: files of type .%(ext)s are not allowed in content/."
    ),
    ("type.content", False): _(
        "%(file)s: files without an extension are not allowed in content/."
    ),
    ("type.library", True): _(
        "%(file)s: files of type .%(ext)s are not allowed in a library folder."
    ),
    ("type.library", False): _(
        "%(file)s: files without an extension are not allowed in a library folder."
    ),
}


def _check_type(name: str, allowed: frozenset[str], rule: str, report: _Report) -> None:
    """Report a file whose extension is not in the whitelist for where it is."""
    extension = posixpath.splitext(name)[1].removeprefix(".").lower()
    if extension not in allowed:
        message = _TYPE_MESSAGES[rule, bool(extension)]
        report.add(name, rule, message, ext=_display(extension))


def _json(file: _File) -> object:
    """The parsed JSON of a kept file, or ``_INVALID``."""
    try:
        return json.loads(file.data or b"")
    except (ValueError, RecursionError):
        return _INVALID


def _version(value: object) -> int | None:
    """A version number given as an int or a numeric string, as H5P allows."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value <= 99999 else None
    if isinstance(value, str) and _VERSION.fullmatch(value):
        return int(value)
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip() and len(value) <= 255:
        return value
    return None


def _machine_name(value: object) -> str | None:
    if isinstance(value, str) and _MACHINE_NAME.fullmatch(value):
        return value
    return None


def _dependencies(value: object, *, required: bool) -> tuple | None:
    """A list of ``{machineName, majorVersion, minorVersion}``, or None if invalid."""
    if value is _MISSING and not required:
        return ()
    if not isinstance(value, list) or (required and not value):
        return None
    found: list[tuple[str, int, int]] = []
    for item in value:
        if not isinstance(item, dict):
            return None
        name = _machine_name(item.get("machineName"))
        major = _version(item.get("majorVersion"))
        minor = _version(item.get("minorVersion"))
        if name is None or major is None or minor is None:
            return None
        if (name, major, minor) not in found:
            found.append((name, major, minor))
    return tuple(found)


def _parse_manifest(data: object, report: _Report) -> _Manifest | None:
    """Check h5p.json; return its fields, or None when any is invalid."""
    file = "h5p.json"
    if not isinstance(data, dict):
        report.add(file, "h5p.json_invalid", _NOT_JSON_OBJECT)
        return None
    invalid_fields = []

    def invalid(field: str, expected: Any) -> None:
        invalid_fields.append(field)
        report.add(file, "h5p.field", _FIELD, field=field, expected=expected)

    title = _text(data.get("title"))
    if title is None:
        invalid("title", _TEXT)
    main_library = _machine_name(data.get("mainLibrary"))
    if main_library is None:
        invalid("mainLibrary", _MACHINE)
    language = data.get("language")
    if not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
        invalid("language", _("a language code such as “uk” or “und”"))
    preloaded = _dependencies(
        data.get("preloadedDependencies", _MISSING), required=True
    )
    if preloaded is None:
        invalid("preloadedDependencies", _DEPENDENCIES)
    embed_types = data.get("embedTypes", [])
    if not (
        isinstance(embed_types, list)
        and ("embedTypes" not in data or embed_types)
        and all(kind in _EMBED_TYPES for kind in embed_types)
    ):
        invalid("embedTypes", _("a non-empty list of “div” and “iframe”"))
    license_ = data.get("license", "U")
    if not isinstance(license_, str):
        invalid("license", _("a text such as “U” or “CC BY 4.0”"))
    authors = data.get("authors", [])
    if not (
        isinstance(authors, list)
        and all(
            isinstance(author, dict)
            and isinstance(author.get("name"), str)
            and isinstance(author.get("role", ""), str)
            for author in authors
        )
    ):
        invalid("authors", _("a list of authors, each with a name and a role"))

    if (
        invalid_fields
        or title is None
        or main_library is None
        or preloaded is None
        or not isinstance(language, str)
    ):
        return None
    if main_library not in (name for name, _major, _minor in preloaded):
        report.add(
            file,
            "h5p.main_library",
            _(
                "%(file)s: the main library %(library)s is not among the "
                "preloadedDependencies."
            ),
            library=main_library,
        )
        return None
    return _Manifest(
        title=title,
        main_library=main_library,
        language=language,
        license=license_,
        authors=tuple(
            {"name": author["name"], "role": author.get("role", "")}
            for author in authors
        ),
        embed_types=tuple(dict.fromkeys(embed_types)),
        preloaded=preloaded,
    )


def _check_content(names: list[str], files: dict[str, _File], report: _Report) -> None:
    """content/content.json must be a JSON object whose media paths stay inside."""
    file = "content/content.json"
    if file not in names:
        report.add(
            file, "content.missing", _("The package has no content/content.json file.")
        )
        return
    if file not in files:
        return  # unreadable, reported already
    data = _json(files[file])
    if not isinstance(data, dict):
        report.add(file, "content.invalid", _NOT_JSON_OBJECT)
        return
    # Walked with a stack, as content can nest deeper than Python's recursion limit.
    stack: list[object] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            path = node.get("path")
            if isinstance(path, str) and not _media_path_ok(path):
                report.add(
                    file,
                    "content.path",
                    _(
                        "%(file)s refers to “%(path)s”, which is neither a file inside "
                        "content/ nor an http(s) address."
                    ),
                    path=_display(path),
                )
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _media_path_ok(path: str) -> bool:
    """A media path is an http(s) URL or a plain relative path inside content/."""
    if _URL.match(path):
        return not any(ord(char) < 0x20 or ord(char) == 0x7F for char in path)
    if "#tmp" in path or not path or _SCHEME.match(path):
        return False  # an editor's temporary file, or javascript:, data: and such
    segments = path.split("/")
    return not (
        path.startswith("/")
        or "\\" in path
        or any(segment in ("", ".", "..") for segment in segments)
        or any(ord(char) < 0x20 or ord(char) == 0x7F for char in path)
    )


def _check_library(
    folder: str, members: list[str], files: dict[str, _File], report: _Report
) -> Library | None:
    """Check one top-level folder, which must be a library; return it if valid."""
    manifest = f"{folder}/library.json"
    if manifest not in members:
        report.add(
            folder + "/",
            "library.json_missing",
            _("%(file)s has no library.json, so it is neither content nor a library."),
        )
        return None
    for name in members:
        _check_type(name, LIBRARY_EXTENSIONS, "type.library", report)
    if manifest not in files:
        return None  # unreadable, reported already
    data = _json(files[manifest])
    if not isinstance(data, dict):
        report.add(manifest, "library.field", _NOT_JSON_OBJECT)
        return None
    invalid_fields = []

    def invalid(field: str, expected: Any) -> None:
        invalid_fields.append(field)
        report.add(manifest, "library.field", _FIELD, field=field, expected=expected)

    machine_name = _machine_name(data.get("machineName"))
    if machine_name is None:
        invalid("machineName", _MACHINE)
    title = _text(data.get("title"))
    if title is None:
        invalid("title", _TEXT)
    versions = {}
    for field in ("majorVersion", "minorVersion", "patchVersion"):
        versions[field] = _version(data.get(field))
        if versions[field] is None:
            invalid(field, _NUMBER)
    runnable = data.get("runnable")
    if runnable not in (0, 1, "0", "1") or isinstance(runnable, float):
        invalid("runnable", _("0 or 1"))
    core_api = _core_api(data.get("coreApi", _MISSING))
    if core_api is _INVALID:
        invalid("coreApi", _("an object with majorVersion and minorVersion"))
    assets = {}
    for field in ("preloadedJs", "preloadedCss"):
        assets[field] = _asset_paths(data.get(field, []))
        if assets[field] is None:
            invalid(field, _("a list of files, each with a path"))
    dependencies = []
    for field in ("preloadedDependencies", "dynamicDependencies"):
        found = _dependencies(data.get(field, _MISSING), required=False)
        if found is None:
            invalid(field, _DEPENDENCIES)
        else:
            dependencies.extend(found)
    major, minor = versions["majorVersion"], versions["minorVersion"]
    if (
        invalid_fields
        or machine_name is None
        or title is None
        or major is None
        or minor is None
    ):
        return None

    if folder not in (machine_name, f"{machine_name}-{major}.{minor}"):
        report.add(
            folder + "/",
            "library.folder",
            _("%(file)s holds %(library)s, so it must be named %(expected)s."),
            library=f"{machine_name} {major}.{minor}",
            expected=f"{machine_name}-{major}.{minor}",
        )
    for path in (*assets["preloadedJs"], *assets["preloadedCss"]):
        if f"{folder}/{path}" not in members:
            report.add(
                manifest,
                "library.missing_file",
                _("%(file)s lists “%(path)s”, which is not in the library folder."),
                path=_display(path),
            )
    _check_library_json_files(folder, members, files, report)
    if core_api is not None and core_api > PLAYER_CORE_API:
        report.add(
            manifest,
            "library.core_api",
            _(
                "%(file)s needs H5P core API %(needed)s, newer than the %(supported)s "
                "this site’s player supports."
            ),
            needed="{}.{}".format(*core_api),
            supported="{}.{}".format(*PLAYER_CORE_API),
        )
    return Library(
        machine_name=machine_name,
        major=major,
        minor=minor,
        patch=versions["patchVersion"] or 0,
        folder=folder,
        title=title,
        runnable=runnable in (1, "1"),
        core_api=core_api,
        preloaded_js=assets["preloadedJs"],
        preloaded_css=assets["preloadedCss"],
        dependencies=tuple(dict.fromkeys(dependencies)),
        files=tuple(members),
        content_hash=_library_hash(
            folder, members, {name: file.identity for name, file in files.items()}
        ),
        digests=tuple(
            (name.removeprefix(folder + "/"), files[name].identity.hex())
            for name in members
            if name in files
        ),
    )


def _core_api(value: object) -> Any:
    """``coreApi`` as ``(major, minor)``, None when absent, or ``_INVALID``."""
    if value is _MISSING:
        return None
    if not isinstance(value, dict):
        return _INVALID
    major = _version(value.get("majorVersion"))
    minor = _version(value.get("minorVersion"))
    return _INVALID if major is None or minor is None else (major, minor)


def _asset_paths(value: object) -> tuple[str, ...] | None:
    """The paths of ``preloadedJs`` or ``preloadedCss``, or None if malformed."""
    if not isinstance(value, list):
        return None
    paths = []
    for item in value:
        if not (isinstance(item, dict) and isinstance(item.get("path"), str)):
            return None
        paths.append(item["path"])
    return tuple(paths)


def _check_library_json_files(
    folder: str, members: list[str], files: dict[str, _File], report: _Report
) -> None:
    """semantics.json must be a JSON list and each language/*.json an object."""
    semantics = f"{folder}/semantics.json"
    if semantics in files and not isinstance(_json(files[semantics]), list):
        report.add(semantics, "library.semantics", _NOT_JSON_LIST)
    for name in members:
        language = _parsed(name) and name.split("/")[1] == "language"
        if language and name in files and not isinstance(_json(files[name]), dict):
            report.add(name, "library.language", _NOT_JSON_OBJECT)


def _library_hash(
    folder: str, members: Iterable[str], digests: dict[str, bytes]
) -> str:
    """The sha256 over a library's files: each path inside the folder, sorted,
    then NUL and the file's identity digest (``_identity``)."""
    combined = hashlib.sha256()
    for relative in sorted(name.removeprefix(folder + "/") for name in members):
        combined.update(relative.encode() + b"\0")
        combined.update(digests.get(f"{folder}/{relative}", b""))
    return combined.hexdigest()


def _check_dependencies(
    manifest: _Manifest | None,
    libraries: list[Library],
    installed: Callable[[str, int, int], bool],
    report: _Report,
) -> None:
    """Every dependency must be carried by the package or already installed.

    Editor libraries (H5PEditor.*) and editorDependencies are not checked: the
    player never loads them.
    """
    carried: dict[tuple[str, int, int], str] = {}
    for library in libraries:
        key = (library.machine_name, library.major, library.minor)
        if key in carried:
            report.add(
                library.folder + "/",
                "library.folder",
                _("%(file)s holds the same library version as %(other)s."),
                other=carried[key] + "/",
            )
        carried.setdefault(key, library.folder)
    needs: list[tuple[str, tuple[tuple[str, int, int], ...]]] = []
    if manifest is not None:
        needs.append(("h5p.json", manifest.preloaded))
    for library in libraries:
        if not library.machine_name.startswith("H5PEditor."):
            needs.append((f"{library.folder}/library.json", library.dependencies))
    available: dict[tuple[str, int, int], bool] = dict.fromkeys(carried, True)
    for file, dependencies in needs:
        for dependency in dependencies:
            if dependency not in available:
                available[dependency] = installed(*dependency)
            if not available[dependency]:
                name, major, minor = dependency
                report.add(
                    file,
                    "dependency.missing",
                    _(
                        "%(file)s needs the library %(library)s, which is neither in "
                        "the package nor installed."
                    ),
                    library=f"{name} {major}.{minor}",
                )
