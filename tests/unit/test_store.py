"""The market's operations against a real temporary SQLite file."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.errors import VisitorError
from kiosk.store import open_market


def test_store_is_durable_by_configuration(market, db_path):
    assert market.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert market.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert market.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_default_categories_have_two_languages_an_icon_and_a_food_flag(market):
    categories = market.categories()
    assert len(categories) >= 10
    keys = {c.key for c in categories}
    assert {"clothes", "shoes", "books", "kitchen", "household", "toys", "tools", "electronics", "plants",
            "hygiene", "food_ready", "food_pantry", "other"} <= keys
    for c in categories:
        assert c.names["en"] and c.names["es"] and c.names["en"] != c.key
        assert c.icon.startswith("mdi6.")
    assert {c.key for c in categories if c.is_food} == {"food_ready", "food_pantry"}


def test_listing_opens_a_market_if_none_is_open_and_is_visible_at_once(market):
    assert market.current_event() is None
    listed = market.list_item("books", 3, "Kids' books")
    assert market.current_event() is not None
    assert [i.id for i in market.available()] == [listed.item.id]
    assert listed.item.left == 3 and listed.item.title == "Kids' books"


def test_a_listing_is_committed_when_the_call_returns(market, db_path):
    item = market.list_item("tools", 2, "Saw").item
    # A second, independent connection sees it: it is on disk, not in an open transaction.
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT title, left_count FROM items WHERE id = ?", [item.id]).fetchone() == ("Saw", 2)
    other.close()


def test_taking_counts_down_to_all_gone_and_undo_brings_it_back(market):
    item = market.list_item("kitchen", 2, "Mugs").item
    assert market.take_one(item.id).left == 1
    gone = market.take_one(item.id)
    assert gone.left == 0 and gone.gone
    assert market.available() == []
    with pytest.raises(VisitorError):
        market.take_one(item.id)
    back = market.untake_one(item.id)
    assert back.left == 1 and not back.gone
    assert [i.id for i in market.available()] == [item.id]


def test_lots_stays_on_the_table_while_takes_are_counted(market):
    item = market.list_item("books", "lots", "Novels").item
    assert item.is_lots and item.left is None
    market.take_one(item.id)
    market.take_one(item.id)
    assert market.item(item.id).is_lots and not market.item(item.id).gone
    rows = market.db.execute("SELECT SUM(brought), SUM(taken) FROM movements").fetchone()
    assert rows == (2, 2)
    market.mark_gone(item.id)
    assert market.available() == []


def test_unlisting_removes_the_item_and_its_counts(market):
    item = market.list_item("toys", 5, "Blocks").item
    market.unlist_item(item.id)
    assert market.available() == []
    assert market.db.execute("SELECT COALESCE(SUM(brought), 0) FROM movements").fetchone()[0] == 0


def test_movements_are_counted_per_quarter_hour(market, clock):
    item = market.list_item("books", 4).item
    clock.advance(minutes=20)
    market.take_one(item.id)
    buckets = list(market.db.rows("SELECT bucket, brought, taken FROM movements ORDER BY bucket"))
    assert buckets == [
        {"bucket": "2026-11-28T10:00", "brought": 4, "taken": 0},
        {"bucket": "2026-11-28T10:15", "brought": 0, "taken": 1},
    ]


def test_wants_are_posted_counted_for_matching_listings_and_found(market):
    want = market.post_want("shoes", "Winter boots", "39")
    market.post_want("shoes")
    listed = market.list_item("shoes", 1, "Boots", size="39")
    assert listed.open_wants == 2
    market.mark_found(want.id)
    assert [w.title for w in market.open_wants("shoes")] == [""]


def test_search_is_blind_to_case_and_accents_and_covers_categories_and_tags(market):
    sandwich = market.list_item("food_ready", 12, "Sándwiches veganos", tags=["vegan", "soy"]).item
    market.list_item("books", 2, "Novels")
    assert [i.id for i in market.available(search="SANDWICH")] == [sandwich.id]
    assert [i.id for i in market.available(search="vegan")] == [sandwich.id]
    assert [i.id for i in market.available(search="comida")] == [sandwich.id]  # Spanish category name
    assert [i.id for i in market.available(search="soja")] == [sandwich.id]  # Spanish tag name
    assert len(market.available(search="nov")) == 1  # prefix while typing


@pytest.mark.parametrize(("marked", "plain"), [
    ("كِتَاب", "كتاب"),  # Arabic with harakat, and without
    ("كـتـاب", "كتاب"),  # Arabic drawn out with tatweel
    ("עִבְרִית", "עברית"),  # Hebrew with niqqud, and without
    ("café", "cafe"),  # Latin, as before
])
def test_search_is_blind_to_vowel_and_accent_marks_both_ways(market, marked, plain):
    with_marks = market.list_item("tools", 1, f"{marked} 1").item
    without = market.list_item("kitchen", 1, f"{plain} 2").item
    market.list_item("household", 1, "Lamp")
    for typed in (marked, plain, marked[:3], plain[:3]):
        assert {i.id for i in market.available(search=typed)} == {with_marks.id, without.id}, typed
        assert market.matching_ids(typed) == {with_marks.id, without.id}, typed
        assert market.matching_ids(f"{typed} 1") == {with_marks.id}, typed
    for typed in (marked, plain):  # a want's words find a thing either way too
        assert market.matching_ids(f"{typed} zebra", any_word=True) == {with_marks.id, without.id}, typed


def test_an_emoji_finds_the_things_that_have_it(market):
    apples = market.list_item("kitchen", 3, "🍎 Apples").item
    pears = market.list_item("tools", 2, "Pears🍐🍎").item  # typed without a space, next to another emoji
    chef = market.list_item("books", 1, "Recipes 👩‍🍳").item  # a sequence of several
    market.list_item("household", 1, "Lamp")
    assert {i.id for i in market.available(search="🍎")} == {apples.id, pears.id}
    assert market.matching_ids("🍎") == {apples.id, pears.id}
    assert market.matching_ids("🍐") == {pears.id}
    assert market.matching_ids("🍎 app") == market.matching_ids("🍎app") == {apples.id}
    assert market.matching_ids("👩‍🍳") == market.matching_ids("🍳") == {chef.id}
    assert market.matching_ids("🥑") == set()
    assert market.matching_ids("?!") is None  # only punctuation: still nothing searchable


@pytest.mark.parametrize("typed", ['"', "*", ".", "AND", "OR NOT", "'; drop table items; --", "NEAR(", "^",
                                   "a:b", "(((", "-", "🙂", "שלום"])
def test_search_with_query_syntax_never_errors(market, typed):
    market.list_item("books", 1, "A book")
    assert isinstance(market.available(search=typed), list)
    assert market.db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 1


def test_food_marks_only_on_food_and_sizes_from_the_list(market):
    with pytest.raises(VisitorError):
        market.list_item("books", 1, tags=["vegan"])
    with pytest.raises(VisitorError):
        market.list_item("food_ready", 1, tags=["poison"])
    with pytest.raises(VisitorError):
        market.list_item("clothes", 1, size="XXXXL")
    assert market.list_item("clothes", 1, size="XL").item.size == "XL"


def test_unknown_category_is_a_visitor_error(market):
    with pytest.raises(VisitorError):
        market.list_item("weapons", 1)


def test_close_event_erases_contacts_and_keeps_the_offer(market, db_path):
    offer = market.offer_skill("Bike repair", "Flats and brakes", ["weekends"], "MARKER-CONTACT-5551234")
    assert market.skill_offers()[0].contact == "MARKER-CONTACT-5551234"
    event = market.current_event()
    market.close_event(event.id, "handed_off")
    assert market.current_event() is None
    assert market.skill_offers(event.id)[0].contact == ""
    assert market.skill_offers(event.id)[0].title == offer.title
    market.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))
    assert b"MARKER-CONTACT-5551234" not in raw


def test_no_stored_time_is_finer_than_a_quarter_hour(demo_market):
    db = demo_market.db
    columns = [("events", "opened_at"), ("events", "closed_at"), ("items", "listed_at"),
               ("movements", "bucket"), ("wants", "posted_at"), ("skill_offers", "created_at")]
    demo_market.close_event(demo_market.current_event().id)
    seen = 0
    for table, column in columns:
        for (value,) in db.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
            seen += 1
            assert len(value) == 16 and value[-2:] in ("00", "15", "30", "45"), (table, column, value)
    assert seen > 60


def test_no_table_has_a_column_for_a_person(market):
    person_words = ("name", "phone", "email", "mail", "person", "user", "device", "ip", "face", "visitor")
    tables = market.db.tables()
    assert "items" in tables
    for table in tables:
        if table == "sqlite_sequence":  # SQLite's own: the last number each AUTOINCREMENT table gave ("name", "seq")
            continue
        for column in market.db.rows(f"SELECT name FROM pragma_table_info('{table}')"):
            words = column["name"].lower().split("_")
            assert not any(w in person_words for w in words), (table, column["name"])


def test_reopening_the_file_keeps_everything(db_path, clock):
    m = open_market(db_path, clock=clock)
    item = m.list_item("plants", 3, "Basil").item
    m.close()
    again = open_market(db_path, clock=clock)
    assert again.item(item.id).title == "Basil"
    again.close()


def test_a_full_disk_is_a_plain_sentence_and_loses_nothing_acknowledged(market, db_path):
    from kiosk.errors import StoreProblem

    kept = market.list_item("books", 2, "Atlas").item
    pages = market.db.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own "disk is full": no page may be added beyond what the file has now.
    market.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreProblem) as full:
        for n in range(500):
            market.list_item("books", 1, "x" * 70 + str(n))
    assert "full" in full.value.sentence
    market.db.execute("PRAGMA max_page_count = 1073741823")
    assert market.item(kept.id).title == "Atlas"
    assert market.list_item("books", 1, "After").item.title == "After"  # it keeps going once there is room
    assert market.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_what_a_market_kept_for_next_time_is_on_the_next_table(market, clock):
    first = market.open_event("October market")
    books = market.list_item("books", 5, "Atlases").item
    market.take_one(books.id)
    market.list_item("food_ready", 3, "Bagels", perishable=True)
    market.list_item("plants", "lots", "Seeds")
    gone = market.list_item("tools", 1, "Saw").item
    market.take_one(gone.id)
    market.close_event(first.id, "kept")
    clock.advance(days=30)
    second = market.open_event("November market")
    here = {i.title: i for i in market.available()}
    assert set(here) == {"Atlases", "Seeds"}  # the bagels were to eat that day; the saw was taken
    assert here["Atlases"].left == 4 and here["Atlases"].carried_from == first.id
    assert here["Seeds"].is_lots and here["Atlases"].event_id == second.id
    # Carried over, not brought again (issue 22): brought + carried over = taken + still here holds there too.
    assert market.db.execute("SELECT SUM(brought) FROM movements WHERE event_id = ?", [second.id]).fetchone() == (None,)
    assert not here["Atlases"].listed_at < second.opened_at  # on this table since it opened
    market.take_one(here["Atlases"].id)
    from kiosk.store.summary import read_summary

    books = next(c for c in read_summary(market, second.id).categories if c.key == "books")
    assert (books.brought, books.carried_over, books.taken, books.still_here) == (0, 4, 1, 3)
    assert books.brought + books.carried_over == books.taken + books.still_here


def test_what_was_handed_off_does_not_come_back(market, clock):
    first = market.open_event("October market")
    market.list_item("books", 5, "Atlases")
    market.close_event(first.id, "handed_off")
    clock.advance(days=30)
    market.open_event("November market")
    assert market.available() == []


def test_only_a_pile_of_lots_can_be_marked_used_up(market):
    counted = market.list_item("books", 3, "Atlases").item
    with pytest.raises(VisitorError):
        market.mark_gone(counted.id)  # counted things leave by takes, or the totals would not add up
    assert not market.item(counted.id).gone
    with pytest.raises(VisitorError):
        market.mark_gone(9999)


@pytest.mark.parametrize("typed", ['"', "*", "OR", "a b", "'; drop table items; --", "NEAR(", "🙂", "ab"])
def test_any_word_search_never_errors_and_skips_tiny_words(market, typed):
    market.list_item("kitchen", 1, "A kettle")
    assert market.matching_ids(typed, any_word=True) in (None, set())


def test_any_word_search_finds_one_word_of_several(market):
    boots = market.list_item("shoes", 1, "Hiking boots").item
    assert market.matching_ids("winter boots", any_word=True) == {boots.id}
    assert market.matching_ids("winter boots") == set()
