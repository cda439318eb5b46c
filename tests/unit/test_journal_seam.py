"""Every method of Market that writes records its change through the market's one journal seam
(Market._record), inside the transaction that makes the change. The writing methods are found, not listed:
each public method runs on a market with one of everything, and any that changed a row must have recorded."""

from __future__ import annotations

import inspect
import sqlite3
from typing import Any

from kiosk.errors import VisitorError
from kiosk.settings import SIGN_CATEGORIES
from kiosk.store import Market, journal, open_market
from tests.conftest import FakeClock

PUBLIC = sorted(name for name, _ in inspect.getmembers(Market, inspect.isfunction) if not name.startswith("_"))


def furnished(path) -> tuple[Market, dict[str, list[Any]]]:
    """A market with one of everything, and for each parameter of Market's methods the values to try."""
    market = open_market(path, clock=FakeClock())
    event = market.ensure_event()
    counted = market.list_item("books", 3, "atlas").item
    market.take_one(counted.id)
    pile = market.list_item("plants", "lots", "seeds").item
    market.take_one(pile.id)
    want = market.post_want("shoes", "boots")
    return market, {
        "which": [SIGN_CATEGORIES], "value": ["all"], "event_id": [event.id], "item_id": [counted.id, pile.id],
        "want_id": [want.id], "category_key": ["kitchen"], "key": ["books"], "title": ["teapot"],
        "search": ["atlas"], "minutes": [-60],
    }


def calls(method: Any, values: dict[str, list[Any]]) -> list[list[Any]]:
    """The argument lists to try: every required parameter from `values`, one alternative at a time."""
    required = [p.name for p in inspect.signature(method).parameters.values()
                if p.name != "self" and p.default is inspect.Parameter.empty]
    tries = [[]]
    for name in required:
        tries = [args + [value] for args in tries for value in values[name]]
    return tries


def contents(path) -> list[str]:
    """Everything the file holds, as another connection reads it."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_every_writing_method_records_through_the_seam(tmp_path, monkeypatch):
    seen: list[tuple[str, bool]] = []
    real = Market._record

    def watched(self: Market, change: Any, *details: Any) -> None:
        seen.append((change.__name__, self.db.conn.in_transaction))
        real(self, change, *details)

    monkeypatch.setattr(Market, "_record", watched)
    writers, silent = [], []
    sample, values = furnished(tmp_path / "sample.db")  # every furnished market has the same ids
    sample.close()
    for name in PUBLIC:
        for n, args in enumerate(calls(getattr(Market, name), values)):
            path = tmp_path / f"{name}-{n}.db"
            market, _ = furnished(path)
            seen.clear()
            before = contents(path)
            try:
                getattr(market, name)(*args)
            except VisitorError:
                continue  # refused (a pile's "all gone" asked of a counted thing): nothing written
            finally:
                if name != "close":
                    market.close()
            if contents(path) != before:
                writers.append(name)
                if not seen or not all(inside for _, inside in seen):
                    silent.append(name)
    assert not silent, f"these write without recording through Market._record: {silent}"
    # The search found the writers (it is not looking at nothing).
    assert {"list_item", "take_one", "untake_one", "mark_gone", "close_event", "set_setting"} <= set(writers)
    assert not {"available", "item", "events", "setting"} & set(writers)


def test_the_seam_is_the_only_way_from_market_to_the_journals_records():
    """Market never calls a recording function of the journal but through _record."""
    source = inspect.getsource(Market)
    recorders = [name for name, f in inspect.getmembers(journal, inspect.isfunction)
                 if f.__module__ == journal.__name__ and f"journal.{name}(" in source]
    assert recorders == ["move"]  # counting movements is not an event; it is the fold's arithmetic too
