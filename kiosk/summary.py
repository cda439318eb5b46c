"""What we shared together: an event's collective story in plain numbers.

Only totals per category and per quarter hour: nothing here can name or single out a person.
The store (`kiosk.store.summary`) reads the numbers; this module holds them and does the arithmetic.

How the store counts, so that per category brought + carried over = taken + still here holds exactly:
listing N things adds brought=N; taking one adds taken=1; a pile of "lots" (too many to count)
adds brought=1 and taken=1 for every take from it, and counts as one more "lots" pile while it
is on the table. Things the market before kept for next time are carried over, never brought again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kiosk.catalog import DEFAULT_LANGUAGE, category_name
from kiosk.clock import BUCKET_MINUTES, parse_bucket
from kiosk.domain import Event
from kiosk.food import Rescued

SUMMARY_VERSION = 1

# Rough average weight of ONE thing in each category, in kilograms, for the optional
# "kept out of the bin" estimate. These are round working figures, deliberately on the low side,
# not measurements; a steward can change them (kept in the setting SUMMARY_WEIGHTS).
# Where they come from is written down in docs/export.md ("Kilograms kept out of the bin").
DEFAULT_WEIGHTS_KG: dict[str, float] = {
    "clothes": 0.4,  # a T-shirt is ~0.2 kg, jeans ~0.6 kg, a sweater ~0.5 kg
    "shoes": 0.8,  # one pair
    "books": 0.4,  # paperback ~0.25 kg, hardback ~0.7 kg
    "kitchen": 0.5,  # a mug ~0.3 kg, a pan ~1.5 kg
    "household": 1.0,  # towels and blankets up to lamps and small furniture
    "toys": 0.4,
    "tools": 0.8,
    "electronics": 0.5,  # chargers and headphones up to a laptop (~2 kg)
    "plants": 0.3,  # a seedling pot or a seed packet
    "hygiene": 0.2,  # a bar of soap ~0.1 kg, a bottle of shampoo ~0.4 kg
    "food_ready": 0.15,  # a bagel ~0.1 kg, an apple ~0.2 kg, a sandwich ~0.2 kg
    "food_pantry": 0.5,  # a can of beans ~0.4 kg, a bag of rice 1 kg
    "other": 0.5,
}
WEIGHT_MAX_KG = 50.0


@dataclass(frozen=True)
class CategoryTotals:
    """One category's day, in counts. `still_here` counts things with a count; "lots" piles apart."""

    key: str
    names: dict[str, str]
    is_food: bool = False
    brought: int = 0
    taken: int = 0
    still_here: int = 0
    lots_piles: int = 0
    wants_posted: int = 0
    wants_found: int = 0
    carried_over: int = 0  # kept by the market before for this one: on its table, not brought to it

    def name(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return category_name(self.key, self.names, lang)

    @property
    def active(self) -> bool:
        return bool(self.brought or self.taken or self.still_here or self.lots_piles or self.wants_posted
                    or self.carried_over)


@dataclass(frozen=True)
class QuarterHour:
    """Arrivals and takes in one 15-minute bucket ("2026-11-28T10:15")."""

    bucket: str
    brought: int
    taken: int

    @property
    def clock_time(self) -> str:
        return self.bucket[11:16]


@dataclass(frozen=True)
class Leftover:
    """Something still on the table at close, for the hand-off sheet."""

    category_key: str
    title: str  # already screened by redact_contact()
    left: int | None  # None: a pile of "lots"
    tags: tuple[str, ...] = ()
    size: str = ""
    perishable: bool = False


@dataclass(frozen=True)
class PastMarket:
    """A closed market in the list of past ones: how many things were shared, and whether only totals are kept."""

    event: Event
    brought: int
    minimised: bool


class _Total:
    """A Summary's total of the CategoryTotals count of the same name, over every category."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, summary: Summary, owner: type | None = None) -> int:
        return sum(getattr(c, self.name) for c in summary.categories)


@dataclass(frozen=True)
class Summary:
    event: Event
    categories: tuple[CategoryTotals, ...]  # every category the table knows, in the table's order
    timeline: tuple[QuarterHour, ...] = ()
    skills_offered: int = 0
    leftovers: tuple[Leftover, ...] = ()
    weights_kg: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS_KG))
    minimised: bool = False  # the detail was deleted after export; only category totals are left
    meals_served: int = 0  # plates, Food Not Bombs' serving table
    meals_timeline: tuple[tuple[str, int], ...] = ()  # (quarter hour, plates)
    rescued: tuple[Rescued, ...] = ()  # food that came in, per kind of source, weighed or counted
    brought = _Total()
    taken = _Total()
    still_here = _Total()
    lots_piles = _Total()
    wants_posted = _Total()
    wants_found = _Total()
    carried_over = _Total()

    @property
    def categories_shared(self) -> int:
        """How many categories had anything brought to them."""
        return sum(1 for c in self.categories if c.brought)

    def kg_kept(self, key: str) -> float:
        """Estimated kilograms that found a new home in one category (taken × average weight)."""
        category = next((c for c in self.categories if c.key == key), None)
        if category is None:
            return 0.0
        return round(category.taken * self.weights_kg.get(key, 0.0), 1)

    @property
    def kg_kept_total(self) -> float:
        return round(sum(self.kg_kept(c.key) for c in self.categories), 1)

    @property
    def weights_changed(self) -> frozenset[str]:
        """The kinds whose weight a steward changed from the project's starting one."""
        return frozenset(k for k, kg in self.weights_kg.items() if kg != DEFAULT_WEIGHTS_KG.get(k))

    @property
    def rescued_kg(self) -> float:
        """Kilograms of rescued food weighed on a scale (never estimated)."""
        return round(sum(r.kg for r in self.rescued), 1)

    @property
    def rescued_pieces(self) -> int:
        return sum(r.pieces for r in self.rescued)



def settled_timeline(quarters: list[QuarterHour]) -> tuple[QuarterHour, ...]:
    """The day's quarter hours as a reader expects them: none below 0, and together equal to the totals.

    An undo is counted in the quarter hour it happened, which may be after the one that counted what it undid
    (a listing at 10:14 undone at 10:15): that later quarter hour then holds less than nothing. What it lacks is
    taken from the quarter hours before it, latest first; a quarter hour left with nothing is no part of the day.
    """
    settled: list[QuarterHour] = []
    owed_brought = owed_taken = 0
    for q in reversed(quarters):
        brought, taken = q.brought - owed_brought, q.taken - owed_taken
        owed_brought, owed_taken = max(0, -brought), max(0, -taken)
        if brought > 0 or taken > 0:
            settled.append(QuarterHour(q.bucket, max(0, brought), max(0, taken)))
    return tuple(reversed(settled))


def continuous_timeline(timeline: tuple[QuarterHour, ...]) -> list[QuarterHour]:
    """Every quarter hour from the first to the last with anything happening, quiet ones as zeros."""
    if not timeline:
        return []
    by_bucket = {q.bucket: q for q in timeline}
    moment, last = parse_bucket(timeline[0].bucket), parse_bucket(timeline[-1].bucket)
    filled: list[QuarterHour] = []
    while moment <= last and len(filled) < 24 * 4 * 7:  # a week of quarter hours at most
        key = moment.strftime("%Y-%m-%dT%H:%M")
        filled.append(by_bucket.get(key, QuarterHour(key, 0, 0)))
        moment += dt.timedelta(minutes=BUCKET_MINUTES)
    return filled


def clean_weights(raw: object) -> dict[str, float]:
    """The defaults overlaid with whatever sensible numbers a steward set; anything odd is ignored."""
    weights = dict(DEFAULT_WEIGHTS_KG)
    if isinstance(raw, dict):
        for key, value in raw.items():
            if isinstance(key, str) and isinstance(value, (int, float)) and not isinstance(value, bool):
                if 0 <= value <= WEIGHT_MAX_KG:
                    weights[key] = round(float(value), 2)
    return weights


# Text typed into a title could be a way to reach someone. Anything that looks like it is dropped
# from printed and exported sheets: e-mail addresses, @handles, web links, phone-like digit runs.
_CONTACT_LIKE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail
    r"|(?<![\w])@[\w.]{2,}"  # @handle
    r"|\b(?:https?://|www\.)\S+"  # web link
    r"|\b[\w-]+\.(?:com|org|net|me|io|info|de|es|uk)\b"  # a bare domain
    r"|(?:\+?\d[\d\s().-]{5,}\d)"  # phone-like: seven or more digits with separators
    r"|\b(?:signal|whatsapp|telegram|phone|tel|mobile|email|e-mail|mail|insta|instagram)\s*[:=]",  # "Signal: …"
    re.IGNORECASE,
)


def looks_like_contact(text: str) -> bool:
    return bool(_CONTACT_LIKE.search(text or ""))


def redact_contact(text: str) -> str:
    """The text, or "" when any part of it looks like a way to reach a person."""
    return "" if looks_like_contact(text) else text
