"""Meals served and food rescued: taps to sums per quarter hour, undo, two kiosks one total, and the exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kiosk.errors import VisitorError
from kiosk.export import export_event
from kiosk.store import Market, journal
from kiosk.store import food as food_store
from kiosk.store.summary import read_summary
from tests.conftest import FakeClock
from tests.unit.test_journal import close_kiosks, kiosk, snapshot, swap  # noqa: F401 (close_kiosks: a fixture)


def test_plates_are_counted_per_quarter_hour_and_an_undo_takes_them_back(market: Market, clock: FakeClock):
    one = food_store.serve(market, 1)
    food_store.serve(market, 5)
    event = market.current_event()
    assert food_store.meals_served(market, event.id) == 6
    clock.advance(minutes=20)
    food_store.serve(market, 1)
    assert food_store.unserve(market, one) == 6  # off the quarter hour it was counted in
    timeline = food_store.meals_timeline(market, event.id)
    assert [plates for _, plates in timeline] == [5, 1] and timeline[0][0] == one.bucket
    with pytest.raises(VisitorError):
        food_store.serve(market, 0)
    columns = {r[1] for r in market.db.execute("PRAGMA table_info(meals_served)")}
    assert columns == {"event_id", "bucket", "plates"}  # nothing about who ate


def test_rescued_food_is_weighed_or_counted_by_kind_of_source(market: Market):
    food_store.rescue(market, "bakery", kg="12,5")
    entry = food_store.rescue(market, "bakery", kg=3)
    food_store.rescue(market, "garden", pieces=30)
    food_store.unrescue(market, entry)
    rescued = {r.source: (r.kg, r.pieces) for r in food_store.rescued(market, market.current_event().id)}
    assert rescued == {"bakery": (12.5, 0), "garden": (0.0, 30)}
    for bad in ({"kg": 0}, {"kg": "abc"}, {"kg": 501}, {"pieces": 0}, {}, {"kg": 1, "pieces": 2}):
        with pytest.raises(VisitorError):
            food_store.rescue(market, "bakery", **bad)
    with pytest.raises(VisitorError):
        food_store.rescue(market, "Joe's Bakery", kg=1)  # a kind of place, never a named one


def test_two_serving_tables_make_one_total_in_any_order(tmp_path: Path):
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    a.list_item("food_ready", 10, "Soup")
    swap(a, b)
    for _ in range(3):
        food_store.serve(a, 1)
    undone = food_store.serve(b, 5)
    food_store.serve(b, 1)
    food_store.unserve(b, undone)
    food_store.rescue(a, "bakery", kg=4.2)
    food_store.rescue(b, "bakery", kg=1.8)
    food_store.rescue(b, "farm", pieces=12)
    swap(a, b)
    swap(a, b)  # folding again changes nothing
    for m in (a, b):
        summary = read_summary(m, m.current_event().id)
        assert summary.meals_served == 4
        assert {r.source: (r.kg, r.pieces) for r in summary.rescued} == {"bakery": (6.0, 0), "farm": (0.0, 12)}
    assert snapshot(a) == snapshot(b)
    # A third kiosk that hears the events in reverse order comes to the same totals.
    c = kiosk(tmp_path, "c")
    journal.fold(c, list(reversed([e for m in (a, b) for e in journal.own_events(m)])))
    summary = read_summary(c, c.current_event().id if c.current_event() else c.latest_event().id)
    assert summary.meals_served == 4 and summary.rescued_kg == 6.0


def test_the_exports_carry_meals_served_and_food_rescued(market: Market, db_path: Path, tmp_path: Path):
    market.list_item("food_ready", 10, "Soup")
    food_store.serve(market, 5)
    food_store.serve(market, 1)
    food_store.rescue(market, "bakery", kg=7.5)
    food_store.rescue(market, "home_kitchen", pieces=3)
    out = export_event(db_path, None, "json", tmp_path / "day.json")
    data = json.loads(Path(out).read_text())
    assert data["meals_served"] == 6
    assert data["food_rescued_kg"] == {"bakery": 7.5, "grocery": 0.0, "farm": 0.0, "garden": 0.0,
                                       "home_kitchen": 0.0, "other": 0.0}
    assert data["food_rescued_pieces"]["home_kitchen"] == 3 and sum(data["food_rescued_pieces"].values()) == 3
    out = export_event(db_path, None, "csv", tmp_path / "day.csv")
    rows = list(csv.reader(io.StringIO(Path(out).read_text(encoding="utf-8-sig"))))
    by_key = {r[0]: r for r in rows}
    assert by_key["meals_served"][2] == "6"
    assert by_key["food_rescued_kg:bakery"][1:3] == ["Bakery (kg weighed)", "7.5"]
    assert by_key["food_rescued_pieces:home_kitchen"][2] == "3"
    assert len(rows) == 1 + len(read_summary(market, market.current_event().id).categories) + 3
