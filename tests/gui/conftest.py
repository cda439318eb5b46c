"""The kiosk window, shown offscreen at a given size, driven with real clicks and touches."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.store import Market
from ui.app import application

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from ui.printing.print_dialog import OnScreen


@pytest.fixture(scope="session")
def qapp():
    """pytest-qt's qapp, made by our own start-up code so it is configured as in the kiosk."""
    return application()


PROBE = "The kiosk is already running on this file."  # translated in every language but English


@pytest.fixture(autouse=True)
def no_translator_left_behind(qapp):
    """After a test (its windows closed by pytest-qt) the application translates as before it: a translator
    left installed would turn the next test's words into another language."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.errors import WORDS_CONTEXT

    before = QCoreApplication.translate(WORDS_CONTEXT, PROBE)
    yield
    after = QCoreApplication.translate(WORDS_CONTEXT, PROBE)
    assert after == before, f"a translator was left installed: {PROBE!r} now reads {after!r}"


@pytest.fixture(autouse=True)
def one_keyboard_in_the_process():
    """Where Qt is below 6.11 the process keeps the one keyboard it built and hands it from window to window
    (ui.keyboard.HAND_ON), as a kiosk has it: a test that built a second one (two windows open at once) fails
    here, not some later test whose keyboard then no longer follows the visitor's language."""
    yield
    keyboard = sys.modules.get("ui.keyboard")
    if keyboard is not None and keyboard.HAND_ON:
        assert len(keyboard._GIVEN_BACK) <= 1, f"{len(keyboard._GIVEN_BACK)} keyboards in the process: {ONE_WINDOW}"


_KEPT: list[Market] = []  # markets a test opened itself, closed after it (a window may read them until then)


def keep_until_test_ends(market: Market) -> None:
    """Close `market` when the test ends: left to the collector, a connection warns "unclosed database" on Python
    3.13, in whichever test is running then."""
    _KEPT.append(market)


@pytest.fixture(autouse=True)
def _close_kept_markets():
    yield
    while _KEPT:
        _KEPT.pop().close()


ONE_WINDOW = ("another kiosk window is still open: close it before making the next one. A kiosk process has one "
              "KioskWindow (ui.app.run_kiosk), so one on-screen keyboard; with two keyboards alive in a process Qt's "
              "virtual keyboard leaves one of them deaf to the visitor's language")


def make_window(qtbot, market: Market, size: tuple[int, int] = (1280, 800), kiosk_mode: bool = False):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from ui.main_window import KioskWindow

    # The previous test's window goes first (pytest-qt only asked for its deletion): its language's translator
    # would otherwise still be installed, and words this window's language leaves untranslated (English keeps
    # only plurals) would come out in that language.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # One kiosk window, so one keyboard, at a time, as in a kiosk: a window still open is the test's mistake. A
    # window this test closed lives on until the test ends; the keyboard it still holds (where it is not handed
    # on, Qt 6.11) goes now, as it would with the kiosk's process.
    for before in QApplication.topLevelWidgets():
        if isinstance(before, KioskWindow):
            assert not before.isVisible(), ONE_WINDOW
            if before._keyboard is not None:
                before._keyboard.deleteLater()
                before._keyboard = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = KioskWindow(market, kiosk_mode=kiosk_mode)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Its layout loaded (a tap before that would find Debian's Hunspell keyboard still on the system locale, "C").
    qtbot.waitUntil(lambda: window.keyboard.input_locale().startswith(window.lang))
    return window


@pytest.fixture
def window(qtbot, market: Market):
    w = make_window(qtbot, market)
    yield w
    w._quitting = True  # let the fixture close it even if a test left it in kiosk mode


@pytest.fixture
def signs(qtbot, demo_market: Market, monkeypatch):
    """Print signs opened by taps (the steward's PIN, set beforehand as `set-pin` does, then its button), on the
    demo market, with no USB drive plugged in: (the window, the screen)."""
    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH
    from tests.gui.test_steward import type_pin
    from ui.flow import Step
    from ui.printing import screen as signs_screen

    monkeypatch.setattr(signs_screen, "removable_folders", lambda: [])
    demo_market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, demo_market)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    assert window.flow.step == Step.SIGNS
    return window, screen


@pytest.fixture
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """A real mouse click where a finger would land: the middle of the widget."""
    assert widget.isVisible(), f"{widget.accessibleName() or widget} is not visible"
    assert widget.isEnabled(), f"{widget.accessibleName() or widget} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos or widget.rect().center())


def tap_to_save(qtbot, button: QWidget) -> None:
    """A steward's Save or export tap, and the folder's answer: the file is written on the saving thread
    (ui/saving.py), and the button is back once the folder has answered (at once when nothing went there)."""
    tap(button)
    qtbot.waitUntil(button.isEnabled, timeout=20_000)


def touch_tap(device: QPointingDevice, widget: QWidget, pos: QPoint | None = None) -> None:
    """A finger press and release on the widget (remember commit()).

    Qt drops touch points that fall outside the screen; the offscreen screen is 800×600, so a
    target must lie within that part of the window."""
    assert widget.isVisible() and widget.isEnabled()
    point = pos or widget.rect().center()
    QTest.touchEvent(widget, device).press(0, point, widget).commit()
    QTest.touchEvent(widget, device).release(0, point, widget).commit()


def closed_by_taps(qtbot, market: Market):
    """A kiosk window whose steward closed its market through Market days (leftovers kept for next time)."""
    from ui.flow import Step

    window = make_window(qtbot, market)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    tap(events.close_button)
    tap(window.notice.answer_button("kept"))
    return window


def choose_language(window, lang: str) -> None:
    """Tap the language button, then that language's own big button in the chooser."""
    tap(window.language_button)
    choice = window.notice.answer_button(lang)
    assert choice is not None, f"no {lang} in the language chooser"
    tap(choice)


def stand_in(choose: Callable[[QPrintDialog], int]) -> Callable[[OnScreen], None]:
    """Qt's print dialog, stood in for (monkeypatch OnScreen.open): the steward's choice is made at once by
    `choose(Qt's dialog)`, whose answer (Accepted or not) ends the dialog, as its Print or Cancel would."""
    return lambda frame: frame.dialog.done(choose(frame.dialog))
