"""The pinned PySide6 must not leak references to None (6.12.0 on Python 3.11 did: after a few
thousand calls of a method returning nothing, Python aborted with "deallocating None")."""

from __future__ import annotations

import subprocess
import sys

CALLS = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
timer = QTimer()
before = sys.getrefcount(None)
for _ in range(200_000):
    timer.setInterval(5)
print(before - sys.getrefcount(None))
"""


def test_a_long_day_of_qt_calls_does_not_use_up_none():
    out = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout)) < 1000
