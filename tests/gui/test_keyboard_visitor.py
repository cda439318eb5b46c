"""A visitor on a 7-inch screen types on the on-screen keyboard: a search that shows its results while
they type, and a want with words, whose matches are one tap away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import make_window, tap
from tests.gui.test_keyboard_fit import laid_out
from ui.flow import Step
from ui.lists import Role


def type_on_keys(qtbot, window, words: str) -> None:
    # A keyboard built on the first tap into a field lays out its keys on the next turn of the event loop (one
    # handed on from another window, over the next turns: laid_out).
    qtbot.waitUntil(lambda: window.keyboard.key_center(words[0]) is not None and laid_out(window.keyboard))
    for letter in words:
        center = window.keyboard.key_center(letter)
        assert center is not None, f"no key {letter!r}"
        QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         center.toPoint())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_searching_winter_boots_shows_them_above_the_keyboard(qtbot, demo_market, lang):
    boots = demo_market.list_item("shoes", 1, "Winter boots").item
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    tap(browse.search)
    qtbot.waitUntil(window.keyboard.isVisible)
    type_on_keys(qtbot, window, "winter boots")
    qtbot.waitUntil(lambda: browse.search.text().lower() == "winter boots")
    qtbot.waitUntil(lambda: not browse.search_pause.isActive() and not browse.searching())
    assert window.keyboard.isVisible()  # still typing
    shown = [browse.proxy.index(row, 0).data(Role.ROW).id
             for row in range(browse.proxy.rowCount())]
    assert boots.id in shown
    rect = browse.list.visualRect(browse.proxy.index(shown.index(boots.id), 0))
    bottom = browse.list.viewport().mapTo(window, QPoint(0, rect.bottom())).y()
    assert bottom < window.keyboard.mapTo(window, QPoint(0, 0)).y()  # the row is there to see


def test_a_want_with_words_then_show_them(qtbot, demo_market):
    demo_market.list_item("shoes", 1, "Snow boots")
    expected = {i.title for i in demo_market.available() if i.category_key == "shoes" and "boots" in i.title.lower()}
    assert len(expected) >= 2
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.WANTED])
    wanted = window.screen_for(Step.WANTED)
    tap(wanted.categories.tiles["shoes"])
    tap(wanted.title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    type_on_keys(qtbot, window, "boots")
    qtbot.waitUntil(lambda: wanted.title_edit.text().lower() == "boots")
    tap(wanted.post)
    qtbot.waitUntil(window.notice.isVisible)
    assert str(len(expected)) in window.notice.text.text()
    show = window.notice.answer_button("show")
    assert show is not None and show.height() >= 64
    tap(show)
    assert window.flow.step == Step.BROWSE
    browse = window.screen_for(Step.BROWSE)
    titles = {browse.proxy.index(row, 0).data() for row in range(browse.proxy.rowCount())}
    assert titles == expected
    # Choosing a kind or typing goes back to the whole table.
    tap(browse.all_kinds)  # on a 7" screen the kinds are a tap away on their sheet
    tap(browse.kinds_sheet.chips[None])
    assert browse.proxy.rowCount() > 2


def test_a_screenshot_can_show_the_keyboard_up(demo_market, db_path, tmp_path):
    import subprocess
    import sys

    from PySide6.QtGui import QColor, QImage

    for keyboard in (False, True):
        out = tmp_path / f"browse-{keyboard}.png"
        command = [sys.executable, "-m", "commons_table", "screenshot", "--db", str(db_path), "--screen", "browse",
                   "--size", "800x480", "--lang", "es", "--out", str(out)]
        subprocess.run(command + (["--keyboard"] if keyboard else []), check=True, timeout=60)
        image = QImage(str(out))
        assert (image.width(), image.height()) == (800, 480)
        bottom = QColor(image.pixel(3, 476))
        assert (bottom.lightness() < 80) == keyboard, bottom.name()  # the keyboard's dark panel, or the page
