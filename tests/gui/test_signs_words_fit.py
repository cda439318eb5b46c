"""Print signs keeps every button's words whole: 4 languages × 800×480, 1280×800, 1920×1080 × usual and large
text, with every part of the page on show (every kind, the picked categories, both welcome fields)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from tests.gui.conftest import make_window
from tests.gui.test_home import assert_controls_fit
from ui import theme
from ui.flow import Step
from ui.printing.kinds import ALL

SIZES = [(800, 480), (1280, 800), (1920, 1080)]


def cut_words(button: QAbstractButton) -> str:
    """What of the button's words does not fit inside it (its padding and pictogram kept), or ""."""
    lines = button.text().replace("&&", "&").split("\n")
    metrics = button.fontMetrics()
    room = button.width() - 20 - (0 if button.icon().isNull() else button.iconSize().width() + 4)
    too_wide = [line for line in lines if metrics.horizontalAdvance(line) > room]
    too_tall = metrics.height() * len(lines) > button.height() - 8
    return ", ".join(too_wide) or ("two lines too tall" if too_tall else "")


@pytest.mark.parametrize("look", [theme.NORMAL, theme.LARGE])
@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_button_on_print_signs_cuts_its_words(qtbot, demo_market, size, lang, look):
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    if look == theme.LARGE:
        window.screen_for(Step.HOME).large_button.click()
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.go(Step.SIGNS)
    signs = window.screen_for(Step.SIGNS)
    signs.kind_buttons[ALL].click()  # every part of the page on show
    signs.scope_chosen.click()
    for other in ("en", "es", "fr", "ar"):
        if other not in signs.langs and len(signs.langs) < 2:
            signs.lang_buttons[other].click()
    QTest.qWait(60)
    cut = {b.accessibleName(): cut_words(b) for b in signs.findChildren(QAbstractButton)
           if b.isVisibleTo(signs) and b.text() and cut_words(b)}
    assert not cut, cut
    assert_controls_fit(window, scrolls=True, where=f"{size} {lang} {look}")  # none cut off by the window
