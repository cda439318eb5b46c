"""PySide6's check on every import after it, answered from the file's bytes (ui.pyside): the same answers as
PySide6's own, installed by the kiosk's start before its screens are imported. Each in a fresh process, so
the check is PySide6's own until ui.pyside replaces it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SAME_ANSWERS = r"""
import json, sys
import PySide6.QtCore
feature = sys.modules["PySide6.support.feature"]
upstream = feature._mod_uses_pyside
import kiosk.store, kiosk.demo, ui.main_window, ui.screens.home, ui.lists, json as _json, sqlite3, email.message
from ui import pyside
pyside.load()
answers = {}
for name, module in list(sys.modules.items()):
    answers[name] = [upstream(module), pyside.uses_pyside(module, upstream)]
print(json.dumps({"answers": answers, "replaced": getattr(feature._mod_uses_pyside, "reads_bytes", False)}))
"""

START = r"""
import json, sys
import ui.pyside, ui.qapp
loaded_before = []
real_load = ui.pyside.load
def load():
    if not loaded_before:  # the first call: what was imported before it
        loaded_before.extend(name for name in sys.modules if name.startswith(("ui", "PySide6")))
    real_load()
ui.pyside.load = load
made = ui.qapp.application
def application():
    app = made()
    from PySide6.QtCore import QEventLoop
    def until_painted():
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "KioskWindow")
        loop = QEventLoop()
        window.painted.connect(loop.quit)
        loop.exec()
        feature = sys.modules["PySide6.support.feature"]
        print(json.dumps({"before": sorted(loaded_before),
                          "replaced": getattr(feature._mod_uses_pyside, "reads_bytes", False)}))
        window.quit_kiosk()
        return 0
    app.exec = until_painted
    return app
ui.qapp.application = application
from commons_table.cli import main
sys.exit(main(["--windowed", "--db", sys.argv[1]]))
"""


def run(code: str, *args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_quick_check_gives_pysides_own_answer_for_every_module():
    found = run(SAME_ANSWERS)
    assert found["replaced"]
    answers = found["answers"]
    assert len(answers) > 200
    assert {name for name, (theirs, ours) in answers.items() if theirs != ours} == set()
    # It is a real question: the kiosk's screens say PySide6, its core and the standard library do not.
    assert answers["ui.main_window"] == [True, True]
    assert answers["kiosk.store"] == [False, False]
    assert answers["sqlite3"] == [False, False]
    assert answers["sys"] == [False, False]  # built in: no source, PySide6's own check answers


def test_the_kiosk_makes_the_check_quick_before_it_imports_qt_and_its_screens(tmp_path):
    found = run(START, str(tmp_path / "t.db"))
    assert found["replaced"]
    assert found["before"] == ["ui", "ui.app", "ui.platform", "ui.pyside", "ui.qapp"]  # no Qt, no screen yet
