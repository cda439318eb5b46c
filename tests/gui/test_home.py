"""The home screen, the top bar and the rules every screen keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from tests.gui.conftest import choose_language, make_window, tap
from ui.flow import Step


def visible_controls(window):
    screen = window.current_screen()
    found = []
    for widget in [*screen.findChildren(QAbstractButton), *screen.findChildren(QLineEdit),
                   window.home_button, window.language_button, window.steward_button]:
        if widget.isVisibleTo(window):
            found.append(widget)
    return found


def test_home_shows_four_doors_with_pictograms_words_and_accessible_names(window):
    home = window.screen_for(Step.HOME)
    assert window.flow.step == Step.HOME
    names = {step: tile.accessibleName() for step, tile in home.tiles.items()}
    assert names == {Step.BRING: "I brought something", Step.BROWSE: "See what's here",
                     Step.WANTED: "I'm looking for…", Step.SKILLS: "Skills share"}
    for tile in home.tiles.values():
        assert tile.isVisible() and not tile.icon().isNull() and tile.text()
        assert tile.height() >= 64
    for control in visible_controls(window):
        assert control.accessibleName(), control


def test_home_shows_the_event_and_how_much_is_here(qtbot, demo_market):
    window = make_window(qtbot, demo_market)
    assert window.event_title.text() == "Really Really Free Market"
    home = window.screen_for(Step.HOME)
    piles = sum(1 for i in demo_market.available() if i.is_lots)
    counted = sum(i.left for i in demo_market.available() if not i.is_lots)
    assert piles and counted
    assert home.count.text() == f"{counted + piles} things on the table right now"


def test_a_door_opens_its_screen_and_home_comes_back(window):
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    assert window.flow.step == Step.BROWSE
    assert window.home_button.isVisible() and not window.steward_button.isVisible()
    tap(window.home_button)
    assert window.flow.step == Step.HOME


def test_the_language_chooser_offers_each_language_in_its_own_words(window):
    home = window.screen_for(Step.HOME)
    assert window.language_button.text() == "English"
    tap(window.language_button)
    offered = {lang: window.notice.answer_button(lang) for lang in ("en", "es", "fr", "ar")}
    assert {lang: b.text() for lang, b in offered.items()} == \
        {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
    assert all(b.height() >= 64 for b in offered.values())
    tap(offered["es"])
    assert window.lang == "es" and not window.notice.isVisible()
    assert home.tiles[Step.BRING].text() == "Traje algo"
    assert window.language_button.text() == "Español"
    choose_language(window, "fr")
    assert home.tiles[Step.BRING].accessibleName() == "J'ai apporté quelque chose"
    choose_language(window, "en")
    assert home.tiles[Step.BRING].text() == "I brought something"


def scroll_area_of(widget):
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def assert_controls_fit(window, scrolls: bool = False, where: str = "", all_words: bool = False) -> None:
    """No visible control is clipped by the window, smaller than a finger, unnamed, or too narrow for
    its words. `scrolls`: controls below the fold of a scrolling page are allowed. `all_words`: the words
    of controls inside scrolling pages and rows are checked too (large text)."""
    from PySide6.QtTest import QTest

    QTest.qWait(60)  # let pending layout requests run, as they would before the next paint
    screen_rect = window.rect()
    controls = visible_controls(window)
    assert controls
    for control in controls:
        if not control.isVisible():
            continue
        name = control.accessibleName()
        assert name, control
        inside_field = isinstance(control.parentWidget(), QLineEdit)  # its ⓧ: the field is the target
        assert control.height() >= 64 or inside_field, (name, control.height())
        top_left = control.mapTo(window, control.rect().topLeft())
        bottom_right = control.mapTo(window, control.rect().bottomRight())
        if all_words:
            assert_words_fit(control, where)
        if scrolls and bottom_right.y() > screen_rect.bottom():
            continue
        area = scroll_area_of(control)
        if area is not None:
            # Inside a scrolling row or page it may be scrolled out of sight; the area itself must fit.
            view = area.viewport()
            corner = view.mapTo(window, view.rect().bottomRight())
            assert screen_rect.contains(view.mapTo(window, view.rect().topLeft())) and \
                screen_rect.contains(corner), (where, "scroll area of", name)
            page = area.widget() if hasattr(area, "widget") else None
            shown = control.visibleRegion().boundingRect()
            if all_words and page is not None and page.width() <= view.width() and not shown.isEmpty():
                # A page that only scrolls up and down must not cut a control off at the side.
                assert shown.width() >= control.width(), (where, name, shown, control.width())
            continue
        assert screen_rect.contains(top_left) and screen_rect.contains(bottom_right), (where, name, top_left,
                                                                                      bottom_right)
        if not all_words:
            assert_words_fit(control, where)
        else:
            # Not cut off by a parent that is too narrow for its row of buttons either.
            shown = control.visibleRegion().boundingRect()
            assert shown.width() >= control.width() and shown.height() >= control.height(), (where, name, shown)


def assert_words_fit(control, where: str = "") -> None:
    """A button's words fit inside it, on a page that scrolls too."""
    if isinstance(control, QAbstractButton) and control.text():
        lines = control.text().replace("&&", "&").split("\n")
        words = max(control.fontMetrics().horizontalAdvance(line) for line in lines)
        beside = control.icon().isNull() or getattr(control, "toolButtonStyle", lambda: None)() == \
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        # The words must fit inside the button's padding (10 px a side at the least), beside any pictogram.
        room = control.width() - 20 - (0 if beside else control.iconSize().width() + 4)
        assert words <= room, (where, control.accessibleName(), words, room)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
@pytest.mark.parametrize("step", [Step.HOME, Step.PIN, Step.STEWARD])
def test_nothing_is_clipped_or_too_small_to_touch(qtbot, demo_market, size, step, lang):
    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    if step != Step.HOME:
        window.go(Step.PIN)
    if step == Step.STEWARD:
        window.go(Step.STEWARD)
    assert window.size().width() == size[0] and window.size().height() == size[1]
    assert_controls_fit(window, scrolls=step == Step.STEWARD)


def test_no_other_window_opens_while_the_kiosk_window_is_built(qtbot, market, monkeypatch):
    # The read-aloud toggle was once shown before it had a parent: for a moment it was a window of its own
    # (on a real screen, a small frame flashing in a corner).
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from ui import speech

    monkeypatch.setattr(speech, "engine_installed", lambda: True)  # so home shows the toggle
    opened: list[str] = []

    class Windows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
                opened.append(watched.objectName() or type(watched).__name__)
            return False

    watcher = Windows()
    QApplication.instance().installEventFilter(watcher)
    try:
        window = make_window(qtbot, market)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert window.screen_for(Step.HOME).speak_button.isVisible()
    assert opened == ["KioskWindow"]
