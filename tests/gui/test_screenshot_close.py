"""`commons-table screenshot` run in-process (as the command-line fuzz does): whatever happens, its window is
closed before its data file is, so no timer of it fires later on a closed store."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.demo import fill_demo
from kiosk.errors import OutputProblem
from kiosk.store import open_market
from ui.screenshot import render_screen


def open_kiosk_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "KioskWindow" and w.isVisible()]


def test_a_screenshot_that_cannot_be_written_leaves_no_window_open(qapp, qtbot, tmp_path):
    db = tmp_path / "table.db"
    market = open_market(db)
    fill_demo(market)
    market.close()
    before = open_kiosk_windows()
    try:
        render_screen(db, "pin", (800, 480), None, tmp_path / "no such folder" / "pin.png")
    except OutputProblem:  # "The folder … does not exist.", as export says it
        pass
    else:
        raise AssertionError("a PNG was written into a folder that does not exist")
    assert open_kiosk_windows() == before
