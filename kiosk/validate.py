"""Turning whatever a visitor typed into clean values, or one friendly sentence.

Everything a person can type passes through here before it reaches the store.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError

TITLE_MAX = 80
DESCRIPTION_MAX = 500
QUANTITY_MAX = 999
# Quantities from here up are real but rare; the kiosk asks once before saving.
QUANTITY_CONFIRM_FROM = 100
LOTS = "lots"

# Control and invisible formatting characters a person never means to type (C0/C1 controls, line/paragraph
# separators, bidi marks and overrides that can hide or reorder text, soft hyphens, zero-width spaces, BOMs:
# every "Cf" character). Kept: the zero-width joiner and non-joiner (emoji sequences and some scripts need
# them) and emoji tag characters (subdivision flags).
_FORMAT_KEPT = {"\u200c", "\u200d"}


def _keep(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Cf":
        return ch in _FORMAT_KEPT or 0xE0020 <= ord(ch) <= 0xE007F
    if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
        return False
    return True


_SPACES = re.compile(r"\s+")


def plain_words(text: str, multiline: bool = False) -> str:
    """Typed words as the kiosk keeps them: NFC, no control, bidi-override or invisible characters, spaces
    folded (and at most one empty line between lines, when `multiline`)."""
    text = unicodedata.normalize("NFC", text)
    if multiline:
        lines = ["".join(ch for ch in line if _keep(ch)) for line in text.splitlines()]
        text = "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip()
        return re.sub(r"\n{3,}", "\n\n", text)
    text = "".join(" " if ch in "\t\n\r\v\f\u2028\u2029" else ch for ch in text)
    return _SPACES.sub(" ", "".join(ch for ch in text if _keep(ch))).strip()


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
    text = plain_words(text, multiline)
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


HOW_MANY = QT_TRANSLATE_NOOP("kiosk", "How many? Please choose a number from 1 to 999, or “lots”.")


def clean_quantity(value: object) -> int | None:
    """A count from 1 to 999, or None for "lots". Accepts ints and typed text."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise VisitorError(HOW_MANY, field="quantity")
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().lower()
        if text in (LOTS, "many", "muchos", "muchas", "∞"):
            return None
        if not re.fullmatch(r"[+]?\d{1,12}", text):
            raise VisitorError(HOW_MANY, field="quantity")
        value = int(text)
    if isinstance(value, float):
        if not value.is_integer():
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "How many? Please use a whole number."), field="quantity")
        value = int(value)
    if not isinstance(value, int):
        raise VisitorError(HOW_MANY, field="quantity")
    if value < 1:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "How many? Please choose at least 1, or “lots”."),
                           field="quantity")
    if value > QUANTITY_MAX:
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "{count} is more than the table can count — choose up to {most}, or “lots”."),
            field="quantity", count=value, most=QUANTITY_MAX)
    return value


def needs_confirmation(quantity: int | None) -> bool:
    """Large counts are usually a slip of the finger; ask once before saving."""
    return quantity is not None and quantity >= QUANTITY_CONFIRM_FROM


# ----- arguments of the store's methods ----------------------------------------------------------------------
# Ids, flags, keys and numbers come from the kiosk's own code, the command line or another program: anything
# that is not what the store can keep is one sentence, never an OverflowError or a TypeError from below.

ID_LIMIT = 2**63  # SQLite's integers are 64-bit, signed
NOT_HERE = QT_TRANSLATE_NOOP("kiosk", "That is no longer here.")
ON_SCREEN = QT_TRANSLATE_NOOP("kiosk", "Please choose one of the choices on the screen.")


def shown(value: object, most: int = 40) -> str:
    """A value fit to put in a sentence: no control characters, not too long."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for ch in text)
    return text if len(text) <= most else text[: most - 1] + "…"


def clean_id(value: object, template: str = NOT_HERE, field: str = "id") -> int:
    """A row's id: a whole number SQLite can hold. `template` may name {number}."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < ID_LIMIT:
        raise VisitorError(template, field=field, number=shown(value))
    return value


def clean_flag(value: object, field: str = "") -> bool:
    """Yes or no: a bool (or 0/1)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please answer yes or no."), field=field)


def clean_choice(value: object, field: str = "") -> str:
    """A key the kiosk itself chose (a kind of thing, a setting's name): short plain text."""
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", value):
        raise VisitorError(ON_SCREEN, field=field)
    return value


def clean_choices(value: object, field: str = "") -> list[str]:
    """Several such keys (marks, times): a list, tuple or set of them, each once, in order."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable) or isinstance(value, dict):
        raise VisitorError(ON_SCREEN, field=field)
    return list(dict.fromkeys(clean_choice(v, field) for v in value))


def clean_number(value: object, lowest: float, highest: float, template: str, field: str = "") -> float:
    """A finite number from `lowest` to `highest`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not lowest <= value <= highest:
        raise VisitorError(template, field=field)
    return float(value)


def clean_date(value: object) -> str:
    """A day, as 2026-11-28."""
    try:
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise ValueError
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The date should look like 2026-11-28."),
                           field="date") from None


def clean_value(value: Any) -> str:
    """A setting's value as the JSON text kept in the store."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "That setting cannot be kept."), field="setting") from None
    return text


def clean_size(value: object, sizes: tuple[str, ...]) -> str:
    """A size from `sizes` (matched ignoring case and width), or "" for none."""
    text = clean_text(value, limit=8, what=QT_TRANSLATE_NOOP("kiosk", "The size"))
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for size in sizes:
        if size.casefold() == folded:
            return size
    raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please pick a size from the buttons."), field="size")
