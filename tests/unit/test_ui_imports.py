"""ui/ has no import cycle: screens see the window through ui.host's protocols, never ui.main_window.

Every import counts — at the top, inside a function, and under `if TYPE_CHECKING:` (a type named there is
still a dependency; the cycle this test was written for ran through such imports).
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The modules of `known` that a file imports, anywhere in it ("from ui import theme" is ui.theme)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module in known and module != name}


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    paths = {module_name(path, root): path for path in sorted((root / package).rglob("*.py"))}
    return {name: imports_of(path, name, set(paths)) for name, path in paths.items()}


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle, as the modules around it; [] when there is none."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return list(error.args[1])
    return []


def test_ui_has_no_import_cycle():
    graph = import_graph(ROOT, "ui")
    assert len(graph) > 30 and "ui.flow" in graph["ui.screens.bring"]  # it read the screens' imports
    assert cycle(graph) == []


def test_no_screen_names_the_window():
    graph = import_graph(ROOT, "ui")
    assert sorted(name for name, imported in graph.items() if "ui.main_window" in imported) == [
        "ui.app", "ui.screenshot"]


@pytest.mark.parametrize("guarded", [False, True])
def test_a_cycle_is_found_even_through_a_function_or_type_checking(tmp_path, guarded):
    pkg = tmp_path / "pkg"
    (pkg / "screens").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "screens" / "__init__.py").write_text("")
    (pkg / "window.py").write_text("def build():\n    from pkg.screens import home\n")
    later = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..window import Window\n" if guarded
             else "from pkg import window\n")
    (pkg / "screens" / "home.py").write_text(later)
    (pkg / "other.py").write_text("import pkg.window\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.screens.home"] == {"pkg.window", "pkg"} - ({"pkg"} if guarded else set())
    assert set(cycle(graph)) == {"pkg.window", "pkg.screens.home"}
    (pkg / "screens" / "home.py").write_text("x = 1\n")
    assert cycle(import_graph(tmp_path, "pkg")) == []
