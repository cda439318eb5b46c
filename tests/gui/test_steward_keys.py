"""Nobody takes the stewards' keys: no PIN chosen by the first tap, a lock that survives a restart, and a
full-screen problem screen that closes only with the PIN."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.errors import StoreProblem
from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from kiosk.store import open_market
from kiosk.store.steward import set_pin_hash
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step


def type_on_keyboard(widget, digits: str) -> None:
    QTest.keyClicks(widget, digits)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_a_fresh_file_never_hands_the_steward_area_to_the_first_tap(window, db_path):
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    assert window.flow.step == Step.PIN
    assert not pin.keys["1"].isVisible() and not pin.keys["ok"].isVisible()
    assert "No steward PIN" in pin.prompt.text()
    assert f"commons-table set-pin --db {db_path}" in pin.message.text()
    for _ in range(2):  # what choosing a PIN twice used to be
        type_on_keyboard(pin, "2468")
    assert window.flow.step == Step.PIN
    assert window.market.setting(PIN_HASH) is None


def test_without_a_pin_the_full_screen_kiosk_cannot_be_left_from_the_screen(qtbot, market):
    from PySide6.QtGui import QCloseEvent

    window = make_window(qtbot, market, kiosk_mode=True)
    quits = []
    window.quit_kiosk = lambda: quits.append(True)
    event = QCloseEvent()
    window.closeEvent(event)  # Alt+F4
    assert not event.isAccepted()
    pin = window.screen_for(Step.PIN)
    assert window.flow.step == Step.PIN and "set-pin" in pin.message.text()
    for digits in ("1234", "1234", "0000"):
        type_on_keyboard(pin, digits)
    assert quits == [] and window.flow.step == Step.PIN
    window._quitting = True


def test_a_pin_set_from_the_shell_while_the_kiosk_runs_opens_the_pad(window, db_path, clock):
    tap(window.steward_button)
    assert not window.screen_for(Step.PIN).keys["1"].isVisible()
    tap(window.home_button)
    shell = open_market(db_path, clock=clock)  # what `commons-table set-pin` does, from another process
    set_pin_hash(shell, hash_pin("8642"))
    shell.close()
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    assert pin.keys["1"].isVisible()
    type_pin(pin, "8642")
    assert window.flow.step == Step.STEWARD


def test_set_pin_on_the_shell_lifts_the_lock_of_the_running_kiosk_within_seconds(qtbot, window, db_path):
    import os
    import subprocess
    import sys

    set_pin_hash(window.market, hash_pin("1357"))
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    for wrong in ("0000", "0001", "0002"):
        type_pin(pin, wrong)
    assert not pin.keys["1"].isEnabled() and "Too many wrong tries" in pin.message.text()
    # The kiosk looks at the store every few seconds while it is locked; the lock itself would last 30 s.
    assert pin.countdown.isActive() and pin.countdown.interval() <= 3000
    done = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db_path)],
                          input="583920\n583920\n", capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: pin.keys["1"].isEnabled(), timeout=10_000)
    assert "Too many wrong tries" not in pin.message.text()
    type_pin(pin, "583920")
    assert window.flow.step == Step.STEWARD


def test_three_wrong_tries_stay_locked_in_a_new_window_on_the_same_file(qtbot, market, db_path, clock):
    set_pin_hash(market, hash_pin("1357"))
    first = make_window(qtbot, market)
    tap(first.steward_button)
    for wrong in ("0000", "0001", "0002"):
        type_pin(first.screen_for(Step.PIN), wrong)
    assert not first.screen_for(Step.PIN).keys["1"].isEnabled()
    first.close()

    again = open_market(db_path, clock=clock)  # the kiosk restarted on the same file
    try:
        window = make_window(qtbot, again)
        tap(window.steward_button)
        pin = window.screen_for(Step.PIN)
        assert not pin.keys["1"].isEnabled()
        assert "Too many wrong tries" in pin.message.text() and "30 seconds" in pin.message.text()
        type_on_keyboard(pin, "1357")  # even the right PIN does nothing while locked
        assert window.flow.step == Step.PIN
        window.close()
    finally:
        again.close()


# ----- the full-screen problem screen -------------------------------------------------------------------------


def problem_screen(qtbot, db_path):
    from ui.app import problem_window
    from ui.screens.pin import guard_problem_window

    window = problem_window(StoreProblem("The kiosk's data file is damaged."), db_path)
    guard_problem_window(window, db_path)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_problem_screen_closes_only_with_the_pin(qtbot, market, db_path):
    set_pin_hash(market, hash_pin("2468"))
    market.close()
    window = problem_screen(qtbot, db_path)
    tap(window.close_button)
    assert window.isVisible() and window.pin_pad.isVisible()
    assert not window.close()  # Alt+F4 or the window manager
    assert window.isVisible()
    assert "type the PIN" in window.pin_message.text()
    type_pin(window.pin_pad, "1111")
    assert window.isVisible() and "not right" in window.pin_message.text()
    type_pin(window.pin_pad, "2468")
    assert not window.isVisible()


def test_the_problem_screen_says_when_the_pin_cannot_be_read(qtbot, tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 100)
    window = problem_screen(qtbot, broken)
    tap(window.close_button)
    assert window.isVisible() and not window.pin_pad.isVisible()
    assert "cannot be read" in window.pin_message.text() and "shell" in window.pin_message.text()
    assert not window.close()
    window.keep_open.unlocked = True  # let the test's teardown close it


def test_the_problem_screen_without_a_pin_points_to_the_shell(qtbot, tmp_path):
    plain = tmp_path / "plain.db"
    with closing(sqlite3.connect(plain)) as conn:
        conn.executescript("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);")
    window = problem_screen(qtbot, plain)
    tap(window.close_button)
    assert window.isVisible() and "No steward PIN" in window.pin_message.text()
    window.keep_open.unlocked = True


# ----- a market left open past its day -------------------------------------------------------------------------


def test_stewards_are_told_when_a_market_left_open_was_closed(qtbot, market, db_path, clock):
    market.open_event("November market", "Park")
    market.offer_skill("Bike repair", contact="555-0199")
    market.close()  # the kiosk was killed: nobody closed the market
    clock.advance(days=3)
    later = open_market(db_path, clock=clock)
    try:
        window = make_window(qtbot, later)
        qtbot.waitUntil(window.notice.isVisible)
        said = window.notice.text.text()
        assert "November market" in said and "closed now" in said and "contact" in said
        assert later.current_event() is None
        window.close()
    finally:
        later.close()
