"""The schema, grown one migration at a time. Append new migrations; never edit old ones."""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kiosk.catalog import DEFAULT_CATEGORIES, OLD_OTHER_ICON, OTHER_ICON, TAGS_BY_KEY

MIGRATIONS = Migrations("commons_table")


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


def search_text(title: str, category_names: dict[str, str], tags: list[str], size: str) -> str:
    """What a visitor's search matches an item by, in every language the table speaks."""
    words = [title, *category_names.values(), size]
    for key in tags:
        tag = TAGS_BY_KEY.get(key)
        if tag is not None:
            words.extend(tag.names.values())
    return " ".join(w for w in words if w)


@MIGRATIONS()
def m002_item_search(db: Database) -> None:
    # Accent- and case-blind full-text search over titles, category names and tags.
    db.execute("ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    names = {row["key"]: json.loads(row["names"]) for row in db.query("SELECT key, names FROM categories")}
    for row in list(db.query("SELECT id, title, category_key, tags, size FROM items")):
        text = search_text(row["title"], names.get(row["category_key"], {}), json.loads(row["tags"]),
                           row["size"])
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


# One version per migration above; a file with a larger PRAGMA user_version is refused.
SCHEMA_VERSION = len(MIGRATIONS.pending(Database(memory=True, execute_plugins=False)))  # no plugin scan
