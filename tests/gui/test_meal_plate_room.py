"""The serving table's plate counter on a 7" screen: the big +1 plate never runs into the +5 and Undo row below
it (at 800×480 it overlapped it, the page's room between them gone)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import choose_language, tap
from tests.gui.test_meal_screens import steward
from ui import theme
from ui.flow import Step


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
@pytest.mark.parametrize("size", [(800, 480), (1024, 600), (1920, 1080)])
def test_the_plate_button_keeps_its_room_from_the_row_below(qtbot, market, size, lang):
    window = steward(qtbot, market, size)
    choose_language(window, lang)
    screen = window.screen_for(Step.MEALS)
    tap(screen.open_button)
    qtbot.wait(60)
    plate, five, undo = screen.plate.geometry(), screen.five.geometry(), screen.undo.geometry()
    assert five.top() - plate.bottom() - 1 >= theme.GAP_COLUMN, (plate, five)
    assert undo.top() - plate.bottom() - 1 >= theme.GAP_COLUMN, (plate, undo)
    assert screen.total.geometry().bottom() < plate.top()
    assert five.bottom() < screen.note.geometry().top()
    assert screen.plate.height() >= 120  # still a big target for a busy serving table
