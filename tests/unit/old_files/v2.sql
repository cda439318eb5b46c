-- Schema version 2 as commit 287cfc3 wrote it (tests/unit/old_files/make.py).
PRAGMA user_version = 2;
PRAGMA application_id = 0;
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
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
, search_text TEXT NOT NULL DEFAULT '') STRICT;
CREATE INDEX "idx_items_event_id_gone"
    ON "items" ("event_id", "gone");
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
CREATE VIRTUAL TABLE "items_fts" USING FTS5 (
    "search_text",
    tokenize='unicode61 remove_diacritics 2',
    content="items"
);
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
INSERT INTO "_sqlite_migrations" VALUES (1, 'commons_table', 'm001_market', '2026-11-26T14:45');
INSERT INTO "_sqlite_migrations" VALUES (2, 'commons_table', 'm002_item_search', '2026-11-26T14:45');
INSERT INTO "events" VALUES (1, 'Old market', '2026-10-31', 'Hall', '2026-10-31T10:00', NULL, NULL);
INSERT INTO "categories" VALUES ('clothes', '{"en": "Clothes", "es": "Ropa"}', 'mdi6.tshirt-crew', 0, 0, 1, 1);
INSERT INTO "categories" VALUES ('shoes', '{"en": "Shoes", "es": "Zapatos"}', 'mdi6.shoe-sneaker', 1, 0, 1, 1);
INSERT INTO "categories" VALUES ('books', '{"en": "Books", "es": "Libros"}', 'mdi6.book-open-variant', 2, 0, 0, 1);
INSERT INTO "categories" VALUES ('kitchen', '{"en": "Kitchen", "es": "Cocina"}', 'mdi6.pot-steam', 3, 0, 0, 1);
INSERT INTO "categories" VALUES ('household', '{"en": "Household", "es": "Hogar"}', 'mdi6.sofa', 4, 0, 0, 1);
INSERT INTO "categories" VALUES ('toys', '{"en": "Toys & kids", "es": "Juguetes y niños"}', 'mdi6.teddy-bear', 5, 0, 0, 1);
INSERT INTO "categories" VALUES ('tools', '{"en": "Tools", "es": "Herramientas"}', 'mdi6.hammer-wrench', 6, 0, 0, 1);
INSERT INTO "categories" VALUES ('electronics', '{"en": "Electronics", "es": "Electrónica"}', 'mdi6.laptop', 7, 0, 0, 1);
INSERT INTO "categories" VALUES ('plants', '{"en": "Plants & seeds", "es": "Plantas y semillas"}', 'mdi6.sprout', 8, 0, 0, 1);
INSERT INTO "categories" VALUES ('hygiene', '{"en": "Hygiene", "es": "Higiene"}', 'mdi6.toothbrush', 9, 0, 0, 1);
INSERT INTO "categories" VALUES ('food_ready', '{"en": "Food — ready to eat", "es": "Comida — lista"}', 'mdi6.food-apple', 10, 1, 0, 1);
INSERT INTO "categories" VALUES ('food_pantry', '{"en": "Food — pantry", "es": "Comida — despensa"}', 'mdi6.baguette', 11, 1, 0, 1);
INSERT INTO "categories" VALUES ('other', '{"en": "Other", "es": "Otras cosas"}', 'mdi6.dots-horizontal-circle', 12, 0, 0, 1);
INSERT INTO "items" VALUES (1, 1, 'food_ready', 'Pumpkin soup', 3, 2, '["vegan"]', '', 0, '2026-10-31T10:15', 0, 'Pumpkin soup Ready food vegan');
