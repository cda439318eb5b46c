"""What a steward's hour builds goes when the steward has gone (issue 25, a day's memory): at the idle reset after
it, the tools' screens are deleted (their charts, previews and pages; the next steward gets them built again) and
Qt's pixmap cache lets go of the previews a label showed. Structure only (the day's figures live in benchmarks/).

Measured before this test: a day's memory at the quiet moment grew ~12 MB from hour 1 to 8, ~9 MB of it pictures
kept in Qt's pixmap cache (each sign preview a label was given, 1-2 MB, until the cache's 10 MB were full), and the
tools built in the first steward's hour (~8 MB) stayed all day."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import tap
from tests.gui.test_steward_tools_structure import TOOLS, action, unlock
from ui.flow import Step


def alive() -> set[int]:
    """Every widget of the application, by its C++ address (Python's wrappers come and go)."""
    return {shiboken6.getCppPointer(w)[0] for w in QApplication.allWidgets()}


def stewards_hour(qtbot, window) -> None:
    """The PIN, every tool built in the idle time after the steward page, Print signs with two kinds of sign shown,
    the summary, then home by the home button (the steward has gone)."""
    unlock(window)
    qtbot.waitUntil(lambda: all(window.built(step) is not None for step in TOOLS), timeout=10000)
    tap(action(window, "Print signs"))
    signs = window.built(Step.SIGNS)
    for kind in list(signs.kind_buttons)[:2]:
        tap(signs.kind_buttons[kind])
        qtbot.waitUntil(lambda: not signs.preview.pixmap().isNull(), timeout=5000)
    tap(signs.back)
    tap(action(window, "Summary & export"))
    assert window.flow.step == Step.SUMMARY
    tap(window.home_button)
    assert window.flow.step == Step.HOME


def test_the_tools_a_steward_used_are_deleted_at_the_idle_reset_after_and_built_again_for_the_next(qtbot, window):
    window.set_idle_seconds(1)
    stewards_hour(qtbot, window)
    tools = [window.built(step) for step in TOOLS]
    theirs = {shiboken6.getCppPointer(w)[0] for tool in tools for w in [tool, *tool.findChildren(QWidget)]}
    qtbot.waitUntil(lambda: [step for step in TOOLS if window.built(step) is not None] == [], timeout=3000)
    assert not any(shiboken6.isValid(tool) for tool in tools)  # deleted, not only put aside
    assert alive() & theirs == set()
    # The next steward finds every tool again, built in the idle time after the steward page, with its button.
    unlock(window)
    qtbot.waitUntil(lambda: all(window.built(step) is not None for step in TOOLS), timeout=10000)
    tap(action(window, "Print signs"))
    assert window.flow.step == Step.SIGNS and window.built(Step.SIGNS).open_button is action(window, "Print signs")


def test_no_tool_is_taken_from_a_steward_still_behind_the_pin(qtbot, window):
    """Only once the window is home are the tools retired (the idle reset goes home first, then retires)."""
    stewards_hour(qtbot, window)
    window.idle_reset()  # the steward's hour over: retired
    unlock(window)
    qtbot.waitUntil(lambda: all(window.built(step) is not None for step in TOOLS), timeout=10000)
    assert window.retire_tools() == []  # still behind the PIN: nothing is taken from under the steward
    assert all(window.built(step) is not None for step in TOOLS)


def test_qts_pixmap_cache_is_emptied_at_the_idle_reset_after_a_steward_not_after_a_visitor(qtbot, window):
    """A label shows its picture through Qt's pixmap cache, which keeps every sign preview it was given until the
    cache is full (ui/memory.py). A visitor's walking away keeps what is cached (their next taps repaint from it)."""
    window.set_idle_seconds(1)
    drawn = QPixmap(8, 8)
    drawn.fill(Qt.GlobalColor.white)
    QPixmapCache.insert("test: drawn before", drawn)
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)  # a visitor walked away
    assert QPixmapCache.find("test: drawn before") is not None
    stewards_hour(qtbot, window)
    qtbot.waitUntil(lambda: window.built(Step.SIGNS) is None, timeout=3000)  # the idle reset after the steward
    assert QPixmapCache.find("test: drawn before") is None
