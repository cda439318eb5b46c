"""The running kiosk opens an up-to-date data file without importing sqlite-utils (issue 12: its imports —
click, dateutil, pluggy — cost 15 MB and ~40 ms at every start); its Store behaves as sqlite-utils' Database
does for what the kiosk uses, and migrations still go through sqlite-utils."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from kiosk.store.database import Store

START = r"""
import sys
from kiosk.store import open_market
market = open_market(sys.argv[1])
market.list_item("books", 2, "A box of novels")
market.close()
print(sorted(m for m in ("sqlite_utils", "click", "dateutil", "pluggy") if m in sys.modules))
"""


def run_start(path) -> str:
    done = subprocess.run([sys.executable, "-c", START, str(path)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_an_up_to_date_file_is_opened_and_written_without_sqlite_utils(tmp_path):
    path = tmp_path / "table.db"
    assert run_start(path) == "['click', 'dateutil', 'pluggy', 'sqlite_utils']"  # a new file: migrations
    assert run_start(path) == "[]"


@pytest.fixture(params=["store", "sqlite-utils"])
def db(request, tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    made = Store(conn) if request.param == "store" else Database(conn, execute_plugins=False)
    made.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    yield made
    conn.close()


def test_store_behaves_as_sqlite_utils_database(db, tmp_path):
    db.execute("INSERT INTO t (name) VALUES (?)", ["lone"])
    assert not db.conn.in_transaction  # a lone write is committed at once
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('kept')")
        with pytest.raises(ZeroDivisionError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('undone')")
            raise ZeroDivisionError
    with pytest.raises(ZeroDivisionError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('undone too')")
        raise ZeroDivisionError
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO nowhere VALUES (1)")
    assert not db.conn.in_transaction
    other = sqlite3.connect(tmp_path / "x.db")  # what another connection sees: committed rows only
    assert [r[0] for r in other.execute("SELECT name FROM t ORDER BY id")] == ["lone", "kept"]
    other.close()
    assert list(db.query("SELECT a.id, b.id, a.name FROM t a JOIN t b ON a.id = b.id ORDER BY a.id")) == [
        {"id": 1, "id_2": 1, "name": "lone"}, {"id": 2, "id_2": 2, "name": "kept"}]
    assert list(db.query("  -- a comment\n SELECT count(*) AS n FROM t")) == [{"n": 2}]
    with pytest.raises(ValueError):
        db.query("UPDATE t SET name = 'x'")
    assert db.table_names() == ["t"]
    assert db["t"].count == 2
