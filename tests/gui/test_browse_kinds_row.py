"""See what's here: the row of kinds shows that it goes on past the edge, and arrows a finger can tap move it.
(On a 7" screen one button opens every kind instead: tests/gui/test_browse_kinds_reach.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.gui.conftest import make_window, tap
from ui.flow import Step


@pytest.mark.parametrize("lang", ["en", "es"])
def test_arrows_show_and_move_the_row_of_kinds(qtbot, demo_market, lang):
    window = make_window(qtbot, demo_market, (1280, 800))
    window.set_language(lang)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    viewport = browse.chips_area.viewport()

    def shown(chip) -> bool:
        where = QRect(chip.mapTo(viewport, QPoint(0, 0)), chip.size())
        return viewport.rect().contains(where)

    last = list(browse.chips.values())[-1]
    assert not shown(last)  # there are more kinds than room…
    assert browse.chips_more.isVisible() and browse.chips_more.isEnabled()  # …and the row says so
    assert browse.chips_back.isVisible() and not browse.chips_back.isEnabled()
    for arrow in (browse.chips_more, browse.chips_back):
        assert arrow.height() >= 64 and arrow.width() >= 64 and arrow.accessibleName()
    taps = 0
    while browse.chips_more.isEnabled() and taps < 20:
        tap(browse.chips_more)
        taps += 1
    assert shown(last) and not browse.chips_more.isEnabled() and browse.chips_back.isEnabled()
    tap(last)
    assert browse.category == list(browse.chips)[-1]
    while browse.chips_back.isEnabled():
        tap(browse.chips_back)
    assert shown(browse.chips[None])
    assert browse.all_kinds.isVisible()  # and every kind at once, a tap away
