"""A kind tapped on Bring or Wanted turns the screen's page. The tapped tile's focus must not pass to the next
page's first button: its focus ring, on a size nobody touched ("Kids"), reads to a hurried visitor as a size
chosen. The window already lets focus go between screens; a screen's own pages do the same."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication

from tests.gui.conftest import make_window, tap
from ui.flow import Step


@pytest.mark.parametrize("step", [Step.BRING, Step.WANTED])
def test_a_kind_tapped_leaves_no_ring_on_a_size_nobody_touched(qtbot, demo_market, step):
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[step])
    screen = window.screen_for(step)
    tiles = screen.categories.tiles
    tap(tiles["shoes"])
    qtbot.wait(30)
    sizes = screen.sizes_box.group.buttons()
    assert sizes and all(size.isVisible() for size in sizes)
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QAbstractButton), focused.text()
    # A size the visitor taps has the focus, as any button tapped.
    tap(sizes[2])
    assert sizes[2].hasFocus() and sizes[2].isChecked()
