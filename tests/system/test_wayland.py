"""The kiosk under a real Wayland compositor (weston, headless), started the way a person starts it.

Offscreen cannot tell whether the on-screen keyboard works on a Wayland desktop: Qt's `wayland` platform
refuses its input method. These tests start weston themselves, then the kiosk's own start (`commons-table
--windowed`) with WAYLAND_DISPLAY set and QT_QPA_PLATFORM unset, through tests/system/typing_probe.py: it taps
the search field and the keyboard's keys and writes down what the field then holds.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.store import open_market
from ui.platform import WAYLAND_ONLY

pytestmark = pytest.mark.slow
_sockets = itertools.count()
ROOT = Path(__file__).resolve().parents[2]


def need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        message = f"{program} is not installed (scripts/bootstrap.sh test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


class Weston:
    def __init__(self, tmp_path: Path, xwayland: bool):
        # A socket's whole path must fit in 108 bytes: pytest's own folders (…/pytest-1025/popen-gw1/test_on_…)
        # grow with each run on a machine and did not. A short folder of the test's own, removed when weston stops.
        self.runtime = Path(tempfile.mkdtemp(prefix="ct-xdg-"))  # mode 0700, as XDG_RUNTIME_DIR must be
        self.socket = f"ct-{os.getpid()}-{next(_sockets)}"
        self.log = tmp_path / "weston.log"
        if xwayland:
            need("Xwayland")
            # XWayland's sockets live here; a fresh machine may not have the folder yet.
            x11 = Path("/tmp/.X11-unix")
            if not x11.is_dir():
                x11.mkdir()
                x11.chmod(0o1777)
        command = [need("weston"), "--backend=headless-backend.so", "--shell=kiosk-shell.so",
                   f"--socket={self.socket}", "--width=800", "--height=480"]
        if xwayland:
            command.append("--xwayland")
        env = dict(os.environ, XDG_RUNTIME_DIR=str(self.runtime))
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.display = ""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            text = self.log.read_text(errors="replace")
            listening = re.search(r"xserver listening on display (:\d+)", text)
            if listening:
                self.display = listening[1]
            if (self.runtime / self.socket).exists() and (self.display or not xwayland):
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        pytest.fail("weston did not start:\n" + self.log.read_text(errors="replace")[-2000:])

    def run_kiosk(self, db: Path, probe: Path, *probe_options: str) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
        env |= {"XDG_RUNTIME_DIR": str(self.runtime), "WAYLAND_DISPLAY": self.socket,
                "XDG_SESSION_TYPE": "wayland"}
        if self.display:
            env["DISPLAY"] = self.display
        return subprocess.run([sys.executable, "-m", "tests.system.typing_probe", str(probe), *probe_options,
                               "--windowed", "--db", str(db)], env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=90)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.runtime, ignore_errors=True)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    db = tmp_path / "table.db"
    market = open_market(db)
    fill_demo(market)
    market.list_item("shoes", 1, "Winter boots")
    market.close()
    return db


@pytest.mark.timeout(180)
def test_on_a_wayland_desktop_with_xwayland_the_keyboard_comes_up_and_types(tmp_path, table):
    weston = Weston(tmp_path, xwayland=True)
    try:
        probe = tmp_path / "probe.json"
        done = weston.run_kiosk(table, probe)
    finally:
        weston.stop()
    assert done.returncode == 0, done.stderr
    facts = json.loads(probe.read_text())
    assert facts["platform"] == "xcb"  # chosen by the kiosk: the person set no QT_QPA_PLATFORM
    assert facts["first_notice"] == ""
    assert facts["keyboard_shown"]
    # The keyboard starts a sentence with a capital letter; what matters is that its keys typed.
    assert facts["typed"].lower() == "winter boots"
    assert facts["keys_inside"]
    assert facts["field_above_keyboard"]
    assert facts["results"] >= 1
    assert facts["rows_visible"] >= 2  # the 800×480 compositor: a 7" screen


@pytest.mark.timeout(180)
def test_on_wayland_alone_the_kiosk_starts_and_says_what_to_change(tmp_path, table):
    weston = Weston(tmp_path, xwayland=False)
    try:
        probe = tmp_path / "probe.json"
        # What is checked here is the notice: no waiting out the ten seconds a keyboard is given to come up.
        done = weston.run_kiosk(table, probe, "--notice-only")
    finally:
        weston.stop()
    assert done.returncode == 0, done.stderr
    facts = json.loads(probe.read_text())
    assert facts["platform"] == "wayland"
    assert facts["first_notice"] == WAYLAND_ONLY  # on the screen, before anything else
    assert WAYLAND_ONLY in table.with_suffix(".log").read_text()


def test_a_platform_that_does_not_exist_is_one_sentence_and_exit_2(tmp_path, table):
    env = dict(os.environ, QT_QPA_PLATFORM="nosuchplatform", DISPLAY=":99")
    done = subprocess.run([sys.executable, "-m", "commons_table", "--windowed", "--db", str(table)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "nosuchplatform" in lines[0] and "xcb" in lines[0]
