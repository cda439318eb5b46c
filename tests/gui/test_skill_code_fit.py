"""The offer's code on a 7" screen once the skills share's day is set: every line whole, nothing on top
of anything else, both buttons inside the window — in Spanish too."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.store import skills as skill_store
from tests.gui.conftest import make_window
from ui.flow import Step


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", [(800, 480), (1024, 600)], ids=["800x480", "1024x600"])
def test_the_code_screen_fits_with_the_skills_share_day_set(qtbot, demo_market, lang, size):
    skill_store.save_gathering(demo_market, "Skills share", "2026-12-12", "18:00", "21:00",
                               "Community garden shed", "Bring a cup")
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    window.show_for_screenshot(Step.SKILL_QR)
    qtbot.wait(30)
    screen = window.screen_for(Step.SKILL_QR)
    assert screen.gathering.isVisible() and screen.gathering.text()
    labels = [w for w in screen.findChildren(QLabel) if w.isVisible() and w.text()]
    buttons = [w for w in screen.findChildren(QPushButton) if w.isVisible()]
    assert len(buttons) == 2 and len(labels) >= 5
    for text in labels:
        # Whole lines: a wrapped label is as tall as its words need, not squeezed onto its neighbours.
        assert text.height() >= text.heightForWidth(text.width()), text.text()
    window_rect = QRect(QPoint(0, 0), window.size())
    for control in buttons:
        assert window_rect.contains(in_window(control)), control.accessibleName()
        assert control.height() >= 64
        assert control.fontMetrics().horizontalAdvance(control.text()) + control.iconSize().width() \
            <= control.width(), f"{control.text()!r} is cut off"
    # What shows of the words never lies under the buttons or the code.
    viewport = in_window(screen.words_area.viewport())
    for a, b in itertools.combinations([viewport, in_window(screen.qr), *map(in_window, buttons)], 2):
        assert not a.intersects(b), (a, b)
