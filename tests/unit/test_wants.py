"""Which things answer a want: one rule in the core (Want.answered_by), used by the store and the screen."""

from __future__ import annotations

from kiosk.domain import Item, Want


def item(n: int, kind: str = "shoes", size: str = "", title: str = "") -> Item:
    return Item(n, 1, kind, title, 1, 1, size=size)


def test_a_want_is_answered_by_its_kind_its_size_and_one_of_its_words():
    boots = Want(1, 1, "shoes", "Winter boots", "42")
    hiking_42, hiking_39, mugs = item(1, size="42"), item(2, size="39"), item(3, "kitchen")
    sharing = {1, 2, 3}  # the things with a word of "Winter boots", as the store finds them
    assert [i.id for i in (hiking_42, hiking_39, mugs) if boots.answered_by(i, sharing)] == [1]
    assert not boots.answered_by(hiking_42, set())  # right kind and size, but none of its words


def test_a_want_without_words_or_size_is_answered_by_its_kind_alone():
    any_shoes = Want(1, 1, "shoes")
    assert any_shoes.answered_by(item(1, size="39"), set())
    assert not any_shoes.answered_by(item(2, "books"), None)
    # A title with no word to look for ("a") asks nothing of the words.
    assert Want(2, 1, "shoes", "a").answered_by(item(3), None)


def test_a_listing_counts_only_the_wants_it_answers(market):
    market.post_want("shoes", "Winter boots", "39")
    market.post_want("shoes", "", "42")
    market.post_want("shoes", "Sandals")
    market.post_want("shoes")
    market.post_want("books", "Boots and how to mend them")
    assert market.list_item("shoes", 1, "Boots", size="39").open_wants == 2  # "Winter boots" 39 and any shoes
    assert market.list_item("shoes", 1, "Sandals", size="42").open_wants == 3


def test_a_wants_words_are_looked_for_among_this_markets_things_not_every_markets(market):
    from kiosk.store.on_table import answering

    november = market.open_event("November market")
    for n in range(30):
        market.list_item("shoes", 1, f"Winter boots {n}")
    market.close_event(november.id, "handed_off")
    market.open_event("December market")
    market.list_item("shoes", 1, "Winter boots", size="39")
    want = market.post_want("shoes", "Winter boots")
    asked: list[str] = []
    market.db.conn.set_trace_callback(asked.append)  # each statement with its values, as SQLite runs it
    here = answering(market, want)
    market.db.conn.set_trace_callback(None)
    assert len(here) == 1
    searched = [sql for sql in asked if "MATCH" in sql]
    assert len(searched) == 1
    # What the words' search itself gave back: this market's one pair of boots, none of November's 30.
    assert len(market.db.execute(searched[0]).fetchall()) == 1
