"""Plates served and food rescued in the store (kiosk/food.py says what they are). Every tap is one transaction
with its journal event; an undo is the same amount taken off the quarter hour it was added to."""

from __future__ import annotations

from kiosk.clock import bucket
from kiosk.food import RESCUE_SOURCES, Entry, Rescued, clean_amount, clean_plates, clean_source
from kiosk.store import journal
from kiosk.store.database import known_fault
from kiosk.store.market import Market


def serve(market: Market, plates: int = 1) -> Entry:
    """Plates served at this table now (+1 or +5); the market opens if none is open, so nobody waits."""
    plates = clean_plates(plates)
    at = bucket(market.clock())
    with known_fault(), market.db.transaction():
        event = market.ensure_event()
        market._record(journal.served, event.id, plates, at)
    return Entry(at, plates=plates)


def unserve(market: Market, entry: Entry) -> int:
    """Take back plates just counted, from their quarter hour (never below nothing); returns the day's total."""
    event = market.current_event()
    if event is None:
        return 0
    with known_fault(), market.db.transaction():
        row = market.db.execute("SELECT plates FROM meals_served WHERE event_id = ? AND bucket = ?",
                                [event.id, entry.bucket]).fetchone()
        back = min(entry.plates, row[0] if row else 0)
        if back > 0:
            market._record(journal.served, event.id, -back, entry.bucket)
    return meals_served(market, event.id)


def meals_served(market: Market, event_id: int) -> int:
    row = market.db.execute("SELECT SUM(plates) FROM meals_served WHERE event_id = ?", [event_id]).fetchone()
    return max(0, int(row[0] or 0))


def meals_timeline(market: Market, event_id: int) -> tuple[tuple[str, int], ...]:
    """Plates per quarter hour, (bucket, plates), the quarters with any."""
    return tuple((r[0], int(r[1])) for r in market.db.execute(
        "SELECT bucket, SUM(plates) FROM meals_served WHERE event_id = ? GROUP BY bucket HAVING SUM(plates) > 0 "
        "ORDER BY bucket", [event_id]))


def rescue(market: Market, source: str, kg: object = None, pieces: object = None) -> Entry:
    """Food that came in from a kind of source: a scale's reading in kg, or a count where there was no scale."""
    source = clean_source(source)
    grams, count = clean_amount(kg, pieces)
    at = bucket(market.clock())
    with known_fault(), market.db.transaction():
        event = market.ensure_event()
        market._record(journal.rescued, event.id, source, grams, count, at)
    return Entry(at, source=source, grams=grams, pieces=count)


def unrescue(market: Market, entry: Entry) -> None:
    """Take back what a tap just recorded, from its quarter hour."""
    event = market.current_event()
    if event is None:
        return
    with known_fault(), market.db.transaction():
        row = market.db.execute("SELECT grams, pieces FROM food_rescued WHERE event_id = ? AND bucket = ? AND "
                                "source = ?", [event.id, entry.bucket, entry.source]).fetchone()
        grams, pieces = (min(entry.grams, row[0]), min(entry.pieces, row[1])) if row else (0, 0)
        if grams > 0 or pieces > 0:
            market._record(journal.rescued, event.id, entry.source, -grams, -pieces, entry.bucket)


def rescued(market: Market, event_id: int) -> tuple[Rescued, ...]:
    """Food rescued over a market day, per kind of source (those with any), in the sources' order."""
    sums = {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in market.db.execute(
        "SELECT source, SUM(grams), SUM(pieces) FROM food_rescued WHERE event_id = ? GROUP BY source", [event_id])}
    return tuple(Rescued(source, round(max(0, sums[source][0]) / 1000, 1), max(0, sums[source][1]))
                 for source in RESCUE_SOURCES if source in sums and (sums[source][0] > 0 or sums[source][1] > 0))
