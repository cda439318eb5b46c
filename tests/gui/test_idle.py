"""Idle time sends the kiosk home and forgets half-typed input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import choose_language, tap
from ui.flow import Step


def test_idle_timeout_returns_home_and_clears_input(qtbot, window):
    window.set_idle_seconds(1)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    tap(steward.title_edit)
    QTest.keyClicks(steward.title_edit, "half-typed")
    assert steward.title_edit.text().endswith("half-typed")
    choose_language(window, "es")
    assert window.lang == "es"
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)
    assert steward.title_edit.text() == ""
    assert window.lang == "en"  # the next visitor starts in the table's language
    assert not window.keyboard.isVisible()


def test_touching_the_screen_keeps_the_kiosk_awake(qtbot, window):
    window.set_idle_seconds(2)
    window.go(Step.PIN)
    pin = window.screen_for(Step.PIN)
    for _ in range(4):  # 3.2 s in all, longer than the idle time, but never 2 s without a touch
        qtbot.wait(800)
        QTest.mouseClick(pin.keys["1"], Qt.MouseButton.LeftButton)
    assert window.flow.step == Step.PIN
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=4000)  # and then nobody touches it


def test_a_warning_comes_before_the_reset_and_a_touch_keeps_the_visit(qtbot, window):
    window.set_idle_seconds(30)
    window.idle.setInterval(1500)  # the same timers, on a shorter clock
    window.idle_warning.setInterval(300)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    steward.title_edit.setText("half-typed")
    window.restart_idle()
    qtbot.waitUntil(window.notice.isVisible, timeout=2000)
    assert "Still there?" in window.notice.text.text()
    tap(window.notice.answer_button("still"))
    assert not window.notice.isVisible()
    assert window.flow.step == Step.STEWARD and steward.title_edit.text() == "half-typed"
    # Nobody answers the second time: back to the start, input forgotten.
    qtbot.waitUntil(window.notice.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)
    assert not window.notice.isVisible() and steward.title_edit.text() == ""


def test_no_warning_at_home(qtbot, window):
    window.set_idle_seconds(30)
    window.idle_warning.setInterval(100)
    window.restart_idle()
    qtbot.wait(400)
    assert not window.notice.isVisible()
