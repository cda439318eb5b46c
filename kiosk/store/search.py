"""A search of the table on a thread other than the window's: thousands of ids at 10 000 things ("s" finds half
of them), read on a connection of its own so the window's thread never waits on the query."""

from __future__ import annotations

from pathlib import Path

from kiosk.store.database import open_reader
from kiosk.store.market import matching_ids


def matching_ids_in(path: Path, search: str, from_id: int = 0) -> set[int] | None:
    """Market.matching_ids, of the ids from `from_id` up, on a read-only connection to the file at `path`, opened and
    closed here, on the thread that calls this (a connection never crosses threads). None when nothing searchable
    was typed."""
    db = open_reader(path)
    try:
        return matching_ids(db, search, from_id=from_id)
    finally:
        db.close()
