"""Run by test_cups.py in its own process, with CUPS_SERVER pointing at the test's cupsd: a steward prints the signs
through Qt's print dialog ("Printers…") on the test's queue, pages 2 to 3 only; they go on the printers' thread."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from kiosk.pin import hash_pin
from kiosk.store import Market
from kiosk.store.steward import set_pin_hash
from tests.gui.conftest import make_window, stand_in, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing.print_dialog import OnScreen


def test_the_dialogs_printer_gets_the_chosen_pages(qtbot, demo_market: Market, monkeypatch):
    queue = os.environ["COMMONS_TABLE_TEST_QUEUE"]

    def pages_two_to_three(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert printer.printerName() == queue and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(OnScreen, "open", stand_in(pages_two_to_three))
    set_pin_hash(demo_market, hash_pin("2468"))
    window = make_window(qtbot, demo_market)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.page_count > 3)
    qtbot.waitUntil(screen.other_printer_button.isEnabled, timeout=30_000)  # CUPS answered its thread
    tap(screen.other_printer_button)
    qtbot.waitUntil(lambda: "Sent" in window.notice.text.text(), timeout=60_000)  # sent on the printers' thread
    notice = window.notice.text.text()
    assert "Sent 2 pages to the printer." in notice, notice
    Path(os.environ["COMMONS_TABLE_TEST_PAGES"]).write_text("2")
