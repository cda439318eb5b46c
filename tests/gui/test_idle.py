"""Idle time sends the kiosk home and forgets half-typed input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import choose_language, tap
from tests.unit.test_memory import c_heap_freed, rss_mb
from ui.flow import Step


def test_idle_timeout_returns_home_and_clears_input(qtbot, window):
    window.set_idle_seconds(1, steward_seconds=1)  # the steward's idle time too: their area is the one tried
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


def test_when_nobody_is_at_the_table_the_memory_freed_goes_back_to_the_system(qtbot, window):
    window.set_idle_seconds(1)
    window.go(Step.BROWSE)
    stays = c_heap_freed(80)  # as a steward's hour leaves the C heap: its previews and charts freed
    kept = rss_mb()
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)
    assert rss_mb() < kept - 60
    del stays


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
    window.set_idle_seconds(30, steward_seconds=30)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.idle.setInterval(1500)  # the same timers, on a shorter clock
    window.idle_warning.setInterval(300)
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


def test_a_steward_at_work_is_not_sent_home_by_the_visitors_idle_time(qtbot, window):
    """Printing signs, pairing a kiosk, reading a summary: the visitor's idle time does not reach behind the PIN;
    the steward's own, longer one does (and locks the area again)."""
    from ui.flow import BEHIND_PIN
    from ui.window.idle import STEWARD_IDLE_SECONDS

    window.set_idle_seconds(1)
    assert window.steward_idle_seconds == STEWARD_IDLE_SECONDS >= 10 * 60
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    for step in (Step.KIOSKS, Step.SIGNS):
        window.go(step)
        assert step in BEHIND_PIN and window.idle.interval() == STEWARD_IDLE_SECONDS * 1000
        qtbot.wait(1600)  # longer than the visitor's idle time
        assert window.flow.step == step and not window.notice.isVisible()
        window.go(Step.STEWARD)
    # Out on a visitor's screen the visitor's idle time is back.
    window.go_home()
    window.go(Step.BROWSE)
    assert window.idle.interval() == 1000
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)


def test_no_idle_timer_outlives_the_closed_window(qtbot, window):
    # A closed window waits for its deletion; meanwhile a screen's reset or a late step change must not start
    # the idle timer again, whose reset would then read a data file already closed.
    window.go(Step.BROWSE)
    window.close()
    assert not window.isVisible() and not window.idle.isActive()
    window.go(Step.WANTED)
    window.go_home()
    assert not window.idle.isActive() and not window.idle_warning.isActive()
