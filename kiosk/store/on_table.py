"""What is on the table, read so a list can be kept between visits and updated, not reloaded.

Reading and decoding every thing on every visit is most of the cost of opening a long list. The store keeps a
log of which things changed (item_changes, written by triggers, so a fold of another kiosk's journal is in it
too): a list remembers the moment it last read the table (a Mark) and asks only for what changed since
(table_changes); the whole table is read only for another market day, in slices (on_table_in_slices).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kiosk.domain import Item, Want
from kiosk.store.database import known_fault
from kiosk.store.market import Market, _item, matching_ids

CHUNK = 500  # ids per query, well under SQLite's limit on parameters
SLICE = 400  # things read and decoded in one slice of idle time (3-10 ms on a busy 2-core laptop)
COLUMNS = ("id, event_id, category_key, title, quantity, left_count, tags, size, perishable, listed_at, gone,"
           " carried_from")


def _items(rows: list[tuple[Any, ...]]) -> list[Item]:
    """Items from rows of COLUMNS, as market._item makes them, each different tags text decoded once (most
    things have none, or the same few): a whole table is read in a third of the time."""
    tags: dict[str, tuple[str, ...]] = {}
    items = []
    for id_, event_id, key, title, quantity, left, tag_text, size, perishable, listed_at, gone, carried in rows:
        decoded = tags.get(tag_text)
        if decoded is None:
            decoded = tags[tag_text] = tuple(json.loads(tag_text))
        items.append(Item(id=id_, event_id=event_id, category_key=key, title=title, quantity=quantity, left=left,
                          tags=decoded, size=size, perishable=bool(perishable), listed_at=listed_at, gone=bool(gone),
                          carried_from=carried))
    return items


def table_state(market: Market) -> list[tuple[int, int | None]]:
    """(id, how many left) of everything on the table now, newest first; no row decoded."""
    event = market.current_event()
    if event is None:
        return []
    with known_fault():  # plain tuples, not a dict per row: every row on the table, on every visit of a list
        return market.db.execute("SELECT id, left_count FROM items WHERE event_id = ? AND gone = 0 ORDER BY id DESC",
                                 [event.id]).fetchall()


def items_by_id(market: Market, ids: Iterable[int]) -> dict[int, Item]:
    """The items with these ids, decoded."""
    wanted = list(ids)
    found: dict[int, Item] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in market._rows(f"SELECT * FROM items WHERE id IN ({marks})", chunk):
            found[row["id"]] = _item(row)
    return found


@dataclass(frozen=True)
class Mark:
    """When a kept list last read the table: the market day shown, and the last change it saw (item_changes)."""

    event_id: int | None
    seq: int


@dataclass
class TableChanges:
    """What a kept list must do to show the table as it is now (`mark`: remember it for the next time).

    `whole` is everything on the table, newest first, when it had to be read whole (the first time, another
    market day, a log that no longer reaches back); else None, and `changed` holds each thing listed, changed or
    removed since: as it is now, or None when it is no longer on the table (taken to zero, gone, unlisted)."""

    mark: Mark
    whole: list[Item] | None
    changed: dict[int, Item | None]


def change_seq(market: Market) -> int:
    """The number of the last change to any thing (0 before the first)."""
    with known_fault():
        row = market.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'item_changes'").fetchone()
    return row[0] if row else 0


def log_reaches(market: Market, seq: int) -> bool:
    """Whether the log still holds every change after change number `seq` (it is emptied when a market day is
    added), and `seq` is one of this file's."""
    with known_fault():
        first = market.db.execute("SELECT MIN(seq) FROM item_changes").fetchone()[0]
    last = change_seq(market)
    return (last if first is None else first - 1) <= seq <= last


def changed_since(market: Market, seq: int) -> set[int] | None:
    """Ids of the things listed, changed or removed after change number `seq`; None when the log no longer
    reaches back that far."""
    if not log_reaches(market, seq):
        return None
    with known_fault():
        return {row[0] for row in market.db.execute("SELECT item_id FROM item_changes WHERE seq > ?", [seq])}


def mark_now(market: Market) -> Mark:
    """The moment to read the table from: whatever changes after it is in the log, so it is read again next
    time, never missed (the log's number is read first, then the market day)."""
    seq = change_seq(market)
    event = market.current_event()
    return Mark(event.id if event else None, seq)


def can_follow(market: Market, mark: Mark | None, now: Mark) -> bool:
    """Whether the changes since `mark` can be read from the log (else the table is read whole)."""
    return mark is not None and mark.event_id == now.event_id and log_reaches(market, mark.seq)


def on_table_in_slices(market: Market, event_id: int | None, size: int = SLICE) -> Iterator[list[Item]]:
    """Everything on the table of this market day, newest first, `size` things (decoded) at a time: a long list
    read in idle time, never all in one go. Things listed meanwhile are not in it (they are in the log)."""
    if event_id is None:
        return
    below: int | None = None
    while True:
        sql = f"SELECT {COLUMNS} FROM items WHERE event_id = ? AND gone = 0" + (" AND id < ?" if below else "")
        params = [event_id, *([below] if below else []), size]
        with known_fault():
            part = _items(market.db.execute(sql + " ORDER BY id DESC LIMIT ?", params).fetchall())
        if part:
            yield part
        if len(part) < size:
            return
        below = part[-1].id


def table_changes(market: Market, mark: Mark | None) -> TableChanges:
    """What changed on the table since `mark` (None: never read), read and decoded only for those things."""
    now = mark_now(market)
    ids = changed_since(market, mark.seq) if mark is not None and mark.event_id == now.event_id else None
    if ids is None:
        return TableChanges(now, [item for part in on_table_in_slices(market, now.event_id) for item in part], {})
    event_id = now.event_id
    if event_id is None or not ids:
        return TableChanges(now, None, dict.fromkeys(ids))
    found = items_by_id(market, ids)
    changed: dict[int, Item | None] = {}
    for i in ids:
        item = found.get(i)
        changed[i] = item if item is not None and item.event_id == event_id and not item.gone else None
    return TableChanges(now, None, changed)


def on_table_now(market: Market, known: dict[int, Item]) -> list[Item]:
    """Everything on the table now, newest first, reusing the `known` items that have not changed."""
    state = table_state(market)
    changed = [i for i, left in state if i not in known or known[i].left != left or known[i].gone]
    fresh = items_by_id(market, changed) if changed else {}
    return [fresh[i] if i in fresh else known[i] for i, _ in state if i in fresh or i in known]


def kinds_on_table(market: Market) -> set[str]:
    """The kinds (category keys) of what is on the table now: SQLite looks, no thing is read into Python."""
    event = market.current_event()
    if event is None:
        return set()
    return {r["category_key"] for r in market._rows(
        "SELECT DISTINCT category_key FROM items WHERE event_id = ? AND gone = 0", [event.id])}


def answering(market: Market, want: Want) -> list[int]:
    """Ids of the things on the table now that answer a want (Want.answered_by: its kind, its size if it names
    one, one of its words if it has any), newest first; none decoded: a list of wants shows how many each has."""
    event = market.current_event()
    if event is None:
        return []
    sql = "SELECT id FROM items WHERE event_id = ? AND gone = 0 AND category_key = ?"
    params: list[object] = [event.id, want.category_key]
    if want.size:
        sql += " AND size = ?"
        params.append(want.size)
    with known_fault():
        ids = [row[0] for row in market.db.execute(sql + " ORDER BY id DESC", params)]
    if not ids or not want.title:
        return ids
    # Its words are looked for from this market's oldest such thing up, not among every market's things before.
    words = matching_ids(market.db, want.title, True, from_id=ids[-1])
    return ids if words is None else [i for i in ids if i in words]
