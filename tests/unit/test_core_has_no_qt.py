"""kiosk/ must work where PySide6 cannot even be imported."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kiosk

BLOCK_QT = r"""
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtawesome", "qtpy"):
            raise ImportError("Qt is not allowed in kiosk/")
sys.meta_path.insert(0, NoQt())
import kiosk
names = [m.name for m in pkgutil.walk_packages(kiosk.__path__, "kiosk.") if m.name != "kiosk.__main__"]
for name in names:
    importlib.import_module(name)
assert not [m for m in sys.modules if m.startswith("PySide6")]
print(len(names))
"""


def test_every_kiosk_module_imports_without_qt():
    expected = len([m for m in pkgutil.walk_packages(kiosk.__path__, "kiosk.") if m.name != "kiosk.__main__"])
    out = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == expected >= 10


def imported_modules(path) -> set[str]:
    """Every module a file names in an import, at the top or inside a function."""
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_dependencies_point_one_way_even_inside_functions():
    """kiosk/ never names ui/, Qt or the command line; ui/ never names the command line above it."""
    from pathlib import Path

    root = Path(kiosk.__file__).resolve().parent.parent
    wrong = []
    for path in sorted((root / "kiosk").rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in ("ui", "commons_table", "PySide6", "shiboken6", "qtawesome"):
                wrong.append(f"{path.relative_to(root)} imports {name}")
    for path in sorted((root / "ui").rglob("*.py")):
        wrong += [f"{path.relative_to(root)} imports {name}" for name in imported_modules(path)
                  if name.split(".")[0] == "commons_table"]
    assert wrong == []


def test_the_one_way_check_can_fail(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def later():\n    from ui.app import run_kiosk\n", encoding="utf-8")
    assert "ui.app" in imported_modules(sample)
