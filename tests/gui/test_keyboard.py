"""The embedded Qt Virtual Keyboard: it comes with a text field and types into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_keyboard_fit import laid_out
from ui.flow import Step


def open_steward(window):
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    return window.screen_for(Step.STEWARD)


@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
def test_focusing_a_text_field_shows_the_keyboard_and_its_keys_type(qtbot, market, size):
    window = make_window(qtbot, market, size)
    steward = open_steward(window)
    steward.title_edit.clear()
    assert not window.keyboard.isVisible()
    tap(steward.title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    qtbot.waitUntil(lambda: window.keyboard.height() > 150)
    # The whole field stays in view, below the top bar and above the keyboard.
    qtbot.waitUntil(lambda: window.keyboard.geometry().bottom() < window.height())
    keyboard_top = window.keyboard.mapTo(window, window.keyboard.rect().topLeft()).y()
    qtbot.waitUntil(lambda: steward.title_edit.mapTo(window, steward.title_edit.rect().bottomLeft()).y()
                    < keyboard_top)
    assert steward.title_edit.mapTo(window, steward.title_edit.rect().topLeft()).y() > window.stack.y()
    for letter in "hi":
        # The keys are laid out by Qt Quick as the keyboard slides up: tapped once they are drawn.
        qtbot.waitUntil(lambda letter=letter: window.keyboard.key_center(letter) is not None
                        and laid_out(window.keyboard))
        center = window.keyboard.key_center(letter)
        assert center is not None, f"no key {letter}"
        QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         center.toPoint())
    qtbot.waitUntil(lambda: steward.title_edit.text().lower() == "hi")


def test_keyboard_hides_when_the_field_loses_focus(qtbot, window):
    steward = open_steward(window)
    tap(steward.title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    tap(steward.idle_more)
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())


def test_keyboard_speaks_the_visitors_language(qtbot, window):
    choose_language(window, "es")
    assert window.keyboard.root().property("locale") == "es_ES"


def test_the_keyboard_comes_only_when_a_person_taps_a_field(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    window.market.list_item("books", 3, "Atlas")
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    rect = browse.list.visualRect(browse.proxy.index(0, 0))
    QTest.mouseClick(browse.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     browse.delegate.button_rect(rect).center())
    tap(window.undo_bar.undo_button)  # the bar goes; focus moves on, maybe to the search field
    qtbot.wait(50)
    assert not window.keyboard.isVisible()
    window.go_home()
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(window.screen_for(Step.BRING).categories.tiles["books"])  # the page with text fields comes up
    qtbot.wait(50)
    assert not window.keyboard.isVisible()
    tap(window.screen_for(Step.BRING).title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)


def test_a_test_has_one_kiosk_window_open_at_a_time_as_a_kiosk_has(qtbot, market):
    """A kiosk process makes one KioskWindow (ui.app.run_kiosk), so one keyboard. A second keyboard alive in a
    process leaves one of the two deaf to the visitor's language (Qt 6.8 and 6.11 alike): after one test with two
    windows open at once, the whole Debian 13 run's language, glyph and hand-on keyboard tests failed. The tests'
    windows come one at a time too (make_window), the next once the last is closed, and it types in its language."""
    first = make_window(qtbot, market, (800, 480))
    with pytest.raises(AssertionError, match="another kiosk window is still open"):
        make_window(qtbot, market, (800, 480))
    first.close()
    second = make_window(qtbot, market, (800, 480))
    choose_language(second, "es")
    steward = open_steward(second)
    tap(steward.title_edit)
    qtbot.waitUntil(second.keyboard.isVisible)
    qtbot.waitUntil(lambda: second.keyboard.input_locale().startswith("es"))


def test_on_qt_68_a_closed_windows_keyboard_is_the_next_windows_and_types_there(qtbot, market, monkeypatch):
    """Qt 6.8 (Debian 13's) crashes building a keyboard once one was destroyed (ui.keyboard.HAND_ON; the crash
    itself shows in tests/system/test_deb.py, which runs this file on Debian's PySide6 6.8): there a closed window
    gives its keyboard back — hidden, never a window of its own, not deleted with the window — and the next window
    takes it and types with it."""
    from ui import keyboard as keyboard_module

    hands_on = keyboard_module.HAND_ON
    monkeypatch.setattr(keyboard_module, "HAND_ON", True)
    first = make_window(qtbot, market, (800, 480))
    keyboard = first.keyboard
    first.close()
    assert keyboard.parent() is None and not keyboard.isVisible()
    second = make_window(qtbot, market, (800, 480))
    assert second.keyboard is keyboard and keyboard.window() is second
    steward = open_steward(second)
    steward.title_edit.clear()
    tap(steward.title_edit)
    qtbot.waitUntil(keyboard.isVisible)
    qtbot.waitUntil(lambda: keyboard.key_center("o") is not None and laid_out(keyboard))
    for letter in "ok":
        QTest.mouseClick(keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         keyboard.key_center(letter).toPoint())
    qtbot.waitUntil(lambda: steward.title_edit.text().lower() == "ok")
    second.close()
    assert keyboard_module._GIVEN_BACK == [keyboard]
    if not hands_on:  # where destroying it is safe, it goes: a second keyboard alive confuses the next ones
        keyboard_module._GIVEN_BACK.clear()
        keyboard.deleteLater()
