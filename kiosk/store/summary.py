"""Reading an event's summary from the store, and shrinking a past event to its category totals.

All counts come from `movements` (brought/taken per category per quarter hour), `items`
(what is still on the table), `wants` and `skill_offers`. Nothing per person exists to read.
"""

from __future__ import annotations

import json

from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.settings import MINIMISED_PREFIX, SUMMARY_WEIGHTS, minimised_event
from kiosk.store import carry_over, food
from kiosk.store.database import known_fault
from kiosk.store.market import Market, _event
from kiosk.summary import (
    CategoryTotals,
    Leftover,
    PastMarket,
    QuarterHour,
    Summary,
    clean_weights,
    redact_contact,
    settled_timeline,
)
from kiosk.validate import ON_SCREEN, clean_number, shown


def weights(market: Market) -> dict[str, float]:
    return clean_weights(market.setting(SUMMARY_WEIGHTS))


def set_weight(market: Market, category_key: str, kilograms: float) -> dict[str, float]:
    """Change one category's average weight (kg per thing) for the estimate; returns the whole table."""
    market.category(category_key)  # a known category, or a VisitorError
    kilograms = clean_number(kilograms, 0, 50, QT_TRANSLATE_NOOP("kiosk", "Please choose a weight from 0 to 50 kg."),
                             field="weight")
    table = weights(market)
    table[category_key] = round(float(kilograms), 2)
    market.set_setting(SUMMARY_WEIGHTS, table)
    return table


def resolve_event(market: Market, which: str | int | None = None) -> int:
    """An event id from "latest", a number, or None (the open event, else the latest)."""
    if which in (None, "", "latest"):
        event = market.current_event() if which is None else None
        event = event or market.latest_event()
        if event is None:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "There are no events yet."), field="event")
        return event.id
    try:
        event_id = int(which)
    except (TypeError, ValueError, OverflowError):
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The event should be a number or 'latest', not '{which}'."),
                           field="event", which=shown(which)) from None
    return market.event(event_id).id


def read_summary(market: Market, event_id: int, leftovers: bool = True) -> Summary:
    """An event's totals; `leftovers=False` skips the list of things left (one row each), which only the PDF's
    hand-off sheet shows: the spreadsheet and the data file then cost the same at 100 000 things as at 100."""
    event = market.event(event_id)
    if carry_over.pending(market) == event.id:
        carry_over.finish(market)  # never half a carry-over counted (rare: a summary within a second of opening)
    columns = ("brought", "taken", "still_here", "lots_piles", "wants_posted", "wants_found", "carried_over")
    known = {c.key: c for c in market.categories()}
    totals: dict[str, dict[str, int]] = {key: dict.fromkeys(columns, 0) for key in known}

    def add(key: str, column: str, value: int | None) -> None:
        # A category retired since the event still shows with its numbers.
        totals.setdefault(key, dict.fromkeys(columns, 0))[column] += int(value or 0)

    # Never below 0, whatever a peer's journal says (an untake with no take to undo).
    for r in market._rows("SELECT category_key, MAX(0, SUM(brought)) AS a, MAX(0, SUM(taken)) AS b FROM movements "
                          "WHERE event_id = ? GROUP BY category_key", [event_id]):
        add(r["category_key"], "brought", r["a"])
        add(r["category_key"], "taken", r["b"])
    # The things themselves: one pass over the market's rows (the one part that grows with the things), each read
    # once from the index that holds these columns (schema step 10), not once per figure.
    for r in market._rows("SELECT category_key, SUM(COALESCE(left_count, 0)) AS a, SUM(quantity IS NULL AND gone = 0) "
                          "AS b, SUM(COALESCE(quantity, 0) * (carried_from IS NOT NULL)) AS c FROM items "
                          "WHERE event_id = ? GROUP BY category_key", [event_id]):
        add(r["category_key"], "still_here", r["a"])
        add(r["category_key"], "lots_piles", r["b"])
        add(r["category_key"], "carried_over", r["c"])
    for r in market._rows("SELECT category_key, COUNT(*) AS a, SUM(found) AS b FROM wants WHERE event_id = ? "
                          "GROUP BY category_key", [event_id]):
        add(r["category_key"], "wants_posted", r["a"])
        add(r["category_key"], "wants_found", r["b"])
    skills = next(market._rows("SELECT COUNT(*) AS n FROM skill_offers WHERE event_id = ?", [event_id]))["n"]

    kept = market.setting(minimised_event(event_id))
    minimised = kept is not None
    if kept is not None:
        # The detail rows are gone; what they said was kept at minimising.
        for key, counts in kept.get("categories", {}).items():
            for column in ("still_here", "lots_piles", "wants_posted", "wants_found", "carried_over"):
                add(key, column, counts.get(column, 0))
        skills = int(kept.get("skills_offered", 0))

    timeline: tuple[QuarterHour, ...] = ()
    if not minimised:
        timeline = settled_timeline([
            QuarterHour(r["bucket"], int(r["b"]), int(r["t"]))
            for r in market._rows("SELECT bucket, SUM(brought) AS b, SUM(taken) AS t FROM movements "
                                   "WHERE event_id = ? GROUP BY bucket ORDER BY bucket", [event_id])
        ])
    left = tuple(
        Leftover(r["category_key"], redact_contact(r["title"]), r["left_count"], tuple(json.loads(r["tags"])),
                 r["size"], bool(r["perishable"]))
        for r in market._rows("SELECT i.* FROM items i JOIN categories c ON c.key = i.category_key "
                               "WHERE i.event_id = ? AND i.gone = 0 AND (i.quantity IS NULL OR i.left_count > 0) "
                               "ORDER BY c.sort_order, i.id", [event_id])
    ) if leftovers else ()
    categories = tuple(
        CategoryTotals(key, known[key].names if key in known else {"en": key},
                       known[key].is_food if key in known else False, **counts)
        for key, counts in totals.items()
    )
    return Summary(event, categories, timeline, int(skills or 0), left, weights(market), minimised,
                   food.meals_served(market, event_id), food.meals_timeline(market, event_id),
                   food.rescued(market, event_id))


def past_markets(market: Market, most: int) -> list[PastMarket]:
    """The latest `most` closed markets (never the demo), newest first, each with what read_summary would say
    it brought and whether only its totals are kept: read in one query that sums those markets' movements (a few rows
    per quarter hour and kind) and reads none of the things, so Market days costs the same at 100 as at 100 000."""
    if isinstance(most, bool) or not isinstance(most, int) or not 0 <= most <= 10_000:
        raise VisitorError(ON_SCREEN, field="most")
    rows = market._rows(
        # Each market's own movements, found by its id in the table's key (event_id, category_key, bucket), already
        # grouped by kind; never a pass over every market's movements. Per kind never below 0, as read_summary counts.
        "SELECT e.*, (SELECT COALESCE(SUM(kind), 0) FROM (SELECT MAX(0, SUM(m.brought)) AS kind FROM movements m "
        "WHERE m.event_id = e.id GROUP BY m.category_key)) AS brought, "
        "(SELECT value FROM settings WHERE key = ? || e.id) AS kept "
        "FROM events e WHERE e.closed_at IS NOT NULL AND e.is_demo = 0 ORDER BY e.id DESC LIMIT ?",
        [MINIMISED_PREFIX, most])
    return [PastMarket(_event(r), int(r["brought"]),
                       minimised_event(r["id"]).read(None if r["kept"] is None else json.loads(r["kept"])) is not None)
            for r in rows]


def minimise_event(market: Market, event_id: int) -> Summary:
    """Keep only a closed event's category totals: one movements row per category, no items, wants or offers.

    Data minimisation after export. The timeline and the leftover list are gone for good.
    """
    event = market.event(event_id)
    if event.is_open:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Close this market before deleting its details."),
                           field="event")
    carry_over.finish(market)  # the next market's carry-over from this one takes what it keeps first
    before = read_summary(market, event_id)
    if before.minimised:
        return before
    kept = {
        "categories": {c.key: {"still_here": c.still_here, "lots_piles": c.lots_piles,
                               "wants_posted": c.wants_posted, "wants_found": c.wants_found,
                               "carried_over": c.carried_over}
                       for c in before.categories if c.active},
        "skills_offered": before.skills_offered,
    }
    with known_fault(), market.db.transaction():
        market.db.execute("DELETE FROM movements WHERE event_id = ?", [event_id])
        for c in before.categories:
            if c.brought or c.taken:
                # One row per category, at the quarter hour the event opened.
                market.db.execute("INSERT INTO movements (event_id, category_key, bucket, brought, taken) "
                                  "VALUES (?, ?, ?, ?, ?)", [event_id, c.key, event.opened_at, c.brought, c.taken])
        for table in ("items", "wants", "skill_offers"):
            market.db.execute(f"DELETE FROM {table} WHERE event_id = ?", [event_id])
        market.set_setting(minimised_event(event_id), kept)
    with known_fault():
        market.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return read_summary(market, event_id)


def previous_event_settings(market: Market) -> dict[str, str]:
    """Title and place of the latest event, to start the next one from (never the demo's)."""
    event = next((e for e in market.events() if not e.is_demo), None)
    return {"title": event.title, "place": event.place} if event else {"title": "", "place": ""}

