"""The store's one way to SQLite (kiosk/store/datafile.py): a lone write commits itself, transaction() makes
several one change and nests as savepoints; the kiosk never imports sqlite-utils while it runs."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from kiosk.store.datafile import DataFile

START = r"""
import sys
from kiosk.store import open_market
market = open_market(sys.argv[1])
market.list_item("books", 2, "A box of novels")
market.close()
print(sorted(m for m in ("sqlite_utils", "click", "dateutil", "pluggy") if m in sys.modules))
"""


def test_a_file_is_made_opened_and_written_without_sqlite_utils(tmp_path):
    path = tmp_path / "table.db"
    for _new_then_up_to_date in range(2):
        done = subprocess.run([sys.executable, "-c", START, str(path)], capture_output=True, text=True, check=True)
        assert done.stdout.strip() == "[]"


@pytest.fixture
def db(tmp_path):
    made = DataFile(sqlite3.connect(tmp_path / "x.db"))
    made.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    yield made
    made.close()


def test_writes_commit_alone_or_together(db, tmp_path):
    db.execute("INSERT INTO t (name) VALUES (?)", ["lone"])
    assert not db.conn.in_transaction  # a lone write is committed at once
    with db.transaction():
        db.execute("INSERT INTO t (name) VALUES ('kept')")
        with pytest.raises(ZeroDivisionError), db.transaction():
            db.execute("INSERT INTO t (name) VALUES ('undone')")
            raise ZeroDivisionError
        assert db.conn.in_transaction  # the inner block's failure undid only its own part
    with pytest.raises(ZeroDivisionError), db.transaction():
        db.execute("INSERT INTO t (name) VALUES ('undone too')")
        raise ZeroDivisionError
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO nowhere VALUES (1)")
    assert not db.conn.in_transaction
    other = sqlite3.connect(tmp_path / "x.db")  # what another connection sees: committed rows only
    assert [r[0] for r in other.execute("SELECT name FROM t ORDER BY id")] == ["lone", "kept"]
    other.close()
    assert list(db.rows("SELECT id, name FROM t ORDER BY id")) == [{"id": 1, "name": "lone"},
                                                                  {"id": 2, "name": "kept"}]
    assert db.tables() == ["t"]


def test_a_script_runs_inside_the_transaction(db):
    with pytest.raises(ZeroDivisionError), db.transaction():
        db.script("CREATE TABLE u (x);\nCREATE TRIGGER u_t AFTER INSERT ON u BEGIN\n  INSERT INTO t (name) VALUES "
                  "('from u');\nEND;\nINSERT INTO u VALUES (1)")
        assert [r["name"] for r in db.rows("SELECT name FROM t")] == ["from u"]
        raise ZeroDivisionError
    assert db.tables() == ["t"]  # all of it undone (executescript would have committed first)


def test_a_change_that_reads_first_still_writes_when_another_process_writes_meanwhile(db, tmp_path):
    """A transaction holds the write lock from its start, so another connection's write waits its turn
    instead of making this one's write fail at once (a deferred transaction's snapshot would be stale)."""
    db.execute("INSERT INTO t (name) VALUES (?)", ["before"])
    db.execute("PRAGMA journal_mode=WAL")
    other_done = threading.Event()
    failures: list[BaseException] = []

    def other_process_writes() -> None:
        other = DataFile(sqlite3.connect(tmp_path / "x.db", timeout=10))
        try:
            other.execute("INSERT INTO t (name) VALUES (?)", ["other"])
        except BaseException as error:
            failures.append(error)
        finally:
            other.close()
            other_done.set()

    with db.transaction():
        count = db.execute("SELECT count(*) FROM t").fetchone()[0]
        writer = threading.Thread(target=other_process_writes)
        writer.start()
        assert not other_done.wait(0.5)  # it waits for this change to end
        db.execute("INSERT INTO t (name) VALUES (?)", [f"after {count}"])
    writer.join(10)
    assert not failures
    assert sorted(name for (name,) in db.execute("SELECT name FROM t")) == ["after 1", "before", "other"]
