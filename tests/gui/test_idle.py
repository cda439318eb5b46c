"""Idle time sends the kiosk home and forgets half-typed input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import tap
from ui.flow import Step


def test_idle_timeout_returns_home_and_clears_input(qtbot, window):
    window.set_idle_seconds(1)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screens[Step.STEWARD]
    tap(steward.title_edit)
    QTest.keyClicks(steward.title_edit, "half-typed")
    assert steward.title_edit.text().endswith("half-typed")
    tap(window.language_button)
    assert window.lang == "es"
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)
    assert steward.title_edit.text() == ""
    assert window.lang == "en"  # the next visitor starts in the table's language
    assert not window.keyboard.isVisible()


def test_touching_the_screen_keeps_the_kiosk_awake(qtbot, window):
    window.set_idle_seconds(1)
    window.go(Step.PIN)
    pin = window.screens[Step.PIN]
    for _ in range(4):
        qtbot.wait(400)
        QTest.mouseClick(pin.keys["1"], Qt.MouseButton.LeftButton)
    assert window.flow.step == Step.PIN
