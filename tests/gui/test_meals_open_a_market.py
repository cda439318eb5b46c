"""Meals served and Food rescued count into the open market, opening one when none is: the kiosk's top bar then
names that market at once, as every other way of opening one does, not "Commons Table" until the steward leaves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step


def tool(window, step: Step) -> QPushButton:
    steward = window.screen_for(Step.STEWARD)
    return next(b for b in steward.findChildren(QPushButton) if b.property("opens") == step.value)


@pytest.fixture
def closed(qtbot, market):
    """A steward who has just closed the day's market by taps and is back on the steward page, at 800×480."""
    market.set_setting(PIN_HASH, hash_pin("2468"))
    market.open_event("Soup in the park")
    window = make_window(qtbot, market, (800, 480))
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    tap(tool(window, Step.EVENTS))
    tap(window.screen_for(Step.EVENTS).close_button)
    tap(window.notice.answer_button("kept"))
    tap(window.notice.answer_button("ok"))
    window.go(Step.STEWARD)
    assert market.current_event() is None and window.event_title.text() == "Commons Table"
    return window


def test_the_first_plate_names_the_market_it_opened(closed):
    window = closed
    tap(tool(window, Step.MEALS))
    tap(window.screen_for(Step.MEALS).plate)
    event = window.market.current_event()
    assert event is not None
    assert window.event_title.text() == event.title != "Commons Table"


def test_the_first_food_rescued_names_the_market_it_opened(closed):
    window = closed
    tap(tool(window, Step.RESCUED))
    screen = window.screen_for(Step.RESCUED)
    tap(screen.keys["3"])
    tap(screen.add)
    event = window.market.current_event()
    assert event is not None
    assert window.event_title.text() == event.title != "Commons Table"
