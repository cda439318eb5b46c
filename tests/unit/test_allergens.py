"""The 14 allergens of EU/UK law, "Contains" in every language, and the five marks older kiosks knew."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.catalog import (
    ALLERGEN_KEYS,
    ALLERGENS,
    COMMON_ALLERGENS,
    CONTAINS,
    FOOD_TAGS,
    LANGUAGES,
    TAGS_BY_KEY,
    allergens_in,
    contains_words,
    tag_name,
)
from kiosk.errors import VisitorError
from kiosk.labels import MAX_DAYS, default_eat_by, label_for_item, labels_for_table, make_label
from kiosk.several_kiosks.files import make_event
from kiosk.store import Market, journal, open_market
from tests.conftest import FakeClock

EU_14 = {"gluten", "crustaceans", "egg", "fish", "peanuts", "soy", "dairy", "tree_nuts", "celery", "mustard",
         "sesame", "sulphites", "lupin", "molluscs"}


def test_the_fourteen_allergens_of_eu_and_uk_law_each_say_contains_in_every_language():
    assert set(ALLERGEN_KEYS) == EU_14 and len(ALLERGENS) == 14
    assert COMMON_ALLERGENS == ("gluten", "dairy", "egg", "peanuts", "tree_nuts", "soy")  # first on the bring page
    for tag in (*ALLERGENS, TAGS_BY_KEY["nuts"]):
        for lang in LANGUAGES:
            assert tag.names[lang].startswith(CONTAINS[lang]), (tag.key, lang)
            assert tag.words and tag.words[lang] and tag.marks[lang]
    for lang in LANGUAGES:
        marks = [tag.mark(lang) for tag in FOOD_TAGS]
        assert len(set(marks)) == len(marks), lang  # never two meanings for one mark


def test_old_marks_keep_their_keys_and_old_nuts_says_both_kinds_of_nut():
    for old in ("nuts", "gluten", "dairy", "egg", "soy"):
        assert old in TAGS_BY_KEY
    assert tag_name("dairy", "en") == "Contains milk"
    assert tag_name("nuts", "en") == "Contains nuts (peanuts or tree nuts)"
    assert "nuts" not in ALLERGEN_KEYS  # never offered for new food
    assert allergens_in(["vegan", "egg", "nuts", "gluten"]) == ["gluten", "egg", "nuts"]
    assert contains_words(("dairy", "egg"), "es") == "Contiene: leche, huevo"
    assert contains_words(("dairy", "egg"), "fr") == "Contient\u00a0: lait, œuf"
    assert contains_words(("vegan",), "en") == ""


def test_a_data_file_and_a_journal_from_an_older_kiosk_keep_their_nuts(tmp_path: Path, market: Market):
    old = market.list_item("food_pantry", 2, "Peanut butter", tags=["vegan", "nuts"])
    assert old.item.tags == ("vegan", "nuts")
    new = market.list_item("food_ready", 1, "Satay", tags=["peanuts", "sesame"])
    assert set(new.item.tags) == {"peanuts", "sesame"}
    # A journal event written by an older kiosk, with its five marks, folds in at a newer one.
    b = open_market(tmp_path / "b.db", clock=FakeClock())
    try:
        opened = journal.own_events(market)[0]
        listed = make_event("aaaaaaaaaaaa", 1, "listed", opened["at"], event=opened["id"], category="food_ready",
                            title="Cookies", quantity=5, tags=["nuts", "dairy", "gluten"], size="", perishable=False)
        journal.fold(b, [*journal.own_events(market), listed])
        cookies = next(i for i in b.available() if i.title == "Cookies")
    finally:
        b.close()
    assert cookies.tags == ("nuts", "dairy", "gluten")
    assert contains_words(cookies.tags, "en") == "Contains: gluten, milk, nuts (peanuts or tree nuts)"


def test_eat_by_defaults_per_kind_of_food_and_never_past_seven_days():
    day = dt.date(2026, 12, 6)
    assert default_eat_by(day, "cooked") == dt.date(2026, 12, 8)
    assert default_eat_by(day, "bread") == dt.date(2026, 12, 9)
    assert default_eat_by(day, "eat_today") == day
    make_label("Soup", "cooked", day, day + dt.timedelta(days=MAX_DAYS))
    with pytest.raises(VisitorError):
        make_label("Soup", "cooked", day, day + dt.timedelta(days=MAX_DAYS + 1))
    with pytest.raises(VisitorError):
        make_label("Soup", "cooked", day, day - dt.timedelta(days=1))
    with pytest.raises(VisitorError):
        make_label("", "", day, day)  # nothing says what it is
    label = make_label("", "bread", day, day, allergens=["nuts", "egg", "vegan"])
    assert label.title("es") == "Pan y bollería" and label.allergens == ("egg", "nuts")


def test_a_label_for_each_food_thing_on_the_table(market: Market):
    market.list_item("food_ready", 3, "Flan", tags=["dairy", "egg", "vegetarian"], perishable=True)
    market.list_item("food_pantry", 2, "", tags=["vegan"])
    market.list_item("books", 2, "Atlas")
    today = market.clock().date()
    labels = labels_for_table(market.available(), market.categories(), today)
    assert len(labels) == 2
    flan = next(lab for lab in labels if lab.what == "Flan")
    assert flan.eat_by == flan.made_on == today and flan.allergens == ("dairy", "egg") and flan.diet == "vegetarian"
    pantry = next(lab for lab in labels if not lab.what)
    assert pantry.eat_by is None  # the pack says
    assert pantry.title("fr") == "Épicerie — garde-manger"
    item = market.available()[0]
    assert label_for_item(item, None, today).made_on == today


def test_a_labels_typed_words_print_without_control_or_bidi_characters():
    """What a cook types is printed: an ESC, a right-to-left override or a zero-width space never reaches paper."""
    label = make_label("Lentil\x1b[31m soup\u202e", "cooked", dt.date(2026, 12, 6), None,
                       ingredients="lentils,\u200b carrots\x00\n onion")
    assert label.what == "Lentil[31m soup"
    assert label.ingredients == "lentils, carrots onion"
