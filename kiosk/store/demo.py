"""The demo market a new kiosk offers at its first start: clearly a demo, and never part of the real record.

It is marked (events.is_demo). While it is open every screen says it is a demo; the journal shares none of it
with other kiosks (kiosk/store/journal.py); the first real market deletes it whole, so nothing of it is carried
over, counted, listed in past markets or exported; and a steward can delete it any time.
"""

from __future__ import annotations

from kiosk.domain import Event
from kiosk.settings import MINIMISED_PREFIX
from kiosk.store.database import known_fault
from kiosk.store.market import Market, _event


def demo_events(market: Market) -> list[Event]:
    """The demo markets this file holds (at most one, in practice)."""
    return [_event(row) for row in market._rows("SELECT * FROM events WHERE is_demo = 1 ORDER BY id")]


def is_demo_event(market: Market, event_id: int | None) -> bool:
    row = market._one("SELECT is_demo FROM events WHERE id = ?", [event_id])
    return bool(row and row["is_demo"])


def leave_demo_behind(market: Market) -> int:
    """Delete every demo market and all it holds (inside the caller's transaction). Returns how many."""
    ids = [event.id for event in demo_events(market)]
    if not ids:
        return 0
    marks = ", ".join("?" * len(ids))
    db = market.db
    # A real thing never comes from a demo now; a file from before the mark could hold one.
    db.execute(f"UPDATE items SET carried_from = NULL WHERE carried_from IN ({marks})", ids)
    for table in ("items", "movements", "wants", "skill_offers"):
        db.execute(f"DELETE FROM {table} WHERE event_id IN ({marks})", ids)
    db.execute(f"DELETE FROM settings WHERE key IN ({marks})", [f"{MINIMISED_PREFIX}{i}" for i in ids])
    db.execute(f"DELETE FROM events WHERE id IN ({marks})", ids)
    return len(ids)


def remove_demo(market: Market) -> int:
    """A steward deletes the demo market now (one transaction). Returns how many demo markets went."""
    with known_fault(), market.db.atomic():
        removed = leave_demo_behind(market)
    if removed:
        market._wipe_journal()  # what was deleted is not left readable in the -wal either
    return removed
