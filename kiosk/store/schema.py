"""The schema, grown one migration at a time. Append new migrations; never edit old ones."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from kiosk.catalog import DEFAULT_CATEGORIES, OLD_OTHER_ICON, OTHER_ICON, TAGS_BY_KEY
from kiosk.store.lazy_migrations import LazyMigrations

if TYPE_CHECKING:
    from sqlite_utils import Database


MIGRATIONS = LazyMigrations()


@MIGRATIONS()
def m001_market(db: Database) -> None:
    db.table("events").create(
        {"id": int, "title": str, "date": str, "place": str, "opened_at": str, "closed_at": str,
         "leftovers": str},
        pk="id", not_null={"title", "date", "opened_at"}, defaults={"place": ""}, strict=True,
    )
    db.table("categories").create(
        {"key": str, "names": str, "icon": str, "sort_order": int, "is_food": int, "sizes": int,
         "active": int},
        pk="key", not_null={"names", "icon", "sort_order", "is_food", "sizes", "active"},
        defaults={"is_food": 0, "sizes": 0, "active": 1}, strict=True,
    )
    db.table("items").create(
        {"id": int, "event_id": int, "category_key": str, "title": str, "quantity": int, "left_count": int,
         "tags": str, "size": str, "perishable": int, "listed_at": str, "gone": int},
        pk="id",
        not_null={"event_id", "category_key", "title", "tags", "size", "perishable", "listed_at", "gone"},
        defaults={"title": "", "tags": "[]", "size": "", "perishable": 0, "gone": 0},
        foreign_keys=[("event_id", "events", "id"), ("category_key", "categories", "key")],
        strict=True,
    )
    db.table("items").create_index(["event_id", "gone"])
    # Counts per category per quarter hour: the summary's timeline, and nothing finer.
    db.table("movements").create(
        {"event_id": int, "category_key": str, "bucket": str, "brought": int, "taken": int},
        pk=("event_id", "category_key", "bucket"),
        not_null={"brought", "taken"}, defaults={"brought": 0, "taken": 0},
        foreign_keys=[("event_id", "events", "id"), ("category_key", "categories", "key")],
        strict=True,
    )
    db.table("wants").create(
        {"id": int, "event_id": int, "category_key": str, "title": str, "size": str, "posted_at": str,
         "found": int},
        pk="id", not_null={"event_id", "category_key", "title", "size", "posted_at", "found"},
        defaults={"title": "", "size": "", "found": 0},
        foreign_keys=[("event_id", "events", "id"), ("category_key", "categories", "key")],
        strict=True,
    )
    db.table("skill_offers").create(
        {"id": int, "event_id": int, "title": str, "description": str, "availability": str,
         "contact": str, "forget_after_print": int, "created_at": str},
        pk="id", not_null={"event_id", "title", "description", "availability", "created_at",
                           "forget_after_print"},
        defaults={"description": "", "availability": "[]", "forget_after_print": 0},
        foreign_keys=[("event_id", "events", "id")],
        strict=True,
    )
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"}, strict=True)
    db.table("categories").insert_all(
        {"key": c.key, "names": json.dumps(c.names, ensure_ascii=False), "icon": c.icon, "sort_order": n,
         "is_food": int(c.is_food), "sizes": int(c.sizes), "active": 1}
        for n, c in enumerate(DEFAULT_CATEGORIES)
    )


@MIGRATIONS()
def m002_item_search(db: Database) -> None:
    # Accent- and case-blind full-text search over titles, category names and tags. The words are put
    # together here as they were then (kiosk.catalog.search_text is today's way, and may change).
    db.execute("ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    names = {row["key"]: json.loads(row["names"]) for row in db.query("SELECT key, names FROM categories")}
    for row in list(db.query("SELECT id, title, category_key, tags, size FROM items")):
        words = [row["title"], *names.get(row["category_key"], {}).values(), row["size"]]
        for key in json.loads(row["tags"]):
            words.extend(TAGS_BY_KEY[key].names.values() if key in TAGS_BY_KEY else ())
        text = " ".join(w for w in words if w)
        db.execute("UPDATE items SET search_text = ? WHERE id = ?", [text, row["id"]])
    db.table("items").enable_fts(["search_text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")



@MIGRATIONS()
def m003_carried_over(db: Database) -> None:
    # Things a market kept for next time come back to the next one's table; this says from which.
    db.execute("ALTER TABLE items ADD COLUMN carried_from INTEGER REFERENCES events(id)")


@MIGRATIONS()
def m004_other_pictogram(db: Database) -> None:
    # "Other" drew three dots, which read as a menu; it becomes assorted shapes (unless a steward chose one).
    db.execute("UPDATE categories SET icon = ? WHERE key = 'other' AND icon = ?", [OTHER_ICON, OLD_OTHER_ICON])


@MIGRATIONS()
def m005_journal(db: Database) -> None:
    # Several kiosks at one market (kiosk/store/journal.py). This kiosk's own events, in order: written
    # in the same transaction as the change they describe, so nothing acknowledged is missing from them.
    db.table("journal_outbox").create({"seq": int, "id": str, "body": str}, pk="seq",
                                      not_null={"id", "body"}, strict=True)
    # Every event this file holds (its own and other kiosks'), by id: duplicates are ignored. `ref` is
    # what it needs to exist first; applied = 0 while it waits for that.
    db.table("journal_events").create(
        {"id": str, "kiosk": str, "seq": int, "type": str, "ref": str, "digest": str, "body": str,
         "applied": int},
        pk="id", not_null={"kiosk", "seq", "type", "digest", "body", "applied"}, defaults={"applied": 1},
        strict=True)
    db.execute("CREATE INDEX journal_events_waiting ON journal_events (ref) WHERE applied = 0")
    # What shared things (market days, items, wants, offers) are here: event id that made it -> row id.
    db.table("journal_things").create(
        {"uid": str, "kind": str, "local_id": int, "net_taken": int, "lots": int, "category_key": str,
         "event_id": int, "removed_at": str, "day": str},
        pk="uid", not_null={"kind", "net_taken"}, defaults={"net_taken": 0}, strict=True)
    db.execute("CREATE INDEX journal_things_local ON journal_things (kind, local_id)")
    db.execute("CREATE INDEX journal_things_day ON journal_things (day) WHERE day IS NOT NULL")
    # Last-writer-wins values (titles, settings, found, gone), with the stamp of the event that set them.
    db.table("journal_registers").create({"key": str, "stamp": str, "value": str}, pk="key",
                                         not_null={"stamp", "value"}, strict=True)
    # The closed files of this kiosk's journal: same range, same bytes, in any folder.
    db.table("journal_files").create({"first": int, "last": int, "sha256": str}, pk="first",
                                     not_null={"last", "sha256"}, strict=True)
    # Files of other kiosks already folded (by name and checksum), so an exchange reads only new ones.
    db.table("journal_read").create({"kiosk": str, "file": str, "sha256": str}, pk=("kiosk", "file"),
                                    not_null={"sha256"}, strict=True)
    # Kiosks heard from, and the quarter hour this kiosk last folded something of theirs.
    db.table("journal_kiosks").create({"kiosk": str, "heard_at": str, "events": int}, pk="kiosk",
                                      not_null={"heard_at", "events"}, strict=True)
    # What a steward should know about the exchange (a damaged file, a newer kiosk); no person in it.
    db.table("journal_notices").create({"id": int, "at": str, "sentence": str, "seen": int}, pk="id",
                                       not_null={"at", "sentence", "seen"}, defaults={"seen": 0}, strict=True)


@MIGRATIONS()
def m006_demo_market(db: Database) -> None:
    # A demo tried at the first start is marked, so a real market leaves it behind (kiosk/store/demo.py).
    db.execute("ALTER TABLE events ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0")


@MIGRATIONS()
def m007_meals_and_rescued(db: Database) -> None:
    # Food Not Bombs (kiosk/store/food.py): plates served per quarter hour, and food rescued per quarter hour
    # and source kind, weighed in grams or counted in pieces. Sums only: nothing about who ate or who gave.
    db.execute("CREATE TABLE meals_served (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, "
               "bucket TEXT NOT NULL, plates INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, bucket)) STRICT")
    db.execute("CREATE TABLE food_rescued (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, "
               "bucket TEXT NOT NULL, source TEXT NOT NULL, grams INTEGER NOT NULL DEFAULT 0, "
               "pieces INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (event_id, bucket, source)) STRICT")


# One version per migration above; a file with a larger PRAGMA user_version is refused.
SCHEMA_VERSION = len(MIGRATIONS.steps)
