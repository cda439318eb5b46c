"""The market's operations, named as people at the table would name them.

Every write is one transaction, committed before the method returns, so that when
the kiosk says "done" it is on the disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from kiosk import settings
from kiosk.catalog import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SKILL_TIMES,
    TAGS_BY_KEY,
    search_text,
    searchable,
    sizes_for,
)
from kiosk.clock import BUCKET_MINUTES, Clock, bucket, fits_correction, system_clock
from kiosk.domain import Category, Event, Item, Listed, SkillOffer, Want
from kiosk.errors import QT_TRANSLATE_NOOP, Sentence, StoreProblem, VisitorError
from kiosk.settings import CLOCK_CORRECTION, JOURNAL_KIOSK_ID, MINIMISED_PREFIX, SKILLS_GATHERING, Setting
from kiosk.several_kiosks.files import BUCKET
from kiosk.store import carry_over, journal
from kiosk.store.database import (
    BACKSTOP_PAGES,
    StillItsFile,
    known_fault,
    open_database,
    open_readonly,
    wipe_journal,
)
from kiosk.store.datafile import DataFile
from kiosk.validate import (
    ON_SCREEN,
    clean_choice,
    clean_choices,
    clean_date,
    clean_description,
    clean_flag,
    clean_id,
    clean_quantity,
    clean_size,
    clean_text,
    clean_title,
    clean_value,
)

T = TypeVar("T")
DEFAULT_EVENT_TITLE = "Free Market"
EVENT_NOT_FOUND = QT_TRANSLATE_NOOP("kiosk", "There is no event number {number}.")
ITEM_NOT_FOUND = QT_TRANSLATE_NOOP("kiosk", "That item is no longer on the table.")
CANNOT_KEEP = QT_TRANSLATE_NOOP("kiosk", "That setting cannot be kept.")

log = logging.getLogger("kiosk.store.market")


def _event(row: dict[str, Any]) -> Event:
    return Event(row["id"], row["title"], row["date"], row["place"] or "", row["opened_at"], row["closed_at"],
                 row["leftovers"], bool(row.get("is_demo")))


def _item(row: dict[str, Any]) -> Item:
    return Item(
        id=row["id"], event_id=row["event_id"], category_key=row["category_key"], title=row["title"],
        quantity=row["quantity"], left=row["left_count"], tags=tuple(json.loads(row["tags"])),
        size=row["size"], perishable=bool(row["perishable"]), listed_at=row["listed_at"],
        gone=bool(row["gone"]), carried_from=row.get("carried_from"),
    )


def _want(row: dict[str, Any]) -> Want:
    return Want(row["id"], row["event_id"], row["category_key"], row["title"], row["size"], row["posted_at"],
                bool(row["found"]))


def _offer(row: dict[str, Any]) -> SkillOffer:
    return SkillOffer(row["id"], row["event_id"], row["title"], row["description"],
                      tuple(json.loads(row["availability"])), row["contact"] or "",
                      bool(row["forget_after_print"]), row["created_at"])


def _search_words(typed: str) -> list[str]:
    """The words of what was typed, made `searchable`: each run of letters and digits, and each symbol alone."""
    return [word or symbol for word, symbol in re.findall(r"(\w+)|(\S)", searchable(typed))
            if word or unicodedata.category(symbol) == "So"]


def fts_query(typed: str, any_word: bool = False) -> str | None:
    """A safe FTS5 prefix query from anything typed: each word quoted, so no syntax gets through.

    Every word must match, or with `any_word` any one of the words of three letters or more. The words are made
    `searchable` as the things' search texts are (without accents, harakat, niqqud or tatweel); a symbol such as
    an emoji is a word of its own.
    """
    words = [w for w in _search_words(typed) if not any_word or len(w) >= 3]
    if not words:
        return None
    return (" OR " if any_word else " ").join('"' + w.replace('"', '""') + '"*' for w in words[:12])


def matching_ids(db: DataFile, search: str, any_word: bool = False, from_id: int = 0) -> set[int] | None:
    """Market.matching_ids on any connection to the file: the window's, or the search thread's own
    (kiosk.store.search); only ids from `from_id` up (the things of this market, not every market's before it)."""
    query = fts_query(_searched(search), clean_flag(any_word))
    if query is None:
        return None
    with known_fault():  # plain tuples, not a dict per row: thousands of ids on every search keystroke
        return {row[0] for row in db.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH ? AND rowid >= ?",
                                             [query, from_id])}


def _searched(search: object) -> str:
    """What was typed into a search: any text goes (only its first 200 characters count)."""
    if search is None:
        return ""
    if not isinstance(search, str):
        raise VisitorError(ON_SCREEN, field="search")
    return search[:200]


def _known(which: object) -> Setting[Any]:
    """A setting of kiosk/settings.py, given as itself or by its key."""
    if isinstance(which, Setting):
        return which
    found = settings.named(clean_choice(which, "setting"))
    if found is None:
        raise VisitorError(CANNOT_KEEP, field="setting")
    return found


class Market:
    def __init__(self, db: DataFile, clock: Clock = system_clock, path: Path | None = None):
        self.db = db
        # The machine's clock (or a test's), and the kiosk's own correction of it in minutes, set by a steward
        # (set_clock_correction): `clock` — what every time the market keeps is taken from — is their sum.
        self.machine_clock = clock
        self.clock_correction = 0
        self.clock: Clock = self._corrected_clock
        with contextlib.suppress(StoreProblem, sqlite3.Error):
            kept = self.setting(CLOCK_CORRECTION)
            self.clock_correction = kept if fits_correction(kept) else 0
        # The data file on disk (things are saved beside it: backups, signs, exports); None for a market held
        # in memory, such as the copy read-only commands work on.
        self.path = path
        self._categories: dict[str, Category] | None = None
        self.closed_stale: list[Event] = []  # markets found open from an earlier day and closed on opening

    def _corrected_clock(self) -> dt.datetime:
        return self.machine_clock() + dt.timedelta(minutes=self.clock_correction)

    # ----- reading -------------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        with known_fault():
            yield from self.db.rows(sql, list(params))

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        return next(self._rows(sql, params), None)

    def categories(self) -> list[Category]:
        if self._categories is None:
            self._categories = {
                r["key"]: Category(r["key"], json.loads(r["names"]), r["icon"], r["sort_order"],
                                   bool(r["is_food"]), bool(r["sizes"]))
                for r in self._rows("SELECT * FROM categories WHERE active = 1 ORDER BY sort_order, key")
            }
        return list(self._categories.values())

    def category(self, key: str) -> Category:
        self.categories()  # read once, then kept
        found = (self._categories or {}).get(key) if isinstance(key, str) else None
        if found is None:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please choose one of the kinds of things on the screen."),
                               field="category")
        return found

    def current_event(self) -> Event | None:
        row = self._one("SELECT * FROM events WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1")
        return _event(row) if row else None

    def event(self, event_id: int) -> Event:
        row = self._one("SELECT * FROM events WHERE id = ?", [clean_id(event_id, EVENT_NOT_FOUND, "event")])
        if row is None:
            raise VisitorError(EVENT_NOT_FOUND, field="event", number=event_id)
        return _event(row)

    def events(self) -> list[Event]:
        return [_event(r) for r in self._rows("SELECT * FROM events ORDER BY id DESC")]

    def latest_event(self) -> Event | None:
        row = self._one("SELECT * FROM events ORDER BY id DESC LIMIT 1")
        return _event(row) if row else None

    def item(self, item_id: int) -> Item:
        row = self._one("SELECT * FROM items WHERE id = ?", [clean_id(item_id, ITEM_NOT_FOUND, "item")])
        if row is None:
            raise VisitorError(ITEM_NOT_FOUND, field="item")
        return _item(row)

    def available(self, category_key: str | None = None, search: str = "") -> list[Item]:
        """What is on the table now, newest first."""
        category_key = None if category_key in (None, "") else clean_choice(category_key, "category")
        search = _searched(search)
        event = self.current_event()
        if event is None:
            return []
        where = ["i.event_id = ?", "i.gone = 0"]
        params: list[Any] = [event.id]
        if category_key:
            where.append("i.category_key = ?")
            params.append(category_key)
        join = ""
        query = fts_query(search)
        if search.strip() and query is None:
            return []
        if query is not None:
            join = "JOIN items_fts f ON f.rowid = i.id"
            where.append("items_fts MATCH ?")
            params.append(query)
        sql = f"SELECT i.* FROM items i {join} WHERE {' AND '.join(where)} ORDER BY i.id DESC"
        return [_item(r) for r in self._rows(sql, params)]

    def things_here(self) -> int:
        """How many things are on the table: every counted one, and each pile of "lots" as one."""
        event = self.current_event()
        if event is None:
            return 0
        row = self._one("SELECT COALESCE(SUM(COALESCE(left_count, 1)), 0) AS n FROM items "
                        "WHERE event_id = ? AND gone = 0", [event.id])
        return int(row["n"]) if row else 0

    def matching_ids(self, search: str, any_word: bool = False) -> set[int] | None:
        """Ids of items whose words start with what was typed; None when nothing searchable was typed."""
        return matching_ids(self.db, search, any_word)

    def open_wants(self, category_key: str | None = None) -> list[Want]:
        category_key = None if category_key in (None, "") else clean_choice(category_key, "category")
        event = self.current_event()
        if event is None:
            return []
        sql = "SELECT * FROM wants WHERE event_id = ? AND found = 0"
        params: list[Any] = [event.id]
        if category_key:
            sql += " AND category_key = ?"
            params.append(category_key)
        return [_want(r) for r in self._rows(sql + " ORDER BY id DESC", params)]

    def skill_offers(self, event_id: int | None = None) -> list[SkillOffer]:
        event = self.event(event_id) if event_id else self.current_event()
        if event is None:
            return []
        return [_offer(r) for r in self._rows("SELECT * FROM skill_offers WHERE event_id = ? ORDER BY id",
                                              [event.id])]

    def setting(self, which: Setting[T] | str) -> T:
        """A setting's kept value, or its default (kiosk/settings.py says each one's type and default)."""
        which = _known(which)
        row = self._one("SELECT value FROM settings WHERE key = ?", [which.key])
        return which.read(None if row is None else json.loads(row["value"]))

    # ----- writing -------------------------------------------------------------------------------------

    def _record(self, change: Callable[..., None], *details: Any) -> None:
        """The market's one seam to the journal (kiosk/store/journal.py): every write calls it with the
        journal's record of its change, inside its transaction, so the change and its event commit together."""
        assert self.db.conn.in_transaction, "a change is recorded inside the transaction that makes it"
        change(self, *details)

    def set_setting(self, which: Setting[T] | str, value: T) -> T:
        which = _known(which)
        if not which.fits(value):
            raise VisitorError(CANNOT_KEEP, field="setting")
        key, text = which.key, clean_value(value)
        with known_fault(), self.db.transaction():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, text])
            self._record(journal.setting_changed, key, value)
        return value

    def set_clock_correction(self, minutes: object) -> int:
        """Set this kiosk's clock: from now on every time it keeps (quarter hours of takes, journal events, market
        days, backups' names) is the machine's clock plus `minutes`, whole quarter hours, so no time finer than a
        quarter hour comes of it. Kept in the data file for this kiosk only; 0 follows the machine's clock."""
        if not fits_correction(minutes):
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The clock can be set in whole quarter hours, up to a "
                                                          "little over a year either way."), field="clock")
        assert isinstance(minutes, int)
        self.set_setting(CLOCK_CORRECTION, minutes)
        self.clock_correction = minutes
        log.info("Clock corrected by %d quarter hour(s)", minutes // BUCKET_MINUTES)
        return minutes

    def open_event(self, title: str = DEFAULT_EVENT_TITLE, place: str = "", date: str | None = None,
                   demo: bool = False, in_slices: bool = False) -> Event:
        """Start a market day. An event already open stays the current one until it is closed.

        A real market leaves any demo behind: it is deleted, nothing of it carried over or counted. A `demo`
        one is marked as such (kiosk/store/demo.py). What the last market kept comes back all at once, or with
        `in_slices` its first slice now and the rest by kiosk/store/carry_over.py's `carry_slice` (the window's
        idle time)."""
        title = clean_text(title, limit=80, what=QT_TRANSLATE_NOOP("kiosk", "The event's name"), required=True)
        place = clean_text(place, limit=120, what=QT_TRANSLATE_NOOP("kiosk", "The place"))
        now = self.clock()
        date = now.date().isoformat() if date is None or date == "" else clean_date(date)
        carry_over.finish(self)  # a carry-over still under way ends first (one already begun never mixes with this)
        with known_fault(), self.db.transaction():
            if not demo:
                leave_demo_behind(self)
            previous = self.latest_event()
            cur = self.db.execute("INSERT INTO events (title, date, place, opened_at, is_demo) VALUES (?, ?, ?, ?, ?)",
                                  [title, date, place, bucket(now), int(bool(demo))])
            event_id = cur.lastrowid
            assert event_id is not None
            carries = previous is not None and previous.leftovers == "kept" and previous.is_demo == bool(demo)
            if carries and not in_slices:
                assert previous is not None
                self._carry_over(previous.id, event_id)
            self._record(journal.opened, event_id)
            if carries and in_slices:
                assert previous is not None
                carry_over.begin(self, previous.id, event_id, bucket(self.clock()))
                carry_over.carry_slice(self, carry_over.TAP_THINGS)
        return self.event(event_id)

    def _carry_over(self, from_event: int, to_event: int) -> None:
        """What the last market kept for next time is on this one's table (food to eat today is not).

        It was counted as brought at the market it came to; here it is carried over, not brought again.
        One statement whatever the number of things: SQLite copies the rows (and indexes them for search)."""
        self.db.execute(
            "INSERT INTO items (event_id, category_key, title, quantity, left_count, tags, size, perishable,"
            " listed_at, search_text, carried_from) SELECT ?, category_key, title, left_count, left_count, tags,"
            " size, 0, ?, search_text, event_id FROM items WHERE event_id = ? AND gone = 0 AND perishable = 0"
            " AND (left_count IS NULL OR left_count > 0) ORDER BY id",
            [to_event, bucket(self.clock()), from_event])

    # What a market opened by itself is called: the window sets it in the kiosk's language ("Mercado gratis").
    default_title = DEFAULT_EVENT_TITLE
    # How a market opened by itself carries what the last one kept: None, all at once; the window sets its own
    # idle-time slices (ui/carrying.py), started by this call once the first slice is in.
    carry_later: Callable[[], None] | None = None

    def ensure_event(self) -> Event:
        """The open event, opening a plainly named one if there is none, so visitors never wait."""
        event = self.current_event()
        if event is not None:
            return event
        event = self.open_event(self.default_title, in_slices=self.carry_later is not None)
        if self.carry_later is not None and carry_over.pending(self) is not None:
            self.carry_later()  # the window's timer: the rest comes after the tap (and its transaction) is done
        return event

    def rename_event(self, event_id: int, title: str, place: str | None = None) -> Event:
        title = clean_text(title, limit=80, what=QT_TRANSLATE_NOOP("kiosk", "The event's name"), required=True)
        if place is not None:  # cleaned once, for the file and for the journal alike
            place = clean_text(place, limit=120, what=QT_TRANSLATE_NOOP("kiosk", "The place"))
        event_id = self.event(event_id).id
        with known_fault(), self.db.transaction():
            self.db.execute("UPDATE events SET title = ? WHERE id = ?", [title, event_id])
            if place is not None:
                self.db.execute("UPDATE events SET place = ? WHERE id = ?", [place, event_id])
            self._record(journal.renamed, event_id, title, place)
        return self.event(event_id)

    def _move(self, event_id: int, category_key: str, brought: int = 0, taken: int = 0) -> None:
        journal.move(self, event_id, category_key, bucket(self.clock()), brought, taken)

    def list_item(
        self,
        category_key: str,
        quantity: object = 1,
        title: object = "",
        tags: Iterable[str] = (),
        size: object = "",
        perishable: bool = False,
    ) -> Listed:
        """Put something on the table. `quantity` None or "lots" means too many to count."""
        category = self.category(category_key)
        count = clean_quantity("lots" if quantity is None else quantity)
        title = clean_title(title)
        tags = clean_choices(tags, "tags")
        perishable = clean_flag(perishable, "perishable")
        unknown = [t for t in tags if t not in TAGS_BY_KEY or t == "perishable"]
        if unknown:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "One of the marks is not one the table knows."), field="tags")
        if not category.is_food and tags:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Food marks only go on food."), field="tags")
        size = clean_size(size, sizes_for(category.key, category.sizes))
        text = search_text(title, category.names, tags, size)
        with known_fault(), self.db.transaction():
            event = self.ensure_event()
            cur = self.db.execute(
                "INSERT INTO items (event_id, category_key, title, quantity, left_count, tags, size, perishable,"
                " listed_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [event.id, category.key, title, count, count, json.dumps(tags), size, int(bool(perishable)),
                 bucket(self.clock()), text],
            )
            if count is not None:
                self._move(event.id, category.key, brought=count)
            item_id = cur.lastrowid
            self._record(journal.listed, item_id)
        assert item_id is not None
        item = self.item(item_id)
        return Listed(item, sum(want.answered_by(item, self._sharing_a_word(want.title, item.id))
                                for want in self.open_wants(category.key)))

    def _sharing_a_word(self, title: str, item_id: int) -> set[int] | None:
        """{item_id} if that item has a word of `title`, else {}; None when `title` has no word to look for."""
        query = fts_query(title, any_word=True)
        if query is None:
            return None
        row = self._one("SELECT rowid FROM items_fts WHERE items_fts MATCH ? AND rowid = ?", [query, item_id])
        return {item_id} if row else set()

    def unlist_item(self, item_id: int) -> Item:
        """Undo a listing made a moment ago: the item and its count leave the table."""
        item = self.item(item_id)
        with known_fault(), self.db.transaction():
            taken = (item.quantity or 0) - (item.left or 0)
            if item.quantity is not None:
                self._move(item.event_id, item.category_key, brought=-item.quantity, taken=-taken)
            self.db.execute("DELETE FROM items WHERE id = ?", [item_id])
            self._record(journal.unlisted, item)
        return item

    def take_one(self, item_id: int) -> Item:
        """Someone took one. For "lots" the pile stays; the take is still counted."""
        item = self.item(item_id)
        if item.gone:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "That one is all gone — sorry!"), field="item")
        with known_fault(), self.db.transaction():
            if item.is_lots:
                # A pile of "lots" yields what is taken from it: count it as brought and taken.
                self._move(item.event_id, item.category_key, brought=1, taken=1)
            else:
                # Relative to what is stored now, inside the transaction: another kiosk process (or a
                # second window) taking the same thing at the same moment loses nothing.
                cur = self.db.execute(
                    "UPDATE items SET left_count = left_count - 1, gone = (left_count - 1 <= 0) "
                    "WHERE id = ? AND gone = 0 AND left_count > 0", [item_id])
                if cur.rowcount != 1:
                    raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "That one is all gone — sorry!"), field="item")
                self._move(item.event_id, item.category_key, taken=1)
            self._record(journal.took, item)
        return self.item(item_id)

    def untake_one(self, item_id: int) -> Item:
        """Undo a take made a moment ago. With no take to undo, nothing changes (no count goes below 0)."""
        item = self.item(item_id)
        with known_fault(), self.db.transaction():
            # Relative, inside the transaction (another kiosk process may be taking too), and only when
            # there is a take to undo: no count ever goes below 0. A pile of "lots" always has one.
            if item.is_lots or self.db.execute("UPDATE items SET left_count = left_count + 1, gone = 0 "
                                               "WHERE id = ? AND left_count < quantity", [item_id]).rowcount == 1:
                at = self._latest_take(item)
                self._record(journal.took, item, -1, at)
                self._unmove_take(item, at)
        return self.item(item_id)

    def _latest_take(self, item: Item) -> str | None:
        """The latest quarter hour that counted a take of this item's kind (of a pile of "lots": one it brought)."""
        row = self._one("SELECT bucket FROM movements WHERE event_id = ? AND category_key = ? AND taken > 0"
                        + (" AND brought > 0" if item.is_lots else "") + " ORDER BY bucket DESC LIMIT 1",
                        [item.event_id, item.category_key])
        return row["bucket"] if row else None

    def _unmove_take(self, item: Item, at: str | None) -> None:
        """Take one take back from the quarter hour `at` that counted one, if any."""
        if at is not None:
            self.db.execute("UPDATE movements SET taken = taken - 1, brought = brought - ? "
                            "WHERE event_id = ? AND category_key = ? AND bucket = ?",
                            [int(item.is_lots), item.event_id, item.category_key, at])

    def mark_gone(self, item_id: int, gone: bool = True) -> Item:
        """A pile of "lots" is no longer on the table (or, to undo, is back). Counted things go by takes."""
        item = self.item(item_id)
        gone = clean_flag(gone, "gone")
        if not item.is_lots:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Only a pile of “lots” can be marked all gone."),
                               field="item")
        with known_fault(), self.db.transaction():
            self.db.execute("UPDATE items SET gone = ? WHERE id = ?", [int(gone), item_id])
            self._record(journal.marked_gone, item_id, gone)
        return self.item(item_id)

    def post_want(self, category_key: str, title: object = "", size: object = "") -> Want:
        category = self.category(category_key)
        title = clean_title(title)
        size = clean_size(size, sizes_for(category.key, category.sizes))
        with known_fault(), self.db.transaction():
            event = self.ensure_event()
            cur = self.db.execute(
                "INSERT INTO wants (event_id, category_key, title, size, posted_at) VALUES (?, ?, ?, ?, ?)",
                [event.id, category.key, title, size, bucket(self.clock())],
            )
            self._record(journal.wanted, cur.lastrowid)
        return _want(self._one("SELECT * FROM wants WHERE id = ?", [cur.lastrowid]) or {})

    def mark_found(self, want_id: int, found: bool = True) -> bool:
        want_id, found = clean_id(want_id, field="want"), clean_flag(found, "found")
        with known_fault(), self.db.transaction():
            self.db.execute("UPDATE wants SET found = ? WHERE id = ?", [int(found), want_id])
            self._record(journal.found, want_id, found)
        return found

    def offer_skill(self, title: object, description: object = "", when: Iterable[str] = (),
                    contact: object = "", forget_after_print: bool = False,
                    lang: str = DEFAULT_LANGUAGE) -> SkillOffer:
        """Save an offer, unless even with its words shortened it is too long for a code a phone can read
        from its card (printed in `lang`)."""
        from kiosk.skills import offer_code, stored_gathering  # loaded with the first skill offer, not at the start

        title = clean_title(title, required=True)
        description = clean_description(description)
        when = clean_choices(when, "when")
        forget_after_print = clean_flag(forget_after_print, "forget_after_print")
        if any(w not in SKILL_TIMES for w in when):
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please pick when from the buttons."), field="when")
        contact = clean_text(contact, limit=120, what=QT_TRANSLATE_NOOP("kiosk", "The contact"))
        if clean_choice(lang, "lang") not in LANGUAGES:
            raise VisitorError(ON_SCREEN, field="lang")
        offer_code(title, description, when, contact, stored_gathering(self.setting(SKILLS_GATHERING)), lang)
        with known_fault(), self.db.transaction():
            event = self.ensure_event()
            cur = self.db.execute(
                "INSERT INTO skill_offers (event_id, title, description, availability, contact,"
                " forget_after_print, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [event.id, title, description, json.dumps(when), contact or None, int(forget_after_print),
                 bucket(self.clock())],
            )
            self._record(journal.offered, cur.lastrowid)
        return _offer(self._one("SELECT * FROM skill_offers WHERE id = ?", [cur.lastrowid]) or {})

    def close_event(self, event_id: int, leftovers: str = "kept", *, scrub_aside: bool = True,
                    wipe: bool = True) -> Event:
        """End the market day; every contact typed on a skill offer is erased for good, from the -wal's old frames
        too (wipe_journal). Copies set aside beside the file (a damaged file, a copy before an upgrade) are scrubbed
        of contacts too. With `scrub_aside` or `wipe` False the caller does that, away from a window's thread (each
        copy is rewritten whole: kiosk.store.backup.BackupOrder; the -wal: kiosk.store.database.wipe_file_journal)."""
        if not isinstance(leftovers, str) or leftovers not in ("kept", "handed_off"):
            raise VisitorError(
                QT_TRANSLATE_NOOP("kiosk", "Please choose what happens to what is left."),
                field="leftovers")
        event_id = self.event(event_id).id
        carry_over.finish(self)  # what is carried over is all on the table before it is counted as left
        with known_fault(), self.db.transaction():
            cur = self.db.execute("UPDATE events SET closed_at = ?, leftovers = ? WHERE id = ? AND closed_at IS NULL",
                                  [bucket(self.clock()), leftovers, event_id])
            if cur.rowcount == 1:
                self._record(journal.closed, event_id, leftovers)
            self.db.execute("UPDATE skill_offers SET contact = NULL WHERE event_id = ?", [event_id])
        if wipe:
            self._wipe_journal()
        if scrub_aside and self.path is not None and self.current_event() is None:
            from kiosk.store.database import scrub_set_aside

            scrub_set_aside(self.path)  # nor in a copy set aside beside the file (none open: none needed)
        return self.event(event_id)

    def file_is_its_own(self) -> bool:
        """Whether the data file's name still reaches the file this market has open: not deleted, nor replaced by
        another (then what opens the name, a checkpoint's own connection, must not take this market's -wal to it)."""
        guard = self.db.guard
        return not isinstance(guard, StillItsFile) or guard.same() is not False

    def checkpoint_elsewhere(self) -> None:
        """This connection's commits no longer move the -wal into the file every 1 000 pages (SQLite's automatic
        checkpoint: the commit that passes it writes ~4 MB and syncs the file, 50-150 ms inside a visitor's tap);
        kiosk.store.database.checkpoint_file does, on a thread of its own (ui/checkpoints.py). Past BACKSTOP_PAGES
        the commits do it again, should that thread fall behind."""
        with known_fault():
            self.db.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")

    def _wipe_journal(self, patience: float = 30.0) -> bool:
        """Erased contacts out of the -wal too, on this connection (kiosk.store.database.wipe_journal)."""
        return wipe_journal(self.db, patience)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a last try, if a reader held one up
        self.db.close()


def open_market(path: str | Path, clock: Clock = system_clock, timeout: float = 5.0,
                close_stale: bool = True, sound: bool | None = None) -> Market:
    db = open_database(path, timeout=timeout, sound=sound)
    try:
        db.execute("PRAGMA secure_delete=ON")
        market = Market(db, clock, Path(path).resolve())
        if close_stale:
            check_clock(market)  # a clock plainly wrong is told to the stewards before anything is judged by it

            # A market left open past its day (killed, a power cut) is closed now: its contacts must not live on.
            market.closed_stale = close_stale_markets(market)
            carry_over.finish(market)  # a kiosk stopped mid carry-over: the rest comes back now, once
    except BaseException:
        db.close()  # a kiosk that shows the problem and stays up keeps no connection (a file descriptor) behind
        raise
    return market


def open_market_readonly(path: str | Path, clock: Clock = system_clock, copy: bool = True) -> Market:
    """The market in `path` for commands that only read (export, signs, screenshot), so nothing they do can
    change, migrate or convert the file: a copy in memory, or with `copy=False` the file itself through a
    read-only connection (a copy all the same when the file needs bringing up to date, or closing below).
    A market left open past its day is closed in the copy (the file is closed by the next kiosk or command
    that writes), so no command prints its contacts."""
    market = Market(open_readonly(path, copy=copy), clock)
    try:
        if not copy and (stale_markets(market) or carry_over.pending(market) is not None):
            market.db.close()
            market = Market(open_readonly(path, copy=True), clock)
        market.closed_stale = close_stale_markets(market)
        carry_over.finish(market)  # in the copy: a command prints what the table holds once it is all carried over
    except BaseException:
        market.db.close()  # closing twice is harmless
        raise
    return market


def open_market_to_look_at(path: str | Path, clock: Clock = system_clock) -> Market:
    """A kiosk on a full disk: the market in `path` read, never written, and every write refused as SQLite's
    "read-only" (StoreProblem kind "readonly"), a copy in memory too, so nothing seems saved that was not."""
    market = open_market_readonly(path, clock, copy=False)
    try:
        market.db.execute("PRAGMA query_only = ON")
    except BaseException:
        market.db.close()
        raise
    return market


def close_stale_markets(market: Market) -> list[Event]:
    """Close every market still open from an earlier day (what is left is kept for next time) and erase its
    contacts. Returns the markets closed, for telling stewards (a demo is closed without a word: the first
    real market leaves it behind)."""
    closed = [market.close_event(event.id, "kept") for event in reversed(stale_markets(market))]
    return [event for event in closed if not event.is_demo]


def stale_markets(market: Market) -> list[Event]:
    """The markets still open from an earlier day.

    A market day other kiosks share is never closed for being "from an earlier day" unless it is more than
    two days old: kiosks' clocks can be a day apart (a Raspberry Pi keeps no time when off), and closing a
    day another kiosk is running would take its things off every table and erase its contacts mid-market."""
    now = market.clock().date()
    today, long_ago = now.isoformat(), (now - dt.timedelta(days=2)).isoformat()
    shared = {row["local_id"] for row in market._rows(
        "SELECT DISTINCT local_id FROM journal_things WHERE kind = 'event' AND local_id IS NOT NULL "
        "AND substr(uid, 1, 12) != ?", [market.setting(JOURNAL_KIOSK_ID) or ""])}
    return [e for e in market.events()
            if e.closed_at is None and e.date < (long_ago if e.id in shared else today)]


def newest_record(market: Market) -> str | None:
    """The latest quarter hour this data file holds a record of (its own events, markets, things listed). A demo
    market is left out: its morning is made up (10:00 onwards), and says nothing of this kiosk's clock."""
    with known_fault():
        row = market.db.execute(
            "SELECT MAX(m) FROM (SELECT MAX(opened_at) AS m FROM events WHERE is_demo = 0 UNION ALL "
            "SELECT MAX(closed_at) FROM events WHERE is_demo = 0 UNION ALL SELECT MAX(listed_at) FROM items "
            "WHERE event_id IN (SELECT id FROM events WHERE is_demo = 0) UNION ALL "
            "SELECT MAX(json_extract(body, '$.at')) FROM journal_outbox)").fetchone()
    return row[0] if row and isinstance(row[0], str) and BUCKET.match(row[0]) else None


# How every notice about a plainly wrong clock begins (the clock screen and the kiosks screen look for it).
CLOCK_NOTICE = "This kiosk's clock"  # in English, as the notices' sentences are kept
CLOCK_EARLIER = QT_TRANSLATE_NOOP("kiosk", "This kiosk's clock says {now}, earlier than the newest record in its "
                                           "data file ({newest}). Please set it: Stewards → Clock.")
CLOCK_JUMPED = QT_TRANSLATE_NOOP("kiosk", "This kiosk's clock jumped from {newest} to {now} while a market day is "
                                          "open. If that is wrong, please set it: Stewards → Clock.")


def clock_notices(market: Market) -> list[str]:
    """The notices about this kiosk's clock no steward has seen yet, oldest first."""
    return [sentence for _id, _at, sentence in journal.notices(market, True) if sentence.startswith(CLOCK_NOTICE)]


def check_clock(market: Market) -> str | None:
    """Tell the stewards (once a quarter hour at most) when this kiosk's clock is plainly wrong: earlier than the
    newest record in its data file, or days after it while a market day is open. Returns the sentence."""
    newest = newest_record(market)
    if newest is None:
        return None
    now = bucket(market.clock())
    sentence = None
    if now < newest:
        sentence = Sentence(CLOCK_EARLIER, {"now": now.replace("T", " "), "newest": newest.replace("T", " ")})
    elif market.current_event() is not None and (
            dt.datetime.fromisoformat(now) - dt.datetime.fromisoformat(newest)) > dt.timedelta(days=2):
        sentence = Sentence(CLOCK_JUMPED, {"now": now.replace("T", " "), "newest": newest.replace("T", " ")})
    if sentence is None:
        return None
    log.warning("%s", sentence.sentence)
    # One statement, so it waits its turn like any write: a transaction that read first could not write once
    # another process had written meanwhile (SQLite says "busy" at once), and the start would fail.
    with known_fault():
        market.db.execute("INSERT INTO journal_notices (at, sentence, words, seen) SELECT ?, ?, ?, 0 WHERE NOT EXISTS "
                          "(SELECT 1 FROM journal_notices WHERE at = ? AND sentence = ?)",
                          [now, sentence.sentence, json.dumps(sentence.as_words(), ensure_ascii=False), now,
                           sentence.sentence])
    return sentence.sentence


def demo_events(market: Market) -> list[Event]:
    """The demo markets this file holds (at most one, in practice)."""
    return [_event(row) for row in market._rows("SELECT * FROM events WHERE is_demo = 1 ORDER BY id")]


def leave_demo_behind(market: Market) -> int:
    """Delete every demo market and all it holds (inside the caller's transaction). Returns how many."""
    ids = [event.id for event in demo_events(market)]
    if not ids:
        return 0
    marks = ", ".join("?" * len(ids))
    db = market.db
    # A real thing never comes from a demo now; a file from before the mark could hold one.
    db.execute(f"UPDATE items SET carried_from = NULL WHERE carried_from IN ({marks})", ids)
    for table in ("items", "movements", "wants", "skill_offers"):
        db.execute(f"DELETE FROM {table} WHERE event_id IN ({marks})", ids)
    db.execute(f"DELETE FROM settings WHERE key IN ({marks})", [f"{MINIMISED_PREFIX}{i}" for i in ids])
    db.execute(f"DELETE FROM events WHERE id IN ({marks})", ids)
    return len(ids)
