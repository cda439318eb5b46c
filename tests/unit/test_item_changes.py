"""The store says which things changed since a moment (kiosk/store/on_table.py): every writer is seen, because
triggers write the log; a moment the log no longer reaches back to is said plainly, never answered wrongly."""

from __future__ import annotations

from pathlib import Path

from kiosk.store import Market, journal, open_market
from kiosk.store.on_table import change_seq, changed_since, on_table_in_slices, table_changes
from tests.conftest import FakeClock


def test_each_kind_of_write_names_the_thing_it_changed(market: Market):
    market.ensure_event()
    kept = market.list_item("books", 2, "Atlas").item
    lots = market.list_item("kitchen", None, "Jars").item
    seq = change_seq(market)
    assert changed_since(market, seq) == set()
    market.take_one(kept.id)
    assert changed_since(market, seq) == {kept.id}
    seq = change_seq(market)
    market.untake_one(kept.id)
    market.mark_gone(lots.id)
    assert changed_since(market, seq) == {kept.id, lots.id}
    seq = change_seq(market)
    listed = market.list_item("toys", 1, "Kite").item
    market.unlist_item(listed.id)
    assert changed_since(market, seq) == {listed.id}


def test_a_journal_fold_is_seen_like_any_other_write(market: Market, tmp_path: Path):
    market.ensure_event()
    here = market.list_item("books", 3, "Atlas").item
    other = open_market(tmp_path / "other.db", clock=FakeClock())
    journal.fold(other, journal.own_events(market))
    other.take_one(other.available()[0].id)
    other.list_item("toys", 1, "Kite")
    seq = change_seq(market)
    journal.fold(market, journal.own_events(other))
    kite = next(i for i in market.available() if i.title == "Kite")
    assert changed_since(market, seq) == {here.id, kite.id}
    other.close()


def test_a_moment_the_log_no_longer_reaches_is_said_so_and_the_table_is_read_whole(market: Market):
    event = market.ensure_event()
    atlas = market.list_item("books", 2, "Atlas").item
    seq = change_seq(market)
    changes = table_changes(market, None)
    assert changes.whole is not None and [i.title for i in changes.whole] == ["Atlas"]
    assert table_changes(market, changes.mark).changed == {} and table_changes(market, changes.mark).whole is None
    market.take_one(atlas.id)  # a change after `seq`, emptied from the log with the rest when a market opens
    market.close_event(event.id, "kept")
    market.open_event("Next month")  # the log starts again (its numbers go on)
    assert change_seq(market) > seq
    market.list_item("toys", 1, "Kite")
    assert changed_since(market, seq) is None  # the carrying over and what came before are no longer in it
    assert changed_since(market, change_seq(market) + 1) is None  # not a moment of this file
    later = table_changes(market, changes.mark)  # another market day: read whole
    assert later.whole is not None and [i.title for i in later.whole] == ["Kite", "Atlas"]


def test_the_table_read_whole_in_slices_is_what_the_market_says_is_on_it(market: Market):
    event = market.ensure_event()
    market.list_item("food_ready", 4, "Soup", ["vegan", "vegetarian"])
    market.list_item("shoes", 2, "Boots", [], size="42")
    jars = market.list_item("kitchen", None, "Jars").item
    for n in range(7):
        market.list_item("food_pantry" if n % 2 else "books", 1, f"Thing {n}", ["vegan"] if n % 2 else [])
    market.take_one(market.available()[0].id)  # gone
    market.take_one(market.available()[1].id)
    market.close_event(event.id, "kept")
    day = market.open_event("Next month")  # carried over
    market.list_item("toys", 3, "Kite", perishable=True)
    market.mark_gone(next(i for i in market.available() if i.title == "Jars").id)
    assert jars.id not in [i.id for i in market.available()]
    parts = list(on_table_in_slices(market, day.id, size=3))
    assert len(parts) >= 3 and all(len(p) == 3 for p in parts[:-1]) and 0 < len(parts[-1]) <= 3
    assert [i for p in parts for i in p] == market.available()
    assert any(i.carried_from for i in market.available()) and any(i.tags for i in market.available())


def test_a_market_day_another_kiosk_opens_empties_the_log_too(market: Market, tmp_path: Path):
    market.ensure_event()
    atlas = market.list_item("books", 3, "Atlas").item
    other = open_market(tmp_path / "other.db", clock=FakeClock())
    journal.fold(other, journal.own_events(market))
    seq = change_seq(market)
    market.take_one(atlas.id)
    assert changed_since(market, seq) == {atlas.id}
    other.close_event(other.current_event().id, "kept")
    other.open_event("Next month")
    journal.fold(market, journal.own_events(other))  # the new day comes in through the fold
    assert market.current_event().title == "Next month"
    assert changed_since(market, seq) is None
    other.close()
