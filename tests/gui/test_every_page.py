"""Print signs → All pages: Qt's preview of every page is built once a visit, in the idle time after the screen is
painted, and its pages are painted once for each set of choices — counted, never timed (docs/speed.md). Its Print
is the screen's own: painted here, handed to CUPS on the printers' thread, never Qt's print path."""

from __future__ import annotations

import gc
import threading

import pytest

from tests.gui.conftest import choose_language, stand_in, tap
from tests.gui.test_printer_hangs import a_printer, pdf_pages
from ui.flow import Step
from ui.printing import printers
from ui.printing import screen as signs_screen
from ui.printing.every_page import EveryPage
from ui.printing.print_dialog import OnScreen


@pytest.fixture
def painted(monkeypatch) -> list[int]:
    """The page count of every document painted for Qt's preview (or a print from it)."""
    counts: list[int] = []
    print_to = signs_screen.print_to

    def counted(*args, **kwargs) -> int:
        counts.append(print_to(*args, **kwargs))
        return counts[-1]

    monkeypatch.setattr(signs_screen, "print_to", counted)
    return counts


def every_page(qtbot, screen, pages: int) -> EveryPage:
    """Tap All pages; the dialog, once on show with `pages` pages."""
    tap(screen.every_page_button)
    qtbot.waitUntil(lambda: screen.preview_dialog is not None)  # its QPrinter is made once CUPS has answered
    dialog = screen.preview_dialog
    assert isinstance(dialog, EveryPage)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.pages.pageCount() == pages)
    return dialog


def close(qtbot, dialog: EveryPage) -> None:
    tap(dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_preview_is_built_after_print_signs_is_painted_and_the_tap_builds_none(qtbot, signs, painted):
    window, screen = signs
    qtbot.waitUntil(lambda: screen.preview_dialog is not None)  # idle time after the screen's frame
    built = screen.preview_dialog
    assert not built.isVisible() and painted == []  # built, not shown: no page painted for nobody
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "13 pages")
    assert every_page(qtbot, screen, 13) is built
    assert painted == [13]


def test_all_pages_again_shows_the_same_pages_without_painting_them_again(qtbot, signs, painted):
    window, screen = signs
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "13 pages")
    first = every_page(qtbot, screen, 13)
    preview = first.pages
    for _ in range(6):  # looked further down, then closed
        tap(first.next_button)
    assert preview.currentPage() == 7
    close(qtbot, first)
    gc.collect()  # nothing the kept dialog borrows may go with Python's garbage
    again = every_page(qtbot, screen, 13)
    assert again is first  # no new dialog
    assert painted == [13]  # and no page painted twice
    assert preview.currentPage() == 1  # shown from the top, as when first opened
    close(qtbot, again)


def test_the_last_next_page_leaves_no_ring_on_closer(qtbot, signs):
    """Next page greys out on the last page while it holds the focus: Qt asked the dialog for the next button in
    the chain, and "Closer", untouched, wore the ring (the dialog is a window of its own: FocusStaysPut)."""
    from PySide6.QtWidgets import QAbstractButton

    window, screen = signs
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "13 pages")
    dialog = every_page(qtbot, screen, 13)
    for _ in range(12):
        tap(dialog.next_button)
    assert not dialog.next_button.isEnabled()
    assert not dialog.closer_button.hasFocus()
    assert not isinstance(dialog.focusWidget(), QAbstractButton)
    close(qtbot, dialog)


def test_all_pages_again_shows_no_ring_on_the_button_that_closed_it(qtbot, signs):
    """The dialog, kept for the visit, kept its focus on the Close (or Print) tapped: opened again, its ring was on
    that button, untouched this time, as if chosen."""
    from PySide6.QtWidgets import QAbstractButton

    window, screen = signs
    first = every_page(qtbot, screen, screen.page_count)
    assert not isinstance(first.focusWidget(), QAbstractButton)
    close(qtbot, first)
    again = every_page(qtbot, screen, screen.page_count)
    assert again is first
    assert not again.close_button.hasFocus()
    assert not isinstance(again.focusWidget(), QAbstractButton)
    close(qtbot, again)


def test_a_changed_choice_paints_the_pages_again_once_in_the_same_dialog(qtbot, signs, painted):
    window, screen = signs
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "13 pages")
    first = every_page(qtbot, screen, 13)
    close(qtbot, first)
    tap(screen.kind_buttons["welcome"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "1 page")
    assert every_page(qtbot, screen, 1) is first
    assert painted == [13, 1]
    close(qtbot, first)


def test_print_in_the_preview_is_the_screens_print_and_the_contact_it_forgets_leaves_the_preview(qtbot, signs,
                                                                                                 painted, monkeypatch):
    window, screen = signs
    window.market.offer_skill("Knife sharpening", "Bring your knives", ["weekends"], "tel 555-0101-forgetme", True)
    sent: list[tuple[str, int, str, bool]] = []  # (the printer, its pages, the job's title, on the window's thread?)

    def cups_takes_it(printer: str, path: str, title: str, options) -> int:
        sent.append((printer, pdf_pages(path), title, threading.current_thread() is threading.main_thread()))
        return 7

    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Hall printer"))
    monkeypatch.setattr(printers, "send_file", cups_takes_it)
    purged: list[str] = []
    monkeypatch.setattr(signs_screen, "purge_when_done", purged.append)
    monkeypatch.setattr(OnScreen, "open", stand_in(lambda dialog: pytest.fail("Qt's print path was taken")))
    qtbot.waitUntil(lambda: not screen.printer.asking)
    screen.printer.look_up()
    qtbot.waitUntil(lambda: screen.print_button.text() == "Print")
    tap(screen.kind_buttons["skill-cards"])
    qtbot.waitUntil(lambda: not screen._refresh_timer.isActive())  # page one painted, the pages counted
    pages = screen.page_count
    dialog = every_page(qtbot, screen, pages)
    tap(dialog.print_button)
    assert not dialog.isVisible()  # closed: the steward sees what the printer answers
    qtbot.waitUntil(lambda: "Sent" in window.notice.text.text())
    assert [(p, n, on_window) for p, n, _, on_window in sent] == [("Hall printer", pages, False)]
    assert purged == [sent[0][2]]  # the job carrying a contact is purged from CUPS once printed
    assert "tel 555-0101-forgetme" not in {o.contact for o in window.market.skill_offers()}
    assert every_page(qtbot, screen, pages) is dialog
    assert painted == [pages] * 2  # the preview, and the preview again without the contact


def test_leaving_print_signs_lets_the_preview_and_its_pages_go(qtbot, signs, painted):
    window, screen = signs
    dialog = every_page(qtbot, screen, int(screen.pages_label.text().split()[0]))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    close(qtbot, dialog)
    tap(screen.back)
    assert window.step == Step.STEWARD
    qtbot.waitUntil(lambda: gone == [True])
    assert screen.preview_dialog is None and screen._lent == []  # its printer went with it


def test_a_language_change_speaks_the_kept_preview_in_the_new_language(qtbot, signs, painted):
    window, screen = signs
    qtbot.waitUntil(lambda: screen.preview_dialog is not None)
    english = screen.preview_dialog
    choose_language(window, "es")
    dialog = every_page(qtbot, screen, int(screen.pages_label.text().split()[0]))
    assert dialog is english and painted == [dialog.pages.pageCount()]  # the same pages: not painted again
    assert dialog.windowTitle() != "Every page"
    assert [dialog.close_button.text(), dialog.print_button.text()] == ["Cerrar", "Imprimir"]
