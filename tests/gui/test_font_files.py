"""Each font file is mapped once, however long the day: tests/gui/fresh_font_files.py, walked in a process of its own
as a kiosk is (Qt's font faces belong to the process; the suite's have had many windows before)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FRESH = Path(__file__).with_name("fresh_font_files.py")


@pytest.mark.timeout(180)
def test_each_font_file_is_mapped_once_after_previews_of_every_page_and_languages_in_a_kiosks_own_process():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_XDIST_WORKER", None)
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                          str(FRESH)], capture_output=True, text=True, env=env, timeout=170,
                         cwd=FRESH.parents[2])
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "1 passed" in out.stdout
