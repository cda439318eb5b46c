"""With the on-screen keyboard up, every text field on every screen stays in view above it, every key is
inside the window, and a search shows what it finds — from a 7" 800×480 screen to full HD, in both
languages, with and without the undo bar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QWidget

from tests.gui.conftest import make_window, tap
from ui.flow import Step

SIZES = [(800, 480), (1024, 600), (1280, 800), (1920, 1080)]


def keys(item: QQuickItem):
    for child in item.childItems():
        if child.isVisible() and child.width() > 0 and re.fullmatch(r"\w*Key(_QMLTYPE_\d+)?",
                                                                    child.metaObject().className()):
            yield child
        yield from keys(child)


def laid_out(keyboard) -> bool:
    """Every key lies inside the keyboard: Qt Quick has laid its keys out for its width, and a key's centre is where
    a tap lands on it. On Qt 6.8 the process's one keyboard is handed from window to window (ui.keyboard.HAND_ON);
    one that last showed another language's layout (Arabic, say) lays its keys out anew as it comes up, and for a
    moment they stand where a wider keyboard had them (an "o" at x=954 on an 800-pixel keyboard)."""
    centres = [key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint() for key in keys(keyboard.root())]
    return bool(centres) and all(keyboard.rect().contains(centre) for centre in centres)


def rect_in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def keyboard_top(window) -> int:
    return rect_in_window(window.keyboard).top()


def scroller_of(field: QWidget) -> QAbstractScrollArea | None:
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def key_rects(window) -> list[tuple[str, QRect]]:
    panel = window.keyboard
    found = []
    for key in keys(panel.root()):
        corner = key.mapToScene(key.boundingRect().topLeft()).toPoint()
        found.append((str(key.property("text")), QRect(panel.mapTo(window, corner), key.size().toSize())))
    return found


def settled(window, field: QWidget) -> bool:
    inside = QRect(QPoint(0, 0), window.size())
    if not all(inside.contains(rect) for _, rect in key_rects(window)):
        return False
    shown = rect_in_window(field)
    area = scroller_of(field)
    return shown.bottom() < keyboard_top(window) and (area is None
                                                      or rect_in_window(area.viewport()).contains(shown))


def check_keyboard_and_field(qtbot, window, field: QLineEdit, where: str) -> None:
    tap(field)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and window.keyboard.height() > 120)
    # A keyboard built on this first tap lays out its keys over the next turns of the event loop.
    qtbot.waitUntil(lambda: len(key_rects(window)) >= 12)
    # The keyboard's room and the page's scroll settle over the next turns of the event loop.
    try:
        qtbot.waitUntil(lambda: settled(window, field), timeout=1000)
    except qtbot.TimeoutError:
        pass  # the checks below say what is wrong
    inside = QRect(QPoint(0, 0), window.size())
    found = key_rects(window)
    assert len(found) >= 12, where  # a number pad has fewer keys than letters
    for text, rect in found:
        assert inside.contains(rect), f"{where}: key {text!r} at {rect} is outside {inside}"
    shown = rect_in_window(field)
    assert shown.bottom() < keyboard_top(window), f"{where}: field {shown} under the keyboard"
    assert shown.top() >= rect_in_window(window.stack).top(), f"{where}: field {shown} above the screen"
    # Inside a scrolling page the field must be in the part that shows, not scrolled away.
    parent = scroller_of(field)
    if parent is not None:
        viewport = rect_in_window(parent.viewport())
        assert viewport.contains(shown), f"{where}: field {shown} scrolled out of {viewport}"


def text_fields(screen: QWidget) -> list[QLineEdit]:
    return [f for f in screen.findChildren(QLineEdit) if f.isVisible() and not f.isReadOnly()]


def walk(qtbot, window, undo: bool) -> int:
    """Every screen with a text field; returns how many fields were checked."""
    checked = 0
    for step in Step:
        window.show_for_screenshot(step)
        screen = window.screen_for(step)
        if step == Step.WANTED:
            screen.pick_category("shoes")  # the want's words are on its second page
        if step == Step.SIGNS:  # the welcome words in a second language show once it is chosen
            for lang, choose in screen.lang_buttons.items():
                if lang not in screen.langs:
                    tap(choose)
        for field in text_fields(screen):
            if undo:
                window.offer_undo("You took one: Atlas", lambda: None)
                window.undo_bar.timer.stop()  # stays up while the fields are tried
            check_keyboard_and_field(qtbot, window, field, f"{step.value} / {field.accessibleName()}")
            checked += 1
            window.setFocus()  # focus leaves the field: the keyboard goes
            qtbot.waitUntil(lambda: not window.keyboard.isVisible())
            window.undo_bar.forget()
    return checked


@pytest.mark.parametrize("undo", [False, True], ids=["", "undo bar"])
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_text_field_stays_above_the_keyboard_and_every_key_is_inside(qtbot, demo_market, size, lang, undo):
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    assert walk(qtbot, window, undo) >= 13
    window.close()


@pytest.mark.parametrize("undo", [False, True], ids=["", "undo bar"])
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_search_shows_what_it_finds_while_typing(qtbot, demo_market, size, lang, undo):
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    if undo:
        window.offer_undo("You took one: Atlas", lambda: None)
        window.undo_bar.timer.stop()
    check_keyboard_and_field(qtbot, window, browse.search, "browse")
    for letter in "b":  # typed on the keyboard's own key: many things match
        center = window.keyboard.key_center(letter)
        QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         center.toPoint())
    qtbot.waitUntil(lambda: browse.search.text().lower() == "b")
    qtbot.waitUntil(lambda: not browse.search_pause.isActive() and not browse.searching())
    assert browse.proxy.rowCount() >= 3
    qtbot.wait(30)
    listed = rect_in_window(browse.list.viewport())
    visible = min(listed.top() + listed.height(), keyboard_top(window)) - listed.top()
    rows = visible / browse.delegate.row_height
    assert rows >= (2 if size[1] < 600 else 3), f"{rows:.2f} result rows show"
    window.close()


def test_the_form_for_opening_a_market_too(qtbot, market):
    """The events screen's form for opening a market shows only when none is open."""
    window = make_window(qtbot, market, (800, 480))
    window.show_for_screenshot(Step.EVENTS)
    fields = text_fields(window.screen_for(Step.EVENTS))
    assert len(fields) == 2
    for field in fields:
        check_keyboard_and_field(qtbot, window, field, f"events / {field.accessibleName()}")
        window.setFocus()
        qtbot.waitUntil(lambda: not window.keyboard.isVisible())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", [(800, 480), (1024, 600)], ids=["800x480", "1024x600"])
def test_after_a_take_on_a_7_inch_screen_three_rows_still_show(qtbot, demo_market, size, lang):
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    rect = browse.list.visualRect(browse.proxy.index(1, 0))
    take = browse.delegate.button_rect(rect)
    assert take.height() >= 64  # the in-row Take one, like every other button
    QTest.mouseClick(browse.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     take.center())
    qtbot.waitUntil(window.undo_bar.isVisible)
    qtbot.wait(30)
    listed = rect_in_window(browse.list.viewport())
    undo_top = rect_in_window(window.undo_bar).top()
    assert listed.top() + listed.height() <= undo_top
    rows = listed.height() / browse.delegate.row_height
    assert rows >= 3, f"{rows:.2f} rows show after a take"
    # Nothing moved under the finger: the tapped row is where it was.
    moved = browse.list.visualRect(browse.proxy.index(1, 0))
    assert (moved.top(), moved.height()) == (rect.top(), rect.height())
    assert not browse.selected_bar.isVisible()  # a tap on the row's own button does not choose the row
    # When the undo bar goes, the legend comes back.
    window.undo_bar.forget()
    qtbot.waitUntil(browse.legend.isVisible)


@pytest.mark.parametrize("size", [(1280, 800), (800, 480)], ids=["1280x800", "800x480"])
def test_the_keyboard_comes_up_at_the_width_it_keeps(qtbot, market, size):
    """Sized for the room before its first frame: not drawn as wide as it may be and narrowed (every key laid out
    and drawn again) a moment later."""
    window = make_window(qtbot, market, size)
    keyboard = window.keyboard
    at_show: list[float] = []

    class Shown(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show:
                at_show.append(float(keyboard.root().property("widthLimit")))
            return False

    shown = Shown()
    keyboard.installEventFilter(shown)
    window.go(Step.BROWSE)
    tap(window.screen_for(Step.BROWSE).search)
    qtbot.waitUntil(lambda: laid_out(keyboard))
    qtbot.wait(100)  # the refits queued by the tap
    keyboard.removeEventFilter(shown)
    assert at_show == [float(keyboard.root().property("widthLimit"))]
