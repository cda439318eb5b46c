"""Qt's own print dialog, as a steward meets it on the kiosk: in the steward's language (Qt's translations of itself),
on the paper chosen on the screen, its buttons' words whole, and on a 7" screen — with its Options open too — inside
the window, scrolling to Print and Cancel. The real dialog, opened by a tap on "Printers…" and answered by taps on its
own buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QPushButton

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui.conftest import make_window, tap
from tests.gui.test_printer_hangs import a_printer
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing import printers
from ui.printing.painter import page_layout
from ui.printing.print_dialog import OnScreen

WORDS = {  # Qt's own words for its dialog's buttons, from its translations (qtbase_*.qm)
    "es": ("Imprimir", "Cancelar", "Opciones"),
    "ar": ("اطبع", "ألغِ", "خيارات"),
}


def the_dialog_seen(qtbot, market, lang: str, size: tuple[int, int], monkeypatch) -> dict:
    """Print signs → Printers… by taps; what the steward sees in Qt's dialog, before and after a tap on its
    Options; then a tap on its Cancel. What was seen, and whether anything went to a printer."""
    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Hall printer"))
    sent: list[str] = []
    monkeypatch.setattr(printers, "send_file", lambda printer, *args: sent.append(printer) or 7)
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, size=size)
    window.set_language(lang)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    qtbot.waitUntil(screen.other_printer_button.isEnabled)
    seen: dict = {"sent": sent, "screen_paper": page_layout(screen.paper, "portrait").pageSize().id()}

    def words(frame: OnScreen) -> list[str]:
        return [b.text().replace("&", "") for b in frame.dialog.findChildren(QPushButton) if b.isVisible()]

    def cut(frame: OnScreen) -> list[str]:
        return [b.text() for b in frame.dialog.findChildren(QAbstractButton)
                if b.isVisible() and b.width() < b.sizeHint().width()]

    def inside(frame: OnScreen) -> bool:
        return frame.width() <= window.width() and frame.height() <= window.height()

    def options(frame: OnScreen) -> QPushButton:
        return next(b for b in frame.dialog.findChildren(QPushButton) if b.isVisible() and ">>" in b.text())

    def buttons(frame: OnScreen) -> QDialogButtonBox:
        return frame.dialog.findChild(QDialogButtonBox)

    def when_open() -> None:
        frame = QApplication.activeModalWidget()
        if not isinstance(frame, OnScreen) or not frame.isVisible():
            QTimer.singleShot(20, when_open)
            return
        seen.update(words=words(frame), cut=cut(frame), inside=inside(frame), rtl=frame.dialog.isRightToLeft(),
                    paper=frame.dialog.printer().pageLayout().pageSize().id(),
                    properties=[b.text() for b in frame.dialog.findChildren(QPushButton, "properties")
                                if b.isVisible()])
        tap(options(frame))  # the copies, the pages, the sides: the dialog grows
        QTimer.singleShot(300, lambda: with_options(frame))

    def with_options(frame: OnScreen) -> None:
        box = buttons(frame)
        bar = frame.area.verticalScrollBar()
        seen.update(options_inside=inside(frame), options_cut=cut(frame), scrolls=bar.maximum() > 0,
                    tall=frame.dialog.height())
        bar.setValue(bar.maximum())  # a finger flicks down to Print and Cancel
        QTimer.singleShot(50, lambda: cancel(frame, box))

    def cancel(frame: OnScreen, box: QDialogButtonBox) -> None:
        cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        corner = cancel_button.mapTo(frame, cancel_button.rect().bottomRight())
        seen["cancel_in_view"] = frame.rect().contains(corner)
        tap(cancel_button)
        seen["closed"] = True

    QTimer.singleShot(0, when_open)
    tap(screen.other_printer_button)  # Qt's dialog once CUPS has answered the printers' thread again
    qtbot.waitUntil(lambda: seen.get("closed") is True, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return seen


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_on_a_7_inch_screen_qts_print_dialog_speaks_the_stewards_language_and_stays_on_the_glass(
        qtbot, demo_market, lang, monkeypatch):
    seen = the_dialog_seen(qtbot, demo_market, lang, (800, 480), monkeypatch)
    print_word, cancel_word, options_word = WORDS[lang]
    assert print_word in seen["words"] and cancel_word in seen["words"], seen["words"]
    assert any(options_word in w for w in seen["words"]), seen["words"]
    assert seen["rtl"] == (lang == "ar")
    assert seen["cut"] == [] and seen["options_cut"] == []  # every button as wide as its words
    assert seen["inside"] and seen["options_inside"]  # never taller or wider than the screen
    assert seen["scrolls"] and seen["tall"] > 480  # its Options outgrow a 7" screen: it scrolls instead
    assert seen["cancel_in_view"]  # scrolled down, Cancel is there to tap
    assert seen["sent"] == []  # cancelled: nothing printed
    assert seen["paper"] == seen["screen_paper"]  # the paper chosen on the screen comes first
    assert seen["properties"] == []  # its choices would not reach the printer, and it is taller than the screen


def test_on_a_full_hd_screen_qts_print_dialog_has_its_own_size(qtbot, demo_market, monkeypatch):
    seen = the_dialog_seen(qtbot, demo_market, "es", (1920, 1080), monkeypatch)
    assert seen["cut"] == [] and seen["inside"] and seen["options_inside"]
    assert not seen["scrolls"] and seen["cancel_in_view"]
