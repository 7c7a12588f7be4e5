"""The import graph's contracts: the layers of the house, and no import cycle.

Read from the source with `ast` (no import-linter: it is not among the pinned
dependencies, and a page of standard library does the three checks we need, counting
the imports inside functions, which import-linter's default graph also sees). Every
`import` counts, at module level or inside a function: an import deferred into a
function is still a dependency.

The layers, bottom first (README, "Layout"); a module may import its own layer and
those below, never above. The only way up is a list in the settings resolved by
name: learning's listeners (settings.LEARNING_LISTENERS), and the like for classes,
account deletion and the roles accounts caches (settings.ROLE_SOURCES). Entry
points (settings, URLs, WSGI, management commands, the demo seeding) sit on top and
may import anything; nothing imports them.

Every contract holds: no import climbs a layer and no import cycle is left, counting
the imports inside functions too.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (layer, module prefixes); the longest matching prefix decides.
LAYERS = [
    ("civiced", ["civiced"]),
    ("accounts", ["accounts"]),
    # Content: pages, blocks, the content side of the activity kinds (their blocks).
    (
        "content",
        [
            "home",
            "courses",
            "quizzes.blocks",
            "quizzes.block_cache",
            "h5p.blocks",
            "h5p.content_types",
            "h5p.media",
        ],
    ),
    ("learning", ["learning"]),
    # The results side of each activity kind.
    ("activities", ["quizzes", "h5p"]),
    ("classes", ["classes"]),
    ("top", ["certificates", "reports", "offline"]),
]
ENTRY_POINTS = [
    "civiced.settings",
    "civiced.urls",
    "civiced.wsgi",
    "*.management",
    "*.demo",
    "*.demo_content",
    "reports.synthetic",  # the seed_load command's synthetic learners
]


def _modules() -> dict[str, Path]:
    found = {}
    tops = {prefix.split(".")[0] for _name, prefixes in LAYERS for prefix in prefixes}
    for top in sorted(tops):
        for path in (ROOT / top).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imports(modules: dict[str, Path], *, deferred: bool) -> dict[str, set[str]]:
    """Each module's imports of the project's modules, resolved to the longest
    known module name; those inside functions too when `deferred`."""

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    def statements(tree):
        """The import statements, skipping function bodies unless `deferred`."""
        todo = list(ast.iter_child_nodes(tree))
        while todo:
            node = todo.pop()
            if isinstance(node, ast.Import | ast.ImportFrom):
                yield node
            elif deferred or not isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            ):
                todo.extend(ast.iter_child_nodes(node))

    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in statements(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets.update(known(alias.name) for alias in node.names)
                continue
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            targets.update(known(f"{base}.{alias.name}") for alias in node.names)
        graph[name] = {t for t in targets if t and t != name}
    return graph


def _matches(module: str, prefix: str) -> bool:
    if prefix.startswith("*."):
        return f".{prefix[2:]}." in f".{module}."
    return module == prefix or module.startswith(prefix + ".")


def _layer(module: str) -> int | None:
    """The module's layer index; None for an entry point."""
    if any(_matches(module, prefix) for prefix in ENTRY_POINTS):
        return None
    best = max(
        (
            (len(prefix), index)
            for index, (_name, prefixes) in enumerate(LAYERS)
            for prefix in prefixes
            if _matches(module, prefix)
        ),
    )
    return best[1]


def _cycles(graph: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), set()

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.add(tuple(sorted(component)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


MODULES = _modules()
GRAPH = _imports(MODULES, deferred=True)


def test_no_module_imports_a_higher_layer():
    upward = {
        (module, imported)
        for module, imports in GRAPH.items()
        for imported in imports
        if _layer(module) is not None
        and _layer(imported) is not None
        and _layer(imported) > _layer(module)
    }
    assert upward == set(), "imports that climb a layer"


def test_nothing_imports_an_entry_point():
    into_entry = {
        (module, imported)
        for module, imports in GRAPH.items()
        for imported in imports
        if _layer(module) is not None and _layer(imported) is None
    }
    assert into_entry == set()


def test_no_import_cycle():
    assert _cycles(GRAPH) == set()


def test_the_cycle_finder_sees_a_cycle_through_several_modules():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == {("a", "b", "c")}


def test_no_import_cycle_at_module_level():
    """Counting only the imports a module runs when it is loaded: none at all."""
    assert _cycles(_imports(MODULES, deferred=False)) == set()


def test_learning_hears_nothing_above_it_but_through_its_listeners():
    """learning, quizzes and h5p import nothing of classes, certificates or reports:
    what reacts to a result is named in settings.LEARNING_LISTENERS."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    climbing = {
        (module, imported)
        for module, imports in GRAPH.items()
        if module.split(".")[0] in {"learning", "quizzes", "h5p"}
        and _layer(module) is not None
        for imported in imports
        if imported.split(".")[0] in {"classes", "certificates", "reports"}
    }
    assert climbing == set()
    listeners = [import_string(path) for path in settings.LEARNING_LISTENERS]
    assert [f.__module__.split(".")[0] for f in listeners] == [
        "classes",
        "reports",
        "certificates",
        "reports",
    ]


def test_the_other_declared_lists_name_the_apps_above_their_caller():
    """Joining a class tells the reports; deleting an account asks quizzes, H5P and
    certificates to forget the person, in this order; the roles accounts caches ask
    classes whether the user is a teacher (names, not imports)."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    def apps(paths):
        return [import_string(path).__module__.split(".")[0] for path in paths]

    assert apps(settings.CLASS_LISTENERS) == ["reports"]
    assert apps(settings.ACCOUNT_DELETION_STEPS) == ["quizzes", "h5p", "certificates"]
    assert apps(settings.ROLE_SOURCES) == ["classes"]
