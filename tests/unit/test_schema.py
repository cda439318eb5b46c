"""The schema a data file gets is kiosk/store/schema.sql: a new file's, and that of a file every older version
of Commons Table wrote (tests/unit/old_files/vN.sql, dumped from the commit that last wrote version N),
brought up to date. Rewrite schema.sql only with a new step: python -m tests.unit.test_schema."""

from __future__ import annotations

import re
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

import kiosk.store
from kiosk.store import SCHEMA_VERSION, open_market

SCHEMA = Path(kiosk.store.__file__).with_name("schema.sql")
OLD_FILES = Path(__file__).with_name("old_files")


def schema_of(conn: sqlite3.Connection) -> str:
    """sqlite_master's SQL, one statement a line, whitespace collapsed, sorted; without what SQLite makes
    itself (automatic indexes, a full-text index's own tables)."""
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    kept = [re.sub(r"\s+", " ", sql).strip() + ";" for name, sql in rows
            if not any(name.startswith(v + "_") for v in virtual)]
    return "\n".join(sorted(kept)) + "\n"


def upgraded(version: int, tmp_path: Path) -> sqlite3.Connection:
    path = tmp_path / f"v{version}.db"
    old = sqlite3.connect(path)
    old.executescript((OLD_FILES / f"v{version}.sql").read_text())
    old.close()
    open_market(path).close()
    return sqlite3.connect(path)


def test_a_new_file_has_the_checked_in_schema(tmp_path):
    open_market(tmp_path / "new.db").close()
    with closing(sqlite3.connect(tmp_path / "new.db")) as conn:
        assert schema_of(conn) == SCHEMA.read_text()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


# Each schema version an older Commons Table wrote: 2 (the first release's) to 5 (the last by sqlite-utils).
WRITTEN = sorted(int(p.stem[1:]) for p in OLD_FILES.glob("v*.sql"))


@pytest.mark.parametrize("version", WRITTEN)
def test_a_file_any_older_version_wrote_is_brought_to_it(version, tmp_path):
    with closing(upgraded(version, tmp_path)) as conn:
        assert schema_of(conn) == SCHEMA.read_text()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # What it held is still there, and found by search.
        assert conn.execute("SELECT title, left_count, tags FROM items").fetchall() == [
            ("Pumpkin soup", 2, '["vegan"]')]
        assert conn.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH 'pumpkin'").fetchall() == [(1,)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_older_version_has_its_file():
    assert WRITTEN[:4] == [2, 3, 4, 5] and WRITTEN == list(range(2, WRITTEN[-1] + 1))


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        open_market(Path(folder) / "new.db").close()
        with closing(sqlite3.connect(Path(folder) / "new.db")) as conn:
            SCHEMA.write_text(schema_of(conn))
    sys.exit(0)
