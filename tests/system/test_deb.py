"""The .deb on a clean Debian 13: built by build/make-deb.sh, lintian clean (or each tag explained in
build/README.md), installed with apt into a debootstrapped trixie, and run there on Debian's own PySide6."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.system.debian import (
    ROOT,
    TEST_PACKAGES,
    base_system,
    build_deb,
    deb_depends,
    fresh_system,
    inside,
    need,
)
from ui.screenshot import screen_names

pytestmark = pytest.mark.slow
# The GUI tests that matter most on a Pi: the keyboard, and bringing, browsing and taking things.
GUI_TESTS = ("tests/gui/test_keyboard.py", "tests/gui/test_visitor.py")


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    need(shutil.which("dpkg-deb") is not None, "dpkg-deb is missing")
    return build_deb(tmp_path_factory.mktemp("deb"))


@pytest.fixture(scope="module")
def trixie(deb: Path, tmp_path_factory):
    """A clean trixie with the .deb installed by apt (its dependencies come from Debian's archive)."""
    base = base_system(deb_depends(deb) + list(TEST_PACKAGES))
    with fresh_system(base, tmp_path_factory.mktemp("trixie")) as root:
        shutil.copy(deb, root / "tmp" / deb.name)
        inside(root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", f"/tmp/{deb.name}")
        yield root


def explained_tags() -> set[str]:
    text = (ROOT / "build" / "README.md").read_text()
    return set(re.findall(r"^- `([a-z0-9-]+)`", text.split("## lintian", 1)[-1], re.M))


def test_the_deb_is_lintian_clean_or_each_tag_is_explained(deb):
    need(shutil.which("lintian") is not None, "lintian is not installed (scripts/bootstrap.sh test)")
    result = subprocess.run(["lintian", "--tag-display-limit", "0", "-I", str(deb)], capture_output=True,
                            text=True, timeout=300)
    tags = set(re.findall(r"^[EWIPX]: commons-table[^:]*: ([a-z0-9-]+)", result.stdout, re.M))
    assert not result.stderr.strip() or "root privileges" in result.stderr, result.stderr
    assert tags <= explained_tags(), f"lintian tags not explained in build/README.md: {tags - explained_tags()}"


def test_the_deb_holds_the_launcher_desktop_entry_icon_translations_and_a_depends_on_debians_pyside6(deb):
    files = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./usr/bin/commons-table", "./usr/share/applications/commons-table.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/commons-table.svg",
                 "./usr/share/commons-table/assets/translations/commons_table_es.qm",
                 "./usr/share/doc/commons-table/examples/labwc-autostart"):
        assert path in files
    assert "Architecture: all" in subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True).stdout
    depends = deb_depends(deb)
    assert {"python3-pyside6.qtwidgets", "qt6-virtualkeyboard-plugin", "python3-qrcode"} <= set(depends)
    assert not any(name.lower().startswith("pyside6") for name in depends)


def test_the_kiosk_runs_its_commands_on_debians_pyside6(trixie, tmp_path):
    pyside = inside(trixie, "python3", "-c", "import PySide6; print(PySide6.__version__)").stdout.strip()
    assert pyside.startswith("6.8."), pyside
    where = inside(trixie, "python3", "-c", "import sys; sys.path.insert(0, '/usr/share/commons-table'); "
                   "import PySide6, sqlite_utils; print(PySide6.__file__, sqlite_utils.__file__)").stdout
    assert where.startswith("/usr/lib/python3/dist-packages/PySide6/"), where  # Debian's, not a wheel
    inside(trixie, "commons-table", "demo", "--db", "/root/m.db")
    out = trixie / "root" / "shots"
    out.mkdir()
    for name in screen_names():
        inside(trixie, "commons-table", "screenshot", "--db", "/root/m.db", "--screen", name,
               "--size", "800x480", "--out", f"/root/shots/{name}.png")
        png = out / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert png.stat().st_size > 5000, f"{name} looks empty"
    inside(trixie, "commons-table", "signs", "--db", "/root/m.db", "--out", "/root/signs.pdf")
    for fmt in ("csv", "json", "pdf"):
        inside(trixie, "commons-table", "export", "--db", "/root/m.db", "--format", fmt,
               "--out", f"/root/summary.{fmt}")
    info = subprocess.run(["pdfinfo", str(trixie / "root/signs.pdf")], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2
    assert "together" in (trixie / "root/summary.json").read_text().lower() or \
        (trixie / "root/summary.json").stat().st_size > 100
    # Spanish comes from the installed translations.
    inside(trixie, "commons-table", "screenshot", "--db", "/root/m.db", "--screen", "home", "--lang", "es",
           "--out", "/root/shots/home-es.png")
    wrong = inside(trixie, "commons-table", "export", "--db", "/root/none.db", "--format", "csv",
                   "--out", "/root/x.csv", check=False)
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr


def test_the_gui_tests_that_matter_most_pass_on_debians_pyside6(trixie):
    suite = trixie / "root" / "suite"
    shutil.copytree(ROOT / "tests", suite / "tests", ignore=shutil.ignore_patterns("__pycache__", "system"))
    shutil.copy(ROOT / "pyproject.toml", suite / "pyproject.toml")
    result = inside(trixie, "sh", "-c", "cd /root/suite && python3 -m pytest -p no:cacheprovider -q "
                    + " ".join(GUI_TESTS), env={"PYTHONPATH": "/usr/share/commons-table"}, timeout=900,
                    check=False)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert re.search(r"\d+ passed", result.stdout)
