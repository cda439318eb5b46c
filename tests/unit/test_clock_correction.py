"""The kiosk's own clock correction (issue 27, item 2), in the store: whole quarter hours within a little over a
year, kept in the data file for this kiosk only (never in the journal, so never on another kiosk)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.errors import VisitorError
from kiosk.settings import CLOCK_CORRECTION
from kiosk.store import journal, open_market


@pytest.mark.parametrize("minutes", [7, 20, -1, True, 1.5, "15", None, 401 * 24 * 60, -(10**12)])
def test_only_whole_quarter_hours_within_reach_are_kept(market, minutes):
    with pytest.raises(VisitorError):
        market.set_clock_correction(minutes)
    assert market.clock_correction == 0 and market.setting(CLOCK_CORRECTION) == 0


def test_the_correction_is_this_kiosks_own_and_reaches_every_new_time(market, clock, db_path):
    market.open_event("Market")
    before = len(journal.own_events(market))
    market.set_clock_correction(-3 * 60 - 45)
    assert len(journal.own_events(market)) == before  # not an event: no other kiosk takes it
    assert market.clock() == clock() - dt.timedelta(hours=3, minutes=45)
    market.close()
    again = open_market(db_path, clock=clock)
    try:
        assert again.clock_correction == -225
    finally:
        again.close()


def test_a_value_written_by_hand_that_is_not_a_quarter_hour_is_ignored(market, clock, db_path):
    market.db.execute("INSERT INTO settings (key, value) VALUES (?, '7') ON CONFLICT(key) DO UPDATE SET "
                      "value = excluded.value", [CLOCK_CORRECTION.key])
    market.close()
    again = open_market(db_path, clock=clock)
    try:
        assert again.clock_correction == 0 and again.clock() == clock()
    finally:
        again.close()
