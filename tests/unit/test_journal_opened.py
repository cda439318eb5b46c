"""Opening a market with the things the last one kept: one transaction, journaled thing by thing, in a fixed
number of SQL statements however many things come back (issue 25: 10 000 kept things took 2.5 s here)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kiosk.several_kiosks.files import encode_event, make_event
from kiosk.store import Market, journal, open_market
from tests.conftest import FakeClock

TITLES = ["Atlas", "Café «noir» mug", 'A "quoted" \\ lamp', "كتاب للأطفال", "Jeans 32/34"]


def kept_market(folder: Path, things: int) -> Market:
    """A market with `things` things (and a pile of "lots", and food that is not carried), closed "kept"."""
    market = open_market(folder / "m.db", clock=FakeClock())
    first = market.open_event("October market")
    for n in range(things):
        market.list_item(["books", "kitchen", "clothes"][n % 3], n % 4 + 1, f"{TITLES[n % len(TITLES)]} {n}")
    market.list_item("household", None, "Lots of hangers")
    market.list_item("food_pantry", 3, "Beans", ["vegan"])
    market.list_item("food_ready", 2, "Bagels", perishable=True)  # eaten today: never carried
    market.take_one(market.available()[-1].id)  # one taken: 0 of the first thing come back
    market.close_event(first.id, "kept")
    market.machine_clock.advance(days=30)
    return market


def statements_opening(market: Market) -> set[str]:
    """The SQL statements opening the next market runs, each counted once however many rows its triggers
    touch (SQLite traces a trigger's rows with the statement's own text); a statement run once per thing has
    that thing's id in its text, so it shows once per thing."""
    ran: set[str] = set()
    market.db.conn.set_trace_callback(lambda sql: ran.add(sql) if not sql.startswith("--") else None)
    try:
        market.open_event("November market")
    finally:
        market.db.conn.set_trace_callback(None)
    return ran


def test_opening_a_market_runs_as_many_statements_for_40_kept_things_as_for_4(tmp_path: Path):
    few = kept_market(tmp_path / "few", 4)
    many = kept_market(tmp_path / "many", 40)
    try:
        counted = len(statements_opening(few)), len(statements_opening(many))
        assert counted[0] == counted[1], counted
        assert counted[0] < 40
        assert len(many.available()) == 40 - 1 + 2  # all but the one taken, the pile and the beans
        assert len(many.available(search="caf")) == 8  # and each found by its words, as if listed anew
    finally:
        few.close()
        many.close()


def test_each_thing_kept_is_journaled_as_if_listed_one_by_one(tmp_path: Path):
    """What the set-based statements record is what `journal.listed` records for one thing: the same event,
    in encode_event's very bytes, its digest, its sequence number in the things' order, and its uid mapped."""
    market = kept_market(tmp_path, 12)
    try:
        before = journal.journal_size(market)
        november = market.open_event("November market")
        me = journal.kiosk_id(market)
        opened = journal.own_events(market, before)[0]
        assert opened["t"] == "opened" and opened["title"] == "November market"
        things = list(market.db.rows("SELECT * FROM items WHERE event_id = ? ORDER BY id", [november.id]))
        assert len(things) == 13 and all(t["carried_from"] is not None for t in things)
        rows = market.db.execute("SELECT o.seq, o.id, o.body, e.kiosk, e.seq, e.type, e.ref, e.digest, e.body, "
                                 "e.applied FROM journal_outbox o JOIN journal_events e ON e.id = o.id "
                                 "WHERE o.seq > ? ORDER BY o.seq", [opened["n"]]).fetchall()
        assert len(rows) == len(things)
        for n, (thing, row) in enumerate(zip(things, rows, strict=True), start=opened["n"] + 1):
            seq, uid, body, kiosk, seq_again, kind, ref, digest, body_again, applied = row
            expected = make_event(me, n, "listed", opened["at"], event=opened["id"], category=thing["category_key"],
                                  title=thing["title"], quantity=thing["quantity"], tags=json.loads(thing["tags"]),
                                  size=thing["size"], perishable=False, carried=True)
            assert body == encode_event(expected)
            assert (seq, uid, kiosk, seq_again, kind, ref, body_again, applied) == (
                n, f"{me}:{n}", me, n, "listed", opened["id"], body, 1)
            assert digest == hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
            assert market.db.execute("SELECT kind, local_id, net_taken, lots, category_key, event_id "
                                     "FROM journal_things WHERE uid = ?", [uid]).fetchone() == (
                "item", thing["id"], 0, int(thing["quantity"] is None), thing["category_key"], november.id)
        assert journal.journal_size(market) == before + 1 + len(things)
    finally:
        market.close()


def test_a_thing_kept_and_taken_at_another_kiosk_is_taken_here_too(tmp_path: Path):
    """The carried things' events fold in at another kiosk, and a take there comes back to this one."""
    a = kept_market(tmp_path, 6)
    b = open_market(tmp_path / "b.db", clock=FakeClock())
    try:
        a.open_event("November market")
        journal.fold(b, journal.own_events(a))
        assert sorted((i.title, i.left) for i in b.available()) == sorted((i.title, i.left) for i in a.available())
        # Kept from the market before there too: not "just arrived" at B, and counted as carried over alike.
        assert all(i.carried_from is not None for i in b.available())
        assert summary_counts(b, "carried_over") == summary_counts(a, "carried_over") != {}
        mug = next(i for i in b.available() if i.title.startswith("Café"))
        b.take_one(mug.id)
        journal.fold(a, journal.own_events(b))
        assert next(i for i in a.available() if i.title == mug.title).left == mug.left - 1
    finally:
        a.close()
        b.close()


def summary_counts(market, column: str) -> dict[str, int]:
    from kiosk.store.summary import read_summary

    summary = read_summary(market, market.current_event().id)
    return {c.key: getattr(c, column) for c in summary.categories if getattr(c, column)}
