"""Through Qt's print dialog ("Printers…", or Print without a default printer) the pages go as the one-tap Print sends
them: painted here with the steward's choices, handed to the chosen printer on the printers' thread with the options
Qt's CUPS engine would pass (ui/printing/print_dialog.py) — never painted on the dialog's QPrinter, whose engine
would call cupsPrintFile on the window's thread. The steward's choice is made by a stand-in for the dialog's loop;
this machine has no CUPS queue, so choosing one is stood in for too (QPrinter keeps a name it cannot find)."""

from __future__ import annotations

import re
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui import test_printer_hangs
from tests.gui.conftest import make_window, stand_in, tap
from tests.gui.test_events import to_steward_area
from tests.gui.test_printer_hangs import CONTACT, a_printer, pdf_pages
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing import print_dialog, printers
from ui.printing import screen as signs_screen
from ui.printing.output import write_print_file
from ui.printing.painter import Sheet
from ui.printing.print_dialog import DialogChoice, OnScreen, cups_options

release = test_printer_hangs.release  # the fixture: let go at the end whatever happens


def pdf_text(path: str) -> str:
    return " ".join(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def page_sizes(path: str) -> set[str]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", path], capture_output=True, text=True,
                          check=True).stdout
    return set(re.findall(r"Page\s+\d+ size:\s+(\d+ x \d+) pts", info))


def a_cups_queue(monkeypatch, name: str, duplex: QPrinter.DuplexMode = QPrinter.DuplexMode.DuplexNone) -> None:
    """The steward picks the CUPS queue `name` in the dialog, and its `duplex` (there is no queue here to pick, and
    a QPrinter writing PDF keeps no duplex)."""
    monkeypatch.setattr(QPrinter, "printerName", lambda printer: name)
    monkeypatch.setattr(QPrinter, "outputFormat", lambda printer: QPrinter.OutputFormat.NativeFormat)
    monkeypatch.setattr(QPrinter, "duplex", lambda printer: duplex)


def the_steward_chooses(monkeypatch, choose) -> list[QPrinter]:
    """Qt's dialog stands in for the steward: `choose(its printer)`, then Print. The printers it was given."""
    given: list[QPrinter] = []

    def accepted(dialog: QPrintDialog) -> int:
        given.append(dialog.printer())
        choose(dialog.printer())
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(OnScreen, "open", stand_in(accepted))
    return given


def taken(sent: list[dict]):
    """cupsPrintFile, stood in for: the job is taken at once, and what it was kept in `sent`."""
    def send(printer: str, path: str, title: str, options) -> int:
        sent.append({"printer": printer, "title": title, "options": dict(options), "pages": pdf_pages(path),
                     "text": pdf_text(path)})
        return 7

    return send


def hanging_send(release: threading.Event, sent: list[dict]):
    def send(printer: str, path: str, title: str, options) -> int:
        sent.append({"printer": printer, "title": title, "options": dict(options), "pages": pdf_pages(path),
                     "sizes": page_sizes(path), "text": pdf_text(path),
                     "here": threading.current_thread() is threading.main_thread()})
        release.wait(60)
        return 9

    return send


def open_signs(qtbot, market):
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, size=(800, 480))
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    qtbot.waitUntil(screen.other_printer_button.isEnabled)  # once CUPS has answered the printers' thread
    return window, screen


@pytest.mark.timeout(120)
def test_signs_through_the_dialog_go_to_the_chosen_printer_off_the_window_thread_with_qts_options(
        qtbot, demo_market, monkeypatch, release):
    monkeypatch.setattr(printers, "PATIENCE_MS", 500)
    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Hall printer"))
    sent: list[dict] = []
    monkeypatch.setattr(printers, "send_file", hanging_send(release, sent))

    def choose(printer: QPrinter) -> None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        printer.setCopyCount(2)
        printer.setCollateCopies(True)
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)

    given = the_steward_chooses(monkeypatch, choose)
    a_cups_queue(monkeypatch, "Office laser", QPrinter.DuplexMode.DuplexAuto)
    window, screen = open_signs(qtbot, demo_market)
    tap(screen.kind_buttons["categories"])
    tap(screen.scope_all)
    qtbot.waitUntil(lambda: not screen._refresh_timer.isActive())
    assert screen.page_count > 3
    tap(screen.other_printer_button)  # Qt's dialog, once CUPS has answered again; then the pages
    qtbot.waitUntil(lambda: bool(sent))
    assert window.notice.text.text() == "Sending to the printer…"
    job = sent[0]
    assert job["printer"] == "Office laser" and not job["here"]  # the chosen printer, on the printers' thread
    # Qt's CUPS engine's options for those choices: the category signs are landscape, so "auto" is the short edge.
    assert job["options"] == {"media": "Letter", "copies": "2", "Collate": "True", "sides": "two-sided-short-edge",
                              "landscape": ""}
    assert job["pages"] == 2 and job["sizes"] == {"792 x 612"}  # pages 2 and 3 only, on Letter turned
    assert job["title"] == "Commons Table signs"
    tap(window.notice.answer_button("ok"))
    tap(screen.kind_buttons["welcome"])  # a tap served while cupsd holds the pages
    assert screen.kind == "welcome"
    given.clear()
    qtbot.waitUntil(lambda: not print_dialog._lent)  # the dialog's QPrinter let go meanwhile
    qtbot.waitUntil(lambda: "not answering yet" in window.notice.text.text())  # after PATIENCE_MS
    assert not release.is_set()
    release.set()
    qtbot.waitUntil(lambda: window.notice.text.text() == "Sent 2 pages to the printer.")


@pytest.mark.timeout(120)
def test_skill_cards_with_a_contact_through_the_dialog_are_purged_once_printed_and_the_contact_forgotten(
        qtbot, market, monkeypatch, release):
    market.open_event("December market")
    market.offer_skill("Bike repair", contact=CONTACT, forget_after_print=True)
    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Hall printer"))
    sent: list[dict] = []
    monkeypatch.setattr(printers, "send_file", hanging_send(release, sent))
    purged: list[str] = []
    monkeypatch.setattr(signs_screen, "purge_when_done", purged.append)
    the_steward_chooses(monkeypatch, lambda printer: None)
    a_cups_queue(monkeypatch, "Office laser")
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    tap(screen.kind_buttons["skill-cards"])
    qtbot.waitUntil(screen.other_printer_button.isEnabled)
    tap(screen.other_printer_button)
    qtbot.waitUntil(lambda: bool(sent))
    job = sent[0]
    assert job["printer"] == "Office laser" and not job["here"] and CONTACT in job["text"]
    assert job["title"].startswith("Commons Table signs ") and job["title"] != "Commons Table signs"  # marked
    assert purged == [] and [o.contact for o in market.skill_offers()] == [CONTACT]  # not printed yet
    release.set()
    qtbot.waitUntil(lambda: window.notice.text.text() == "Sent 1 page to the printer.")
    assert purged == [job["title"]]  # CUPS asked to purge the job once printed
    assert [o.contact for o in market.skill_offers()] == [""]  # forgotten once printed


@pytest.mark.timeout(120)
def test_food_labels_through_the_dialog_go_to_the_chosen_printer_and_never_hold_the_window(
        qtbot, market, monkeypatch, release):
    from tests.gui.test_food_labels_screen import open_labels

    monkeypatch.setattr(printers, "PATIENCE_MS", 500)
    monkeypatch.setattr(printers, "look_up_default", lambda: printers.DefaultPrinter())  # no default printer
    sent: list[dict] = []
    monkeypatch.setattr(printers, "send_file", hanging_send(release, sent))

    def choose(printer: QPrinter) -> None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setCopyCount(3)
        printer.setCollateCopies(False)

    the_steward_chooses(monkeypatch, choose)
    a_cups_queue(monkeypatch, "Kitchen laser", QPrinter.DuplexMode.DuplexLongSide)
    window = make_window(qtbot, market, (800, 480))
    screen = open_labels(qtbot, window)
    qtbot.waitUntil(lambda: screen.print_button.text() == "Print…")
    screen.what_edit.setText("Lentil soup")
    tap(screen.paper_buttons["a4-21"])
    tap(screen.print_button)  # CUPS asked again on the printers' thread; then Qt's dialog; then the labels
    qtbot.waitUntil(lambda: bool(sent))
    job = sent[0]
    assert job["printer"] == "Kitchen laser" and not job["here"] and "Lentil soup" in job["text"]
    assert job["options"] == {"media": "A4", "copies": "3", "sides": "two-sided-long-edge"}  # no Collate unasked
    assert job["pages"] == 1 and job["sizes"] == {"595 x 842"} and job["title"] == "Food labels"
    assert window.notice.text.text() == "Sending to the printer…"
    tap(window.notice.answer_button("ok"))
    tap(screen.back)  # a tap served while cupsd holds the labels
    assert window.flow.step == Step.STEWARD
    tap(screen.open_button)
    qtbot.waitUntil(lambda: "not answering yet" in window.notice.text.text())
    release.set()
    qtbot.waitUntil(lambda: window.notice.text.text() == "Sent 1 label to the printer.")


def test_only_the_wanted_pages_reach_the_file_and_nothing_of_the_others(qtbot, tmp_path: Path):
    def render(painter: QPainter, sheet: Sheet) -> None:
        for n in range(1, 6):
            if n > 1:
                sheet.new_page()
            painter.drawText(100, 100, f"Page{n}words")

    path = tmp_path / "pages.pdf"
    size = QPageSize(QPageSize.PageSizeId.A4)
    pages = write_print_file(path, render, size, "portrait", (5, 5, 5, 5), "t", wanted=lambda n: n in (2, 4, 5))
    assert pages == pdf_pages(str(path)) == 3
    assert pdf_text(str(path)) == "Page2words Page4words Page5words"
    assert b"Page1" not in path.read_bytes()
    with pytest.raises(OSError):  # a range outside the document: nothing to send
        write_print_file(tmp_path / "none.pdf", render, size, "portrait", (5, 5, 5, 5), "t", wanted=lambda n: n > 9)


def test_qts_cups_options_for_each_choice():
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    plain = DialogChoice("Hall", a4, (0, 0, 0, 0))
    assert cups_options(plain, "portrait") == {"media": "A4", "sides": "one-sided"}
    assert cups_options(plain, "landscape") == {"media": "A4", "sides": "one-sided", "landscape": ""}
    auto = DialogChoice("Hall", a4, (0, 0, 0, 0), copies=2, collate=False, duplex="DuplexAuto", reverse=True)
    assert cups_options(auto, "portrait") == {"media": "A4", "copies": "2", "sides": "two-sided-long-edge",
                                              "outputorder": "reverse"}
    short = DialogChoice("Hall", a4, (0, 0, 0, 0), duplex="DuplexShortSide")
    assert cups_options(short, "portrait")["sides"] == "two-sided-short-edge"


def test_the_dialogs_margins_are_read_in_millimetres(qtbot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Point, QMarginsF(18, 36, 18, 36)))
    choice = print_dialog.read_choice(printer)
    assert [round(m, 2) for m in choice.least] == [6.35, 12.7, 6.35, 12.7]  # points → mm
    assert choice.size.key() == "A4" and choice.copies == 1 and not choice.ranges


@pytest.mark.parametrize("where", ["signs", "labels"])
def test_a_page_range_past_the_last_page_is_told_plainly_and_nothing_is_sent(qtbot, demo_market, monkeypatch, where):
    # The dialog's "Pages" takes any numbers: "50-60" on a document of a few pages paints nothing to send.
    from tests.gui.test_food_labels_screen import open_labels

    monkeypatch.setattr(printers, "look_up_default", lambda: printers.DefaultPrinter())  # Print opens the dialog
    monkeypatch.setattr(printers, "send_file", lambda *args: pytest.fail("nothing was to be sent"))

    def past_the_end(printer: QPrinter) -> None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(50, 60)

    the_steward_chooses(monkeypatch, past_the_end)
    a_cups_queue(monkeypatch, "Office laser")
    if where == "signs":
        window, screen = open_signs(qtbot, demo_market)
        tap(screen.kind_buttons["wanted"])
        qtbot.waitUntil(lambda: not screen._refresh_timer.isActive())
        pages = screen.page_count
        tap(screen.other_printer_button)
        said = f"These signs have {pages} page"
    else:
        window = make_window(qtbot, demo_market, (800, 480))
        screen = open_labels(qtbot, window)
        qtbot.waitUntil(lambda: screen.print_button.text() == "Print…")
        screen.what_edit.setText("Lentil soup")
        tap(screen.print_button)
        said = "These labels fill 1 page: please choose it."
    qtbot.waitUntil(lambda: said in window.notice.text.text())
    assert not screen.printer.under_way()
