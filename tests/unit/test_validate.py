from __future__ import annotations

import pytest

from kiosk.errors import VisitorError
from kiosk.validate import clean_description, clean_quantity, clean_title, needs_confirmation


@pytest.mark.parametrize(("typed", "kept"), [
    ("  Kids'   books ", "Kids' books"),
    ("Cafe\u0301", "Café"),  # decomposed accent becomes one character (NFC)
    ("bell\x07 and\x00 null", "bell and null"),
    ("line\nbreak\ttab", "line break tab"),
    ("\u202eevil\u202c twist", "evil twist"),
    ("👩‍👧 family pack", "👩‍👧 family pack"),  # emoji with a zero-width joiner survive
    ("ספרים לילדים", "ספרים לילדים"),
    ("'; DROP TABLE items; --", "'; DROP TABLE items; --"),
])
def test_titles_are_cleaned(typed, kept):
    assert clean_title(typed) == kept


def test_titles_over_80_characters_get_a_sentence():
    with pytest.raises(VisitorError) as too_long:
        clean_title("x" * 81)
    assert "too long" in too_long.value.sentence and "80" in too_long.value.sentence
    assert clean_title("x" * 80) == "x" * 80


def test_required_title_cannot_be_empty_or_blank():
    with pytest.raises(VisitorError):
        clean_title(" \t\x00 ", required=True)


def test_descriptions_keep_paragraphs_and_stop_at_500():
    assert clean_description("one\n\n\n\ntwo  words") == "one\n\ntwo words"
    with pytest.raises(VisitorError):
        clean_description("y" * 501)


@pytest.mark.parametrize(("value", "count"), [(1, 1), ("7", 7), (" 999 ", 999), ("lots", None), (None, None),
                                               ("LOTS", None), ("１２", 12), (3.0, 3)])
def test_quantities(value, count):
    assert clean_quantity(value) == count


@pytest.mark.parametrize("value", [0, -1, 1000, 9999999, "9999999?", "two", "", "1e3", 2.5, True, [3],
                                   float("nan"), float("inf")])
def test_bad_quantities_say_why(value):
    with pytest.raises(VisitorError) as bad:
        clean_quantity(value)
    assert bad.value.sentence


def test_large_counts_ask_first():
    assert not needs_confirmation(99)
    assert needs_confirmation(100)
    assert not needs_confirmation(None)
