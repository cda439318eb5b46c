"""A native crash leaves a trace: the real kiosk, killed by SIGSEGV as a crash in Qt would kill it, leaves its
threads' stacks in the file beside its log (ui.faults), and the restart tells the stewards once, in the
steward area, where the trace is kept."""

from __future__ import annotations

import json
import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.demo import fill_demo
from kiosk.pin import hash_pin
from kiosk.store import open_market
from kiosk.store.steward import set_pin_hash

ROOT = Path(__file__).resolve().parents[2]

# The kiosk's own start; once it runs, a steward opens the steward area twice and what it said is printed.
START_AND_LOOK = r"""
import json, sys
import ui.qapp
made = ui.qapp.application
def application():
    app = made()
    from PySide6.QtCore import QTimer
    def look():
        from tests.gui.conftest import tap
        from tests.gui.test_steward import type_pin
        from ui.flow import Step
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "KioskWindow")
        seen = []
        for _ in range(2):
            window.go_home()
            tap(window.steward_button)
            type_pin(window.screen_for(Step.PIN), "2468")
            seen.append(window.notice.text.text() if window.notice.isVisible() else "")
            window.notice.dismiss()
        print(json.dumps({"step": window.flow.step.value, "seen": seen}))
        window.quit_kiosk()
    QTimer.singleShot(0, look)
    return app
ui.qapp.application = application
from commons_table.cli import main
sys.exit(main(sys.argv[1:]))
"""


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def no_core_file() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def start_and_look(db: Path, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", START_AND_LOOK, "--windowed", "--db", str(db), *args], cwd=ROOT,
                          env=environment(), capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_crash_leaves_a_trace_and_the_restart_tells_the_stewards_once(tmp_path):
    db = tmp_path / "table.db"
    market = open_market(db)
    fill_demo(market)
    set_pin_hash(market, hash_pin("2468"))
    market.close()
    log = db.with_suffix(".log")
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr:
        kiosk = subprocess.Popen([sys.executable, "-m", "commons_table", "--windowed", "--db", str(db)], cwd=ROOT,
                                 env=environment(), stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=no_core_file)
    try:
        deadline = time.monotonic() + 90
        while not (log.exists() and "home is on the screen" in log.read_text()):
            assert kiosk.poll() is None and time.monotonic() < deadline, errors.read_text()[-2000:]
            time.sleep(0.2)
        kiosk.send_signal(signal.SIGSEGV)
        kiosk.wait(30)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait()
    assert kiosk.returncode == -signal.SIGSEGV
    trace = (tmp_path / "table.faults").read_text()
    assert trace.startswith("Fatal Python error: Segmentation fault")
    # Where each thread was, and nothing else: code locations, never market data.
    assert '  File "' in trace
    # ("  Garbage-collecting": faulthandler's own line when the signal came during a collection)
    assert all(re.match(r'(Fatal Python error: |Current thread |Thread 0x|  File "|  <no Python frame>|Extension '
                        r'modules: |  Garbage-collecting$|$)', line) for line in trace.splitlines()), trace

    # The restart: the trace is kept, the stewards are told once (in the visitor's language), this run writes
    # to a fresh file.
    found = start_and_look(db, "--lang", "es")
    assert found["step"] == "steward"
    told, again = found["seen"]
    assert "se detuvo inesperadamente" in told and "table.faults.1" in told
    assert again == ""
    assert (tmp_path / "table.faults.1").read_text() == trace
    assert (tmp_path / "table.faults").read_text() == ""
    assert "the last run crashed" in log.read_text()

    # A clean run after it: nothing to tell, the kept trace stays where it is.
    assert start_and_look(db)["seen"] == ["", ""]
    assert (tmp_path / "table.faults.1").read_text() == trace
    assert not (tmp_path / "table.faults.2").exists()
