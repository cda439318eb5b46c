"""A second kiosk on a data file gets the problem screen, saying so in one sentence (issue 10, item 3)."""

from __future__ import annotations

import pytest

from kiosk.errors import StoreProblem
from kiosk.store.files import KioskLock
from ui.app import problem_window


def test_the_second_kiosk_shows_already_running(qtbot, tmp_path):
    path = tmp_path / "table.db"
    first = KioskLock(path).acquire()
    try:
        with pytest.raises(StoreProblem) as refused:
            KioskLock(path).acquire()
    finally:
        first.release()
    window = problem_window(refused.value, path)
    qtbot.addWidget(window)
    window.show()
    text = window.problem_text.text()
    assert text.startswith("The kiosk is already running on this file.\n")
    assert "already open on" in text and str(path) in text
    assert window.close_button.height() >= 64
