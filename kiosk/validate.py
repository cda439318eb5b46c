"""Turning whatever a visitor typed into clean values, or one friendly sentence.

Everything a person can type passes through here before it reaches the store.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError

TITLE_MAX = 80
DESCRIPTION_MAX = 500
QUANTITY_MAX = 999
# Quantities from here up are real but rare; the kiosk asks once before saving.
QUANTITY_CONFIRM_FROM = 100
LOTS = "lots"

# Control and formatting characters a person never means to type (C0/C1 controls,
# line/paragraph separators, bidi overrides that can hide text). Zero-width joiners
# are kept: emoji sequences need them.
_BIDI_OVERRIDES = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


def _keep(ch: str) -> bool:
    if ch in _BIDI_OVERRIDES:
        return False
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
        return False
    return True


_SPACES = re.compile(r"\s+")


def clean_text(
    text: object,
    *,
    limit: int,
    what: str,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """NFC-normalise, strip controls and surrounding space, enforce a length limit.

    `what` names the field for the visitor ("The title", "The description").
    """
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "{what} should be words, not a number or a list."),
            field=what, what=what)
    text = unicodedata.normalize("NFC", text)
    if multiline:
        lines = ["".join(ch for ch in line if _keep(ch)) for line in text.splitlines()]
        text = "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip()
        text = re.sub(r"\n{3,}", "\n\n", text)
    else:
        text = "".join(" " if ch in "\t\n\r\v\f\u2028\u2029" else ch for ch in text)
        text = "".join(ch for ch in text if _keep(ch))
        text = _SPACES.sub(" ", text).strip()
    if required and not text:
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "{what} is empty — please write a few words."),
            field=what, what=what)
    if len(text) > limit:
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "{what} is too long: {count} characters, {limit} at most. Please shorten it."),
            field=what, what=what, count=len(text), limit=limit)
    return text


def clean_title(text: object, *, required: bool = False) -> str:
    return clean_text(text, limit=TITLE_MAX, what=QT_TRANSLATE_NOOP("kiosk", "The title"), required=required)


def clean_description(text: object) -> str:
    return clean_text(text, limit=DESCRIPTION_MAX, what=QT_TRANSLATE_NOOP("kiosk", "The description"), multiline=True)


def clean_quantity(value: object) -> int | None:
    """A count from 1 to 999, or None for "lots". Accepts ints and typed text."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "How many? Please choose a number from 1 to 999, or “lots”."),
            field="quantity")
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().lower()
        if text in (LOTS, "many", "muchos", "muchas", "∞"):
            return None
        if not re.fullmatch(r"[+]?\d{1,12}", text):
            raise VisitorError(
                QT_TRANSLATE_NOOP("kiosk", "How many? Please choose a number from 1 to 999, or “lots”."),
                field="quantity"
            )
        value = int(text)
    if isinstance(value, float):
        if not value.is_integer():
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "How many? Please use a whole number."), field="quantity")
        value = int(value)
    if not isinstance(value, int):
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "How many? Please choose a number from 1 to 999, or “lots”."),
            field="quantity")
    if value < 1:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "How many? At least 1, please."), field="quantity")
    if value > QUANTITY_MAX:
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "{count} is more than the table can count — choose up to {most}, or “lots”."),
            field="quantity", count=value, most=QUANTITY_MAX)
    return value


def needs_confirmation(quantity: int | None) -> bool:
    """Large counts are usually a slip of the finger; ask once before saving."""
    return quantity is not None and quantity >= QUANTITY_CONFIRM_FROM
