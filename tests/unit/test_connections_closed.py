"""Every connection the store opens is closed again, on every path: a kiosk runs all day, and a connection left
to the collector is a file descriptor (and a lock on the file) held until it runs — and on Python 3.13 an
"unclosed database" ResourceWarning. Python 3.11 says nothing, so each connection made here is a subclass that
records whether it was still open when it went away, or is still open at the end."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import kiosk.store.market as market_module
from kiosk.export import export_event
from kiosk.store import open_market, open_market_readonly
from kiosk.store.backup import BackupOrder, backup_at_close, make_backup
from kiosk.store.database import DataFile, open_database, quick_check_alone, wal_belongs
from kiosk.store.steward import pin_hash_in_file
from tests.conftest import FakeClock


class Watched(sqlite3.Connection):
    report: list[str] = []  # the running test's list

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.made_for = str(args[0]) if args else "?"
        self.report = Watched.report

    def __del__(self) -> None:
        if is_open(self):
            self.report.append(self.made_for)


def is_open(conn: sqlite3.Connection) -> bool:
    try:
        conn.total_changes  # noqa: B018 - raises ProgrammingError on a closed connection
    except sqlite3.ProgrammingError:
        return False
    return True


@pytest.fixture
def connections(monkeypatch) -> Iterator[list[str]]:
    """The names of the connections left open (the test asserts the list is empty)."""
    real = sqlite3.connect

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", Watched)
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    Watched.report = []
    yield Watched.report


def left_open(found: list[str]) -> list[str]:
    gc.collect()
    still = [o.made_for for o in gc.get_objects() if isinstance(o, Watched) and o.report is found and is_open(o)]
    return sorted(found + still)


def test_a_day_of_backups_and_exports_leaves_no_connection_open(connections, tmp_path):
    clock = FakeClock()
    db = tmp_path / "m.db"
    market = open_market(db, clock=clock)
    market.offer_skill("Guitar lessons", contact="Signal someone")
    market.list_item("books", 2, "Atlas")
    make_backup(market)
    clock.advance(hours=1)
    order = BackupOrder.of(market)
    assert order is not None
    order.make()
    stick = tmp_path / "STICK"
    stick.mkdir()
    event = market.current_event()
    assert event is not None
    market.close_event(event.id)
    backup_at_close(market, [stick])
    quick_check_alone(db)
    assert wal_belongs(db)
    assert pin_hash_in_file(db) is None
    market.close()
    assert quick_check_alone(db) is True
    export_event(db, None, "csv", tmp_path / "out.csv")
    export_event(db, None, "json", tmp_path / "out.json")
    open_market_readonly(db).close()
    assert left_open(connections) == []


def test_a_market_that_fails_after_its_file_opened_leaves_no_connection(connections, tmp_path, monkeypatch):
    def broken(market):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(market_module, "close_stale_markets", broken)
    with pytest.raises(sqlite3.OperationalError):
        open_market(tmp_path / "m.db", clock=FakeClock())
    with pytest.raises(sqlite3.OperationalError):
        open_market_readonly(tmp_path / "m.db", clock=FakeClock())
    assert left_open(connections) == []


def test_a_file_that_cannot_turn_to_wal_leaves_no_connection(connections, tmp_path, monkeypatch):
    real = DataFile.execute

    def execute(self, sql, *args, **kwargs):
        if sql.startswith("PRAGMA journal_mode=WAL"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(DataFile, "execute", execute)
    with pytest.raises(Exception):  # noqa: B017 - the store's own sentence; only the connection matters here
        open_database(tmp_path / "m.db")
    assert left_open(connections) == []


def test_the_watch_sees_a_connection_left_open(connections, tmp_path):
    kept = sqlite3.connect(tmp_path / "x.db")
    del kept
    assert left_open(connections) == [str(tmp_path / "x.db")]


def test_a_closed_connection_is_not_counted(connections, tmp_path: Path):
    sqlite3.connect(tmp_path / "x.db").close()
    assert left_open(connections) == []
