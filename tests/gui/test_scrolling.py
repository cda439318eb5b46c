"""Pages and lists are flicked by finger or mouse, wherever the finger lands, and taps still tap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea

from tests.gui.conftest import make_window, touch_tap
from ui.flow import Step


def steward_page(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    area = steward.findChild(QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    return window, steward, area


@pytest.mark.parametrize("finger", ["mouse", "touch"])
def test_a_drag_that_starts_on_a_button_scrolls_the_page_and_does_not_press_it(qtbot, demo_market, finger):
    window, steward, area = steward_page(qtbot, demo_market)
    target = steward.action_grid.itemAt(steward.action_grid.count() - 1).widget()  # a steward button on screen
    clicks = []
    target.clicked.connect(lambda: clicks.append(True))
    start = target.mapTo(window, target.rect().center())
    assert window.rect().contains(start)
    path = [start - QPoint(0, dy) for dy in range(0, 160, 20)]
    if finger == "mouse":
        local = [target.mapFrom(window, point) for point in path]  # QTest sends straight to the widget
        QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local[0])
        for point in local[1:]:
            qtbot.wait(10)
            QTest.mouseMove(target, point)
        QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local[-1])
    else:
        device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
        QTest.touchEvent(window, device).press(0, path[0], window).commit()
        for point in path[1:]:
            qtbot.wait(10)
            QTest.touchEvent(window, device).move(0, point, window).commit()
        QTest.touchEvent(window, device).release(0, path[-1], window).commit()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 60, timeout=2000)
    assert clicks == []


def test_a_tap_in_a_scrolling_page_still_presses_the_button(qtbot, demo_market):
    window, steward, area = steward_page(qtbot, demo_market)
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    clicks = []
    steward.idle_more.clicked.connect(lambda: clicks.append(True))
    area.ensureWidgetVisible(steward.idle_more)
    qtbot.wait(20)
    touch_tap(device, steward.idle_more)
    assert clicks == [True]
    before = area.verticalScrollBar().value()
    QTest.mouseClick(steward.idle_less, Qt.MouseButton.LeftButton)
    assert window.idle_seconds == 60 and area.verticalScrollBar().value() == before


def test_taps_after_a_page_change_in_the_middle_of_a_touch_still_land(qtbot, market):
    """QScroller's own touch gesture swallowed the next tap on another page after this; ours does not."""
    window = make_window(qtbot, market, (800, 480))
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    window.go(Step.WANTED)
    wanted = window.screen_for(Step.WANTED)
    wanted.pick_category("shoes")
    touch_tap(device, next(b for b in wanted.size_group.buttons() if b.property("size_choice") == "39"))
    window.go_home()
    window.go(Step.BRING)
    bring = window.screen_for(Step.BRING)
    bring.pick_category("shoes")
    chip = next(b for b in bring.size_group.buttons() if b.property("size_choice") == "39")
    sizes = chip.parentWidget()
    while not isinstance(sizes, QScrollArea):
        sizes = sizes.parentWidget()
    for _ in range(20):  # the sizes stand in their columns once the page has its width, as before it is painted
        before = chip.mapTo(window, chip.rect().topLeft())
        sizes.ensureWidgetVisible(chip)  # where a finger would find it, below Put it on the table's row
        qtbot.wait(30)
        if chip.mapTo(window, chip.rect().topLeft()) == before:
            break
    touch_tap(device, chip)
    assert chip.isChecked()
