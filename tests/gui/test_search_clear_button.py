"""See what's here, left with words in its search (a visitor walked away) and come back to: the field is
empty, and so is the place of its ⓧ. Qt fades the clear button out when the field's words go; a field emptied
with its signals blocked kept a fully drawn ⓧ beside nothing to clear."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from tests.gui.conftest import make_window, tap
from ui.flow import Step


def clear_button(field) -> QToolButton:
    action = field.findChild(QAction, "_q_qlineeditclearaction")
    return next(b for b in field.findChildren(QToolButton) if b.defaultAction() is action)


def test_the_search_field_emptied_at_home_shows_no_clear_button(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    tap(browse.search)
    qtbot.keyClicks(browse.search, "coat")
    clear = clear_button(browse.search)
    qtbot.waitUntil(lambda: clear.property("opacity") == 1.0)  # Qt's fade in, with the words
    window.idle_reset()  # the visitor walked away: home, every screen cleared
    assert window.step == Step.HOME
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    assert browse.search.text() == ""
    qtbot.waitUntil(lambda: clear.property("opacity") == 0.0, timeout=2000)
    assert not browse.searching()
