"""The search thread's query (kiosk.store.search): its own read-only connection, and only this market's things."""

from __future__ import annotations

from kiosk.store.search import matching_ids_in


def test_the_search_threads_query_sees_every_commit_and_only_ids_from_the_oldest_on_the_table(market):
    older = market.list_item("books", 1, "Sandals, an older market's").item
    newer = market.list_item("shoes", 1, "Sandals").item
    assert matching_ids_in(market.path, "sand") == {older.id, newer.id}  # committed on the window's connection
    assert matching_ids_in(market.path, "sand", newer.id) == {newer.id}
    assert matching_ids_in(market.path, "boots") == set()
    assert matching_ids_in(market.path, "?!") is None  # nothing searchable typed
    market.list_item("shoes", 1, "Sandals again")
    assert len(matching_ids_in(market.path, "SANDALS", newer.id) or ()) == 2
