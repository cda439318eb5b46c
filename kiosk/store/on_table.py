"""What is on the table, read so a list can be kept between visits and updated, not reloaded.

Decoding every item (its JSON tags) on every visit is most of the cost of opening a long list; the state
of each thing (its id and how many are left) is cheap to read and says which rows changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.domain import Item, Want
from kiosk.store.database import known_fault
from kiosk.store.market import Market, _item

CHUNK = 500  # ids per query, well under SQLite's limit on parameters


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
    words = market.matching_ids(want.title, True) if want.title else None
    return ids if words is None else [i for i in ids if i in words]
