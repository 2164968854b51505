"""No import circles among the project's modules (docs/architecture.md, "Layers").

Read statically with ``ast``: every ``import`` and ``from ... import`` in bot/, scheduler/ and
storage/ (function-level ones too: a lazy import that closes a circle is still a circle; only
``if TYPE_CHECKING:`` blocks are skipped), resolved to the project's modules. Two kinds of edges
Python's import system adds are counted as well:

- ``from pkg import name`` imports ``pkg`` (its ``__init__``), even from inside ``pkg``: siblings
  import each other by their full name (``from storage.migrate import ...``), not through the
  package that imports them;
- importing ``a.b.c`` from outside ``a.b`` runs ``a/__init__`` and ``a/b/__init__`` first, and
  what they import (``bot/handlers/__init__`` imports every handler).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOPS = ("bot", "scheduler", "storage")  # the packages pyproject.toml ships
SKIPPED = {"migrations"}  # alembic loads its scripts by path, not by import


def modules(root: Path, tops=TOPS) -> dict[str, Path]:
    found = {}
    for top in tops:
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root)
            if SKIPPED & set(rel.parts):
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _resolve(name: str, known) -> str | None:
    """The project module an imported name lands in (``bot.config.yaml_files.ConfigError`` -> ``bot.config.yaml_files``)."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _imported_names(tree: ast.Module, package: str) -> list[str]:
    """Every dotted name the file imports; ``from pkg import name`` gives ``pkg.name`` and ``pkg``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []  # type-only imports do not run
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            names += [f"{base}.{alias.name}" for alias in node.names] + [base]
    return names


def import_graph(root: Path, tops=TOPS) -> dict[str, set[str]]:
    known = modules(root, tops)
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for imported in _imported_names(tree, package):
            target = _resolve(imported, known)
            if target is None:
                continue
            edges[name].add(target)
            # The packages around the target run first, unless the importer is inside them already.
            parent = target.rpartition(".")[0]
            while parent:
                if parent in known and not (name + ".").startswith(parent + "."):
                    edges[name].add(parent)
                parent = parent.rpartition(".")[0]
        edges[name].discard(name)
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each circle as one path a -> b -> ... -> a (one per strongly connected component)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:  # Tarjan's algorithm without recursion
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(component)
    return [_path_in(component, edges) for component in components]


def _path_in(component: set[str], edges: dict[str, set[str]]) -> list[str]:
    """A shortest circle through the component's first module (breadth-first)."""
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(edges[node] & component):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return list(reversed(path)) + [start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"no circle in {component}")  # pragma: no cover


def test_no_import_circles():
    edges = import_graph(ROOT)
    assert len(edges) > 100, f"only {len(edges)} modules found under {TOPS}: is ROOT right? ({ROOT})"
    found = circles(edges)
    assert not found, "import circles:\n" + "\n".join(" -> ".join(path) for path in found)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return tmp_path


@pytest.mark.parametrize("files, expected", [
    # a plain circle, one side of it inside a function
    ({"app/__init__.py": "", "app/a.py": "from app.b import x\n", "app/b.py": "def f():\n    import app.a\n"},
     ["app.a", "app.b", "app.a"]),
    # relative imports
    ({"app/__init__.py": "", "app/a.py": "from .b import x\n", "app/b.py": "from . import a\n"},
     ["app.a", "app.b", "app.a"]),
    # through a package's __init__, which imports its submodules
    ({"app/__init__.py": "", "app/feat/__init__.py": "from app.feat import one, two\n", "app/feat/one.py": "",
      "app/feat/two.py": "from app.loader import load\n", "app/loader.py": "from app.feat.one import x\n"},
     ["app.feat", "app.feat.two", "app.loader", "app.feat"]),
    # a sibling through the package instead of by its name
    ({"app/__init__.py": "from app.db import Database\n", "app/db.py": "from app import models\n",
      "app/models.py": ""},
     ["app", "app.db", "app"]),
])
def test_the_check_finds_a_circle(tmp_path, files, expected):
    found = circles(import_graph(_tree(tmp_path, files), ("app",)))
    assert found == [expected]


def test_the_check_passes_what_is_not_a_circle(tmp_path):
    files = {"app/__init__.py": "from app.feat import one\n", "app/feat/__init__.py": "", "app/feat/one.py": "import app.base\n",
             "app/base.py": "import json\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.feat.one import x\n",
             "app/feat/two.py": "from app.feat.one import y\n"}
    assert circles(import_graph(_tree(tmp_path, files), ("app",))) == []
