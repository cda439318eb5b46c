"""Run by test_cups.py in its own process, with CUPS_SERVER pointing at the test's cupsd (libcups reads it
once per process): a steward taps Print on the signs screen and the pages go to the default printer."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.pin import hash_pin
from kiosk.store import Market
from kiosk.store.steward import set_pin_hash
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step


def test_one_tap_prints_the_chosen_signs_on_the_default_printer(qtbot, demo_market: Market):
    queue = os.environ["COMMONS_TABLE_TEST_QUEUE"]
    set_pin_hash(demo_market, hash_pin("2468"))  # as `commons-table set-pin` does: the pad needs a PIN
    window = make_window(qtbot, demo_market)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    assert window.flow.step == Step.STEWARD
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    tap(screen.kind_buttons["tents"])
    tap(screen.paper_buttons["letter"])
    qtbot.waitUntil(lambda: screen.page_count > 1)
    qtbot.waitUntil(lambda: queue in screen.print_button.accessibleDescription())  # asked of CUPS on its thread
    assert screen.print_button.text() == "Print"
    tap(screen.print_button)  # one tap, no dialog
    assert window.notice.text.text() == "Sending to the printer…"
    qtbot.waitUntil(lambda: "Sent" in window.notice.text.text(), timeout=60_000)  # sent on the printers' thread
    notice = window.notice.text.text()
    assert f"Sent {screen.page_count} pages to the printer." in notice, notice
    Path(os.environ["COMMONS_TABLE_TEST_PAGES"]).write_text(str(screen.page_count))
