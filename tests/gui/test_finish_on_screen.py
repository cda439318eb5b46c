"""The button that ends a page's task (Put it on the table, Post, Print…) is always on screen and never covered:
at 800×480, 1280×800 and 1920×1080, with the undo bar up, and with the on-screen keyboard up for every field.
The undo bar belongs to the page it was offered on, and never shrinks the keyboard's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.gui.conftest import make_window, tap
from tests.gui.test_keyboard_fit import key_rects, keyboard_top, rect_in_window, text_fields
from ui.flow import Step

SIZES = [(800, 480), (1280, 800), (1920, 1080)]
# The steps whose pages end in one button. Home, the lists and the steward's menu end with a choice instead.
FINISHING = (Step.BRING, Step.THANKS, Step.WANTED, Step.SKILL_OFFER, Step.SKILL_QR, Step.PIN, Step.SIGNS,
             Step.GATHERING)


def covered(window, finish: QAbstractButton) -> str:
    """Why the finish button is not wholly on screen and free to tap, or "" when it is."""
    rect = rect_in_window(finish)
    if not finish.isVisible():
        return "hidden"
    if not QRect(QPoint(0, 0), window.size()).contains(rect):
        return f"{rect} outside the window"
    if finish.visibleRegion().boundingRect() != finish.rect():
        return f"only {finish.visibleRegion().boundingRect()} of {finish.rect()} shows (scrolled or cut off)"
    if window.keyboard.isVisible() and rect.bottom() >= keyboard_top(window):
        return f"{rect} under the keyboard at {keyboard_top(window)}"
    inset = rect.adjusted(4, 4, -4, -4)
    for point in (inset.center(), inset.topLeft(), inset.topRight(), inset.bottomLeft(), inset.bottomRight()):
        found: QWidget | None = window.childAt(point)
        if found is not finish and not finish.isAncestorOf(found):
            return f"covered at {point} by {found}"
    return ""


def check(qtbot, window, screen, where: str) -> None:
    QTest.qWait(30)  # pending layouts run, as before the next paint
    finish = screen.finish_button()
    assert finish is not None, where
    try:
        qtbot.waitUntil(lambda: not covered(window, finish), timeout=1000)
    except qtbot.TimeoutError:
        pass
    assert not covered(window, finish), (where, finish.accessibleName(), covered(window, finish))


def walk(qtbot, window) -> int:
    checked = 0
    for step in FINISHING:
        window.show_for_screenshot(step)
        screen = window.screen_for(step)
        if step == Step.WANTED:
            screen.pick_category("shoes")  # the want's words and its Post are on its second page
        check(qtbot, window, screen, f"{step.value}")
        window.offer_undo("1 × Books", lambda: None)
        window.undo_bar.timer.stop()  # stays up while the page is looked at
        check(qtbot, window, screen, f"{step.value} with the undo bar")
        for field in text_fields(screen):
            tap(field)
            qtbot.waitUntil(lambda: window.keyboard.isVisible() and len(key_rects(window)) >= 12)
            check(qtbot, window, screen, f"{step.value} typing in {field.accessibleName()}")
            window.setFocus()
            qtbot.waitUntil(lambda: not window.keyboard.isVisible())
            checked += 1
        window.undo_bar.forget()
        checked += 1
    return checked


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_pages_finish_button_is_on_screen_with_bars_and_the_keyboard_up(qtbot, demo_market, size, lang):
    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH

    demo_market.set_setting(PIN_HASH, hash_pin("2468"))  # the pad and its OK show only once a PIN is set
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    assert walk(qtbot, window) >= len(FINISHING) + 5
    window.close()


def test_bring_more_after_a_listing_keeps_put_it_on_the_table_on_a_7_inch_screen(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("es")
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles["books"])
    tap(bring.done)
    thanks = window.screen_for(Step.THANKS)
    assert window.step == Step.THANKS and window.undo_bar.isVisible()
    tap(thanks.another)  # Bring more
    # The bar spoke of the books just listed: it does not stay over a page about another kind.
    assert window.step == Step.BRING and not window.undo_bar.isVisible()
    tap(bring.categories.tiles["clothes"])
    check(qtbot, window, bring, "bring more → clothes")
    tap(bring.title_edit)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and len(key_rects(window)) >= 12)
    check(qtbot, window, bring, "bring more → clothes, typing")


def key_size(window) -> tuple[int, int]:
    rects = [rect for text, rect in key_rects(window) if len(text) == 1 and text.isalpha()]
    assert rects
    return min(r.width() for r in rects), min(r.height() for r in rects)


@pytest.mark.parametrize("size", [(800, 480), (1024, 600)], ids=["800x480", "1024x600"])
def test_the_keys_keep_their_size_while_something_can_be_undone(qtbot, demo_market, size):
    window = make_window(qtbot, demo_market, size)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    tap(browse.search)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and len(key_rects(window)) >= 12)
    qtbot.wait(50)
    usual = key_size(window)
    window.setFocus()
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    rect = browse.list.visualRect(browse.proxy.index(0, 0))
    QTest.mouseClick(browse.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     browse.delegate.button_rect(rect).center())  # Take one: the undo bar comes up
    qtbot.waitUntil(window.undo_bar.isVisible)
    tap(browse.search)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and len(key_rects(window)) >= 12)
    qtbot.wait(50)
    assert key_size(window) == usual
    assert usual[0] >= 60 and usual[1] >= 40, usual
    # Done typing: the take can still be undone.
    window.setFocus()
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    qtbot.waitUntil(window.undo_bar.isVisible)
    assert window.undo_bar.offered()
