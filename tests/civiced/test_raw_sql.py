"""Raw SQL only inside the app that owns the table, with table names from `_meta`.

Read from the source with `ast`, like test_import_graph: no string literal in the
project's code names a table (every name comes from `Model._meta.db_table`), and a
module names through `_meta` only tables of its own app's models; Wagtail's page and
revision tables only in courses.live_rows, the one place that joins them. What is
seen: `Model._meta.db_table` for a model imported by name, and
`get_user_model()._meta.db_table`; a model reached through a relation
(`Membership.learner.field.related_model._meta`, classes.progress) is not.
"""

import ast
import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.db.models import Model

ROOT = Path(__file__).resolve().parents[2]
APPS = [
    "accounts",
    "certificates",
    "civiced",
    "classes",
    "courses",
    "h5p",
    "home",
    "learning",
    "quizzes",
    "reports",
]
# Modules allowed to name another app's tables through `_meta`, and which.
ALLOWED = {
    # The one module that joins Wagtail's page and revision tables to the content
    # that lives in them (a lesson page; a revisioned model it is given).
    "courses.live_rows": {"wagtailcore"},
}


def _sources():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path


def _tables() -> dict[str, str]:
    """Every model's table, with its app's label."""
    return {m._meta.db_table: m._meta.app_label for m in apps.get_models()}


def test_no_string_in_the_code_names_a_table():
    tables = _tables()
    found = []
    for module, path in _sources():
        tree = ast.parse(path.read_text(), str(path))
        declared = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == "db_table" for t in node.targets)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            if id(node) in declared:
                continue  # a model's Meta says its table's name
            words = set(
                "".join(
                    c if c.isalnum() or c == "_" else " " for c in node.value
                ).split()
            )
            found += [f"{module}: {table}" for table in sorted(words & set(tables))]
    assert found == []


def _model_apps(tree: ast.Module) -> dict[str, str]:
    """Names imported from any module that are models, with their app's label
    (Wagtail's `Page` is wagtailcore's, our `LessonPage` courses')."""
    names = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.module and node.level == 0):
            continue
        try:
            source = importlib.import_module(node.module)
        except ImportError:
            continue
        for alias in node.names:
            found = getattr(source, alias.name, None)
            if (
                isinstance(found, type)
                and issubclass(found, Model)
                and hasattr(found, "_meta")
            ):
                names[alias.asname or alias.name] = found._meta.app_label
    return names


def _strangers(path: Path, allowed: set[str]) -> set[str]:
    """The other apps' tables the module names through `_meta`."""
    tree = ast.parse(path.read_text(), str(path))
    imported = _model_apps(tree)
    strangers = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Attribute)
            and node.attr == "db_table"
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "_meta"
        ):
            continue
        owner = node.value.value
        # `get_user_model()._meta.db_table`
        if isinstance(owner, ast.Call) and getattr(owner.func, "id", None) == (
            "get_user_model"
        ):
            if "accounts" not in allowed:
                strangers.add("User (accounts)")
        # `Model._meta.db_table`
        elif (
            isinstance(owner, ast.Name)
            and owner.id in imported
            and imported[owner.id] not in allowed
        ):
            strangers.add(f"{owner.id} ({imported[owner.id]})")
    return strangers


@pytest.mark.parametrize("module,path", list(_sources()), ids=lambda v: str(v))
def test_a_module_names_only_its_own_apps_tables(module, path):
    own = module.split(".")[0]
    assert _strangers(path, {own, *ALLOWED.get(module, ())}) == set()


def test_every_exception_is_still_needed():
    """Strike an entry of ALLOWED once its module no longer needs it."""
    paths = dict(_sources())
    for module, apps_allowed in ALLOWED.items():
        found = _strangers(paths[module], {module.split(".")[0]})
        assert {name.split("(")[1].rstrip(")") for name in found} == apps_allowed
