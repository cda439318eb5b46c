"""The schema, one numbered step at a time: step N brings a file from PRAGMA user_version N-1 to N.

A step is a SQL script, or a function of the open file when it must compute something. Append new steps at
the end; never edit an old one (kiosk/store/schema.sql is what they make, and tests/unit/test_schema.py
checks it). Steps 1-5 write the SQL sqlite-utils 4 wrote for them then, so every file has the same schema.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.catalog import DEFAULT_CATEGORIES, OLD_OTHER_ICON, OTHER_ICON, TAGS_BY_KEY

if TYPE_CHECKING:
    from kiosk.store.datafile import DataFile

MARKET = """
CREATE TABLE "events" (
   "id" INTEGER PRIMARY KEY,
   "title" TEXT NOT NULL,
   "date" TEXT NOT NULL,
   "place" TEXT DEFAULT '',
   "opened_at" TEXT NOT NULL,
   "closed_at" TEXT,
   "leftovers" TEXT
) STRICT;
CREATE TABLE "categories" (
   "key" TEXT PRIMARY KEY,
   "names" TEXT NOT NULL,
   "icon" TEXT NOT NULL,
   "sort_order" INTEGER NOT NULL,
   "is_food" INTEGER NOT NULL DEFAULT 0,
   "sizes" INTEGER NOT NULL DEFAULT 0,
   "active" INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE "items" (
   "id" INTEGER PRIMARY KEY,
   "event_id" INTEGER NOT NULL REFERENCES "events"("id"),
   "category_key" TEXT NOT NULL REFERENCES "categories"("key"),
   "title" TEXT NOT NULL DEFAULT '',
   "quantity" INTEGER,
   "left_count" INTEGER,
   "tags" TEXT NOT NULL DEFAULT '[]',
   "size" TEXT NOT NULL DEFAULT '',
   "perishable" INTEGER NOT NULL DEFAULT 0,
   "listed_at" TEXT NOT NULL,
   "gone" INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX "idx_items_event_id_gone"
    ON "items" ("event_id", "gone");
-- Counts per category per quarter hour: the summary's timeline, and nothing finer.
CREATE TABLE "movements" (
   "event_id" INTEGER REFERENCES "events"("id"),
   "category_key" TEXT REFERENCES "categories"("key"),
   "bucket" TEXT,
   "brought" INTEGER NOT NULL DEFAULT 0,
   "taken" INTEGER NOT NULL DEFAULT 0,
   PRIMARY KEY ("event_id", "category_key", "bucket")
) STRICT;
CREATE TABLE "wants" (
   "id" INTEGER PRIMARY KEY,
   "event_id" INTEGER NOT NULL REFERENCES "events"("id"),
   "category_key" TEXT NOT NULL REFERENCES "categories"("key"),
   "title" TEXT NOT NULL DEFAULT '',
   "size" TEXT NOT NULL DEFAULT '',
   "posted_at" TEXT NOT NULL,
   "found" INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE "skill_offers" (
   "id" INTEGER PRIMARY KEY,
   "event_id" INTEGER NOT NULL REFERENCES "events"("id"),
   "title" TEXT NOT NULL,
   "description" TEXT NOT NULL DEFAULT '',
   "availability" TEXT NOT NULL DEFAULT '[]',
   "contact" TEXT,
   "forget_after_print" INTEGER NOT NULL DEFAULT 0,
   "created_at" TEXT NOT NULL
) STRICT;
CREATE TABLE "settings" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT NOT NULL
) STRICT;
"""


def m001_market(db: DataFile) -> None:
    db.script(MARKET)
    for n, c in enumerate(DEFAULT_CATEGORIES):
        db.execute("INSERT INTO categories (key, names, icon, sort_order, is_food, sizes, active) "
                   "VALUES (?, ?, ?, ?, ?, ?, 1)",
                   [c.key, json.dumps(c.names, ensure_ascii=False), c.icon, n, int(c.is_food), int(c.sizes)])


def m002_item_search(db: DataFile) -> None:
    # Accent- and case-blind full-text search over titles, category names and tags. The words are put
    # together here as they were then (kiosk.catalog.search_text is today's way, and may change).
    db.execute("ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    names = {row["key"]: json.loads(row["names"]) for row in db.rows("SELECT key, names FROM categories")}
    for row in list(db.rows("SELECT id, title, category_key, tags, size FROM items")):
        words = [row["title"], *names.get(row["category_key"], {}).values(), row["size"]]
        for key in json.loads(row["tags"]):
            words.extend(TAGS_BY_KEY[key].names.values() if key in TAGS_BY_KEY else ())
        text = " ".join(w for w in words if w)
        db.execute("UPDATE items SET search_text = ? WHERE id = ?", [text, row["id"]])
    db.script("""
CREATE VIRTUAL TABLE "items_fts" USING FTS5 (
    "search_text",
    tokenize='unicode61 remove_diacritics 2',
    content="items"
);
INSERT INTO "items_fts" (rowid, "search_text") SELECT rowid, "search_text" FROM "items";
CREATE TRIGGER "items_ai" AFTER INSERT ON "items" BEGIN
  INSERT INTO "items_fts" (rowid, "search_text") VALUES (new.rowid, new."search_text");
END;
CREATE TRIGGER "items_ad" AFTER DELETE ON "items" BEGIN
  INSERT INTO "items_fts" ("items_fts", rowid, "search_text") VALUES('delete', old.rowid, old."search_text");
END;
CREATE TRIGGER "items_au" AFTER UPDATE ON "items" BEGIN
  INSERT INTO "items_fts" ("items_fts", rowid, "search_text") VALUES('delete', old.rowid, old."search_text");
  INSERT INTO "items_fts" (rowid, "search_text") VALUES (new.rowid, new."search_text");
END;
""")


# Things a market kept for next time come back to the next one's table; this says from which.
M003_CARRIED_OVER = "ALTER TABLE items ADD COLUMN carried_from INTEGER REFERENCES events(id)"


def m004_other_pictogram(db: DataFile) -> None:
    # "Other" drew three dots, which read as a menu; it becomes assorted shapes (unless a steward chose one).
    db.execute("UPDATE categories SET icon = ? WHERE key = 'other' AND icon = ?", [OTHER_ICON, OLD_OTHER_ICON])


M005_JOURNAL = """
-- Several kiosks at one market (kiosk/store/journal.py). This kiosk's own events, in order: written
-- in the same transaction as the change they describe, so nothing acknowledged is missing from them.
CREATE TABLE "journal_outbox" (
   "seq" INTEGER PRIMARY KEY,
   "id" TEXT NOT NULL,
   "body" TEXT NOT NULL
) STRICT;
-- Every event this file holds (its own and other kiosks'), by id: duplicates are ignored. `ref` is
-- what it needs to exist first; applied = 0 while it waits for that.
CREATE TABLE "journal_events" (
   "id" TEXT PRIMARY KEY,
   "kiosk" TEXT NOT NULL,
   "seq" INTEGER NOT NULL,
   "type" TEXT NOT NULL,
   "ref" TEXT,
   "digest" TEXT NOT NULL,
   "body" TEXT NOT NULL,
   "applied" INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX journal_events_waiting ON journal_events (ref) WHERE applied = 0;
-- What shared things (market days, items, wants, offers) are here: event id that made it -> row id.
CREATE TABLE "journal_things" (
   "uid" TEXT PRIMARY KEY,
   "kind" TEXT NOT NULL,
   "local_id" INTEGER,
   "net_taken" INTEGER NOT NULL DEFAULT 0,
   "lots" INTEGER,
   "category_key" TEXT,
   "event_id" INTEGER,
   "removed_at" TEXT,
   "day" TEXT
) STRICT;
CREATE INDEX journal_things_local ON journal_things (kind, local_id);
CREATE INDEX journal_things_day ON journal_things (day) WHERE day IS NOT NULL;
-- Last-writer-wins values (titles, settings, found, gone), with the stamp of the event that set them.
CREATE TABLE "journal_registers" (
   "key" TEXT PRIMARY KEY,
   "stamp" TEXT NOT NULL,
   "value" TEXT NOT NULL
) STRICT;
-- The closed files of this kiosk's journal: same range, same bytes, in any folder.
CREATE TABLE "journal_files" (
   "first" INTEGER PRIMARY KEY,
   "last" INTEGER NOT NULL,
   "sha256" TEXT NOT NULL
) STRICT;
-- Files of other kiosks already folded (by name and checksum), so an exchange reads only new ones.
CREATE TABLE "journal_read" (
   "kiosk" TEXT,
   "file" TEXT,
   "sha256" TEXT NOT NULL,
   PRIMARY KEY ("kiosk", "file")
) STRICT;
-- Kiosks heard from, and the quarter hour this kiosk last folded something of theirs.
CREATE TABLE "journal_kiosks" (
   "kiosk" TEXT PRIMARY KEY,
   "heard_at" TEXT NOT NULL,
   "events" INTEGER NOT NULL
) STRICT;
-- What a steward should know about the exchange (a damaged file, a newer kiosk); no person in it.
CREATE TABLE "journal_notices" (
   "id" INTEGER PRIMARY KEY,
   "at" TEXT NOT NULL,
   "sentence" TEXT NOT NULL,
   "seen" INTEGER NOT NULL DEFAULT 0
) STRICT;
"""

# A demo tried at the first start is marked, so a real market leaves it behind (kiosk/store/demo.py).
M006_DEMO_MARKET = "ALTER TABLE events ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0;"

# Food Not Bombs (kiosk/store/food.py): plates served per quarter hour, and food rescued per quarter hour and
# source kind, weighed in grams or counted in pieces. Sums only: nothing about who ate or who gave.
M007_MEALS_AND_RESCUED = """
CREATE TABLE meals_served (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    bucket TEXT NOT NULL, plates INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, bucket)) STRICT;
CREATE TABLE food_rescued (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    bucket TEXT NOT NULL, source TEXT NOT NULL, grams INTEGER NOT NULL DEFAULT 0,
    pieces INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, bucket, source)) STRICT;
"""

# Which things changed, in order (kiosk/store/on_table.py): a list kept between visits reads again only the rows
# changed since it last showed. Triggers write it, so every writer is seen: this kiosk's visitors and stewards, and
# the fold of other kiosks' journals. Emptied when a market day is added, here or by a fold (a list kept reads
# another day whole anyway); its numbers go on (AUTOINCREMENT), so a moment before that is known to be gone.
M008_ITEM_CHANGES = """
CREATE TABLE item_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER NOT NULL) STRICT;
CREATE TRIGGER item_changes_listed AFTER INSERT ON items BEGIN
  INSERT INTO item_changes (item_id) VALUES (new.id);
END;
CREATE TRIGGER item_changes_changed AFTER UPDATE ON items BEGIN
  INSERT INTO item_changes (item_id) VALUES (new.id);
END;
CREATE TRIGGER item_changes_removed AFTER DELETE ON items BEGIN
  INSERT INTO item_changes (item_id) VALUES (old.id);
END;
CREATE TRIGGER item_changes_new_day AFTER INSERT ON events BEGIN
  DELETE FROM item_changes;
END;
"""

# A steward's notice keeps its English template and values (JSON) beside its English sentence, so the kiosk says it
# in the steward's language (kiosk/store/journal.py `notice`); a notice from before has none and is shown as it was.
M009_NOTICE_WORDS = "ALTER TABLE journal_notices ADD COLUMN words TEXT;"

# An event's summary (kiosk/store/summary.py `read_summary`) reads its things, wants and skill offers by kind: these
# indexes hold every column it reads, in its order, so it reads that event's rows alone, already grouped, and never
# the table (which keeps every market day's). Each of the things' writes updates one index more.
M010_SUMMARY_INDEXES = """
CREATE INDEX items_by_kind ON items (event_id, category_key, gone, quantity, left_count, carried_from);
CREATE INDEX wants_by_kind ON wants (event_id, category_key, found);
CREATE INDEX skill_offers_by_event ON skill_offers (event_id);
"""


def m011_search_without_marks(db: DataFile) -> None:
    # A search and the things' search texts both drop the marks a person may or may not type (Arabic harakat and
    # tatweel, Hebrew niqqud, accents): the tokenizer dropped only Latin accents, and split a word at any other
    # mark, so "كتاب" never found "كِتَاب". The texts stored before are folded so (the triggers index them again).
    # That is no change a list on screen shows, so the change log keeps no line of it (kiosk/store/on_table.py).
    def without_marks(text: str) -> str:  # as kiosk.catalog.searchable was then (it may change; this may not)
        decomposed = unicodedata.normalize("NFKD", text)
        kept = "".join(ch for ch in decomposed if ch != "\u0640" and unicodedata.category(ch) != "Mn")
        return unicodedata.normalize("NFC", kept)

    # One statement, not one a row: 100 000 things take seconds, not tens of them.
    last_change = db.execute("SELECT COALESCE(MAX(seq), 0) FROM item_changes").fetchone()[0]
    db.conn.create_function("m011_without_marks", 1, without_marks, deterministic=True)
    db.execute("UPDATE items SET search_text = m011_without_marks(search_text) "
               "WHERE search_text != m011_without_marks(search_text)")
    db.execute("DELETE FROM item_changes WHERE seq > ?", [last_change])


def m012_search_finds_emoji(db: DataFile) -> None:
    # A search for an emoji ("🍎") found nothing: the tokenizer took every symbol for a space. Its index is made
    # again keeping symbols (Unicode's So) in words, and the search texts hold each symbol apart, a word of its
    # own, so "🍎" finds "Apples🍎" and "🍐🍎" (kiosk.catalog.searchable does so today; this is how it did then).
    def symbols_apart(text: str) -> str:
        return "".join(f" {ch} " if unicodedata.category(ch) == "So" else ch for ch in text)

    last_change = db.execute("SELECT COALESCE(MAX(seq), 0) FROM item_changes").fetchone()[0]
    db.conn.create_function("m012_symbols_apart", 1, symbols_apart, deterministic=True)
    db.execute("UPDATE items SET search_text = m012_symbols_apart(search_text) "
               "WHERE search_text != m012_symbols_apart(search_text)")
    db.execute("DELETE FROM item_changes WHERE seq > ?", [last_change])  # nothing a list on screen shows
    # The triggers that keep the index name it, so they write to the new one.
    db.script("""
DROP TABLE "items_fts";
CREATE VIRTUAL TABLE "items_fts" USING FTS5 (
    "search_text",
    tokenize='unicode61 remove_diacritics 2 categories ''L* N* Co So''',
    content="items"
);
INSERT INTO "items_fts" ("items_fts") VALUES ('rebuild');
""")


# Step N (counting from 1) makes schema version N. Append; never edit.
STEPS: list[str | Callable[[DataFile], None]] = [
    m001_market,
    m002_item_search,
    M003_CARRIED_OVER,
    m004_other_pictogram,
    M005_JOURNAL,
    M006_DEMO_MARKET,
    M007_MEALS_AND_RESCUED,
    M008_ITEM_CHANGES,
    M009_NOTICE_WORDS,
    M010_SUMMARY_INDEXES,
    m011_search_without_marks,
    m012_search_finds_emoji,
]

# A file with a larger PRAGMA user_version is refused.
SCHEMA_VERSION = len(STEPS)

