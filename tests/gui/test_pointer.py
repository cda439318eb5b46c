"""The mouse pointer is hidden over the full-screen kiosk; touches leave it hidden, a real mouse shows it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.gui.conftest import make_window
from ui.pointer import hide_pointer


def blank() -> bool:
    cursor = QGuiApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


def test_touches_keep_the_pointer_hidden_and_a_mouse_shows_it(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    hider = hide_pointer(window)
    try:
        assert blank()
        screen = window.windowHandle()
        device = QTest.createTouchDevice()
        for _ in range(3):  # taps: Qt makes mouse events from them, which do not count
            QTest.touchEvent(screen, device).press(0, QPoint(400, 240)).commit()
            QTest.touchEvent(screen, device).release(0, QPoint(400, 240)).commit()
        assert blank() and hider.hidden
        QTest.mouseMove(screen, QPoint(300, 200))
        QTest.mouseMove(screen, QPoint(310, 210))
        assert not hider.hidden and not blank()
    finally:
        hider.show_pointer()
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
