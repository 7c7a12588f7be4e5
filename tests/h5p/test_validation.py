"""The .h5p validator: each rule refuses a package that breaks it, real packages pass.

Packages are built in memory by ``tests.h5p.packages``; the three real packages are
read from ``../shared/h5p-samples/``, which always exists.
"""

import io
import stat
import time
import zipfile
from pathlib import Path

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from h5p import validation
from h5p.validation import (
    PLAYER_CORE_API,
    Limits,
    Package,
    PackageRejected,
    iter_entries,
    validate_package,
)
from tests.h5p.packages import (
    LIBRARY,
    build,
    content_json,
    encode,
    h5p_json,
    library_json,
    patch_end_record,
    patch_entry,
    png,
    renamed_library,
    valid_files,
    with_entries,
    with_zip64_end,
)

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "h5p-samples"
# The samples sit beside the repository (in CI too); a clone elsewhere has none.
needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"the real H5P samples are not at {SAMPLES}"
)
SAMPLE_NAMES = ["truefalse-hello.h5p", "multichoice.h5p", "dragtext.h5p"]
MB = 1024**2


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in their English source form, whatever the catalogue says.
    with translation.override("en"):
        yield


def refusal(fileobj, **kwargs) -> list[tuple[str, str]]:
    """The (file, rule) pairs of the problems the package is refused for."""
    with pytest.raises(PackageRejected) as caught:
        validate_package(fileobj, **kwargs)
    assert caught.value.problems, "a refusal always says why"
    return [(problem.file, problem.rule) for problem in caught.value.problems]


def rules(fileobj, **kwargs) -> set[str]:
    return {rule for _file, rule in refusal(fileobj, **kwargs)}


def never_parse(*args, **kwargs):
    """Stands in for zipfile.ZipFile where the directory must be refused unparsed."""
    raise AssertionError("zipfile must not parse this directory")


def zeros_entry(name: str, size: int) -> bytes:
    """A package that is valid but for one entry of ``size`` zero bytes."""
    return with_entries({name: bytes(size)}).getvalue()


# Valid packages


def test_the_minimal_package_is_valid_and_parsed():
    package = validate_package(build(valid_files()))

    assert package.title == "Чи знаєте ви, як звернутися до Київради?"
    assert (package.main_library, package.main_version) == ("H5P.CivicedCheck", (1, 0))
    assert (package.language, package.license) == ("uk", "U")
    assert package.authors == ({"name": "Олена", "role": "Author"},)
    assert package.embed_types == ("div",)
    assert package.preloaded == (("H5P.CivicedCheck", 1, 0),)
    assert package.content_files == ("content/content.json", "content/images/a.png")
    assert package.total_size == sum(len(encode(v)) for v in valid_files().values())
    [library] = package.libraries
    assert library.machine_name == "H5P.CivicedCheck"
    assert (library.major, library.minor, library.patch) == (1, 0, 3)
    assert (library.folder, library.title, library.runnable) == (
        LIBRARY,
        "Civiced check",
        True,
    )
    assert library.core_api == (1, 24)
    assert library.preloaded_js == ("scripts/check.js",)
    assert library.preloaded_css == ("styles/check.css",)
    assert library.dependencies == ()
    assert set(library.files) == {n for n in valid_files() if n.startswith(LIBRARY)}
    assert len(library.content_hash) == 64


def test_the_library_hash_depends_on_the_files_not_the_folder_name():
    first = validate_package(build(valid_files())).libraries[0]
    moved = validate_package(build(renamed_library("H5P.CivicedCheck"))).libraries[0]
    files = valid_files()
    files[f"{LIBRARY}/scripts/check.js"] = "H5P.CivicedCheck = null;\n"
    edited = validate_package(build(files)).libraries[0]

    assert moved.folder == "H5P.CivicedCheck"
    assert moved.content_hash == first.content_hash
    assert edited.content_hash != first.content_hash


@needs_samples
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_real_packages_pass_and_iter_entries_yields_exactly_what_they_keep(name):
    path = SAMPLES / name
    with path.open("rb") as file:
        package = validate_package(file)
        entries = dict(iter_entries(file, package))

    with zipfile.ZipFile(path) as archive:
        kept = {
            n
            for n in archive.namelist()
            if not n.endswith("/") and ("/" in n or n == "h5p.json")
        }
        assert entries == {n: archive.read(n) for n in kept}
    assert "H5P_CONTENT_HERE.txt" not in entries
    assert package.total_size == sum(len(data) for data in entries.values())
    folders = {library.folder for library in package.libraries}
    assert {n.split("/")[0] for n in kept} - {"h5p.json", "content"} == folders
    assert any(f.startswith("H5PEditor.") for f in folders)
    [main] = [
        library
        for library in package.libraries
        if library.machine_name == package.main_library
    ]
    assert main.runnable
    assert (main.major, main.minor) == package.main_version


@needs_samples
def test_the_multichoice_sample_is_read_in_detail():
    with (SAMPLES / "multichoice.h5p").open("rb") as file:
        package = validate_package(file)

    assert (package.title, package.main_library) == (
        "Multiple Choice",
        "H5P.MultiChoice",
    )
    assert package.main_version == (1, 14)
    assert package.language == "und"
    assert "content/images/file-5885c23902f31.jpg" in package.content_files
    by_name = {library.machine_name: library for library in package.libraries}
    assert by_name["H5P.MultiChoice"].core_api == (1, 19)
    assert ("H5P.Question", 1, 4) in by_name["H5P.MultiChoice"].dependencies


def test_versions_may_be_numeric_strings():
    files = valid_files()
    files["h5p.json"] = h5p_json(
        preloadedDependencies=[
            {
                "machineName": "H5P.CivicedCheck",
                "majorVersion": "1",
                "minorVersion": "0",
            }
        ]
    )
    files[f"{LIBRARY}/library.json"] = library_json(
        majorVersion="1", minorVersion="0", patchVersion="3", runnable=True
    )

    package = validate_package(build(files))

    assert package.main_version == (1, 0)
    assert package.libraries[0].patch == 3


def test_optional_h5p_json_fields_may_be_left_out():
    files = valid_files()
    files["h5p.json"] = h5p_json(embedTypes=None, license=None, authors=None)

    package = validate_package(build(files))

    assert (package.license, package.authors, package.embed_types) == ("U", (), ())


def test_ignored_entries_are_neither_checked_nor_kept():
    ignored = {
        "__MACOSX/content/._content.json": b"\0\5\26\7",
        ".DS_Store": b"\0\0\0\1Bud1",
        "content/.hidden.html": "<script>alert(1)</script>",
        "content/images/_draft.php": "<?php system($_GET['c']);",
        f"{LIBRARY}/.eslintrc": "{}",
        "H5P_CONTENT_HERE.txt": "",
        "notes.exe": b"MZ",
    }
    folders = [zipfile.ZipInfo("content/"), zipfile.ZipInfo(f"{LIBRARY}/scripts/")]
    fileobj = build({**valid_files(), **ignored}, extra=[(d, b"") for d in folders])

    package = validate_package(fileobj)
    names = [name for name, _data in iter_entries(fileobj, package)]

    assert sorted(names) == sorted(valid_files())


def test_library_folders_may_hold_svg_and_xml_and_need_no_version_in_the_name():
    files = renamed_library("H5P.CivicedCheck")
    files["H5P.CivicedCheck/images/icon.svg"] = "<svg/>"
    files["H5P.CivicedCheck/data/map.xml"] = "<map/>"

    package = validate_package(build(files))

    assert package.libraries[0].folder == "H5P.CivicedCheck"


@pytest.mark.parametrize(
    "path",
    ["images/a.png", "https://www.youtube.com/watch?v=abc", "http://example.org/a.mp4"],
)
def test_media_paths_inside_content_or_on_the_web_pass(path):
    content = content_json(video={"sources": [{"path": path, "mime": "video/mp4"}]})

    validate_package(with_entries({"content/content.json": content}))


def test_a_library_the_package_lacks_may_already_be_installed():
    files = valid_files()
    files[f"{LIBRARY}/library.json"] = library_json(
        preloadedDependencies=[
            {"machineName": "H5P.JoubelUI", "majorVersion": 1, "minorVersion": 3}
        ]
    )
    asked = []

    def installed(name, major, minor):
        asked.append((name, major, minor))
        return (name, major, minor) == ("H5P.JoubelUI", 1, 3)

    validate_package(build(files), installed=installed)

    assert asked == [("H5P.JoubelUI", 1, 3)]


def test_editor_dependencies_and_editor_libraries_are_not_resolved():
    files = valid_files()
    files[f"{LIBRARY}/library.json"] = library_json(
        editorDependencies=[
            {"machineName": "H5PEditor.Absent", "majorVersion": 1, "minorVersion": 0}
        ]
    )
    files["H5PEditor.Range-1.0/library.json"] = library_json(
        machineName="H5PEditor.Range",
        title="Range",
        runnable=0,
        preloadedJs=[],
        preloadedCss=[],
        preloadedDependencies=[
            {"machineName": "H5PEditor.Absent", "majorVersion": 1, "minorVersion": 0}
        ],
    )

    package = validate_package(build(files))

    assert "H5PEditor.Range" in {lib.machine_name for lib in package.libraries}


# The archive


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a zip at all",
        build(valid_files()).getvalue()[:-30],  # truncated
        b"PK\x03\x04" + bytes(100),
    ],
    ids=["empty", "text", "truncated", "local-header-only"],
)
def test_bytes_that_are_not_a_zip_are_refused(data):
    assert refusal(io.BytesIO(data)) == [("", "zip.invalid")]


def test_an_empty_zip_lacks_h5p_json_and_content():
    empty = b"PK\x05\x06" + bytes(18)  # an empty archive is its end record alone

    assert rules(io.BytesIO(empty)) == {"h5p.missing", "content.missing"}


def test_a_damaged_entry_is_refused_by_name():
    notes = " ".join(str(n * n) for n in range(3000))
    data = bytearray(with_entries({"content/notes.txt": notes}).getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("content/notes.txt")
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle] ^= 0xFF

    assert refusal(io.BytesIO(bytes(data))) == [("content/notes.txt", "zip.invalid")]


def test_a_package_file_over_the_size_limit_is_refused_unread():
    fileobj = build(valid_files())

    problems = refusal(fileobj, limits=Limits(max_package_size=500))

    assert problems == [("", "package.too_large")]


def test_an_unseekable_stream_is_read_only_up_to_the_limit():
    class Stream:
        def __init__(self, data):
            self.data, self.read_sizes = io.BytesIO(data), []

        def read(self, size=-1):
            self.read_sizes.append(size)
            return self.data.read(size)

    stream = Stream(build(valid_files()).getvalue())

    assert rules(stream, limits=Limits(max_package_size=500)) == {"package.too_large"}
    assert stream.read_sizes == [501]
    validate_package(Stream(build(valid_files()).getvalue()))


def test_encrypted_members_are_refused():
    data = patch_entry(
        build(valid_files()).getvalue(), "content/images/a.png", flag_bits=1
    )

    assert refusal(io.BytesIO(data)) == [("content/images/a.png", "zip.encrypted")]


def test_too_many_entries_are_refused():
    assert refusal(build(valid_files()), limits=Limits(max_entries=5)) == [
        ("", "zip.too_many_entries")
    ]


def test_an_end_record_that_understates_the_entries_does_not_help():
    data = patch_end_record(build(valid_files()).getvalue(), entries=1)

    assert refusal(io.BytesIO(data), limits=Limits(max_entries=5)) == [
        ("", "zip.too_many_entries")
    ]


def test_a_central_directory_too_big_for_the_entry_limit_is_refused_unparsed(
    monkeypatch,
):
    files = {f"content/{index:0>200}.txt": "" for index in range(40)}
    data = patch_end_record(build(files).getvalue(), entries=1)
    monkeypatch.setattr(validation.zipfile, "ZipFile", never_parse)

    assert refusal(io.BytesIO(data), limits=Limits(max_entries=2)) == [
        ("", "zip.too_many_entries")
    ]


def test_a_zip64_end_record_is_read_too(monkeypatch):
    data = build(valid_files()).getvalue()

    validate_package(io.BytesIO(with_zip64_end(data)))

    monkeypatch.setattr(validation.zipfile, "ZipFile", never_parse)
    claims_more = with_zip64_end(data, entries=10**6)
    assert refusal(io.BytesIO(claims_more)) == [("", "zip.too_many_entries")]


def test_an_entry_claiming_more_packed_bytes_than_the_file_has_is_refused():
    data = build(valid_files()).getvalue()
    data = patch_entry(data, "content/images/a.png", compress_size=len(data) + 1)

    assert refusal(io.BytesIO(data)) == [("content/images/a.png", "zip.invalid")]


def test_an_entry_over_the_file_size_limit_is_refused():
    fileobj = with_entries({"content/notes.txt": "x" * 5000})

    problems = refusal(fileobj, limits=Limits(max_file_size=4000, max_ratio=10**6))

    assert problems == [("content/notes.txt", "zip.too_large")]


def test_a_package_over_the_total_size_limit_is_refused():
    fileobj = with_entries({f"content/{n}.txt": "x" * 3000 for n in range(5)})

    problems = refusal(fileobj, limits=Limits(max_total_size=10_000, max_ratio=10**6))

    assert problems == [("", "zip.too_large")]


@pytest.mark.parametrize(
    ("size", "rule"), [(50 * MB, "zip.too_large"), (5 * MB, "zip.ratio")]
)
def test_a_zip_bomb_is_refused_from_its_headers_without_unpacking_it(
    monkeypatch, size, rule
):
    data = zeros_entry("content/bomb.txt", size)
    opened = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    started = time.perf_counter()

    problems = refusal(io.BytesIO(data))

    assert problems == [("content/bomb.txt", rule)]
    assert "content/bomb.txt" not in opened
    assert time.perf_counter() - started < 5


def test_a_compressed_size_of_zero_counts_as_an_infinite_ratio():
    data = with_entries({"content/notes.txt": "abc"}).getvalue()
    data = patch_entry(data, "content/notes.txt", compress_size=0)

    assert refusal(io.BytesIO(data)) == [("content/notes.txt", "zip.ratio")]


def test_empty_entries_are_fine():
    validate_package(with_entries({"content/empty.txt": b""}))


def test_a_header_that_understates_the_size_is_caught_while_unpacking():
    # 50 MB of zeros whose headers claim 1,000 bytes: the ratio looks harmless, so
    # only counting the real bytes finds the bomb, and it stops reading early.
    data = patch_entry(
        zeros_entry("content/bomb.txt", 50 * MB), "content/bomb.txt", file_size=1000
    )

    assert refusal(io.BytesIO(data)) == [("content/bomb.txt", "zip.ratio")]


def test_real_bytes_are_counted_against_the_file_size_limit():
    data = zeros_entry("content/big.txt", 2 * MB)
    data = patch_entry(data, "content/big.txt", file_size=1000)
    limits = Limits(max_file_size=1 * MB, max_ratio=10**6)

    assert refusal(io.BytesIO(data), limits=limits) == [
        ("content/big.txt", "zip.too_large")
    ]


def test_real_bytes_are_counted_against_the_total_size_limit():
    data = with_entries(
        {"content/a.txt": bytes(MB), "content/b.txt": bytes(MB)}
    ).getvalue()
    for name in ("content/a.txt", "content/b.txt"):
        data = patch_entry(data, name, file_size=1000)
    limits = Limits(max_total_size=MB + MB // 2, max_ratio=10**6)

    assert ("", "zip.too_large") in refusal(io.BytesIO(data), limits=limits)


def test_a_header_that_overstates_the_size_is_refused():
    data = with_entries({"content/notes.txt": "Київ " * 100}).getvalue()  # 900 bytes
    data = patch_entry(data, "content/notes.txt", file_size=2000)

    assert refusal(io.BytesIO(data)) == [("content/notes.txt", "zip.invalid")]


# Names


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("/content/images/b.png", "path.absolute"),
        ("C:/content/images/b.png", "path.absolute"),
        ("content\\images\\b.png", "path.backslash"),
        ("content/../../etc/cron.d/b.txt", "path.traversal"),
        ("content/images/..", "path.traversal"),
        ("content/images/b\x01.png", "path.control"),
        ("content/images/b\x7f.png", "path.control"),
        ("content/images/b\n.png", "path.control"),
        ("content//b.png", "path.empty_segment"),
        ("content/./images/b.png", "path.empty_segment"),
        ("content/" + "b" * 250 + ".png", "path.too_long"),
    ],
)
def test_unsafe_names_are_refused(name, rule):
    assert refusal(with_entries({name: png()})) == [(name, rule)]


def test_the_message_names_the_file_and_the_rule():
    with pytest.raises(PackageRejected) as caught:
        validate_package(with_entries({"content/../b.txt": "x"}))

    assert caught.value.problems[0].message == (
        "content/../b.txt: file names must not contain “..”, which could lead "
        "outside the package."
    )


def test_symlinks_are_refused():
    link = zipfile.ZipInfo("content/images/link.png")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    fileobj = build(valid_files(), extra=[(link, b"../../../etc/passwd")])

    assert refusal(fileobj) == [("content/images/link.png", "path.symlink")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("content/images/a.png", "content/images/a.png"),  # the very same name
        ("content/images/a.png", "content/images/A.PNG"),
        ("content/images/a.png", "CONTENT/images/a.png"),
        ("content/images/a.png", "content/images/ａ.png"),  # fullwidth, same in NFKC
        ("content/images/\u00e4.png", "content/images/a\u0308.png"),  # NFC and NFD
        ("content/images/\ufb01le.png", "content/images/file.png"),  # ligature fi
    ],
)
def test_names_that_collide_are_refused(first, second):
    files = {**valid_files(), first: png()}
    extra = [(zipfile.ZipInfo(second), png())]

    assert refusal(build(files, extra=extra)) == [(second, "path.duplicate")]


def test_a_name_that_is_both_file_and_folder_is_refused():
    problems = refusal(with_entries({"content/images": png()}))

    assert problems == [("content/images", "path.duplicate")]


def test_a_file_named_like_a_folder_entry_is_refused():
    folder = zipfile.ZipInfo("content/media/")
    fileobj = build({**valid_files(), "content/Media": b"x"}, extra=[(folder, b"")])

    assert refusal(fileobj) == [("content/Media", "path.duplicate")]


# File types


@pytest.mark.parametrize(
    "name",
    [
        "content/page.html",
        "content/page.htm",
        "content/images/logo.svg",
        "content/script.js",
        "content/style.css",
        "content/data.xml",
        "content/shell.php",
        "content/images/a.PNG.exe",
        "content/README",
    ],
)
def test_content_may_hold_only_whitelisted_types(name):
    assert refusal(with_entries({name: b"<x/>"})) == [(name, "type.content")]


def test_content_allows_media_and_documents():
    allowed = ["a.JPG", "b.webm", "c.mp3", "d.pdf", "e.vtt", "f.woff2", "g.glb"]
    validate_package(with_entries({f"content/files/{n}": b"x" for n in allowed}))


@pytest.mark.parametrize("name", ["run.php", "page.html", "bin/tool.exe", "LICENSE"])
def test_library_folders_may_hold_only_whitelisted_types(name):
    name = f"{LIBRARY}/{name}"

    assert refusal(with_entries({name: b"x"})) == [(name, "type.library")]


# h5p.json


def test_h5p_json_is_required():
    assert refusal(with_entries({"h5p.json": None})) == [("h5p.json", "h5p.missing")]


@pytest.mark.parametrize("raw", [b"{not json", b"[]", b'"title"', b"\xff\xfe\x00"])
def test_h5p_json_must_be_a_json_object(raw):
    assert refusal(with_entries({"h5p.json": raw})) == [
        ("h5p.json", "h5p.json_invalid")
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"title": None},
        {"title": ""},
        {"title": 5},
        {"mainLibrary": None},
        {"mainLibrary": "H5P Civiced Check"},
        {"language": None},
        {"language": "Ukrainian, please"},
        {"preloadedDependencies": None},
        {"preloadedDependencies": []},
        {"preloadedDependencies": [{"machineName": "H5P.CivicedCheck"}]},
        {"preloadedDependencies": ["H5P.CivicedCheck 1.0"]},
        {"embedTypes": []},
        {"embedTypes": ["popup"]},
        {"embedTypes": "div"},
        {"license": 4},
        {"authors": "Олена"},
        {"authors": [{"role": "Author"}]},
    ],
)
def test_h5p_json_fields_are_checked(changes):
    fileobj = with_entries({"h5p.json": h5p_json(**changes)})

    assert ("h5p.json", "h5p.field") in refusal(fileobj)


@pytest.mark.parametrize("version", ["1.0", "one", -1, 1.0, True, None, 100000])
def test_dependency_versions_must_be_whole_numbers(version):
    dependency = {"machineName": "H5P.CivicedCheck", "majorVersion": version}
    dependency["minorVersion"] = 0
    fileobj = with_entries({"h5p.json": h5p_json(preloadedDependencies=[dependency])})

    assert ("h5p.json", "h5p.field") in refusal(fileobj)


def test_the_main_library_must_be_a_preloaded_dependency():
    fileobj = with_entries({"h5p.json": h5p_json(mainLibrary="H5P.Other")})

    assert refusal(fileobj) == [("h5p.json", "h5p.main_library")]


# content/content.json


def test_content_json_is_required():
    problems = refusal(with_entries({"content/content.json": None}))

    assert problems == [("content/content.json", "content.missing")]


@pytest.mark.parametrize(
    "raw", [b"[]", b"{oops", b"null", b"[" * 100_000 + b"]" * 100_000]
)
def test_content_json_must_be_a_json_object(raw):
    # Stored uncompressed: the deeply nested one would otherwise be a zip bomb.
    files = {**valid_files(), "content/content.json": raw}
    problems = refusal(build(files, compression=zipfile.ZIP_STORED))

    assert problems == [("content/content.json", "content.invalid")]


@pytest.mark.parametrize(
    "path",
    [
        "../../h5p.json",
        "images/../../secret.png",
        "/etc/passwd",
        "//evil.example/a.png",
        "images\\a.png",
        "javascript:alert(1)",
        "data:image/png;base64,iVBORw0KGgo=",
        "file:///etc/passwd",
        "images/a.png#tmp",
        "#tmp/images/a.png",
        "",
        "images//a.png",
    ],
)
def test_media_paths_must_stay_inside_content(path):
    content = content_json(slides=[{"elements": [{"media": {"path": path}}]}])
    problems = refusal(with_entries({"content/content.json": content}))

    assert problems == [("content/content.json", "content.path")]


# Libraries


@pytest.mark.parametrize(
    "changes",
    [
        {"machineName": None},
        {"machineName": "H5P Civiced/Check"},
        {"title": None},
        {"majorVersion": None},
        {"minorVersion": "zero"},
        {"patchVersion": 1.5},
        {"runnable": "yes"},
        {"runnable": 2},
        {"coreApi": "1.24"},
        {"coreApi": {"majorVersion": 1}},
        {"preloadedJs": "scripts/check.js"},
        {"preloadedCss": [{"file": "styles/check.css"}]},
        {"preloadedDependencies": [{"machineName": 5}]},
        {"dynamicDependencies": {"machineName": "H5P.Image"}},
    ],
)
def test_library_json_fields_are_checked(changes):
    manifest = f"{LIBRARY}/library.json"
    fileobj = with_entries({manifest: library_json(**changes)})

    assert (manifest, "library.field") in refusal(fileobj)


@pytest.mark.parametrize("raw", [b"{", b"[]"])
def test_library_json_must_be_a_json_object(raw):
    manifest = f"{LIBRARY}/library.json"

    assert (manifest, "library.field") in refusal(with_entries({manifest: raw}))


@pytest.mark.parametrize("folder", ["H5P.CivicedCheck-1.1", "H5P.Civiced-1.0", "Check"])
def test_the_library_folder_must_match_its_machine_name(folder):
    assert (folder + "/", "library.folder") in refusal(build(renamed_library(folder)))


def test_the_same_library_twice_is_refused():
    files = {**valid_files(), **renamed_library("H5P.CivicedCheck")}

    assert rules(build(files)) == {"library.folder"}


def test_a_top_level_folder_without_library_json_is_refused():
    fileobj = with_entries({"Stray-1.0/stray.js": "alert(1);"})

    assert refusal(fileobj) == [("Stray-1.0/", "library.json_missing")]


@pytest.mark.parametrize("field", ["preloadedJs", "preloadedCss"])
def test_preloaded_files_must_exist_in_the_folder(field):
    manifest = f"{LIBRARY}/library.json"
    changes = {field: [{"path": "missing.js"}]}

    problems = refusal(with_entries({manifest: library_json(**changes)}))

    assert problems == [(manifest, "library.missing_file")]


@pytest.mark.parametrize("raw", [b"{}", b"[", b'{"fields": []}'])
def test_semantics_must_be_a_json_list(raw):
    name = f"{LIBRARY}/semantics.json"

    assert refusal(with_entries({name: raw})) == [(name, "library.semantics")]


@pytest.mark.parametrize("raw", [b"[]", b"{", b"42"])
def test_language_files_must_be_json_objects(raw):
    name = f"{LIBRARY}/language/de.json"

    assert refusal(with_entries({name: raw})) == [(name, "library.language")]


@pytest.mark.parametrize(
    ("major", "minor", "refused"),
    [(1, PLAYER_CORE_API[1], False), (1, PLAYER_CORE_API[1] + 1, True), (2, 0, True)],
)
def test_libraries_must_not_need_a_newer_core_api(major, minor, refused):
    manifest = f"{LIBRARY}/library.json"
    core_api = {"majorVersion": major, "minorVersion": str(minor)}
    fileobj = with_entries({manifest: library_json(coreApi=core_api)})

    if refused:
        assert refusal(fileobj) == [(manifest, "library.core_api")]
    else:
        validate_package(fileobj)


@pytest.mark.parametrize(
    ("file", "changes"),
    [
        (
            "h5p.json",
            {
                "h5p.json": h5p_json(
                    preloadedDependencies=[
                        {"machineName": n, "majorVersion": 1, "minorVersion": 0}
                        for n in ("H5P.CivicedCheck", "H5P.Absent")
                    ]
                )
            },
        ),
        (
            f"{LIBRARY}/library.json",
            {
                f"{LIBRARY}/library.json": library_json(
                    preloadedDependencies=[
                        {
                            "machineName": "H5P.Absent",
                            "majorVersion": 1,
                            "minorVersion": 0,
                        }
                    ]
                )
            },
        ),
        (
            f"{LIBRARY}/library.json",
            {
                f"{LIBRARY}/library.json": library_json(
                    dynamicDependencies=[
                        {
                            "machineName": "H5P.Absent",
                            "majorVersion": 1,
                            "minorVersion": 0,
                        }
                    ]
                )
            },
        ),
        (
            # the package carries H5P.CivicedCheck 1.0, not 1.1
            "h5p.json",
            {
                "h5p.json": h5p_json(
                    preloadedDependencies=[
                        {
                            "machineName": "H5P.CivicedCheck",
                            "majorVersion": 1,
                            "minorVersion": 1,
                        }
                    ]
                )
            },
        ),
    ],
    ids=["h5p.json", "preloaded", "dynamic", "other-minor"],
)
def test_dependencies_must_be_carried_or_installed(file, changes):
    assert refusal(with_entries(changes)) == [(file, "dependency.missing")]


# Together


def test_every_problem_is_reported_not_just_the_first():
    files = valid_files()
    files["content/page.html"] = "<p>"
    files["content/content.json"] = content_json(image={"path": "../x.png"})
    files[f"{LIBRARY}/library.json"] = library_json(preloadedJs=[{"path": "no.js"}])
    files[f"{LIBRARY}/language/de.json"] = b"[]"
    files["content/../evil.txt"] = "x"

    assert rules(build(files)) == {
        "type.content",
        "content.path",
        "library.missing_file",
        "library.language",
        "path.traversal",
    }


def test_the_exception_reads_as_its_messages():
    fileobj = with_entries({"content/page.html": "<p>"})
    with pytest.raises(PackageRejected) as caught:
        validate_package(fileobj)

    [problem] = caught.value.problems
    assert problem.message == (
        "content/page.html: files of type .html are not allowed in content/."
    )
    assert str(caught.value) == problem.message


# iter_entries


def test_iter_entries_yields_the_kept_entries_with_their_bytes():
    fileobj = build({**valid_files(), "__MACOSX/._h5p.json": b"\0"})
    package = validate_package(fileobj)

    entries = dict(iter_entries(fileobj, package))

    assert entries == {name: encode(value) for name, value in valid_files().items()}


def test_iter_entries_refuses_an_archive_that_changed_since_it_was_validated():
    package = validate_package(build(valid_files()))
    other = with_entries({"content/extra.txt": "x"})

    with pytest.raises(PackageRejected) as caught:
        list(iter_entries(other, package))

    assert [(p.file, p.rule) for p in caught.value.problems] == [
        ("content/extra.txt", "zip.changed")
    ]


def test_iter_entries_refuses_library_files_that_changed():
    package = validate_package(build(valid_files()))
    tampered = with_entries({f"{LIBRARY}/scripts/check.js": "steal(document.cookie)"})

    with pytest.raises(PackageRejected) as caught:
        list(iter_entries(tampered, package))

    assert {p.rule for p in caught.value.problems} == {"zip.changed"}


def test_iter_entries_counts_real_bytes_again():
    fileobj = with_entries({"content/notes.txt": "x" * 100})
    package = validate_package(fileobj)
    data = zeros_entry("content/notes.txt", 5 * MB)
    data = patch_entry(data, "content/notes.txt", file_size=100)

    with pytest.raises(PackageRejected):
        list(iter_entries(io.BytesIO(data), package))


# Arbitrary input


def assert_only_rejections(data: bytes) -> None:
    try:
        package = validate_package(io.BytesIO(data))
    except PackageRejected as rejected:
        assert rejected.problems
        assert all(isinstance(problem.message, str) for problem in rejected.problems)
    else:
        assert isinstance(package, Package)
        list(iter_entries(io.BytesIO(data), package))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_only_ever_rejected(data):
    assert_only_rejections(data)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_damaged_package_is_only_ever_rejected(data):
    package = bytearray(build(valid_files()).getvalue())
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(package) - 1))
        package[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(package) // 2, len(package)))

    assert_only_rejections(bytes(package[:cut]))


NAMES = st.one_of(
    st.sampled_from(
        [
            "h5p.json",
            "content/content.json",
            "content/images/a.png",
            f"{LIBRARY}/library.json",
            f"{LIBRARY}/semantics.json",
            f"{LIBRARY}/language/uk.json",
            f"{LIBRARY}/scripts/check.js",
            "Other-1.0/library.json",
            "__MACOSX/x",
        ]
    ),
    st.text(alphabet="aA./\\_-é\x01:", min_size=1, max_size=12),
)
KEYS = st.sampled_from(
    [
        "title",
        "mainLibrary",
        "language",
        "preloadedDependencies",
        "machineName",
        "majorVersion",
        "minorVersion",
        "patchVersion",
        "runnable",
        "coreApi",
        "preloadedJs",
        "path",
        "embedTypes",
        "authors",
        "license",
        "dynamicDependencies",
    ]
)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 2**40)
    | st.floats()
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5)
    ),
    max_leaves=20,
)
CONTENTS = st.one_of(
    st.binary(max_size=64),
    JSON.map(encode),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(NAMES, CONTENTS, max_size=8),
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    st.booleans(),
)
def test_arbitrary_small_zips_are_only_ever_rejected(entries, compression, based):
    files = {**valid_files(), **entries} if based else entries
    assert_only_rejections(build(files, compression=compression).getvalue())
