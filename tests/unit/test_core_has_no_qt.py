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
