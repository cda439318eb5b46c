"""The .deb on a clean Debian 13: built by build/make-deb.sh, lintian clean (or each tag explained in
build/README.md), installed with apt into a debootstrapped trixie, and run there on Debian's own PySide6."""

from __future__ import annotations

import os
import re
import shlex
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
    outcome,
)
from ui.screenshot import screen_names

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800),  # the first run makes the Debian 13 system
              pytest.mark.xdist_group("debian13")]  # one worker: the module's .deb and system are made once
# The GUI tests that matter most on a Pi: the keyboard, and bringing, browsing and taking things.
GUI_TESTS = ("tests/gui/test_keyboard.py", "tests/gui/test_visitor.py")
# The whole of tests/unit and tests/gui runs there too, but only when asked (scripts/run-tests --trixie): it takes
# 10 minutes on one idle process (25 on a busy one), as long as the whole suite on two. Left out of it, each for
# its reason — they read the repository's own files, which the .deb does not carry, and check them the same on
# any Qt; the host runs them:
HOST_ONLY = {
    "tests/unit/test_docs.py": "reads README.md",
    "tests/unit/test_translations.py": "runs lupdate over the .ts sources (Debian's is in pyside6-tools, "
                                       "which pulls in QtWebEngine); the .deb carries the compiled .qm only",
    "tests/unit/test_packaging.py": "reads build/ and builds a wheel with pip; this file checks the .deb",
    "tests/unit/test_architecture.py::test_the_code_passes_ruff": "ruff is not in Debian 13",
    "tests/unit/test_architecture.py::test_each_layer_type_checks": "mypy checks the source against the "
                                                                    "PySide6 stubs of .venv's pinned version",
    "tests/unit/test_summary.py::test_json_validates_against_its_documented_shape": "reads docs/export.md",
}
WHOLE_SUITE = os.environ.get("COMMONS_TABLE_TRIXIE") == "1"
# Only some of it (scripts/run-tests --trixie tests/gui/test_x.py -k word): the paths and options for the pytest
# inside, instead of the whole of tests/unit and tests/gui.
ONLY = shlex.split(os.environ.get("COMMONS_TABLE_TRIXIE_ARGS", ""))


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    need(shutil.which("dpkg-deb") is not None, "dpkg-deb is missing")
    return build_deb(tmp_path_factory.mktemp("deb"))


GUIDE = ROOT / "build" / "README.md"


def guide_commands() -> list[str]:
    """Every line of the Raspberry Pi guide's shell blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", GUIDE.read_text(), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def as_root_in_chroot(command: str) -> str:
    return command.removeprefix("sudo ")


@pytest.fixture(scope="module")
def trixie(deb: Path, tmp_path_factory):
    """A clean trixie with the .deb installed by apt, as the guide says (dependencies from Debian's archive)."""
    base = base_system(deb_depends(deb) + list(TEST_PACKAGES))
    with fresh_system(base, tmp_path_factory.mktemp("trixie")) as root:
        shutil.copy(deb, root / "tmp" / deb.name)
        install = next(c for c in guide_commands() if c.startswith("sudo apt install ./"))
        assert install.endswith(deb.name), f"the guide installs {install}, the build made {deb.name}"
        inside(root, "sh", "-c", f"cd /tmp && {as_root_in_chroot(install)} -y --no-install-recommends")
        yield root


def explained_tags() -> set[str]:
    text = (ROOT / "build" / "README.md").read_text()
    section = text.split("\n## lintian", 1)[1].split("\n#", 1)[0]
    return set(re.findall(r"^- `([a-z0-9-]+)`", section, re.M))


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
    assert "sqlite-utils" not in depends and "/sqlite_utils/" not in files  # not needed, nothing vendored


def test_the_kiosk_runs_its_commands_on_debians_pyside6(trixie, tmp_path):
    pyside = inside(trixie, "python3", "-c", "import PySide6; print(PySide6.__version__)").stdout.strip()
    assert pyside.startswith("6.8."), pyside
    where = inside(trixie, "python3", "-c", "import sys; sys.path.insert(0, '/usr/share/commons-table'); "
                   "import PySide6; print(PySide6.__file__)").stdout
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


def pytest_inside(root: Path, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """pytest in the Debian 13 system, on the installed package: /root/suite is laid out as the repository is,
    its tests beside the installed kiosk/, ui/, commons_table/ and assets/ (so a test that starts the kiosk in
    another process, or reads ui/'s files, finds the installed ones)."""
    suite = root / "root" / "suite"
    if not suite.exists():
        shutil.copytree(ROOT / "tests", suite / "tests", ignore=shutil.ignore_patterns("__pycache__", "system"))
        shutil.copy(ROOT / "pyproject.toml", suite / "pyproject.toml")
        for package in ("kiosk", "ui", "commons_table", "assets"):
            (suite / package).symlink_to(f"/usr/share/commons-table/{package}")
    # -X faulthandler: a crash prints the Python line it happened on; outcome() shows it.
    return inside(root, "sh", "-c", "cd /root/suite && python3 -X faulthandler -m pytest -p no:cacheprovider -q "
                  + " ".join(shlex.quote(arg) for arg in args), env={"PYTHONPATH": "/usr/share/commons-table"},
                  timeout=timeout, check=False)


def test_the_gui_tests_that_matter_most_pass_on_debians_pyside6(trixie):
    result = pytest_inside(trixie, *GUI_TESTS, timeout=900)
    assert result.returncode == 0, outcome(result)
    assert re.search(r"\d+ passed", result.stdout)


@pytest.mark.trixie
@pytest.mark.timeout(3600)
@pytest.mark.skipif(not WHOLE_SUITE, reason="10-25 minutes: scripts/run-tests --trixie runs it")
def test_the_whole_of_tests_unit_and_gui_passes_on_debians_pyside6(trixie):
    left_out = [f"--ignore={name}" if name.endswith(".py") else f"--deselect={name}" for name in HOST_ONLY]
    result = pytest_inside(trixie, *(ONLY or ["tests/unit", "tests/gui"]), *left_out, "-rfEs", timeout=3300)
    assert result.returncode == 0, outcome(result)
    assert re.search(r"\d+ passed", result.stdout)
    print(result.stdout[-3000:])  # its failures, skips and counts (pytest -rP shows them)


def test_the_deb_depends_on_every_pyside6_module_the_kiosk_imports(deb):
    imported = set()
    for path in [*ROOT.glob("ui/**/*.py"), *ROOT.glob("kiosk/**/*.py")]:
        imported |= set(re.findall(r"PySide6\.(Qt[A-Za-z]+)", path.read_text()))
    needed = {f"python3-pyside6.{name.lower()}" for name in imported}
    assert needed <= set(deb_depends(deb)), needed - set(deb_depends(deb))


def test_every_command_in_the_pi_guide_works_in_debian_13(trixie):
    exercised_elsewhere = {
        "sudo lpadmin -d": "tests/system/test_cups.py makes its queue the default with lpadmin -d, checks lpstat -d",
        "lpstat -d": "tests/system/test_cups.py",
        "sudo cupsctl PreserveJobFiles=No": "tests/system/test_cups_spool.py runs it on its own cupsd",
        # A minimal chroot has no systemd user manager; the unit's ExecStart is checked below instead.
        "systemctl --user enable": "no systemd in a chroot",
    }
    cups_test = (ROOT / "tests/system/test_cups.py").read_text()
    assert '"-d", queue' in cups_test and '"lpstat", "-h", server, "-d"' in cups_test
    assert '"cupsctl", "-h", server, "PreserveJobFiles=No", "PreserveJobHistory=No"' in \
        (ROOT / "tests/system/test_cups_spool.py").read_text()
    data = "/root/.local/share/commons-table/commons-table.db"
    inside(trixie, "commons-table", "demo", "--db", data)  # the table's real data file, as after a market
    (trixie / "media/root/STICK").mkdir(parents=True)
    ran = 0
    for command in guide_commands():
        if any(command.startswith(prefix) for prefix in exercised_elsewhere):
            continue
        if command.startswith("sudo apt install"):
            continue  # the fixture ran it
        if command.startswith("commons-table --windowed"):
            # The kiosk itself: still up after a few seconds (timeout's 124), nothing on fire.
            started = inside(trixie, "sh", "-c", f"timeout 6 {command}", check=False)
            assert started.returncode == 124 and "Traceback" not in started.stderr, started.stderr
        else:
            inside(trixie, "sh", "-c", f"cd /root && {as_root_in_chroot(command)}", env={"USER": "root"})
        ran += 1
    assert ran >= 8
    # The PIN command (asks twice; from a pipe it reads the lines) — once the command line has it.
    set_pin = re.search(r"`(commons-table set-pin --db [^`]+)`", GUIDE.read_text()).group(1)
    if inside(trixie, "commons-table", "set-pin", "--help", check=False).returncode == 0:
        inside(trixie, "sh", "-c", f"cd /root && {set_pin}", stdin="2468\n2468\n")
    assert (trixie / "media/root/STICK/market.json").stat().st_size > 100
    assert (trixie / "media/root/STICK/commons-table.db").read_bytes()[:16] == b"SQLite format 3\x00"
    assert (trixie / "etc/xdg/autostart/commons-table.desktop").exists()
    unit = (trixie / "root/.config/systemd/user/commons-table.service").read_text()
    assert "ExecStart=/usr/bin/commons-table" in unit and (trixie / "usr/bin/commons-table").exists()


def test_the_labwc_autostart_restarts_a_crash_and_respects_quit(trixie):
    """The autostart line with a stand-in kiosk that crashes twice, then quits as a steward would."""
    autostart = trixie / "root/.config/labwc/autostart"
    autostart.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "build" / "labwc-autostart", autostart)
    fake = trixie / "root/fake/commons-table"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho run >> /root/runs\n[ $(wc -l < /root/runs) -ge 3 ]\n")
    fake.chmod(0o755)
    inside(trixie, "sh", "-c", ". /root/.config/labwc/autostart; wait", env={"PATH": "/root/fake:/usr/bin:/bin"},
           timeout=30)
    assert (trixie / "root/runs").read_text().count("run") == 3


def test_the_guides_rotation_and_touch_mapping_work_under_labwc(trixie):
    """Debian 13's labwc, headless: it reads the shipped rc.xml touch mapping and runs an autostart with the
    guide's wlr-randr line, which turns the display (the headless output stands in for DSI-1)."""
    rotate = re.search(r"`(wlr-randr --output DSI-1 --transform 90)`", GUIDE.read_text()).group(1)
    config = trixie / "root/.config/labwc"
    config.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "build" / "labwc-rc.xml", config / "rc.xml")
    (config / "autostart").write_text(rotate.replace("DSI-1", "HEADLESS-1") + " > /root/rotate.txt 2>&1\n"
                                      "wlr-randr > /root/outputs.txt 2>&1\nlabwc --exit\n")
    (trixie / "run/user/0").mkdir(parents=True, exist_ok=True, mode=0o700)
    ran = inside(trixie, "timeout", "60", "labwc", "-d", env={
        "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1"}, check=False)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert "read config file /root/.config/labwc/rc.xml" in ran.stderr
    assert not re.search(r"\[ERROR\].*rc\.xml|xml.*error", ran.stderr, re.I), ran.stderr[-3000:]
    assert (trixie / "root/rotate.txt").read_text() == ""
    assert "Transform: 90" in (trixie / "root/outputs.txt").read_text()
