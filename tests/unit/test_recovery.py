"""A damaged data file never leaves a dead kiosk: it is kept aside, untouched, and a fresh one starts."""

from __future__ import annotations

import signal
import sqlite3

import pytest

from kiosk.errors import NewerDatabaseError
from kiosk.store import SCHEMA_VERSION, open_market
from kiosk.store.database import quick_check_alone
from tests.unit.test_one_kiosk import start_kiosk, wait_for_home
from ui.app import FileCheck, open_market_or_recover


def half_overwritten(path, page: int = 1, pages: int = 2):
    m = open_market(path)
    for n in range(200):
        m.list_item("books", 1, f"Book {n}")
    m.close()
    data = bytearray(path.read_bytes())
    data[4096 * page:4096 * (page + pages)] = b"\xff" * 4096 * pages  # a power cut mid-write, say
    path.write_bytes(bytes(data))


def sqlite_says(path) -> bool | None:
    """SQLite's own quick check on a plain connection: True, False (it lists damage) or None (it gives up)."""
    try:
        con = sqlite3.connect(path)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None


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
    half_overwritten(path)
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


def test_the_check_made_while_qt_loads_gives_the_verdict_the_opening_would(tmp_path):
    """The kiosk checks its file on a thread of its own while Qt loads (ui.app.FileCheck); the market opens with
    that verdict, so it must be SQLite's own, and None wherever it cannot judge (the opening then judges)."""
    sound, junk, new = tmp_path / "sound.db", tmp_path / "junk.db", tmp_path / "new.db"
    open_market(sound).close()
    junk.write_bytes(b"\x00garbage that is not SQLite" * 500)
    damaged = []
    for page in range(1, 9):
        damaged.append(tmp_path / f"damaged{page}.db")
        half_overwritten(damaged[-1], page, pages=1)
    verdicts = {}
    for path in (sound, junk, new, *damaged):
        check = FileCheck(path)
        check.start()
        verdicts[path] = check.result()
    assert (verdicts[sound], verdicts[junk], verdicts[new]) == (True, None, None)
    # Only "sound" is taken from the early check: it never calls a file damaged (read immutable while another
    # process wrote, a healthy file can look broken); the opening checks again under SQLite's locks.
    assert [verdicts[p] for p in damaged] == [sqlite_says(p) or None for p in damaged]
    assert False not in verdicts.values() and any(sqlite_says(p) is False for p in damaged)
    with_wal = tmp_path / "wal.db"
    market = open_market(with_wal)
    market.list_item("books", 1, "In the -wal")
    assert quick_check_alone(with_wal) is None  # the -wal is judged by the opening itself (wal_belongs)
    market.close()
    for path in damaged:
        market, recovery = open_market_or_recover(path, sound=verdicts[path])
        market.close()
        assert recovery is not None and recovery.aside.exists()


def test_the_real_kiosk_sets_a_damaged_file_aside_and_keeps_going(tmp_path):
    path = tmp_path / "table.db"
    half_overwritten(path)
    kiosk = start_kiosk(path)
    try:
        wait_for_home(path, kiosk)
        assert "damaged database set aside" in path.with_suffix(".log").read_text()
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=20) == 0
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
        kiosk.communicate(timeout=10)
    assert [p for p in tmp_path.iterdir() if "damaged" in p.name]
    market = open_market(path)  # the fresh file the kiosk started
    market.close()
