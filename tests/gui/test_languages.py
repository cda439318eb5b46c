"""French and Arabic: Arabic mirrors the kiosk right to left, pictograms that point turn round, the
on-screen keyboard types in each language, and the next visitor starts over in the table's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import choose_language, tap
from ui.flow import Step
from ui.theme import icon


def pixels(button) -> object:
    return button.icon().pixmap(48).toImage()


def turned_round(image) -> object:
    """The image mirrored left to right: QImage.flipped() is Qt 6.9's, Debian 13's 6.8 has only mirrored()."""
    return image.flipped(Qt.Orientation.Horizontal) if hasattr(image, "flipped") else image.mirrored(True, False)


def test_arabic_mirrors_the_window_and_its_arrows_and_the_idle_reset_undoes_it(qtbot, window):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(window.screen_for(Step.BRING).categories.tiles["books"])
    back = window.screen_for(Step.BRING).back
    assert back.isVisible()
    pointing_left = icon("mdi6.arrow-left").pixmap(48).toImage()
    assert pixels(back) == pointing_left
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    choose_language(window, "ar")
    assert window.lang == "ar"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert back.isRightToLeft()
    assert window.screen_for(Step.HOME).tiles[Step.BRING].accessibleName() == "أحضرت شيئًا"
    # The way back points right, where "back" is for a right-to-left reader; a pictogram that does not
    # point (home) stays as it is.
    assert pixels(back) == turned_round(pointing_left)
    assert pixels(back) != pointing_left
    assert pixels(window.home_button) == icon("mdi6.home").pixmap(48).toImage()
    # The back button sits at the right-hand end of its row now.
    qtbot.waitUntil(lambda: back.mapTo(back.parentWidget(), back.rect().center()).x()
                    > back.parentWidget().width() / 2)
    window.set_idle_seconds(1)
    qtbot.waitUntil(lambda: window.lang == "en", timeout=3000)
    assert window.flow.step == Step.HOME
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert pixels(back) == pointing_left


def test_the_take_button_in_a_row_moves_to_the_left_in_arabic(qtbot, window):
    window.market.list_item("books", 3, "Atlas")
    choose_language(window, "ar")
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    rect = browse.list.visualRect(browse.proxy.index(0, 0))
    button = browse.delegate.button_rect(rect)
    assert button.center().x() < rect.center().x()
    from PySide6.QtTest import QTest
    QTest.mouseClick(browse.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     button.center())
    assert window.market.available()[0].left == 2


@pytest.mark.parametrize(("lang", "layout", "letter"), [
    ("en", "en", "q"), ("es", "es", "ñ"), ("fr", "fr", "a"), ("ar", "ar", "ب")])
def test_the_keyboard_types_in_each_language(qtbot, window, lang, layout, letter):
    if lang != "en":
        choose_language(window, lang)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    tap(window.screen_for(Step.STEWARD).title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    # The layout really in use, as the keyboard reports it (a locale without a layout falls back).
    qtbot.waitUntil(lambda: window.keyboard.input_locale().startswith(layout))
    qtbot.waitUntil(lambda: window.keyboard.key(letter) is not None)
    if lang == "fr":  # AZERTY: the "a" key is where English keyboards have "q"
        a, z = window.keyboard.key_center("a"), window.keyboard.key_center("z")
        assert a.x() < z.x() and abs(a.y() - z.y()) < 5


def test_after_arabic_the_next_visitor_gets_the_tables_keyboard_again(qtbot, window):
    choose_language(window, "ar")
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    tap(steward.title_edit)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and window.keyboard.input_locale().startswith("ar"))
    window.idle_reset()
    assert window.lang == "en" and not window.keyboard.isVisible()
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    tap(steward.title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    qtbot.waitUntil(lambda: window.keyboard.input_locale().startswith("en"))
    qtbot.waitUntil(lambda: window.keyboard.key("q") is not None)


def test_a_closed_window_leaves_no_translation_behind(qtbot, window):
    """The window is only deleted later (pytest-qt, like Qt, asks for deleteLater): what comes before that —
    a problem screen, the next window — must not speak the closed window's language."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.errors import WORDS_CONTEXT

    english = "The kiosk is already running on this file."
    choose_language(window, "fr")
    assert QCoreApplication.translate(WORDS_CONTEXT, english) != english  # French is installed
    window.close()
    assert QCoreApplication.translate(WORDS_CONTEXT, english) == english


def test_a_closed_arabic_window_leaves_the_application_reading_left_to_right(qtbot, window):
    """Arabic mirrors the whole application; what comes after the window (a problem screen, the next window, a
    printed sign) starts left to right again."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    choose_language(window, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.close()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    after = QLabel("next")
    qtbot.addWidget(after)
    assert after.layoutDirection() == Qt.LayoutDirection.LeftToRight
