"""What the last market kept for next time, brought to the new market's table a slice at a time.

Opening a market with 10 000 things kept from the last one is 10 000 rows and 10 000 journal events (each thing
its own `listed` event, carried=true: one event could not hold them, and kiosks that saw the old market
differently must agree on each thing). Market.open_event does it all at once by default (the command line, the
tests); the window asks for slices (`in_slices=True`): the market and its first slice commit in the steward's tap,
and the rest follow in idle time, each slice one transaction (`carry_slice`).

Where it got to is kept in the data file, inside each slice's own transaction (the setting CARRYING_OVER: the
market carried from and to, the last thing's id carried, the last id to carry, and the quarter hour of the
opening), so a kill between two slices loses nothing and carries nothing twice: the next start (open_market)
finishes it. The things are taken in the order of their ids, up to the last id the old market held when the new
one opened: a thing listed into the old market afterwards (another kiosk's late journal) is not carried, as it
would not have been carried all at once either. A thing of the old market taken, given back or undone by such a
late journal before its slice is carried as it is then (all at once it would have been carried as it was before).
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.settings import CARRYING_OVER
from kiosk.store import journal
from kiosk.store.database import known_fault
from kiosk.store.journal import Market  # what it uses of kiosk.store.market.Market, which calls it: no circle

SLICE_THINGS = 250  # things carried in one slice, unless the caller says (the window: as many as fit SLICE_S)
SLICE_S = 0.010  # the window's budget for one slice (DESIGN.md's ceiling is 20 ms)
TAP_THINGS = 100  # and in the opening's own transaction: the steward's tap paints before the rest
# What a market keeps for the next: on the table still, not food to eat today, not all taken.
KEPT = "gone = 0 AND perishable = 0 AND (left_count IS NULL OR left_count > 0)"


def begin(market: Market, from_event: int, to_event: int, at: str) -> None:
    """Remember, inside the opening's transaction, that `to_event` carries what `from_event` kept."""
    row = market.db.execute("SELECT COALESCE(MAX(id), 0) FROM items WHERE event_id = ?", [from_event]).fetchone()
    _keep(market, {"from": from_event, "to": to_event, "after": 0, "upto": row[0], "at": at})


def _keep(market: Market, where: dict[str, Any] | None) -> None:
    if where is None:
        market.db.execute("DELETE FROM settings WHERE key = ?", [CARRYING_OVER.key])
        return
    market.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [CARRYING_OVER.key, json.dumps(where)])


def _where(market: Market) -> dict[str, Any] | None:
    where = market.setting(CARRYING_OVER)
    if where is None or not all(isinstance(where.get(k), int) for k in ("from", "to", "after", "upto")) \
            or not isinstance(where.get("at"), str):
        return None
    return where


def pending(market: Market) -> int | None:
    """The market things are still being carried to, or None (one row read: cheap enough for any refresh)."""
    where = _where(market)
    return where["to"] if where else None


def left_to_carry(market: Market) -> int:
    """How many kept things are still to come (for the steward's line on the market days screen)."""
    where = _where(market)
    if where is None:
        return 0
    with known_fault():
        return market.db.execute(f"SELECT COUNT(*) FROM items WHERE event_id = ? AND id > ? AND id <= ? AND {KEPT}",
                                 [where["from"], where["after"], where["upto"]]).fetchone()[0]


def carry_slice(market: Market, things: int | None = None) -> bool:
    """Carry the next `things` (SLICE_THINGS) kept things (rows and their journal events) in one transaction (a
    savepoint inside the caller's); True while some are left for another slice."""
    things = max(1, SLICE_THINGS if things is None else things)
    with known_fault(), market.db.transaction():
        where = _where(market)
        if where is None:
            if market.setting(CARRYING_OVER) is not None:
                _keep(market, None)  # not a record this kiosk could have written: forget it
            return False
        # Closed by another kiosk's journal meanwhile, the market still gets all it was opened with (as all at
        # once); only a market deleted (a demo left behind) has nothing to carry to.
        if market.db.execute("SELECT 1 FROM events WHERE id = ?", [where["to"]]).fetchone() is None:
            _keep(market, None)
            return False
        ids = [r[0] for r in market.db.execute(
            f"SELECT id FROM items WHERE event_id = ? AND id > ? AND id <= ? AND {KEPT} ORDER BY id LIMIT ?",
            [where["from"], where["after"], where["upto"], things + 1])]
        last = where["after"]
        if ids:
            last = ids[min(len(ids), things) - 1]
            before = market.db.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0]
            market.db.execute(
                "INSERT INTO items (event_id, category_key, title, quantity, left_count, tags, size, perishable,"
                " listed_at, search_text, carried_from) SELECT ?, category_key, title, left_count, left_count, tags,"
                f" size, 0, ?, search_text, event_id FROM items WHERE event_id = ? AND id > ? AND id <= ? AND {KEPT}"
                " ORDER BY id", [where["to"], where["at"], where["from"], where["after"], last])
            journal.listed_carried(market, where["to"], before, where["at"])
        more = len(ids) > things
        _keep(market, {**where, "after": last} if more else None)
    return more


def finish(market: Market) -> bool:
    """Carry whatever is left, now (before a close, a summary, signs, and at the start after a kill). Returns
    whether anything was left."""
    if _where(market) is None and market.setting(CARRYING_OVER) is None:
        return False
    while carry_slice(market, 5000):
        pass
    return True
