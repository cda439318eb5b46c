"""A hurried double tap: its second half lands where the first half has just changed the screen. It is Qt's
double click, made by Qt itself from two quick taps sent through the window (as the touchscreen's come)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import make_window, tap
from tests.gui.test_visitor import take_point
from ui.flow import Step


def double_tap(widget: QWidget, pos: QPoint | None = None, taps: int = 2) -> None:
    """Taps 60 ms apart on one spot of the glass, whatever is there for the second."""
    window = widget.window()
    spot = widget.mapTo(window, pos or widget.rect().center())
    for _ in range(taps):
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot, 30)


def in_stock(market) -> int:
    return sum(i.left or 0 for i in market.available())


@pytest.mark.parametrize("size", [(800, 480), (1280, 800)])
def test_a_double_tap_on_a_home_tile_chooses_nothing_on_the_next_screen(qtbot, demo_market, size):
    window = make_window(qtbot, demo_market, size)
    before = in_stock(demo_market)
    double_tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    assert window.flow.step == Step.BRING
    assert window.screen_for(Step.BRING).category is None  # no kind chosen (it was Shoes, under the finger)
    window.go_home()
    double_tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    assert window.flow.step == Step.BROWSE
    assert in_stock(demo_market) == before  # nothing taken (a row's "Take one" was under the finger)
    window.go_home()
    double_tap(window.screen_for(Step.HOME).tiles[Step.BRING], taps=3)  # Qt's third is a press again
    assert window.screen_for(Step.BRING).category is None


def test_a_double_tap_on_a_kind_does_not_put_it_on_the_table(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    double_tap(window.screen_for(Step.BRING).categories.tiles["food_ready"])  # "Put it on the table" comes there
    assert window.flow.step == Step.BRING and window.screen_for(Step.BRING).category is not None
    assert market.available() == []


def test_a_double_tap_on_make_my_card_leaves_the_card_on_show(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    window.go(Step.SKILLS)
    window.go(Step.SKILL_OFFER)
    offer = window.screen_for(Step.SKILL_OFFER)
    offer.title_edit.insert("Bike repair")
    double_tap(offer.save)  # "All skills" comes there
    assert window.flow.step == Step.SKILL_QR
    assert len(market.skill_offers()) == 1


def test_a_double_tap_on_one_button_is_still_two_taps(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    item = market.list_item("books", 5, "Atlas").item
    window.go(Step.BROWSE)
    double_tap(window.screen_for(Step.BROWSE).list.viewport(), take_point(window, 0))
    assert market.item(item.id).left == 3
    window.go_home()
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles["books"])
    double_tap(bring.more)
    assert bring.count == 3
