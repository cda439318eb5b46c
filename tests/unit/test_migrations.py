"""Upgrading an older data file keeps its data and a copy; a newer one is refused plainly."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kiosk.errors import NewerDatabaseError, StoreProblem
from kiosk.store import SCHEMA_VERSION, open_market
from kiosk.store.database import APPLICATION_ID
from kiosk.store.datafile import DataFile
from kiosk.store.schema import STEPS, m001_market


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


def make_version(path, version, titles):
    """A data file at schema version `version`, made by the steps up to it, with an item of each title in it, its
    search text put together as the kiosk did then (title and category names, marks and all)."""
    db = DataFile(sqlite3.connect(path))
    for step in STEPS[:version]:
        if isinstance(step, str):
            db.script(step)
        else:
            step(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO events (title, date, place, opened_at) VALUES ('Old market', '2026-10-31', '', "
               "'2026-10-31T10:00')")
    names = " ".join(json.loads(db.execute("SELECT names FROM categories WHERE key = 'books'").fetchone()[0]).values())
    for title in titles:
        db.execute("INSERT INTO items (event_id, category_key, title, quantity, left_count, listed_at, search_text) "
                   "VALUES (1, 'books', ?, 1, 1, '2026-10-31T10:15', ?)", [title, f"{title} {names}"])
    db.close()


def test_a_file_from_before_search_dropped_marks_has_its_search_texts_folded(tmp_path):
    path = tmp_path / "v10.db"
    make_version(path, 10, ["كِتَاب", "كـتـاب", "עִבְרִית", "Café"])
    market = open_market(path)
    assert market.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    changes = market.db.execute("SELECT COUNT(*) FROM item_changes").fetchone()[0]
    for typed, found in [("كتاب", {1, 2}), ("كِتَاب", {1, 2}), ("עברית", {3}), ("עִבְרִית", {3}), ("cafe", {4}),
                         ("café", {4})]:
        assert market.matching_ids(typed) == found, typed
    assert market.db.execute("SELECT search_text FROM items WHERE id = 1").fetchone()[0].startswith("كتاب ")
    assert market.item(1).title == "كِتَاب"  # what is shown keeps its marks
    # No change a list on screen shows: the change log has only the listings' lines.
    assert changes == 4
    assert market.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    market.db.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
    market.close()


def test_a_file_from_before_search_found_emoji_has_its_index_made_again(tmp_path):
    path = tmp_path / "v11.db"
    make_version(path, 11, ["🍎 Apples", "Pears🍐🍎", "Recipes 👩‍🍳", "Lamp"])
    market = open_market(path)
    assert market.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert market.matching_ids("🍎") == {1, 2}
    assert market.matching_ids("🍐") == {2}
    assert market.matching_ids("👩‍🍳") == {3}
    assert market.matching_ids("lamp") == {4} and market.matching_ids("libros") == {1, 2, 3, 4}  # words as before
    assert market.db.execute("SELECT COUNT(*) FROM item_changes").fetchone()[0] == 4  # the listings' lines only
    market.db.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
    # A thing listed, changed or taken away after is indexed by the triggers, into the new index.
    market.db.execute("UPDATE items SET search_text = 'Plums 🍑' WHERE id = 4")
    assert market.matching_ids("🍑") == {4} and market.matching_ids("lamp") == set()
    market.db.execute("DELETE FROM items WHERE id = 1")
    assert market.matching_ids("🍎") == {2}
    market.db.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
    market.close()


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
