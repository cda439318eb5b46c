-- Schema version 5 as commit 5ffa25a wrote it (tests/unit/old_files/make.py).
PRAGMA user_version = 5;
PRAGMA application_id = 1131238498;
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
, search_text TEXT NOT NULL DEFAULT '', carried_from INTEGER REFERENCES events(id)) STRICT;
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
CREATE TABLE "journal_outbox" (
   "seq" INTEGER PRIMARY KEY,
   "id" TEXT NOT NULL,
   "body" TEXT NOT NULL
) STRICT;
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
CREATE TABLE "journal_registers" (
   "key" TEXT PRIMARY KEY,
   "stamp" TEXT NOT NULL,
   "value" TEXT NOT NULL
) STRICT;
CREATE TABLE "journal_files" (
   "first" INTEGER PRIMARY KEY,
   "last" INTEGER NOT NULL,
   "sha256" TEXT NOT NULL
) STRICT;
CREATE TABLE "journal_read" (
   "kiosk" TEXT,
   "file" TEXT,
   "sha256" TEXT NOT NULL,
   PRIMARY KEY ("kiosk", "file")
) STRICT;
CREATE TABLE "journal_kiosks" (
   "kiosk" TEXT PRIMARY KEY,
   "heard_at" TEXT NOT NULL,
   "events" INTEGER NOT NULL
) STRICT;
CREATE TABLE "journal_notices" (
   "id" INTEGER PRIMARY KEY,
   "at" TEXT NOT NULL,
   "sentence" TEXT NOT NULL,
   "seen" INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO "_sqlite_migrations" VALUES (1, 'commons_table', 'm001_market', '2026-11-26T14:45');
INSERT INTO "_sqlite_migrations" VALUES (2, 'commons_table', 'm002_item_search', '2026-11-26T14:45');
INSERT INTO "_sqlite_migrations" VALUES (3, 'commons_table', 'm003_carried_over', '2026-11-26T14:45');
INSERT INTO "_sqlite_migrations" VALUES (4, 'commons_table', 'm004_other_pictogram', '2026-11-26T14:45');
INSERT INTO "_sqlite_migrations" VALUES (5, 'commons_table', 'm005_journal', '2026-11-26T14:45');
INSERT INTO "events" VALUES (1, 'Old market', '2026-10-31', 'Hall', '2026-10-31T10:00', NULL, NULL);
INSERT INTO "categories" VALUES ('clothes', '{"en": "Clothes", "es": "Ropa", "fr": "Vêtements", "ar": "ملابس"}', 'mdi6.tshirt-crew', 0, 0, 1, 1);
INSERT INTO "categories" VALUES ('shoes', '{"en": "Shoes", "es": "Zapatos", "fr": "Chaussures", "ar": "أحذية"}', 'mdi6.shoe-sneaker', 1, 0, 1, 1);
INSERT INTO "categories" VALUES ('books', '{"en": "Books", "es": "Libros", "fr": "Livres", "ar": "كتب"}', 'mdi6.book-open-variant', 2, 0, 0, 1);
INSERT INTO "categories" VALUES ('kitchen', '{"en": "Kitchen", "es": "Cocina", "fr": "Cuisine", "ar": "مطبخ"}', 'mdi6.pot-steam', 3, 0, 0, 1);
INSERT INTO "categories" VALUES ('household', '{"en": "Household", "es": "Hogar", "fr": "Maison", "ar": "منزل"}', 'mdi6.sofa', 4, 0, 0, 1);
INSERT INTO "categories" VALUES ('toys', '{"en": "Toys & kids", "es": "Juguetes y niños", "fr": "Jouets et enfants", "ar": "ألعاب وأطفال"}', 'mdi6.teddy-bear', 5, 0, 0, 1);
INSERT INTO "categories" VALUES ('tools', '{"en": "Tools", "es": "Herramientas", "fr": "Outils", "ar": "أدوات"}', 'mdi6.hammer-wrench', 6, 0, 0, 1);
INSERT INTO "categories" VALUES ('electronics', '{"en": "Electronics", "es": "Electrónica", "fr": "Électronique", "ar": "إلكترونيات"}', 'mdi6.laptop', 7, 0, 0, 1);
INSERT INTO "categories" VALUES ('plants', '{"en": "Plants & seeds", "es": "Plantas y semillas", "fr": "Plantes et graines", "ar": "نباتات وبذور"}', 'mdi6.sprout', 8, 0, 0, 1);
INSERT INTO "categories" VALUES ('hygiene', '{"en": "Hygiene", "es": "Higiene", "fr": "Hygiène", "ar": "نظافة شخصية"}', 'mdi6.toothbrush', 9, 0, 0, 1);
INSERT INTO "categories" VALUES ('food_ready', '{"en": "Food — ready to eat", "es": "Comida — lista", "fr": "Repas — prêt à manger", "ar": "طعام — جاهز للأكل"}', 'mdi6.food-apple', 10, 1, 0, 1);
INSERT INTO "categories" VALUES ('food_pantry', '{"en": "Food — pantry", "es": "Comida — despensa", "fr": "Épicerie — garde-manger", "ar": "طعام — مؤونة"}', 'mdi6.baguette', 11, 1, 0, 1);
INSERT INTO "categories" VALUES ('other', '{"en": "Other", "es": "Otras cosas", "fr": "Autres choses", "ar": "أشياء أخرى"}', 'mdi6.shape', 12, 0, 0, 1);
INSERT INTO "items" VALUES (1, 1, 'food_ready', 'Pumpkin soup', 3, 2, '["vegan"]', '', 0, '2026-10-31T10:15', 0, 'Pumpkin soup Ready food vegan', NULL);
INSERT INTO "settings" VALUES ('file_identity', '{"id": "0123456789abcdef", "opens": 1}');
