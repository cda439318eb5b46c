"""How long from a cold process to the home screen on the glass, against a bare PySide6 window.

Run:  .venv/bin/python benchmarks/startup.py [--runs 5]

Each measurement is a fresh Python process (imports included), timed until its window has been
exposed and painted once, offscreen. The ratio is what a market volunteer waits beyond what Qt itself
costs on the same machine.

Every budget (this one included, in kiosk/bare pairs) is in benchmarks/run; this is the quick look.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import time, sys
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QLabel
from PySide6.QtTest import QTest
app = QApplication([])
w = QLabel("hello"); w.resize(1280, 800); w.show()
QTest.qWaitForWindowExposed(w); w.repaint()
print(time.time() - start)
"""

KIOSK = r"""
import time, sys
start = float(sys.argv[1])
from ui.app import application, prepare_environment
prepare_environment(headless=True)
from PySide6.QtTest import QTest
from kiosk.store import open_market
from ui.main_window import KioskWindow
app = application()
w = KioskWindow(open_market(sys.argv[2])); w.resize(1280, 800); w.show()
QTest.qWaitForWindowExposed(w); w.repaint()
print(time.time() - start)
"""


def measure(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, repr(time.time()), *args], capture_output=True,
                         text=True, env=env, check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.db")
        subprocess.run([sys.executable, "-m", "commons_table", "demo", "--db", db], check=True, cwd=ROOT,
                       capture_output=True)
        bare = statistics.median(measure(BARE) for _ in range(runs))
        kiosk = statistics.median(measure(KIOSK, db) for _ in range(runs))
    print(json.dumps({"runs": runs, "bare_pyside6_s": round(bare, 3), "kiosk_home_s": round(kiosk, 3),
                      "ratio": round(kiosk / bare, 2)}, indent=2))


if __name__ == "__main__":
    main()
