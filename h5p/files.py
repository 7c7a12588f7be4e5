"""Removing a package's files from storage: what publishing a revision replaced,
and the folders an import leaves behind. Imports no model, so models may use it."""

import contextlib
import shutil
from collections.abc import Iterable

from django.core.files.storage import FileSystemStorage, Storage, default_storage
from django.db import transaction


def remove_replaced(
    before: dict, after: dict, *, storage: Storage | None = None
) -> None:
    """Once committed, remove a package's content folder and file (as ``before``
    names them) that ``after`` no longer uses: publishing a revision replaced
    them."""
    storage = storage or default_storage
    tree = before.get("content_path") or ""
    name = before.get("file") or ""
    tree = tree if tree != after.get("content_path") else ""
    name = name if name != after.get("file") else ""

    def clean_up() -> None:
        delete_tree(storage, tree)
        delete(storage, name)

    if tree or name:
        transaction.on_commit(clean_up)


def is_local(storage: Storage) -> bool:
    return isinstance(storage, FileSystemStorage)


def walk(storage: Storage, prefix: str) -> Iterable[str]:
    """Every file name under the folder ``prefix``."""
    try:
        folders, files = storage.listdir(prefix)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        yield f"{prefix}/{name}"
    for folder in folders:
        yield from walk(storage, f"{prefix}/{folder}")


def delete_tree(storage: Storage, prefix: str) -> None:
    if not prefix:
        return
    if is_local(storage):
        shutil.rmtree(storage.path(prefix), ignore_errors=True)
        return
    for name in list(walk(storage, prefix)):
        storage.delete(name)


def delete(storage: Storage, name: str) -> None:
    if name:
        with contextlib.suppress(OSError):
            storage.delete(name)
