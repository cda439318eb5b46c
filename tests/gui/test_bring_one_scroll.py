"""Bring's "how many" page scrolls as one, where it does not fit: never two scroll bars side by side (the page's
and its details column's), which waste a 7" screen's width and leave a finger to guess which part moves. With
the number pad up at 800×480 the page scrolls; at 1920×1080 the food page fits unscrolled, and scrolls as one with the
number pad up. Put it on the table is always in reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget

from kiosk.catalog import COMMON_ALLERGENS
from tests.gui.conftest import make_window, tap
from tests.gui.test_finish_on_screen import covered
from tests.gui.test_keyboard_fit import key_rects
from ui import theme
from ui.flow import Step


def vertical_bars(window: QWidget) -> list[QScrollBar]:
    """Every vertical scroll bar on show that has somewhere to scroll."""
    return [bar for bar in window.findChildren(QScrollBar)
            if bar.orientation() == Qt.Orientation.Vertical and bar.isVisible() and bar.maximum() > bar.minimum()]


def to_the_number_pad(qtbot, window, kind: str) -> None:
    """Home → Bring → a kind → a tap in the count: the keyboard comes up as a number pad."""
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles[kind])
    tap(bring.count_edit)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and len(key_rects(window)) >= 12)


def in_reach(qtbot, window, bring) -> None:
    """Put it on the table is on screen and free to tap, or is once the page is scrolled to it; and it works."""
    done = bring.done
    if covered(window, done):
        for bar in vertical_bars(window):
            bar.setValue(bar.maximum())
    try:
        qtbot.waitUntil(lambda: not covered(window, done), timeout=1000)
    except qtbot.TimeoutError:
        pass
    assert not covered(window, done), covered(window, done)
    assert done.height() >= 64


@pytest.mark.parametrize("large", [False, True], ids=["usual", "large text"])
@pytest.mark.parametrize("lang", ["en", "es", "ar"])
@pytest.mark.parametrize("kind", ["food_ready", "shoes"])
def test_with_the_number_pad_up_on_a_7_inch_screen_one_part_scrolls(qtbot, demo_market, kind, lang, large):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    if large:
        tap(window.screen_for(Step.HOME).large_button)
        assert theme.mode() == theme.LARGE
    to_the_number_pad(qtbot, window, kind)
    bring = window.screen_for(Step.BRING)
    bars = settled_bars(qtbot, window)
    assert len(bars) <= 1, [bar.parentWidget().parentWidget() for bar in bars]
    in_reach(qtbot, window, bring)
    # A number typed on the pad, then the button: it is on the table.
    bring.count_edit.selectAll()
    qtbot.keyClicks(bring.count_edit, "3")
    before = len(demo_market.available())
    tap(bring.done)
    assert window.step == Step.THANKS and len(demo_market.available()) == before + 1


@pytest.mark.parametrize("kind", ["food_ready", "shoes"])
def test_with_the_keyboard_down_on_a_7_inch_screen_one_part_scrolls(qtbot, demo_market, kind):
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles[kind])
    if kind == "food_ready":
        tap(bring.more_allergens)  # all 14 allergens: the longest the page gets
    assert len(settled_bars(qtbot, window)) <= 1
    in_reach(qtbot, window, bring)


def laid_out(window: QWidget) -> bool:
    """Every scrolling area on show has its scroll bar up exactly when it has somewhere to scroll: the page has
    taken its width and its chip columns have arranged themselves for it (a bar that comes up narrows the page)."""
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.verticalScrollBar()
        if area.isVisible() and area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded \
                and bar.isVisible() != (bar.maximum() > bar.minimum()):
            return False
    return True


def settled_bars(qtbot, window: QWidget) -> list[QScrollBar]:
    qtbot.wait(30)  # pending layouts run, as before the next paint
    qtbot.waitUntil(lambda: laid_out(window), timeout=2000)
    return vertical_bars(window)


@pytest.mark.parametrize("large", [False, True], ids=["usual", "large text"])
@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_on_a_full_hd_screen_the_food_page_fits(qtbot, demo_market, lang, large):
    # The longest words stand on two lines where one is too wide for half the column (Spanish "Contiene frutos de
    # cáscara"), so the allergens keep two columns and the whole page fits a 1920×1080 screen, unscrolled.
    window = make_window(qtbot, demo_market, (1920, 1080))
    window.set_language(lang)
    if large:
        tap(window.screen_for(Step.HOME).large_button)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles["food_ready"])  # the longest of the kinds' pages
    settled_bars(qtbot, window)
    try:  # on a loaded machine the chips may take a turn more to stand in their two columns
        qtbot.waitUntil(lambda: vertical_bars(window) == [], timeout=2000)
    except qtbot.TimeoutError:
        pass
    assert vertical_bars(window) == []
    assert not covered(window, bring.done)
    chips = [bring.tag_buttons[key] for key in COMMON_ALLERGENS]
    assert {chip.y() for chip in chips[:2]} == {chips[0].y()}  # side by side
    for chip in chips:  # each shows all its words
        lines = chip.text().replace("&&", "&").split("\n")
        assert len(lines) <= 2 and " ".join(lines) == chip.accessibleName()
        widest = max(chip.fontMetrics().horizontalAdvance(line) for line in lines)
        assert widest < chip.width() - chip.iconSize().width()
    # The number pad takes a third of the height; what no longer fits above it scrolls, as one page.
    tap(bring.count_edit)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and len(key_rects(window)) >= 12)
    assert len(settled_bars(qtbot, window)) <= 1
    in_reach(qtbot, window, bring)
