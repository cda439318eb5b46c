"""The demo market a new kiosk offers at its first start: clearly a demo, and never part of the real record.

It is marked (events.is_demo). While it is open every screen says it is a demo; the journal shares none of it
with other kiosks (kiosk/store/journal.py); the first real market deletes it whole, so nothing of it is carried
over, counted, listed in past markets or exported; and a steward can delete it any time.
"""

from __future__ import annotations

from kiosk.settings import DEMO_REMOVED
from kiosk.store.database import known_fault
from kiosk.store.market import Market, demo_events, leave_demo_behind

__all__ = ["demo_events", "is_demo_event", "is_new_kiosk", "leave_demo_behind", "remove_demo"]


def is_demo_event(market: Market, event_id: int | None) -> bool:
    row = market._one("SELECT is_demo FROM events WHERE id = ?", [event_id])
    return bool(row and row["is_demo"])


def is_new_kiosk(market: Market) -> bool:
    """Whether the demo is offered at the start: no market yet, and no steward has removed a demo here (after
    which a restart before the first real market must not offer it again)."""
    return not market.events() and not market.setting(DEMO_REMOVED)


def remove_demo(market: Market) -> int:
    """A steward deletes the demo market now (one transaction). Returns how many demo markets went."""
    with known_fault(), market.db.transaction():
        removed = leave_demo_behind(market)
        if removed:
            market.set_setting(DEMO_REMOVED, True)
    if removed:
        market._wipe_journal()  # what was deleted is not left readable in the -wal either
    return removed
