"""The steward's tap "Open the market" with 3 000 things kept from the last market: the tap carries one slice
(ui/carrying.py, kiosk/store/carry_over.py), the window's idle time the rest, and the end is what opening all at
once gives; the market days screen says how many are still coming meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.store import carry_over, journal, open_market
from tests.conftest import FakeClock
from tests.gui.conftest import keep_until_test_ends, make_window, tap
from tests.unit.test_carry_over import kept_file, new_things, reopen, twin, what_it_holds
from ui.flow import Step

KEPT = 3000


@pytest.fixture(scope="module")
def kept(tmp_path_factory) -> Path:
    return kept_file(tmp_path_factory.mktemp("kept"), KEPT)


def open_by_tap(qtbot, path: Path):
    market = reopen(path)
    keep_until_test_ends(market)  # the window reads it until the test ends
    window = make_window(qtbot, market)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    events.form.fill("November market", "")
    tap(events.start_button)
    return window, market, events


def test_the_steward_tap_carries_one_slice_and_idle_time_the_rest(qtbot, kept, tmp_path):
    at_once = reopen(twin(kept, tmp_path / "at-once"))
    at_once.open_event("November market")
    expected = what_it_holds(at_once)
    at_once.close()

    window, market, events = open_by_tap(qtbot, twin(kept, tmp_path / "tap"))
    left = KEPT - 1 + 1 - carry_over.TAP_THINGS  # all but the thing all taken, with the pile of "lots"
    assert new_things(market) == carry_over.TAP_THINGS  # the tap itself: one small slice
    assert carry_over.left_to_carry(market) == left

    qtbot.waitUntil(events.carrying_line.isVisible, timeout=60_000)  # a slice in idle time
    assert carry_over.left_to_carry(market) < left
    assert f"{market.things_here()} things on the table" in events.current_line.text()
    still = carry_over.left_to_carry(market)
    assert events.carrying_line.text() == f"Carrying over {still} things kept from the last market…"
    qtbot.waitUntil(lambda: carry_over.pending(market) is None, timeout=60_000)
    assert what_it_holds(market) == expected
    assert not events.carrying_line.isVisible()  # the screen on show was read again at the end
    assert f"{market.things_here()} things on the table" in events.current_line.text()


def test_browse_shows_every_carried_thing_once_the_carry_over_ends(qtbot, kept, tmp_path):
    window, market, _events = open_by_tap(qtbot, twin(kept, tmp_path / "tap"))
    window.go_home()
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    assert browse.proxy.rowCount() < KEPT
    qtbot.waitUntil(lambda: carry_over.pending(market) is None, timeout=60_000)
    assert browse.proxy.rowCount() == KEPT == len(market.available())


def test_another_kiosk_folding_during_the_carry_over_gets_every_thing_once(qtbot, kept, tmp_path):
    window, market, _events = open_by_tap(qtbot, twin(kept, tmp_path / "tap"))
    other = open_market(tmp_path / "b.db", clock=FakeClock())
    try:
        folds = 0
        while carry_over.pending(market) is not None:
            journal.fold(other, journal.own_events(market))
            folds += 1
            qtbot.wait(1)
        journal.fold(other, journal.own_events(market))
        assert folds > 1
        mine, theirs = market.available(), other.available()
        assert len(theirs) == len(mine) == KEPT
        assert sorted((i.title, i.left) for i in theirs) == sorted((i.title, i.left) for i in mine)
    finally:
        other.close()


def test_a_visitor_who_opens_the_market_by_listing_carries_one_slice_too(qtbot, kept, tmp_path):
    """No market open (the steward closed the last one "kept" and opened none): the first visitor's listing
    opens one by itself, and its tap carries one slice of what the last one kept; idle time the rest."""
    market = reopen(twin(kept, tmp_path / "visitor"))
    keep_until_test_ends(market)
    window = make_window(qtbot, market)
    assert market.current_event() is None
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles["plants"])
    tap(bring.quick_buttons[None])
    tap(bring.done)
    assert market.current_event() is not None
    assert new_things(market) == carry_over.TAP_THINGS + 1  # one small slice, and the visitor's plants
    qtbot.waitUntil(lambda: carry_over.pending(market) is None, timeout=60_000)
    assert new_things(market) == KEPT + 1
    titles = [i.title for i in market.available()]
    assert len(titles) == len(set(titles))
