"""mypy covers ui/ module by module: these are checked with no errors (pyproject's [tool.mypy]); add a module
here once it type-checks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ["ui/screens", "ui/main_window.py", "ui/features.py", "ui/flow.py", "ui/host.py", "ui/qapp.py"]


def test_the_screens_and_the_window_type_check():
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    assert mypy, "mypy is part of the test extra"
    out = subprocess.run([mypy, *CHECKED, "--cache-dir", str(ROOT / ".mypy_cache")], cwd=ROOT,
                         capture_output=True, text=True, check=False, timeout=300)
    assert out.returncode == 0, out.stdout[-3000:]
