"""The player's interface in the page language, from the libraries' own strings.

H5P keeps a content type's interface texts (button labels, feedback) in the
content's parameters, filled with the library's English defaults when the content
was made. When a library ships ``language/uk.json``, every text the author left at
its English default is shown in Ukrainian instead; texts the author changed stay as
written. Sub-content (a library inside a library's parameters) is translated with
its own library's strings.
"""

import json

from django.core.files.storage import default_storage

from .libraries import playing
from .models import Library, Package


def translated_content(package: Package, language: str, content: bytes) -> bytes:
    """content.json for ``language``; unchanged when nothing applies."""
    if not language or language == package.language:
        return content
    try:
        params = json.loads(content)
    except ValueError:
        return content
    keys = [lib.key for lib in package.libraries.all()]
    libraries = {
        f"{lib.machine_name} {lib.major}.{lib.minor}": lib
        for lib in playing(keys).values()
    }
    main = libraries.get(package.main_library)
    if main is None:
        return content
    strings = _Strings(libraries, language)
    changed = strings.apply(main, params)
    if not changed:
        return content
    return json.dumps(params, ensure_ascii=False).encode()


class _Strings:
    def __init__(self, libraries: dict[str, Library], language: str) -> None:
        self.libraries = libraries
        self.language = language
        self.loaded: dict[int, tuple[list, list] | None] = {}

    def _load(self, library: Library) -> tuple[list, list] | None:
        if library.pk not in self.loaded:
            self.loaded[library.pk] = None
            try:
                with default_storage.open(f"{library.path}/semantics.json") as file:
                    semantics = json.load(file)
                name = f"{library.path}/language/{self.language}.json"
                with default_storage.open(name) as file:
                    translation = json.load(file).get("semantics")
            except (OSError, ValueError, AttributeError):
                return None
            if isinstance(semantics, list) and isinstance(translation, list):
                self.loaded[library.pk] = (semantics, translation)
        return self.loaded[library.pk]

    def apply(self, library: Library, params: object) -> bool:
        found = self._load(library)
        if found is None or not isinstance(params, dict):
            return False
        semantics, translation = found
        return self._fields(semantics, translation, params)

    def _fields(self, fields: list, translated: list, values: dict) -> bool:
        changed = False
        for index, field in enumerate(fields):
            if not isinstance(field, dict) or index >= len(translated):
                continue
            other = translated[index] if isinstance(translated[index], dict) else {}
            name = field.get("name")
            if name in values:
                values[name], did = self._value(field, other, values[name])
                changed |= did
        return changed

    def _value(self, field: dict, other: dict, value: object) -> tuple[object, bool]:
        kind = field.get("type")
        if kind == "group":
            inner = field.get("fields", [])
            if not isinstance(inner, list):
                return value, False
            if len(inner) == 1 and not isinstance(value, dict):
                # A group of one field holds the field's value directly.
                sub = (other.get("fields") or [{}])[0]
                return self._value(
                    inner[0], sub if isinstance(sub, dict) else {}, value
                )
            if isinstance(value, dict):
                sub = other.get("fields")
                return value, self._fields(
                    inner, sub if isinstance(sub, list) else [], value
                )
            return value, False
        if kind == "list" and isinstance(value, list):
            item = field.get("field", {})
            sub = other.get("field") if isinstance(other.get("field"), dict) else {}
            changed = False
            for position, entry in enumerate(value):
                value[position], did = self._value(item, sub, entry)
                changed |= did
            return value, changed
        if kind == "library" and isinstance(value, dict):
            library = self.libraries.get(str(value.get("library", "")))
            if library is not None:
                return value, self.apply(library, value.get("params"))
            return value, False
        english, local = field.get("default"), other.get("default")
        if isinstance(english, str) and isinstance(local, str) and value == english:
            return local, True
        return value, False
