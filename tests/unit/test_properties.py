"""Whatever a person types or taps, the store either keeps it faithfully or says one friendly sentence."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.errors import VisitorError
from kiosk.validate import QUANTITY_MAX, TITLE_MAX

anything = st.one_of(st.text(), st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
                     st.just("'; DROP TABLE items; --"), st.just("\u202eevil\u202c"), st.just("🙂" * 90),
                     st.just("שלום עולם"), st.just("\x00\x07bell"))
quantities = st.one_of(st.integers(-10, 10_000_000), st.text(max_size=12), st.just("lots"), st.none(),
                       st.floats(allow_nan=True), st.booleans())

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(title=anything, quantity=quantities)
def test_list_item_round_trips_or_says_why(market, title, quantity):
    try:
        listed = market.list_item("books", quantity, title)
    except VisitorError as error:
        assert error.sentence.endswith((".", "!", "?"))
        return
    stored = market.item(listed.item.id)
    assert stored.title == listed.item.title
    assert len(stored.title) <= TITLE_MAX
    assert stored.title == unicodedata.normalize("NFC", stored.title)
    assert not any(unicodedata.category(ch) == "Cc" for ch in stored.title)
    assert stored.title == stored.title.strip()
    assert stored.quantity is None or 1 <= stored.quantity <= QUANTITY_MAX
    assert stored in market.available() or stored.gone


@SETTINGS
@given(title=anything, words=anything, contact=anything)
def test_offer_skill_round_trips_or_says_why(market, title, words, contact):
    try:
        offer = market.offer_skill(title, words, ["weekends"], contact)
    except VisitorError as error:
        assert error.sentence
        return
    assert offer.title and len(offer.title) <= TITLE_MAX
    assert offer in market.skill_offers()


@SETTINGS
@given(typed=anything)
def test_search_never_raises(market, typed):
    market.list_item("books", 1, "Atlas")
    assert isinstance(market.available(search=typed), list)


@SETTINGS
@given(title=anything, size=anything)
def test_post_want_round_trips_or_says_why(market, title, size):
    try:
        want = market.post_want("shoes", title, size)
    except VisitorError:
        return
    assert want in market.open_wants()
