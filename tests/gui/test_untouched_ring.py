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


def test_undo_tapped_on_see_whats_here_leaves_no_cursor_in_the_search(qtbot, demo_market):
    """Undo, tapped, holds the focus; the bar then goes, and Qt handed the focus to the next widget in the chain:
    See what's here's search field, whose cursor blinked in its green frame as if tapped, and whose first focus
    built the keyboard (~140 ms of the tap, and its memory, for a visitor who never types; make_window builds it
    beforehand, so here the focus is what is looked at)."""
    from tests.gui.test_visitor import browse, take_point

    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    left = browse(window).proxy.index(0, 0).data()
    tap(browse(window).list.viewport(), take_point(window, 0))
    assert window.undo_bar.isVisible()
    tap(window.undo_bar.undo_button)
    assert not window.undo_bar.isVisible() and browse(window).proxy.index(0, 0).data() == left
    assert not browse(window).search.hasFocus()
    assert QApplication.focusWidget() is None


def test_a_notice_answered_hands_its_focus_to_no_field(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    window.tell("Someone just took the last one.")
    ok = window.notice.answer_button("ok")
    tap(ok)
    assert not window.notice.isVisible()
    assert QApplication.focusWidget() is None
