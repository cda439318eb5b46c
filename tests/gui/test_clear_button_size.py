"""The ⓧ that empties a field is a target a finger hits, on a 7" screen and in each direction. Qt sizes it from
the style's line-edit icon size: 22×18 px at every screen size, a corner of the field a finger misses (the tap
then lands in the field and only moves its cursor)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QToolButton

from tests.gui.conftest import choose_language, make_window, tap
from ui.flow import Step

FINGER = 44  # px: the least a touch target may be across and down (Apple's 44 pt; Material asks 48 dp)


def clear_button(field: QLineEdit) -> QToolButton:
    action = field.findChild(QAction, "_q_qlineeditclearaction")
    return next(b for b in field.findChildren(QToolButton) if b.defaultAction() is action)


def typed(qtbot, window, field: QLineEdit, words: str) -> QToolButton:
    tap(field)
    qtbot.keyClicks(field, words)
    clear = clear_button(field)
    qtbot.waitUntil(lambda: clear.isVisible() and clear.property("opacity") == 1.0)  # Qt's fade in, with the words
    return clear


def check_and_tap(qtbot, field: QLineEdit, clear: QToolButton, at_right: bool) -> None:
    box = clear.geometry()
    assert box.width() >= FINGER and box.height() >= FINGER, (field.accessibleName(), box)
    assert field.rect().contains(box), (field.accessibleName(), box, field.rect())  # inside its field
    assert (box.center().x() > field.width() / 2) == at_right, (field.accessibleName(), box)
    # A finger lands near the ⓧ's edge, not at its centre: the words go.
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton, pos=clear.rect().topLeft() + clear.rect().center() / 4)
    qtbot.waitUntil(lambda: field.text() == "", timeout=1000)


def test_the_search_fields_clear_button_is_finger_sized_and_empties_it(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    for lang, at_right in (("en", True), ("ar", False)):
        window.go_home()
        choose_language(window, lang)
        tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
        browse = window.screen_for(Step.BROWSE)
        clear = typed(qtbot, window, browse.search, "coat")
        check_and_tap(qtbot, browse.search, clear, at_right)


def test_the_fields_of_wanted_and_a_skill_offer_have_the_same_clear_button(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.WANTED])
    wanted = window.screen_for(Step.WANTED)
    tap(wanted.categories.tiles["shoes"])
    check_and_tap(qtbot, wanted.title_edit, typed(qtbot, window, wanted.title_edit, "A tent"), at_right=True)
    window.go_home()
    tap(window.screen_for(Step.HOME).tiles[Step.SKILLS])
    tap(window.screen_for(Step.SKILLS).offer_button)
    offer = window.screen_for(Step.SKILL_OFFER)
    check_and_tap(qtbot, offer.title_edit, typed(qtbot, window, offer.title_edit, "Bike repair"), at_right=True)
