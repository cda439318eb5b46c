"""The store's answer to "what on the table answers this want" (kiosk.store.on_table.answering: ids, none
decoded, for the wants a list shows) agrees with the one rule in the core, Want.answered_by."""

from __future__ import annotations

from kiosk.store.on_table import answering, on_table_now


def test_the_ids_that_answer_a_want_are_those_want_answered_by_accepts(market):
    market.list_item("shoes", 1, "Hiking boots", size="42")
    market.list_item("shoes", 2, "Winter boots", size="39")
    market.list_item("shoes", 1, "Sandals", size="42")
    market.list_item("books", 1, "Boots and how to mend them")
    gone = market.list_item("shoes", 1, "Old boots", size="42").item
    market.take_one(gone.id)  # all gone: off the table
    wants = [market.post_want("shoes", "Winter boots", "42"), market.post_want("shoes", "", "39"),
             market.post_want("shoes", "Sandals"), market.post_want("shoes"), market.post_want("books", "boots"),
             market.post_want("toys", "a kite")]
    on_table = on_table_now(market, {})
    for want in wants:
        words = market.matching_ids(want.title, True) if want.title else None
        expected = [item.id for item in on_table if want.answered_by(item, words)]
        assert answering(market, want) == expected, want
    assert [len(answering(market, want)) for want in wants] == [1, 1, 1, 3, 1, 0]
