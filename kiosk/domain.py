"""The things at the table, as plain values the UI can show. No person appears here."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from kiosk.catalog import DEFAULT_LANGUAGE, category_name


@dataclass(frozen=True)
class Event:
    """One market day: its title, date and place, opened at a quarter hour and closed once."""

    id: int
    title: str
    date: str  # YYYY-MM-DD
    place: str
    opened_at: str  # 15-minute bucket
    closed_at: str | None = None
    leftovers: str | None = None  # "kept" or "handed_off", chosen at close
    is_demo: bool = False  # a demo to try the kiosk out: no part of the record, left behind by a real market

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Category:
    """A kind of thing on the table (clothes, books, food…), with its name in each language and pictogram."""

    key: str
    names: dict[str, str]
    icon: str
    sort_order: int
    is_food: bool
    sizes: bool

    def name(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return category_name(self.key, self.names, lang)


@dataclass(frozen=True)
class Item:
    """Something brought to the table: what it is, how many were brought and how many are still here."""

    id: int
    event_id: int
    category_key: str
    title: str
    quantity: int | None  # None means "lots"
    left: int | None  # None means "lots" still here
    tags: tuple[str, ...] = ()
    size: str = ""
    perishable: bool = False
    listed_at: str = ""
    gone: bool = False
    carried_from: int | None = None  # the market it was kept from, if it was

    @property
    def is_lots(self) -> bool:
        return self.quantity is None


@dataclass(frozen=True)
class Want:
    """Something a visitor is looking for ("I'm looking for…"), until it is found."""

    id: int
    event_id: int
    category_key: str
    title: str = ""
    size: str = ""
    posted_at: str = ""
    found: bool = False

    def answered_by(self, item: Item, sharing_a_word: Container[int] | None) -> bool:
        """Whether a thing answers this want: its kind, its size if the want names one, and one of the want's
        words if it has any ("winter boots" finds "hiking boots").

        `sharing_a_word` holds the ids of the things with a word of the want's title (the store's
        `matching_ids(title, any_word=True)`); None when the title has no word to look for.
        """
        return (item.category_key == self.category_key and (not self.size or item.size == self.size)
                and (not self.title or sharing_a_word is None or item.id in sharing_a_word))


@dataclass(frozen=True)
class SkillOffer:
    """A skill someone offers to share later; its contact is only ever printed on their own card."""

    id: int
    event_id: int
    title: str
    description: str = ""
    when: tuple[str, ...] = ()
    contact: str = field(default="", repr=False)  # only ever printed on the person's own card
    forget_after_print: bool = False
    created_at: str = ""


@dataclass(frozen=True)
class Listed:
    """What the thank-you screen needs after a listing."""

    item: Item
    open_wants: int  # how many open wants it answers (Want.answered_by)
