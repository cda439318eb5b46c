"""Upgrading an older data file keeps its data and a copy; a newer one is refused plainly."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kiosk.errors import NewerDatabaseError, StoreProblem
from kiosk.store import SCHEMA_VERSION, open_market
from kiosk.store.datafile import DataFile
from kiosk.store.schema import m001_market


def make_version_1(path):
    """A data file at schema version 1: only the first step, an item in it."""
    db = DataFile(sqlite3.connect(path))
    m001_market(db)
    db.execute("PRAGMA user_version = 1")
    # Files were unmarked then, and sqlite-utils' Migrations kept its record (which says whose file it is).
    db.script("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, "
              "applied_at TEXT); INSERT INTO _sqlite_migrations VALUES "
              "(1, 'commons_table', 'm001_market', '2026-10-31T10:00')")
    db.execute("INSERT INTO events (title, date, place, opened_at) VALUES ('Old market', '2026-10-31', '', "
               "'2026-10-31T10:00')")
    db.execute("INSERT INTO items (event_id, category_key, title, quantity, left_count, tags, listed_at) "
               "VALUES (1, 'food_ready', 'Pumpkin soup', 3, 2, ?, '2026-10-31T10:15')", [json.dumps(["vegan"])])
    db.close()


def test_old_file_is_upgraded_with_data_intact_and_a_copy_beside_it(tmp_path):
    path = tmp_path / "old.db"
    make_version_1(path)
    market = open_market(path)
    item = market.item(1)
    assert (item.title, item.left, item.tags) == ("Pumpkin soup", 2, ("vegan",))
    # The upgrade's new search finds the old item by its Spanish category name and tag.
    assert [i.id for i in market.available(search="sopa")] == []  # not a word in it
    assert market.matching_ids("comida") == {1}
    assert market.matching_ids("vegano") == {1}
    assert market.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    market.close()
    copies = [p for p in tmp_path.iterdir() if ".before-v" in p.name]
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT title FROM items").fetchall() == [("Pumpkin soup",)]
    copy.close()


def test_new_file_gets_no_copy(tmp_path):
    open_market(tmp_path / "new.db").close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".before-" in p.name) == []


def test_reopening_a_current_file_migrates_nothing_and_copies_nothing(tmp_path):
    path = tmp_path / "t.db"
    open_market(path).close()
    open_market(path).close()
    assert not [p for p in tmp_path.iterdir() if ".before-" in p.name]


def test_newer_file_is_refused_with_a_sentence(tmp_path):
    path = tmp_path / "future.db"
    open_market(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(NewerDatabaseError) as refused:
        open_market(path)
    assert "newer Commons Table" in refused.value.sentence
    assert refused.value.sentence.endswith(".")


def test_a_file_that_is_not_a_database_is_a_store_problem(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is a shopping list, not a database" * 200)
    with pytest.raises(StoreProblem) as problem:
        open_market(path)
    # A text is never a damaged data file: it is left as it is (issue 27, item 7).
    assert problem.value.kind == "foreign" and "left as it is" in problem.value.sentence
    path.write_bytes(b"\x00\x01 binary junk, once a database" * 200)
    with pytest.raises(StoreProblem) as problem:
        open_market(path)
    assert "damaged" in problem.value.sentence
