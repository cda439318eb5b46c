"""What the last market kept, carried over a slice at a time (kiosk/store/carry_over.py): the opening itself
carries a bounded number of things, the rest come in slices of one transaction each, and the end is exactly what
opening all at once gives (issue 25: 10 000 kept things made the steward's "open a market" tap ~420 ms)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.store import Market, carry_over, journal, open_market
from kiosk.store.summary import read_summary
from tests.conftest import FakeClock

TITLES = ["Atlas", "Café «noir» mug", 'A "quoted" \\ lamp', "كتاب للأطفال", "Jeans 32/34"]
SLICE = 7  # things a slice carries here, so a few dozen things take several slices


@pytest.fixture(autouse=True)
def small_slices(monkeypatch):
    monkeypatch.setattr(carry_over, "SLICE_THINGS", SLICE)
    monkeypatch.setattr(carry_over, "TAP_THINGS", SLICE)


def kept_file(folder: Path, things: int) -> Path:
    """A data file whose market (`things` things, a pile of "lots", food eaten today) closed "kept"."""
    folder.mkdir(parents=True, exist_ok=True)
    market = open_market(folder / "m.db", clock=FakeClock())
    first = market.open_event("October market")
    with market.db.transaction():  # one commit for the set-up
        for n in range(things):
            market.list_item(["books", "kitchen", "clothes"][n % 3], n % 4 + 1, f"{TITLES[n % len(TITLES)]} {n}")
        market.list_item("household", None, "Lots of hangers")
        market.list_item("food_ready", 2, "Bagels", perishable=True)  # eaten today: never carried
    market.take_one(market.available()[-1].id)
    market.close_event(first.id, "kept")
    market.close()
    return folder / "m.db"


def twin(path: Path, folder: Path) -> Path:
    """The same data file, byte for byte, somewhere else (one opened at once, the other in slices)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, folder / "m.db")
    return folder / "m.db"


def reopen(path: Path, close_stale: bool = True) -> Market:
    clock = FakeClock()
    clock.advance(days=30)
    return open_market(path, clock=clock, close_stale=close_stale)


def what_it_holds(market: Market) -> dict[str, list[tuple]]:
    """Everything a carry-over writes: the things, their journal events (bytes), their uids, the movements."""
    return {
        "items": market.db.execute("SELECT * FROM items ORDER BY id").fetchall(),
        "outbox": market.db.execute("SELECT * FROM journal_outbox ORDER BY seq").fetchall(),
        "events": market.db.execute("SELECT * FROM journal_events ORDER BY kiosk, seq").fetchall(),
        "things": market.db.execute("SELECT * FROM journal_things ORDER BY uid").fetchall(),
        "movements": market.db.execute("SELECT * FROM movements ORDER BY event_id, category_key, bucket").fetchall(),
        "fts": market.db.execute("SELECT rowid, * FROM items_fts ORDER BY rowid").fetchall(),
    }


def carried_all_at_once(path: Path, folder: Path) -> dict[str, list[tuple]]:
    market = reopen(twin(path, folder))
    try:
        market.open_event("November market")
        return what_it_holds(market)
    finally:
        market.close()


def new_things(market: Market) -> int:
    """How many things the newest market holds."""
    event = market.latest_event()
    assert event is not None
    return market.db.execute("SELECT COUNT(*) FROM items WHERE event_id = ?", [event.id]).fetchone()[0]


def test_opening_in_slices_carries_one_slice_and_ends_as_opening_all_at_once(tmp_path: Path):
    path = kept_file(tmp_path / "kept", 40)
    expected = carried_all_at_once(path, tmp_path / "at-once")
    market = reopen(twin(path, tmp_path / "slices"))
    try:
        market.open_event("November market", in_slices=True)
        assert new_things(market) == SLICE  # the tap carried one slice, no more
        assert carry_over.left_to_carry(market) == 40 - 1 + 1 - SLICE  # all but the one taken, with the pile
        slices = 0
        while carry_over.carry_slice(market):
            slices += 1
            assert new_things(market) == SLICE * (slices + 1)
        assert slices == (40 - SLICE) // SLICE
        assert carry_over.pending(market) is None and carry_over.left_to_carry(market) == 0
        assert what_it_holds(market) == expected
    finally:
        market.close()


def test_the_steward_tap_runs_as_many_statements_and_rows_for_400_kept_things_as_for_40(tmp_path: Path):
    counted = []
    for things in (40, 400):
        market = reopen(kept_file(tmp_path / str(things), things))
        try:
            ran: set[str] = set()
            before = journal.journal_size(market)
            market.db.conn.set_trace_callback(lambda sql, ran=ran: ran.add(sql) if not sql.startswith("--") else 0)
            market.open_event("November market", in_slices=True)
            market.db.conn.set_trace_callback(None)
            counted.append((len(ran), new_things(market), journal.journal_size(market) - before))
        finally:
            market.close()
    assert counted[0] == counted[1] == (counted[0][0], SLICE, 1 + SLICE), counted


def test_a_kiosk_stopped_between_slices_finishes_at_its_next_start(tmp_path: Path):
    path = kept_file(tmp_path / "kept", 30)
    expected = carried_all_at_once(path, tmp_path / "at-once")
    stopped = twin(path, tmp_path / "stopped")
    market = reopen(stopped)
    market.open_event("November market", in_slices=True)
    assert carry_over.carry_slice(market)
    market.close()  # as a kill between two slices: each slice committed, the rest not begun

    market = reopen(stopped, close_stale=False)  # a command beside the kiosk: nothing finished behind its back
    try:
        assert new_things(market) == 2 * SLICE and carry_over.pending(market) is not None
    finally:
        market.close()
    market = reopen(stopped)  # the kiosk's start
    try:
        assert carry_over.pending(market) is None
        assert what_it_holds(market) == expected
    finally:
        market.close()


def test_a_slice_undone_carries_its_things_again_once(tmp_path: Path):
    """A slice is one transaction with where it got to: one that fails leaves no thing carried and no mark."""
    path = kept_file(tmp_path / "kept", 20)
    expected = carried_all_at_once(path, tmp_path / "at-once")
    market = reopen(twin(path, tmp_path / "slices"))
    try:
        market.open_event("November market", in_slices=True)
        with pytest.raises(RuntimeError), market.db.transaction():
            carry_over.carry_slice(market)
            raise RuntimeError("the power went here")
        assert new_things(market) == SLICE
        assert carry_over.finish(market)
        assert what_it_holds(market) == expected
    finally:
        market.close()


def test_closing_or_a_summary_mid_carry_over_counts_every_thing(tmp_path: Path):
    path = kept_file(tmp_path / "kept", 30)
    for how in ("summary", "close"):
        market = reopen(twin(path, tmp_path / how))
        try:
            november = market.open_event("November market", in_slices=True)
            assert carry_over.pending(market) == november.id
            if how == "summary":
                summary = read_summary(market, november.id)
            else:
                market.close_event(november.id, "kept")
                summary = read_summary(market, november.id)
            assert sum(c.carried_over for c in summary.categories) == sum(
                n % 4 + 1 for n in range(1, 30))  # all but the first thing (its one taken), the pile counts 0
            assert new_things(market) == 30 and carry_over.pending(market) is None
        finally:
            market.close()


def test_another_kiosk_folding_between_slices_gets_every_carried_thing_once(tmp_path: Path):
    path = kept_file(tmp_path / "kept", 30)
    a = reopen(path)
    b = open_market(tmp_path / "b.db", clock=FakeClock())
    try:
        a.open_event("November market", in_slices=True)
        more, folds = True, 0
        while more:
            journal.fold(b, journal.own_events(a))  # every exchange gives all of A's journal again
            folds += 1
            more = carry_over.carry_slice(a)
        assert folds == 30 // SLICE  # B folded between every two slices
        journal.fold(b, journal.own_events(a))
        journal.fold(b, journal.own_events(a))
        assert sorted((i.title, i.left) for i in b.available()) == sorted((i.title, i.left) for i in a.available())
        assert len(b.available()) == len(a.available()) == 30
    finally:
        a.close()
        b.close()


def test_a_late_journal_from_another_kiosk_never_makes_a_thing_carried_twice_or_lost(tmp_path: Path):
    """The old market's things can still change after it closed (another kiosk's takes and listings arrive
    late): a thing listed into it after the new market opened is not carried (as all at once), and a thing
    all taken meanwhile, not carried yet, is not carried; none twice, none lost."""
    path = kept_file(tmp_path / "kept", 20)
    b = open_market(tmp_path / "b.db", clock=FakeClock())
    a = reopen(path)
    try:
        journal.fold(b, journal.own_events(a))  # B knows the October market
        b.db.execute("UPDATE events SET closed_at = NULL")  # and has not heard it closed yet
        late = [b.list_item("toys", 2, f"Late toy {n}").item.title for n in range(3 * SLICE)]
        last = next(i for i in b.available() if i.title == f"{TITLES[19 % len(TITLES)]} 19")
        for _ in range(last.left or 0):
            b.take_one(last.id)  # the last thing of October, all taken at B
        a.open_event("November market", in_slices=True)
        at_opening = {row[0] for row in a.db.execute("SELECT title FROM items WHERE event_id = 1 AND gone = 0")}
        journal.fold(a, journal.own_events(b))  # arriving mid carry-over
        assert carry_over.finish(a)
        titles = [i.title for i in a.available()]
        assert len(titles) == len(set(titles))
        assert set(titles) == at_opening - {"Bagels", last.title}
        assert not set(titles) & set(late)
    finally:
        a.close()
        b.close()


def test_deleting_the_last_markets_details_mid_carry_over_carries_every_thing_first(tmp_path: Path):
    from kiosk.store.summary import minimise_event

    path = kept_file(tmp_path / "kept", 30)
    expected = carried_all_at_once(path, tmp_path / "at-once")
    market = reopen(twin(path, tmp_path / "slices"))
    try:
        market.open_event("November market", in_slices=True)
        minimise_event(market, 1)  # October's details (its things) go
        assert carry_over.pending(market) is None
        assert what_it_holds(market)["outbox"] == expected["outbox"]
        assert new_things(market) == 30
    finally:
        market.close()
