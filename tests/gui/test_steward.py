"""The steward PIN pad and the steward area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest

from kiosk.settings import PIN_HASH
from tests.gui.conftest import make_window, tap
from ui.flow import Step


def type_pin(pin_screen, digits: str) -> None:
    for d in digits:
        tap(pin_screen.keys[d])
    tap(pin_screen.keys["ok"])


def test_the_pin_set_beforehand_opens_the_area(qtbot, window):
    from kiosk.pin import hash_pin

    window.market.set_setting(PIN_HASH, hash_pin("2468"))  # as `commons-table set-pin` does
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    assert window.flow.step == Step.PIN
    assert pin.prompt.text() == "Stewards: type the PIN"
    type_pin(pin, "2468")
    assert window.flow.step == Step.STEWARD
    tap(window.home_button)
    tap(window.steward_button)
    type_pin(pin, "2468")
    assert window.flow.step == Step.STEWARD


def test_three_wrong_pins_lock_the_pad(qtbot, window):
    from kiosk.pin import hash_pin

    window.market.set_setting(PIN_HASH, hash_pin("1357"))
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    type_pin(pin, "0000")
    assert "not right" in pin.message.text()
    type_pin(pin, "0001")
    type_pin(pin, "0002")
    assert not pin.keys["1"].isEnabled()
    assert "30 seconds" in pin.message.text()
    # Even the right PIN does nothing while locked (typed on a hardware keyboard).
    QTest.keyClicks(pin, "1357")
    QTest.keyClick(pin, Qt.Key.Key_Return)
    assert window.flow.step == Step.PIN
    pin.lock.locked_until = 0  # time passes
    qtbot.waitUntil(lambda: pin.keys["1"].isEnabled(), timeout=2500)
    type_pin(pin, "1357")
    assert window.flow.step == Step.STEWARD


def test_steward_renames_the_event(qtbot, window):
    window.market.open_event("Free Market")
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    steward.title_edit.clear()
    tap(steward.title_edit)
    QTest.keyClicks(steward.title_edit, "November RRFM")
    tap(steward.save_event)
    assert window.market.current_event().title == "November RRFM"
    assert window.event_title.text() == "November RRFM"
    assert window.notice.isVisible()
    tap(window.notice.answer_button("ok"))


def test_idle_setting_steps_and_is_kept(qtbot, window):
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    tap(steward.idle_more)
    assert window.idle_seconds == 90
    assert window.market.setting("idle_seconds") == 90
    assert "90" in steward.idle_value.text()


def test_closing_in_kiosk_mode_asks_for_the_pin_and_quit_needs_it(qtbot, market):
    from kiosk.pin import hash_pin

    market.set_setting(PIN_HASH, hash_pin("9999"))
    window = make_window(qtbot, market, kiosk_mode=True)
    event = QCloseEvent()
    window.closeEvent(event)  # what Alt+F4 or the window manager's close does
    assert not event.isAccepted()
    assert window.flow.step == Step.PIN and window.screen_for(Step.PIN).purpose == "quit"
    quits = []
    window.quit_kiosk = lambda: quits.append(True)  # keep the test's application running
    type_pin(window.screen_for(Step.PIN), "1234")
    assert quits == []
    type_pin(window.screen_for(Step.PIN), "9999")
    assert quits == [True]
    window._quitting = True
