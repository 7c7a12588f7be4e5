"""The URLs the H5P player frame loads for one package, with their sizes.

A pack (offline.pack) holds what the frame needs to play a lesson's activity with
the network off: the frame page, h5p.json, the content files as the frame asks for
them (lang/<code>/content/…) and the files of the libraries that play it.
"""

import posixpath

from django.core.files.storage import default_storage
from django.urls import reverse

from h5p.player import player_url
from h5p.validation import CONTENT_EXTENSIONS, LIBRARY_EXTENSIONS
from h5p.views import package_files


def _walk(folder: str):
    """(relative path, size) of every file under a storage folder."""
    try:
        folders, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError, OSError):
        return
    for name in files:
        try:
            size = default_storage.size(f"{folder}/{name}")
        except OSError:
            size = 0
        yield name, size
    for sub in folders:
        for name, size in _walk(f"{folder}/{sub}"):
            yield f"{sub}/{name}", size


def _extension(path: str) -> str:
    return posixpath.splitext(path)[1].lower().lstrip(".")


def package_entries(package, language: str) -> list[dict]:
    """[{"url", "size"}] of everything the frame loads to play ``package``."""
    pk, version = package.pk, package.version_key
    files = package_files(pk, version)
    base = reverse("h5p_file", args=[pk, version, "h5p.json"]).removesuffix("/h5p.json")
    entries = [{"url": player_url(package, language), "size": None}]
    for path, size in _walk(files["content"]):
        if _extension(path) not in CONTENT_EXTENSIONS:
            continue
        if path == "h5p.json":
            entries.append({"url": f"{base}/h5p.json", "size": size})
        elif path.startswith("content/"):
            entries.append({"url": f"{base}/lang/{language}/{path}", "size": size})
    token = files["libraries_token"]
    for folder, stored in sorted(files["libraries"].items()):
        for path, size in _walk(stored):
            if _extension(path) in LIBRARY_EXTENSIONS:
                url = f"{base}/libraries.{token}/{folder}/{path}"
                entries.append({"url": url, "size": size})
    return entries
