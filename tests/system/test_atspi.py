"""A screen reader's view of the real kiosk: under Xvfb, in its own D-Bus session with the AT-SPI registry,
Debian's python3-pyatspi (tests/system/atspi_walk.py, run by /usr/bin/python3 as Orca would) walks every
visitor screen and the PIN pad, fails on any control without a name or an action, and lists a thing and
takes it through AT-SPI actions alone; the data file shows both happened."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.pin import hash_pin
from kiosk.store import open_market
from kiosk.store.steward import set_pin_hash

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SCREENS = ["home", "bring: kinds", "bring: how many", "thanks", "browse", "browse: after a take",
           "browse: searching", "wanted: kinds", "wanted: list", "skills", "skill code", "skill offer", "pin pad",
           "home again"]

pytestmark = pytest.mark.slow


def missing_parts() -> list[str]:
    missing = [name for name in ("Xvfb", "dbus-run-session") if shutil.which(name) is None]
    if not LAUNCHER.exists():
        missing.append("at-spi2-core")
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def x_display():
    missing = missing_parts()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing for the screen-reader test: {missing} (scripts/bootstrap.sh test installs them)")
        pytest.skip(f"missing: {missing}")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten",
                               "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.timeout(240)
def test_a_screen_reader_reaches_every_control_and_lists_and_takes_a_thing(x_display, tmp_path):
    db = tmp_path / "table.db"
    market = open_market(db)
    fill_demo(market)
    set_pin_hash(market, hash_pin("2468"))  # set up as a kiosk is: the PIN pad has keys only once a PIN is set
    books_before = {i.id for i in market.available() if i.category_key == "books"}
    items_before = {row["id"] for row in market.db.rows("SELECT id FROM items")}
    market.close()
    script = f"""
        {LAUNCHER} --launch-immediately &
        sleep 1
        "{sys.executable}" -m commons_table --db "{db}" --windowed --lang en > "{tmp_path / 'kiosk.log'}" 2>&1 &
        kiosk=$!
        /usr/bin/python3 "{HERE / 'atspi_walk.py'}" "Commons Table"
        status=$?
        kill $kiosk; wait $kiosk
        exit $status
    """
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], env=env, capture_output=True,
                          text=True, timeout=200, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, (done.stdout[-2000:], done.stderr[-2000:], (tmp_path / "kiosk.log").read_text()[-2000:])
    report = json.loads(lines[-1])
    assert "error" not in report, report
    assert report["problems"] == [], report["problems"]
    assert [s["screen"] for s in report["screens"]] == SCREENS
    controls = {s["screen"]: s["controls"] for s in report["screens"]}
    assert "Clear the words" in controls["browse: searching"]  # the ⓧ inside the search field
    assert any(name.startswith("Take one: ") for name in controls["browse"])
    assert any(name.startswith("Found it: ") for name in controls["wanted: list"])
    assert {str(n) for n in range(10)} <= set(controls["pin pad"])
    # What was pressed really happened: one book listed (newest, so first in the list), then taken.
    assert report["taken"].startswith("Take one: Books")
    market = open_market(db)
    try:
        books = [i for i in market.available() if i.category_key == "books"]
        new = [i for i in market.db.rows("SELECT id, quantity, left_count FROM items WHERE category_key = 'books'")
               if i["id"] not in items_before]
        assert len(new) == 1 and new[0]["quantity"] == 1 and new[0]["left_count"] == 0, new
        assert {i.id for i in books} == books_before
    finally:
        market.close()
