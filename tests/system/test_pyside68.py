"""The kiosk on PySide6 6.8 — the version Debian 13 and Raspberry Pi OS Trixie ship — as well as on the
pinned one. pip's 6.8 wheels are the closest stand-in on x86 (Debian's own build runs in test_deb.py).

Why a test and not a second whole-suite run: the whole suite twice would double CI time; these files cover
what differs between Qt versions (touch, painting and printing, the window's screens; the embedded keyboard's
QML and a visitor's taps run on Debian's own 6.8 in test_deb.py), in a virtual environment cached outside the
repository."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.system.debian import ROOT, need, outcome

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]  # the first run installs PySide6 6.8
PYSIDE_68 = "6.8.2.1"  # Debian 13's python3-pyside6.* are 6.8.2.1
# The keyboard's and a visitor's tests (tests/gui/test_keyboard.py, test_visitor.py) are not run here: they run on
# 6.8.2 already, on Debian's own build, the one a Pi has (test_deb.py's GUI_TESTS); a second walk of them on
# pip's build of the same Qt would only double the time.
TESTS = ("tests/gui/test_signs_screen.py", "tests/gui/test_signs.py", "tests/gui/test_skills_print.py",
         "tests/gui/test_steward.py", "tests/gui/test_home.py", "tests/unit/test_qt_binding.py")


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = [d for d in project["dependencies"] if not d.lower().startswith("pyside6")]
    # pytest-xdist runs the whole suite on two processes; the run here is one process.
    test = [d for d in project["optional-dependencies"]["test"] if not d.startswith("pytest-xdist")]
    return [f"PySide6-Essentials=={PYSIDE_68}", f"PySide6-Addons=={PYSIDE_68}", *deps, *test]


def venv_68() -> Path:
    """A virtual environment with PySide6 6.8 under ~/.cache/commons-table, made when missing."""
    wanted = requirements()
    key = hashlib.sha256("\n".join([sys.version, *wanted]).encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "commons-table"
    venv = cache / f"venv-pyside6-{PYSIDE_68}-{key}"
    if (venv / ".complete").exists():
        return venv
    for old in cache.glob(f"venv-pyside6-{PYSIDE_68}-*"):
        subprocess.run(["rm", "-rf", str(old)], check=False)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    result = subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", "-qq", *wanted],
                            capture_output=True, text=True, timeout=900)
    need(result.returncode == 0, f"PySide6 {PYSIDE_68} could not be installed from PyPI: {result.stderr[-500:]}")
    (venv / ".complete").write_text("\n".join(wanted) + "\n")
    return venv


def test_the_pinned_range_admits_pyside6_68_and_excludes_612():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    from packaging.specifiers import SpecifierSet

    for name in ("PySide6-Essentials", "PySide6-Addons"):
        spec = SpecifierSet(next(d for d in deps if d.startswith(name))[len(name):])
        assert PYSIDE_68 in spec and "6.11.3" in spec and "6.12.0" not in spec, (name, spec)


def test_the_important_gui_tests_pass_on_pyside6_68():
    venv = venv_68()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    version = subprocess.run([str(venv / "bin/python"), "-c", "import PySide6; print(PySide6.__version__)"],
                             capture_output=True, text=True, env=env, check=True).stdout.strip()
    assert version == PYSIDE_68
    # -X faulthandler: a crash (not only a hang) prints the Python line it happened on; outcome() shows it.
    result = subprocess.run([str(venv / "bin/python"), "-X", "faulthandler", "-m", "pytest", "-q", "-p",
                             "no:cacheprovider", *TESTS], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=900)
    assert result.returncode == 0, outcome(result)
    assert re.search(r"\d+ passed", result.stdout)
