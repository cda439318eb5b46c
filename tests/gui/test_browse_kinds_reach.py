"""See what's here on a 7" screen: every kind is two taps away (not eight arrow taps to reach Food), and the
search's example words are readable (4.5:1) and whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from tests.gui.conftest import make_window, tap
from tests.gui.test_access import ratio
from ui import theme
from ui.flow import Step
from ui.lists import Role


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_every_kind_is_two_taps_away_on_a_7_inch_screen(qtbot, demo_market, lang):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    kinds = len(demo_market.categories())
    assert kinds >= 13
    tap(browse.all_kinds)  # one tap: every kind at once
    sheet = browse.kinds_sheet
    assert sheet.isVisible()
    QTest.qWait(30)
    inside = QRect(QPoint(0, 0), window.size())
    shown = [key for key, chip in sheet.chips.items()
             if chip.isVisible() and inside.contains(QRect(chip.mapTo(window, QPoint(0, 0)), chip.size()))
             and chip.visibleRegion().boundingRect() == chip.rect()]
    assert len(shown) == kinds + 1, f"{len(shown)} of {kinds + 1} kinds show at once"
    tap(sheet.chips["food_ready"])  # the second tap: the kind, chosen
    assert not sheet.isVisible() and browse.category == "food_ready"
    assert browse.chips["food_ready"].isChecked()
    food = demo_market.category("food_ready").name(lang)
    assert browse.all_kinds.accessibleName() == food  # the button names the kind chosen
    rows = [browse.model.index(n, 0) for n in range(browse.model.rowCount())]
    assert rows and all(index.data(Role.ROW).category_key == "food_ready" for index in rows)


@pytest.mark.parametrize("look", [theme.NORMAL, theme.LARGE])
def test_the_search_example_words_reach_4_5_to_1(qtbot, demo_market, look):
    window = make_window(qtbot, demo_market, (800, 480))
    if look == theme.LARGE:
        tap(window.screen_for(Step.HOME).large_button)
    window.go(Step.BROWSE)
    search = window.screen_for(Step.BROWSE).search
    search.ensurePolished()
    words = search.palette().color(QPalette.ColorRole.PlaceholderText)
    assert words.alpha() == 255
    assert ratio(words.name(), theme.PALETTES[look]["field"]) >= 4.5


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
@pytest.mark.parametrize("size", [(800, 480), (1280, 800)], ids=["800x480", "1280x800"])
def test_the_search_example_words_are_never_cut_off(qtbot, demo_market, size, lang):
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    window.go(Step.BROWSE)
    QTest.qWait(30)
    search = window.screen_for(Step.BROWSE).search
    assert search.placeholderText()
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) <= search.width() - 24
