"""A printer (CUPS) that does not answer never holds the screen: which printer is the default is asked, and the pages
are handed over, on the printers' thread (ui/printing/printers.py). Here each is replaced at its seam by a function
that blocks until the test releases it, as a stopped cupsd would; tests/system/test_cups.py stops a real one."""

from __future__ import annotations

import os
import re
import subprocess
import threading
from pathlib import Path

import pytest

from tests.gui.conftest import choose_language, make_window, stand_in, tap
from tests.gui.test_events import to_steward_area
from ui.flow import Step
from ui.printing import printers
from ui.printing import screen as signs_screen
from ui.printing.labels import LABEL_PAPERS
from ui.printing.painter import LABEL_PAGES, ORIENTATIONS, PAPERS, page_layout
from ui.printing.print_dialog import OnScreen
from ui.printing.printers import DefaultPrinter, PaperFacts, printer_thread

CONTACT = "tel 555-0199 ask for Robin"


def a_printer(name: str) -> DefaultPrinter:
    """A default printer as CUPS would describe it: each paper at its own size, no margins it cannot reach."""
    sizes = {(paper, turn): page_layout(paper, turn).pageSize() for paper in (*PAPERS, *LABEL_PAGES)
             for turn in ORIENTATIONS}
    return DefaultPrinter(name, {key: PaperFacts(size, (0, 0, 0, 0), size.key()) for key, size in sizes.items()})


def pdf_pages(path: str) -> int:
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def skill_cards_printed(qtbot, market, monkeypatch, send) -> tuple:
    """A market whose one skill offer's contact goes once printed; Print signs opened by taps on skill cards, and
    Print tapped with `send` standing in for the hand-over to CUPS: (the window, the screen, the jobs purged)."""
    market.open_event("December market")
    market.offer_skill("Bike repair", contact=CONTACT, forget_after_print=True)
    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Hall printer"))
    monkeypatch.setattr(printers, "send_file", send)
    purged: list[str] = []
    monkeypatch.setattr(signs_screen, "purge_when_done", purged.append)
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    qtbot.waitUntil(screen.print_button.isEnabled)
    tap(screen.kind_buttons["skill-cards"])
    qtbot.waitUntil(lambda: not screen._refresh_timer.isActive())
    tap(screen.print_button)
    return window, screen, purged


@pytest.fixture
def release():
    """Released at the end whatever happens, and the printers' thread seen idle again."""
    let_go = threading.Event()
    yield let_go
    let_go.set()
    deadline = threading.Event()
    for _ in range(200):
        if not printer_thread().busy():
            break
        deadline.wait(0.05)


@pytest.mark.timeout(120)
def test_a_printer_lookup_that_hangs_holds_neither_a_tap_nor_a_visitors_language(qtbot, market, monkeypatch,
                                                                                  release):
    asked: list[bool] = []  # each lookup: made on the window's thread?

    def hangs() -> DefaultPrinter:
        asked.append(threading.current_thread() is threading.main_thread())
        release.wait(60)
        return a_printer("Hall printer")

    monkeypatch.setattr(printers, "look_up_default", hangs)
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.SIGNS)  # built: it asks which printer is the default
    tap(screen.open_button)
    qtbot.waitUntil(lambda: bool(asked))
    assert screen.print_button.accessibleName() == "Finding the printer…" and not screen.print_button.isEnabled()
    assert not screen.other_printer_button.isEnabled()  # Qt's print dialog would ask CUPS on the window's thread
    tap(window.home_button)  # served while CUPS says nothing
    assert window.flow.step == Step.HOME
    choose_language(window, "es")  # every built screen's words again, Print signs' too
    assert window.lang == "es" and screen.heading.text() != "Print signs"
    choose_language(window, "en")
    assert not release.is_set() and asked[0] is False  # still waiting, and not here
    release.set()
    qtbot.waitUntil(lambda: "Hall printer" in screen.print_button.accessibleDescription())  # shown when it arrives
    assert screen.print_button.isEnabled() and screen.print_button.accessibleName() == "Print"
    assert screen.other_printer_button.isEnabled()
    assert not any(asked)


@pytest.mark.timeout(120)
def test_qts_print_dialog_opens_once_cups_has_just_answered_and_never_after_it_gave_up(qtbot, market, monkeypatch,
                                                                                      release):
    monkeypatch.setattr(printers, "PATIENCE_MS", 500)
    stopped = threading.Event()  # cupsd stops answering

    def look_up() -> DefaultPrinter:
        if stopped.is_set():
            release.wait(60)
        return a_printer("Hall printer")

    monkeypatch.setattr(printers, "look_up_default", look_up)
    opened: list[bool] = []  # each of Qt's print dialogs opened: while CUPS was stopped?
    monkeypatch.setattr(OnScreen, "open", stand_in(lambda dialog: opened.append(stopped.is_set()) or 0))
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    qtbot.waitUntil(screen.other_printer_button.isEnabled)
    tap(screen.other_printer_button)  # CUPS answers at once: Qt's dialog
    qtbot.waitUntil(lambda: opened == [False])
    stopped.set()
    tap(screen.other_printer_button)  # no answer: no dialog, and the steward is told
    qtbot.waitUntil(lambda: "has not answered yet" in window.notice.text.text())
    assert not screen.other_printer_button.isEnabled() and opened == [False]
    tap(window.notice.answer_button("ok"))
    release.set()  # cupsd answers again, long after
    qtbot.waitUntil(lambda: screen.other_printer_button.isEnabled())
    qtbot.wait(50)
    assert opened == [False]  # not opened out of the blue


@pytest.mark.timeout(120)
def test_pages_cups_does_not_take_hold_no_tap_and_the_steward_is_told_as_it_goes(qtbot, market, monkeypatch,
                                                                                 release):
    monkeypatch.setattr(printers, "PATIENCE_MS", 500)
    sent: list[tuple[str, str, str, dict[str, str], bool, int]] = []

    def hangs(printer: str, path: str, title: str, options) -> int:
        sent.append((printer, path, title, dict(options), threading.current_thread() is threading.main_thread(),
                     pdf_pages(path)))
        release.wait(60)
        return 7

    window, screen, purged = skill_cards_printed(qtbot, market, monkeypatch, hangs)
    assert window.notice.text.text() == "Sending to the printer…"
    qtbot.waitUntil(lambda: bool(sent))
    printer, path, title, options, on_window_thread, pages = sent[0]
    assert printer == "Hall printer" and not on_window_thread and pages == screen.page_count == 1
    assert Path(path).name.startswith(f"{printers.PAGES_FILE}{os.getpid()}-")  # its maker, for remove_unsent
    assert options == {"media": "A4"} and title.startswith("Commons Table signs ")
    qtbot.waitUntil(lambda: "not answering yet" in window.notice.text.text())  # told, after PATIENCE_MS
    assert "may print later" in window.notice.text.text()
    assert [o.contact for o in market.skill_offers()] == [CONTACT] and purged == []  # not printed yet
    tap(window.notice.answer_button("ok"))
    tap(screen.print_button)  # a second Print while the first is under way: refused, plainly
    assert "still on their way" in window.notice.text.text() and len(sent) == 1
    tap(window.notice.answer_button("ok"))
    tap(window.home_button)  # the kiosk goes on meanwhile
    assert window.flow.step == Step.HOME
    choose_language(window, "es")
    choose_language(window, "en")
    to_steward_area(window)
    tap(screen.open_button)
    assert not release.is_set() and Path(path).exists()
    release.set()
    qtbot.waitUntil(lambda: window.notice.text.text() == "Sent 1 page to the printer.")
    assert purged == [title]  # CUPS asked to purge the job once printed (ui/printing/spool.py)
    assert [o.contact for o in market.skill_offers()] == [""]  # forgotten once printed
    assert not Path(path).exists()  # the PDF with the contact is gone from here


@pytest.mark.timeout(120)
def test_food_labels_wait_on_no_printer_either(qtbot, market, monkeypatch, release):
    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Kitchen labels"))
    sent: list[tuple[dict[str, str], bool, int]] = []

    def hangs(printer: str, path: str, title: str, options) -> int:
        sent.append((dict(options), threading.current_thread() is threading.main_thread(), pdf_pages(path)))
        release.wait(60)
        return 8

    monkeypatch.setattr(printers, "send_file", hangs)
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    screen = window.screen_for(Step.FOOD_LABELS)
    tap(screen.open_button)
    qtbot.waitUntil(lambda: "Kitchen labels" in screen.print_button.accessibleDescription())
    screen.what_edit.setText("Lentil soup")
    tap(screen.paper_buttons["62mm"])
    tap(screen.print_button)
    assert window.notice.text.text() == "Sending to the printer…"
    qtbot.waitUntil(lambda: bool(sent))
    turn = LABEL_PAPERS["62mm"].orientation  # the label's own page, as Print paints it
    options = {"media": page_layout("62mm", turn).pageSize().key()}
    assert sent[0] == ({**options, "landscape": ""} if turn == "landscape" else options, False, 1)
    tap(window.notice.answer_button("ok"))
    tap(window.home_button)
    assert window.flow.step == Step.HOME
    to_steward_area(window)
    tap(screen.open_button)
    release.set()
    qtbot.waitUntil(lambda: window.notice.text.text() == "Sent 1 label to the printer.")


@pytest.mark.timeout(120)
def test_a_print_under_way_keeps_its_screen_through_the_idle_reset_and_its_contact_is_forgotten(
        qtbot, market, monkeypatch, release):
    # The idle reset after a steward's hour deletes the tools' screens (a day's memory); one whose pages are still
    # on their way to the printer is kept until they are, else the answer (the purge, the forgotten contact) would
    # come back to a deleted screen.
    window, screen, purged = skill_cards_printed(qtbot, market, monkeypatch,
                                                 lambda printer, path, title, options: release.wait(60) and 7)
    assert screen.under_way()
    tap(window.notice.answer_button("ok"))
    tap(window.home_button)
    window.set_idle_seconds(1)
    qtbot.waitUntil(lambda: window.built(Step.EVENTS) is None, timeout=5000)  # the idle reset let the others go
    assert window.built(Step.SIGNS) is screen  # not this one
    release.set()
    qtbot.waitUntil(lambda: bool(purged) and not screen.under_way())
    assert [o.contact for o in market.skill_offers()] == [""]  # forgotten once printed
    qtbot.waitUntil(lambda: window.built(Step.SIGNS) is None, timeout=5000)  # and it goes at the next reset



def test_pages_a_stopped_kiosk_never_handed_to_cups_are_deleted_before_the_first_print_of_the_next(
        qtbot, tmp_path, monkeypatch):
    # A kiosk killed while a stopped cupsd held its pages left the PDF (skill cards: contacts) in the temporary folder.
    import tempfile

    ended = subprocess.Popen(["true"])
    ended.wait()  # its pid: a kiosk that is gone
    left = tmp_path / f"{printers.PAGES_FILE}{ended.pid}-x1.pdf"
    left.write_bytes(b"%PDF- " + CONTACT.encode())
    on_its_way = tmp_path / f"{printers.PAGES_FILE}{os.getpid()}-x2.pdf"  # a living kiosk's (this one's)
    on_its_way.write_bytes(b"%PDF- on its way")
    not_ours = tmp_path / "commons-table-notes.pdf"
    not_ours.write_bytes(b"not ours")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(printers, "_thread", [])  # the next kiosk's first printers' thread
    thread = printers.printer_thread()
    try:
        qtbot.waitUntil(lambda: not thread.busy())
        assert not left.exists() and on_its_way.exists() and not_ours.exists()
    finally:
        thread.stop()
