"""Where things may live: SQL only in kiosk/store, no Qt in kiosk (see test_core_has_no_qt), and the
code passes the project's linter."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The linters' caches live outside the work tree (a test writes nothing into the repository), one per work tree.
CACHE = (Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "commons-table"
         / f"lint-{hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]}")
SQL = re.compile(r"\.(execute|executescript|query)\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\.db\.")


def test_sql_lives_only_in_the_store():
    offenders = []
    for path in [*(ROOT / "ui").rglob("*.py"), *(p for p in (ROOT / "kiosk").rglob("*.py")
                                               if "store" not in p.parts)]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_code_passes_ruff():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is part of the test extra"
    # benchmarks/run is named without ".py", so ruff finds it only when it is named
    out = subprocess.run([ruff, "check", "--cache-dir", str(CACHE / "ruff"), "commons_table", "kiosk", "ui", "tests",
                          "benchmarks", "benchmarks/run", "scripts"],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout[-3000:]


@pytest.mark.xdist_group("mypy")  # one mypy at a time writes the cache they share
@pytest.mark.parametrize("package", ["kiosk", "ui", "commons_table"])
def test_each_layer_type_checks(package):
    """The core, the UI and the command line all type-check (pyproject's [tool.mypy])."""
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    assert mypy, "mypy is part of the test extra"
    out = subprocess.run([mypy, package, "--cache-dir", str(CACHE / "mypy")], cwd=ROOT,
                         capture_output=True, text=True, check=False, timeout=300)
    assert out.returncode == 0, out.stdout[-3000:]


ROOM = re.compile(r"\.(setContentsMargins|setSpacing)\(\s*\d")
BREAKPOINT = re.compile(r"(width|height)(\(\))?\s*[<>]=?\s*([4-9]\d\d|\d{4,})\b")


def lines_outside_theme(*patterns: re.Pattern[str]) -> list[str]:
    """Every line of ui/ but ui/theme.py that one of `patterns` finds, as "file:line: text"."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == "ui/theme.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(pattern.search(line) for pattern in patterns):
                found.append(f"{name}:{n}: {line.strip()}")
    return found


def test_room_and_breakpoints_are_theme_tokens():
    """Spacing, margins and the window sizes where a screen rearranges are named in ui/theme.py, not typed."""
    offenders = lines_outside_theme(ROOM, BREAKPOINT)
    assert not offenders, "\n".join(offenders)


HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6})\b")


def test_colours_are_theme_tokens():
    """Every colour is named in ui/theme.py (PALETTES for the screen's two looks, PAPER for print), where the
    large-text look and the contrast tests see it; a hex colour anywhere else in ui/ would be missed by both."""
    offenders = lines_outside_theme(HEX_COLOUR)
    assert not offenders, "\n".join(offenders)


def test_translations_are_loaded_in_one_place():
    makers = [path.relative_to(ROOT).as_posix() for path in sorted((ROOT / "ui").rglob("*.py"))
              if "QTranslator(" in path.read_text(encoding="utf-8")]
    assert makers == ["ui/translators.py"]
