"""The files that put the kiosk on a table: a launcher, an autostart entry, a service that restarts it."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def desktop(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(ROOT / "build" / name, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entries_start_the_installed_command():
    script = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert "commons-table" in script
    for name, windowed in [("commons-table.desktop", True), ("commons-table-autostart.desktop", False)]:
        entry = desktop(name)
        assert entry["Type"] == "Application" and entry["Name"]
        command = entry["Exec"].split()
        assert command[0] == "commons-table"
        assert ("--windowed" in command) == windowed


def test_the_service_restarts_a_crashed_kiosk_but_not_one_a_steward_quit():
    unit = configparser.ConfigParser(interpolation=None)
    unit.read(ROOT / "build" / "commons-table.service")
    # on-failure: a crash or a kill is restarted; exit status 0 (Quit kiosk) is not.
    assert unit["Service"]["Restart"] == "on-failure"
    # 2: a problem the kiosk showed on its screen (full disk, already running on this file): no loop.
    assert unit["Service"]["RestartPreventExitStatus"].split() == ["2"]
    assert unit["Service"]["ExecStart"].endswith("/commons-table")
    assert "--windowed" not in unit["Service"]["ExecStart"]


def test_the_service_and_the_autostart_entry_never_start_two_kiosks():
    unit = configparser.ConfigParser(interpolation=None)
    unit.read(ROOT / "build" / "commons-table.service")
    assert unit["Unit"]["ConditionPathExists"] == "!%h/.config/autostart/commons-table-autostart.desktop"
    assert (ROOT / "build" / "commons-table-autostart.desktop").is_file()
    assert "alternatives" in (ROOT / "build" / "README.md").read_text()


def test_the_service_starts_in_a_plain_labwc_session_and_systemd_accepts_it(tmp_path):
    unit = configparser.ConfigParser(interpolation=None)
    unit.read(ROOT / "build" / "commons-table.service")
    # Every user manager starts default.target at login; Debian's labwc session never starts
    # graphical-session.target, so a unit wanted only by it never started.
    assert unit["Install"]["WantedBy"] == "default.target"
    if shutil.which("systemd-analyze") is None:
        return
    copy = tmp_path / "commons-table.service"
    copy.write_text((ROOT / "build" / "commons-table.service").read_text().replace(
        "%h/.local/bin/commons-table", shutil.which("true") or "/bin/true"))
    checked = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr


def test_the_labwc_autostart_restarts_a_crash_but_not_exit_status_2(tmp_path):
    for status, runs in ((2, 1), (0, 1), (1, 3)):
        fake = tmp_path / str(status) / "commons-table"
        fake.parent.mkdir()
        log = fake.parent / "runs"
        # Exits `status` twice, then 0 (a steward's Quit kiosk).
        fake.write_text(f"#!/bin/sh\necho run >> {log}\n[ $(wc -l < {log}) -ge 3 ] && exit 0\nexit {status}\n")
        fake.chmod(0o755)
        subprocess.run(["sh", "-c", f". {ROOT / 'build' / 'labwc-autostart'}; wait"], timeout=60, check=True,
                       env={"PATH": f"{fake.parent}:/usr/bin:/bin"})
        assert log.read_text().count("run") == runs, status


def test_the_wheel_ships_the_code_and_the_assets_it_loads(tmp_path):
    # Built from a copy: setuptools leaves a build/lib folder behind in whatever it builds.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info",
                                                                 "__pycache__", ".*_cache", ".hypothesis"))
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                            str(source)], capture_output=True, text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("commons_table-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ["commons_table/__main__.py", "commons_table/cli.py",
                   "kiosk/store/schema.py", "ui/main_window.py", "ui/printing/painter.py",
                   "assets/style.qss", "assets/keyboard.qml", "assets/translations/commons_table_es.qm",
                   "assets/translations/commons_table_en.qm"]:
        assert needed in names, needed
    assert not [n for n in names if n.startswith("tests/") or n.endswith(".db")]
