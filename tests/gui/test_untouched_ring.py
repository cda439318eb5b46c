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


# The steward's side. A button that greys itself out (a stepper at its last value, Add once its amount is
# recorded, Undo with nothing left to undo) or hides itself (More allergens) while holding the focus: Qt handed the
# focus to the next widget in the chain, a button whose ring nobody touched ("Longer", "Vegan", the window's Home),
# or a text field whose cursor blinked as if tapped and whose first focus built the keyboard (the gathering's
# Place, after its start time's Later was held to the end of the day).


def steward_window(qtbot, demo_market):
    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH
    from tests.gui.test_steward import type_pin

    demo_market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    assert window.flow.step == Step.STEWARD
    return window


def tool(window, step: Step):
    from PySide6.QtWidgets import QPushButton

    steward = window.screen_for(Step.STEWARD)
    return next(b for b in steward.findChildren(QPushButton) if b.property("opens") == step.value)


def tap_until_greyed(button) -> None:
    for _ in range(200):
        if not button.isEnabled():
            return
        tap(button)
    raise AssertionError(f"{button.text()} never greyed out")


def test_a_gathering_time_held_to_its_end_puts_no_cursor_in_the_place(qtbot, demo_market):
    window = steward_window(qtbot, demo_market)
    tap(window.screen_for(Step.GATHERING).open_button)
    gathering = window.screen_for(Step.GATHERING)
    tap_until_greyed(gathering.start.more)
    assert not gathering.place_edit.hasFocus()
    assert QApplication.focusWidget() is None


def test_the_idle_time_stepped_to_its_end_leaves_no_ring_on_the_other_way(qtbot, demo_market):
    window = steward_window(qtbot, demo_market)
    steward = window.screen_for(Step.STEWARD)
    tap_until_greyed(steward.idle_less)
    assert not steward.idle_more.hasFocus()
    assert QApplication.focusWidget() is None
    tap_until_greyed(steward.idle_more)
    assert QApplication.focusWidget() is None
    # A button still there to tap keeps the focus of its tap.
    tap(steward.idle_less)
    assert steward.idle_less.hasFocus()


def test_food_rescued_added_leaves_no_ring_on_home(qtbot, demo_market):
    window = steward_window(qtbot, demo_market)
    tap(tool(window, Step.RESCUED))
    rescued = window.screen_for(Step.RESCUED)
    tap(rescued.keys["3"])
    tap(rescued.add)
    assert not rescued.add.isEnabled()
    assert not window.home_button.hasFocus()
    assert QApplication.focusWidget() is None


def test_more_allergens_hiding_itself_leaves_no_ring_on_a_diet(qtbot, demo_market):
    window = steward_window(qtbot, demo_market)
    tap(tool(window, Step.FOOD_LABELS))
    labels = window.screen_for(Step.FOOD_LABELS)
    tap(labels.more_allergens)
    assert not labels.more_allergens.isVisible()
    assert not any(b.hasFocus() for b in labels.diet_buttons.values())
    assert QApplication.focusWidget() is None
