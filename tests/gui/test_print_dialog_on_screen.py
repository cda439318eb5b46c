"""Qt's own print dialog, as a steward meets it on the kiosk: over the screens inside the window, as a notice is; in
the steward's language (Qt's translations of itself); on the paper chosen on the screen; its buttons' words whole;
on a 7" screen — with its Options open too — scrolling to Print and Cancel; typed into with the kiosk's keyboard;
no "Print to File";
and gone with nothing printed when the steward leaves. The real dialog, opened by a tap on "Printers…" and
answered by taps on its own buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui.conftest import make_window, tap
from tests.gui.test_keyboard import laid_out
from tests.gui.test_printer_hangs import a_printer
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing import printers
from ui.printing.painter import page_layout
from ui.printing.print_dialog import OnScreen

WORDS = {  # Qt's own words for its dialog's buttons, from its translations (qtbase_*.qm)
    "es": ("Imprimir", "Cancelar", "Opciones", "Propiedades"),
    "ar": ("اطبع", "ألغِ", "خيارات", "خصائص"),
}


def open_the_dialog(qtbot, market, lang: str, size: tuple[int, int], monkeypatch):
    """Print signs → Printers… by taps: the window, the signs screen, Qt's dialog over it, what went to CUPS."""
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
    tap(screen.other_printer_button)  # Qt's dialog once CUPS has answered the printers' thread again
    qtbot.waitUntil(lambda: frame_of(window) is not None)
    frame = frame_of(window)
    qtbot.waitUntil(lambda: laid_out_in(frame))
    return window, screen, frame, sent


def frame_of(window) -> OnScreen | None:
    return next((f for f in window.findChildren(OnScreen) if f.isVisible()), None)


def laid_out_in(frame: OnScreen) -> bool:
    return all(b.width() >= b.sizeHint().width() for b in frame.dialog.findChildren(QAbstractButton)
               if b.isVisible())


def words(frame: OnScreen) -> list[str]:
    return [b.text().replace("&", "") for b in frame.dialog.findChildren(QPushButton) if b.isVisible()]


def in_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def symbols_key(keyboard) -> QPointF | None:
    """The middle of the keyboard's "&123" key, which turns its letters to digits and signs."""
    items = list(keyboard.root().childItems())
    while items:
        item = items.pop()
        if item.property("displayText") == "&123" and "Key" in item.metaObject().className():
            return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        items.extend(item.childItems())
    return None


def settled(qtbot, window, widget) -> None:
    """Until `widget` stands still in the window: the dialog's card is fitted again a turn after its Options open
    or the page scrolls, and a tap aimed before that lands where the widget was."""
    seen: list[QRect] = []

    def still() -> bool:
        seen.append(in_window(window, widget))
        return len(seen) > 2 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(still)


def options(frame: OnScreen) -> QPushButton:
    return next(b for b in frame.dialog.findChildren(QPushButton) if b.isVisible() and ">>" in b.text())


def cancel_button(frame: OnScreen) -> QPushButton:
    return frame.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_on_a_7_inch_screen_qts_print_dialog_speaks_the_stewards_language_and_stays_on_the_glass(
        qtbot, demo_market, lang, monkeypatch):
    window, screen, frame, sent = open_the_dialog(qtbot, demo_market, lang, (800, 480), monkeypatch)
    glass = QRect(QPoint(0, 0), window.size())
    print_word, cancel_word, options_word, properties_word = WORDS[lang]
    assert print_word in words(frame) and cancel_word in words(frame), words(frame)
    assert any(options_word in w for w in words(frame)), words(frame)
    assert frame.dialog.isRightToLeft() == (lang == "ar")
    assert glass.contains(in_window(window, frame.area))  # inside the window, over the screen
    # The paper chosen on the screen comes first; Properties is not there (its choices would not reach the printer).
    assert frame.dialog.printer().pageLayout().pageSize().id() == page_layout(screen.paper, "portrait").pageSize().id()
    assert properties_word not in words(frame), words(frame)  # by its words, whatever Qt names the button
    # No "Print to File": a path typed on a kiosk is no way to a file (Save PDF is).
    offered = [c.itemText(n) for c in frame.dialog.findChildren(QComboBox) for n in range(c.count())]
    assert not any("PDF" in item for item in offered), offered
    tap(options(frame))  # the copies, the pages, the sides: the dialog grows past the screen
    bar = frame.area.verticalScrollBar()
    # It scrolls, inside the window, never cut at the side.
    qtbot.waitUntil(lambda: bar.maximum() > 0 and laid_out_in(frame)
                    and frame.dialog.width() <= frame.area.viewport().width()
                    and glass.contains(in_window(window, frame.area)))
    bar.setValue(bar.maximum())  # a finger flicks down to Print and Cancel
    cancel = cancel_button(frame)
    qtbot.waitUntil(lambda: in_window(window, frame.area.viewport()).contains(in_window(window, cancel)))
    tap(cancel)
    qtbot.waitUntil(lambda: frame_of(window) is None)
    assert sent == [] and window.flow.step == Step.SIGNS  # cancelled: nothing printed, the screen as it was


def test_the_steward_types_in_qts_print_dialog_with_the_kiosks_keyboard(qtbot, demo_market, monkeypatch):
    window, screen, frame, sent = open_the_dialog(qtbot, demo_market, "en", (800, 480), monkeypatch)
    tap(options(frame))
    qtbot.waitUntil(lambda: laid_out_in(frame))
    # "Pages": which pages to print, typed ("2-3"); its field is open once its choice is tapped.
    pages = next(b for b in frame.dialog.findChildren(QRadioButton) if b.isVisible() and b.text() == "Pages")
    field = next(e for e in frame.dialog.findChildren(QLineEdit)  # not a number box's own line
                 if e.isVisible() and not e.isEnabled() and not isinstance(e.parentWidget(), QAbstractSpinBox))
    bar = frame.area.verticalScrollBar()
    bar.setValue(bar.maximum())  # a finger flicks down to them
    qtbot.waitUntil(lambda: in_window(window, frame.area.viewport()).contains(in_window(window, pages)))
    settled(qtbot, window, pages)
    tap(pages)
    qtbot.waitUntil(field.isEnabled)
    tap(field)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and laid_out(window.keyboard))
    keyboard_top = window.keyboard.mapTo(window, QPoint(0, 0)).y()
    qtbot.waitUntil(lambda: in_window(window, field).bottom() < keyboard_top)  # the field above the keys
    qtbot.waitUntil(lambda: symbols_key(window.keyboard) is not None and laid_out(window.keyboard))
    QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     symbols_key(window.keyboard).toPoint())  # "&123": the digits
    for key in "2-3":
        qtbot.waitUntil(lambda key=key: window.keyboard.key_center(key) is not None and laid_out(window.keyboard))
        QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         window.keyboard.key_center(key).toPoint())
    qtbot.waitUntil(lambda: field.text() == "2-3")
    tap(cancel_button(frame))
    qtbot.waitUntil(lambda: frame_of(window) is None)
    assert sent == []


def test_the_steward_types_the_copies_on_the_kiosks_number_pad(qtbot, demo_market, monkeypatch):
    # A number box's arrows are a few pixels high: a finger taps the box, and the number pad comes up.
    window, screen, frame, sent = open_the_dialog(qtbot, demo_market, "es", (800, 480), monkeypatch)
    tap(options(frame))
    qtbot.waitUntil(lambda: laid_out_in(frame))
    copies = next(b for b in frame.dialog.findChildren(QSpinBox) if b.isVisible() and b.isEnabled())
    bar = frame.area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: in_window(window, frame.area.viewport()).contains(in_window(window, copies)))
    assert window._keyboard is None or not window.keyboard.isVisible()
    settled(qtbot, window, copies)
    tap(copies, QPoint(copies.width() // 3, copies.height() // 2))  # on its number, not its arrows
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and laid_out(window.keyboard))
    qtbot.waitUntil(lambda: in_window(window, copies).bottom() < window.keyboard.mapTo(window, QPoint(0, 0)).y())
    copies.selectAll()
    qtbot.waitUntil(lambda: window.keyboard.key_center("3") is not None and laid_out(window.keyboard))
    QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.keyboard.key_center("3").toPoint())
    qtbot.waitUntil(lambda: copies.value() == 3)
    tap(cancel_button(frame))
    qtbot.waitUntil(lambda: frame_of(window) is None and not window.keyboard.isVisible())
    assert sent == []


def test_leaving_the_screen_cancels_qts_print_dialog(qtbot, demo_market, monkeypatch):
    window, screen, frame, sent = open_the_dialog(qtbot, demo_market, "en", (800, 480), monkeypatch)
    tap(window.home_button)  # the steward walks off (the idle reset goes home too)
    qtbot.waitUntil(lambda: frame_of(window) is None and window.flow.step == Step.HOME)
    assert sent == [] and window.findChildren(OnScreen) == [] or all(not f.isVisible()
                                                                    for f in window.findChildren(OnScreen))


def test_another_language_cancels_qts_print_dialog_and_the_next_one_speaks_it(qtbot, demo_market, monkeypatch):
    window, screen, frame, sent = open_the_dialog(qtbot, demo_market, "es", (800, 480), monkeypatch)
    qtbot.wait(50)  # the dialog's own words were put in: they changed no language
    assert frame_of(window) is frame
    tap(window.language_button)  # the top bar stays in reach above the dialog
    tap(window.notice.answer_button("fr"))
    qtbot.waitUntil(lambda: frame_of(window) is None)
    assert sent == [] and window.flow.step == Step.SIGNS
    tap(screen.other_printer_button)
    qtbot.waitUntil(lambda: frame_of(window) is not None)
    assert "Annuler" in words(frame_of(window)), words(frame_of(window))


def test_on_a_full_hd_screen_qts_print_dialog_has_its_own_size(qtbot, demo_market, monkeypatch):
    window, screen, frame, sent = open_the_dialog(qtbot, demo_market, "es", (1920, 1080), monkeypatch)
    closed_height = frame.dialog.height()
    tap(options(frame))
    qtbot.waitUntil(lambda: frame.dialog.height() > closed_height and laid_out_in(frame))
    qtbot.waitUntil(lambda: frame.area.verticalScrollBar().maximum() == 0)  # it fits: nothing scrolls
    assert frame.area.width() < window.width() // 2  # its own size, not the window's
    tap(cancel_button(frame))
    qtbot.waitUntil(lambda: frame_of(window) is None)
