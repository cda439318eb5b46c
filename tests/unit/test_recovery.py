"""A damaged data file never leaves a dead kiosk: it is kept aside, untouched, and a fresh one starts."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.errors import NewerDatabaseError
from kiosk.store import SCHEMA_VERSION, open_market
from ui.app import open_market_or_recover


def test_damaged_file_is_set_aside_and_a_fresh_one_started(tmp_path):
    path = tmp_path / "table.db"
    junk = b"\x00garbage that is not SQLite" * 500
    path.write_bytes(junk)
    market, recovery = open_market_or_recover(path)
    try:
        assert recovery is not None and recovery.aside.read_bytes() == junk and recovery.restored is None
        assert market.list_item("books", 1, "Atlas").item.title == "Atlas"
    finally:
        market.close()


def test_a_half_overwritten_database_is_set_aside_too(tmp_path):
    path = tmp_path / "table.db"
    m = open_market(path)
    for n in range(200):
        m.list_item("books", 1, f"Book {n}")
    m.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # a power cut in the middle of a disk write, say
    path.write_bytes(bytes(data))
    market, recovery = open_market_or_recover(path)
    market.close()
    assert recovery is not None and recovery.aside.exists()


def test_a_newer_file_is_not_set_aside_but_refused(tmp_path):
    path = tmp_path / "table.db"
    open_market(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    with pytest.raises(NewerDatabaseError):
        open_market_or_recover(path)
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []
