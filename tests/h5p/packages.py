"""Build .h5p packages in memory: a tiny valid one, and tools to break one rule.

``valid_files()`` is the package as a dict of entry name to content (bytes, text,
or a dict or list written as JSON); a test changes one entry and ``build``s it. The
``patch_*`` helpers rewrite zip headers afterwards, for what ``zipfile`` refuses to
write: encrypted flags, sizes that lie, an end record with a false entry count.
"""

import io
import json
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Mapping

LIBRARY = "H5P.CivicedCheck-1.0"

_LOCAL = struct.Struct("<4s5H3L2H")  # local file header, 30 bytes
_CENTRAL = struct.Struct("<4s6H3L5H2L")  # central directory record, 46 bytes
_END = struct.Struct("<4s4H2LH")  # end of central directory, 22 bytes
_END64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory, 56 bytes
_END64_LOCATOR = struct.Struct("<4sLQL")  # where the zip64 end record is, 20 bytes


def png() -> bytes:
    """A real one-pixel transparent PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


def h5p_json(**changes: object) -> dict:
    """The package's h5p.json; ``changes`` set keys, or remove them when None."""
    data = {
        "title": "Чи знаєте ви, як звернутися до Київради?",
        "language": "uk",
        "mainLibrary": "H5P.CivicedCheck",
        "embedTypes": ["div"],
        "license": "U",
        "authors": [{"name": "Олена", "role": "Author"}],
        "preloadedDependencies": [
            {"machineName": "H5P.CivicedCheck", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    return _changed(data, changes)


def library_json(**changes: object) -> dict:
    """The library's library.json; ``changes`` as for ``h5p_json``."""
    data = {
        "title": "Civiced check",
        "machineName": "H5P.CivicedCheck",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 3,
        "runnable": 1,
        "coreApi": {"majorVersion": 1, "minorVersion": 24},
        "preloadedJs": [{"path": "scripts/check.js"}],
        "preloadedCss": [{"path": "styles/check.css"}],
    }
    return _changed(data, changes)


def content_json(**changes: object) -> dict:
    """The content: a question with an image at content/images/a.png."""
    data = {
        "question": "<p>Скільки підписів потрібно петиції до Київради?</p>",
        "image": {"path": "images/a.png", "mime": "image/png"},
        "answers": [{"text": "6000", "correct": True}],
    }
    return _changed(data, changes)


def valid_files() -> dict[str, object]:
    """Every entry of the valid package, by name."""
    return {
        "h5p.json": h5p_json(),
        "content/content.json": content_json(),
        "content/images/a.png": png(),
        f"{LIBRARY}/library.json": library_json(),
        f"{LIBRARY}/semantics.json": [{"name": "question", "type": "text"}],
        f"{LIBRARY}/language/uk.json": {"semantics": [{"label": "Питання"}]},
        f"{LIBRARY}/scripts/check.js": "H5P.CivicedCheck = function () {};\n",
        f"{LIBRARY}/styles/check.css": ".h5p-civiced-check { margin: 0; }\n",
    }


def build(
    files: Mapping[str, object],
    *,
    extra: Iterable[tuple[zipfile.ZipInfo, bytes]] = (),
    compression: int = zipfile.ZIP_DEFLATED,
) -> io.BytesIO:
    """Zip ``files`` (None values are left out) and ``extra`` entries in memory."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are wanted sometimes
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, content in files.items():
                if content is not None:
                    archive.writestr(name, encode(content))
            for info, data in extra:
                archive.writestr(info, data, compress_type=compression)
    buffer.seek(0)
    return buffer


def with_entries(changes: Mapping[str, object]) -> io.BytesIO:
    """The valid package with entries replaced or added, or removed when None."""
    return build({**valid_files(), **changes})


def renamed_library(folder: str) -> dict[str, object]:
    """The valid package's entries with the library moved to another folder."""
    return {
        name.replace(LIBRARY, folder, 1) if name.startswith(LIBRARY) else name: value
        for name, value in valid_files().items()
    }


def encode(content: object) -> bytes:
    """Entry bytes: bytes as given, text as UTF-8, anything else as JSON."""
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode()
    return json.dumps(content, ensure_ascii=False).encode()


def patch_entry(
    data: bytes,
    name: str,
    *,
    flag_bits: int | None = None,
    file_size: int | None = None,
    compress_size: int | None = None,
) -> bytes:
    """Rewrite an entry's flags or sizes in its directory record and local header."""
    patched = bytearray(data)
    offset = _central_directory_offset(patched)
    while patched[offset : offset + 4] == b"PK\x01\x02":
        record = list(_CENTRAL.unpack_from(patched, offset))
        name_length, extra_length, comment_length = record[10:13]
        start = offset + _CENTRAL.size
        if patched[start : start + name_length].decode() == name:
            local_at = record[16]
            local = list(_LOCAL.unpack_from(patched, local_at))
            # The flags come 3rd in the record and 2nd in the local header; the
            # compressed size 5 fields after them, the uncompressed size 6.
            for fields, flags_at in ((record, 3), (local, 2)):
                if flag_bits is not None:
                    fields[flags_at] = flag_bits
                if compress_size is not None:
                    fields[flags_at + 5] = compress_size
                if file_size is not None:
                    fields[flags_at + 6] = file_size
            _CENTRAL.pack_into(patched, offset, *record)
            _LOCAL.pack_into(patched, local_at, *local)
            return bytes(patched)
        offset = start + name_length + extra_length + comment_length
    raise KeyError(name)


def patch_end_record(data: bytes, *, entries: int) -> bytes:
    """Make the end record claim a different number of entries."""
    patched = bytearray(data)
    record = list(_END.unpack_from(patched, len(patched) - _END.size))
    record[3] = record[4] = entries
    _END.pack_into(patched, len(patched) - _END.size, *record)
    return bytes(patched)


def with_zip64_end(data: bytes, *, entries: int | None = None) -> bytes:
    """End the archive as zip64 does: a zip64 end record (claiming ``entries`` if
    given) and a classic end record whose counts and sizes defer to it."""
    record = _END.unpack_from(data, len(data) - _END.size)
    count, directory_size, directory_offset = record[4], record[5], record[6]
    body = data[: -_END.size]
    count = count if entries is None else entries
    end64 = _END64.pack(
        b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, directory_size, directory_offset
    )
    locator = _END64_LOCATOR.pack(b"PK\x06\x07", 0, len(body), 1)
    end = _END.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return body + end64 + locator + end


def _central_directory_offset(data: bytearray) -> int:
    record = _END.unpack_from(data, len(data) - _END.size)
    assert record[0] == b"PK\x05\x06", "the builder writes no zip comment"
    return record[6]


def _changed(data: dict, changes: Mapping[str, object]) -> dict:
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data
