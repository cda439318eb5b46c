"""Print signs → All pages: Qt's preview of every page is built once a visit, in the idle time after the screen is
painted, and its pages are painted once for each set of choices — counted, never timed (docs/speed.md)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolButton

from tests.gui.conftest import choose_language, tap
from ui.flow import Step
from ui.printing import screen as signs_screen


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


def every_page(qtbot, screen, pages: int) -> QPrintPreviewDialog:
    """Tap All pages; the dialog, once on show with `pages` pages."""
    tap(screen.every_page_button)
    qtbot.waitUntil(lambda: screen.preview_dialog is not None)  # its QPrinter is made on the printers' thread
    dialog = screen.preview_dialog
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == pages)
    return dialog


def close(qtbot, dialog: QPrintPreviewDialog) -> None:
    tap(next(t for t in dialog.findChildren(QToolButton) if t.isVisible() and t.text() == "Close"))
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
    preview = first.findChild(QPrintPreviewWidget)
    preview.setCurrentPage(7)  # looked further down, then closed
    close(qtbot, first)
    gc.collect()  # nothing the kept dialog borrows may go with Python's garbage
    again = every_page(qtbot, screen, 13)
    assert again is first  # no new dialog
    assert painted == [13]  # and no page painted twice
    assert preview.currentPage() == 1  # shown from the top, as when first opened
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


def test_a_contact_forgotten_once_printed_is_gone_from_the_preview_too(qtbot, signs, painted, tmp_path):
    window, screen = signs
    window.market.offer_skill("Knife sharpening", "Bring your knives", ["weekends"], "tel 555-0101-forgetme", True)
    tap(screen.kind_buttons["skill-cards"])
    qtbot.waitUntil(lambda: not screen._refresh_timer.isActive())  # page one painted, the pages counted
    pages = screen.page_count
    dialog = every_page(qtbot, screen, pages)
    close(qtbot, dialog)
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cards.pdf"))
    screen.print_on(printer, "a4")  # printed: the contact is forgotten
    assert "tel 555-0101-forgetme" not in {o.contact for o in window.market.skill_offers()}
    assert every_page(qtbot, screen, pages) is dialog
    assert painted == [pages] * 3  # the preview, the print, and the preview again without the contact


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


def test_a_language_change_builds_the_preview_again_in_the_new_language(qtbot, signs, painted):
    window, screen = signs
    qtbot.waitUntil(lambda: screen.preview_dialog is not None)
    english = screen.preview_dialog
    choose_language(window, "es")
    qtbot.waitUntil(lambda: screen.preview_dialog is not None and screen.preview_dialog is not english)
    dialog = every_page(qtbot, screen, int(screen.pages_label.text().split()[0]))
    assert dialog.windowTitle() != "Every page"
    assert any(t.text() == "Cerrar" for t in dialog.findChildren(QToolButton) if t.isVisible())
