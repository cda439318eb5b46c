"""The past markets Market days lists: what each shared, read from its totals in one query (issue 25)."""

from __future__ import annotations

import re

from kiosk.demo import fill_demo
from kiosk.store import Market
from kiosk.store.summary import minimise_event, past_markets, read_summary


def test_each_past_market_says_what_its_summary_says_newest_first(market: Market):
    fill_demo(market, trial=True)  # the demo is never a past market
    days = []
    for n in range(4):
        day = market.open_event(f"Market {n}")
        market.list_item("books", 3 + n, "Atlases")
        market.list_item("household", None, "Hangers")
        taken = market.list_item("kitchen", 2, "Mugs").item
        market.take_one(taken.id)
        market.untake_one(taken.id)
        if n == 2:
            gone = market.list_item("toys", 1, "A kite").item
            market.unlist_item(gone.id)  # nothing of it counts
        market.close_event(day.id, "handed_off")
        market.machine_clock.advance(days=30)
        days.append(day.id)
    minimise_event(market, days[1])
    market.open_event("Open now")  # an open market is no past one

    past = past_markets(market, 3)
    assert [p.event.id for p in past] == days[:0:-1]
    for p in past:
        summary = read_summary(market, p.event.id)
        assert (p.event, p.brought, p.minimised) == (summary.event, summary.brought, summary.minimised)
    assert [p.minimised for p in past] == [False, False, True]
    assert len(past_markets(market, 24)) == 4


def test_past_markets_is_one_statement_that_reads_no_things(market: Market):
    for n in range(3):
        day = market.open_event(f"Market {n}")
        for k in range(20):
            market.list_item("books", 1, f"Book {k}")
        market.close_event(day.id, "kept")
        market.machine_clock.advance(days=30)
    ran: list[str] = []
    market.db.conn.set_trace_callback(ran.append)
    try:
        assert [p.brought for p in past_markets(market, 24)] == [20, 20, 20]  # those carried over are not brought
    finally:
        market.db.conn.set_trace_callback(None)
    assert len(ran) == 1 and "items" not in ran[0]


def test_past_markets_reads_the_movements_of_the_markets_shown_alone(market: Market):
    """It summed every market's movements ever kept (a pass over the whole table) to show the latest 24."""
    for n in range(3):
        day = market.open_event(f"Market {n}")
        market.list_item("books", 2, "Atlases")
        market.close_event(day.id, "kept")
        market.machine_clock.advance(days=30)
    ran: list[str] = []
    market.db.conn.set_trace_callback(ran.append)
    try:
        past_markets(market, 2)
    finally:
        market.db.conn.set_trace_callback(None)
    plan = [row[3] for row in market.db.execute("EXPLAIN QUERY PLAN " + ran[0])]
    movements = [step for step in plan if re.search(r"\b(m|movements)\b", step)]
    assert movements and all(re.match(r"SEARCH m USING (COVERING )?INDEX \S+ \(event_id=\?\)$", step)
                             for step in movements), plan
    assert not any("AUTOMATIC" in step or "TEMP B-TREE" in step for step in plan), plan
