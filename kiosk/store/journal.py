"""The journal in the store: recording this kiosk's changes as events, and folding every kiosk's events in.

Recording: each write method of Market passes one hook here (listed, took, ...) to its one seam,
Market._record, inside its own transaction, so the change and its event commit together (the
`journal_outbox` table is this kiosk's journal; nothing acknowledged can be missing from it). Closed journal
files are cut from the outbox (`close_pending`), always the same bytes for the same range.

Folding (an operation-based CRDT): `fold` applies events of any kiosk idempotently and in any order.
Duplicates are known by id (`journal_events`); an event whose item, want or market day has not arrived yet
waits and is applied when it does. Counts are derived: what is left of an item is its quantity minus the
net takes of every kiosk, never below 0 (two kiosks taking the last one: all gone, both takes counted in
the summary). Titles, settings, found and gone marks are last-writer-wins by (quarter hour, kiosk, seq).
A market day opened at several kiosks on one date is one market day everywhere.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Protocol, TypeVar

from kiosk.catalog import search_text
from kiosk.clock import Clock, bucket
from kiosk.domain import Item
from kiosk.errors import QT_TRANSLATE_NOOP, Sentence
from kiosk.food import RESCUE_SOURCES
from kiosk.settings import JOURNAL_KIOSK_ID, JOURNAL_MARKET_ID, SHARED_SETTINGS, Setting
from kiosk.several_kiosks.files import (
    BUCKET,
    FILE_NAME,
    KIOSK_ID,
    JournalError,
    check_event,
    encode_event,
    encode_file,
    make_event,
    new_kiosk_id,
    new_market_id,
    stamp,
)
from kiosk.store.database import known_fault
from kiosk.store.datafile import DataFile
from kiosk.summary import looks_like_contact

T = TypeVar("T")


class Market(Protocol):
    """What the journal uses of a market (kiosk.store.market.Market, which records its changes here through
    its one seam, Market._record): its open file, its clock and its settings. The journal never imports it."""

    db: DataFile
    clock: Clock

    def setting(self, which: Setting[T]) -> T: ...


log = logging.getLogger("kiosk.store.journal")

FILE_EVENTS = 2000  # at most this many events in one closed file
# What each event type needs to exist before it can be applied (the field holding that thing's uid).
NEEDS = {"renamed": "event", "closed": "event", "listed": "event", "want": "event", "skill": "event",
         "unlisted": "item", "taken": "item", "untaken": "item", "gone": "item", "found": "want",
         "served": "event", "rescued": "event"}
RANK = {"opened": 0, "listed": 1, "want": 1, "skill": 1, "setting": 1}


class SameKioskId(Exception):
    """Two different events carry one id: two kiosks share a kiosk id (a copied data file)."""


# ----- small helpers ----------------------------------------------------------------------------------

def _x(market: Market, sql: str, params: Iterable[Any] = ()) -> Any:
    return market.db.execute(sql, list(params))


def _one(market: Market, sql: str, params: Iterable[Any] = ()) -> Any:
    return _x(market, sql, params).fetchone()


def _put_setting(market: Market, key: str, value: Any) -> None:
    _x(market, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
       [key, json.dumps(value, ensure_ascii=False)])


def kiosk_id(market: Market) -> str:
    """This data file's random kiosk id (made the first time it is needed); the only id in a journal."""
    found = market.setting(JOURNAL_KIOSK_ID)
    if found is not None:
        return found
    made = new_kiosk_id()
    with market.db.transaction():
        _put_setting(market, JOURNAL_KIOSK_ID.key, made)
    return made


def market_id(market: Market) -> str | None:
    return market.setting(JOURNAL_MARKET_ID)


def settle_market_id(market: Market, offered: str | None) -> str:
    """The market this kiosk's journal belongs to: `offered` (a folder's) if it has none yet, else its own.

    Raises JournalError(kind "market") when the kiosk already belongs to another market.
    """
    with known_fault(), market.db.transaction():
        mine = market_id(market)
        if mine is None:
            mine = offered or new_market_id()
            _put_setting(market, JOURNAL_MARKET_ID.key, mine)
    if offered is not None and offered != mine:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "this folder holds another market's journals"), kind="market")
    return mine


def forget_market(market: Market) -> None:
    """Leave the market: the market id goes, and this kiosk's closed files are cut again (with the next
    market's id in their header) at the next exchange. Everything this kiosk holds stays."""
    with known_fault(), market.db.transaction():
        _x(market, "DELETE FROM settings WHERE key = ?", [JOURNAL_MARKET_ID.key])
        _x(market, "DELETE FROM journal_files")


def heard_any(market: Market) -> bool:
    """Whether anything from another kiosk was ever folded in here."""
    with known_fault():
        return _one(market, "SELECT COUNT(*) FROM journal_kiosks")[0] > 0


def _thing(market: Market, uid: Any) -> Any:
    if not isinstance(uid, str):
        return None
    return _one(market, "SELECT kind, local_id, net_taken, lots, category_key, event_id, removed_at "
                        "FROM journal_things WHERE uid = ?", [uid])


def _uid_of(market: Market, kind: str, local_id: int) -> str | None:
    row = _one(market, "SELECT uid FROM journal_things WHERE kind = ? AND local_id = ?", [kind, local_id])
    return row[0] if row else None


def _map(market: Market, uid: str, kind: str, local_id: int, **extra: Any) -> None:
    _x(market, "INSERT OR IGNORE INTO journal_things (uid, kind, local_id, net_taken, lots, category_key, event_id) "
               "VALUES (?, ?, ?, 0, ?, ?, ?)",
       [uid, kind, local_id, extra.get("lots"), extra.get("category_key"), extra.get("event_id")])


def move(market: Market, event_id: int, category_key: str, at: str, brought: int = 0, taken: int = 0) -> None:
    """Count things brought and taken in one category in the quarter hour `at` (the summary's movements)."""
    if brought or taken:
        _x(market, "INSERT INTO movements (event_id, category_key, bucket, brought, taken) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT DO UPDATE SET brought = brought + excluded.brought, taken = taken + excluded.taken",
           [event_id, category_key, at, brought, taken])


def _register(market: Market, key: str, event: dict[str, Any], value: Any) -> Any:
    """Last writer wins: keep `value` if this event is the latest to set `key`; return the value that wins."""
    mark = stamp(event)
    row = _one(market, "SELECT stamp, value FROM journal_registers WHERE key = ?", [key])
    if row is not None and row[0] >= mark:
        return json.loads(row[1])
    _x(market, "INSERT INTO journal_registers (key, stamp, value) VALUES (?, ?, ?) "
               "ON CONFLICT(key) DO UPDATE SET stamp = excluded.stamp, value = excluded.value",
       [key, mark, json.dumps(value, ensure_ascii=False)])
    return value


def _derive_left(market: Market, item_id: int, net_taken: int) -> None:
    """What is left = quantity − net takes of every kiosk, shown never below 0 (nor above the quantity)."""
    _x(market, "UPDATE items SET left_count = MAX(0, MIN(quantity, quantity - ?)), "
               "gone = (MAX(0, MIN(quantity, quantity - ?)) <= 0) WHERE id = ? AND quantity IS NOT NULL",
       [net_taken, net_taken, item_id])


# ----- recording this kiosk's changes (called inside Market's transactions) ----------------------------

def _record(market: Market, kind: str, **fields: Any) -> dict[str, Any]:
    me = kiosk_id(market)
    seq = _one(market, "SELECT COALESCE(MAX(seq), 0) + 1 FROM journal_outbox")[0]
    event = make_event(me, seq, kind, bucket(market.clock()), **fields)
    body = encode_event(event)
    _x(market, "INSERT INTO journal_outbox (seq, id, body) VALUES (?, ?, ?)", [seq, event["id"], body])
    need = NEEDS.get(kind)
    _x(market, "INSERT INTO journal_events (id, kiosk, seq, type, ref, digest, body, applied) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
       [event["id"], me, seq, kind, event.get(need) if need else None, _digest(body), body])
    return event


def _digest(body: str) -> str:
    return _hashlib().sha256(body.encode("utf-8")).hexdigest()[:32]


@functools.cache
def _hashlib() -> ModuleType:
    """hashlib, imported when first needed (OpenSSL's library is 3 MB the start does without), then kept: SQLite
    calls _digest for each of 10 000 things kept when a market opens, and an import statement each time costs."""
    import hashlib

    return hashlib


def _event_uid(market: Market, event_id: int) -> str:
    """The shared id of a local market day; a day opened before the journal existed gets its event now."""
    uid = _uid_of(market, "event", event_id)
    if uid is None:
        row = _one(market, "SELECT title, place, date FROM events WHERE id = ?", [event_id])
        event = _record(market, "opened", title=row[0], place=row[1] or "", date=row[2],
                        day=f"{row[2]}#{_day_number(market, row[2], event_id)}")
        uid = event["id"]
        _map(market, uid, "event", event_id)
        _x(market, "UPDATE journal_things SET day = ? WHERE uid = ?", [event["day"], uid])
        _apply(market, event)
    return uid


def _day_number(market: Market, date: str, event_id: int) -> int:
    """Which market day on `date` this is, as far as this kiosk knows: kiosks that open a market on one
    date without hearing of each other open the same one (#1); one opened after another closed is #2."""
    known = [int(r[0].rsplit("#", 1)[1]) for r in _x(
        market, "SELECT day FROM journal_things WHERE kind = 'event' AND day LIKE ?", [date + "#%"])]
    before = _one(market, "SELECT COUNT(DISTINCT e.id) FROM events e WHERE e.date = ? AND e.id < ?",
                  [date, event_id])[0]
    return max([before, *known]) + 1


def _demo(market: Market, event_id: int) -> bool:
    """A demo market (kiosk/store/demo.py) is this kiosk's alone: nothing of it goes into the journal."""
    row = _one(market, "SELECT is_demo FROM events WHERE id = ?", [event_id])
    return bool(row and row[0])


def opened(market: Market, event_id: int) -> None:
    """A market day opened here (with what the last one kept for next time, listed anew as carried over)."""
    if _demo(market, event_id):
        return
    _listed_all(market, event_id)


def listed_carried(market: Market, event_id: int, after_item: int, at: str) -> None:
    """The things a slice of a carry-over (kiosk/store/carry_over.py) just put on a market day's table, those
    after the id `after_item`, recorded as listed at the opening's quarter hour `at`, as opening all at once
    records them."""
    if not _demo(market, event_id):
        _listed_all(market, event_id, after_item, at)


def _listed_all(market: Market, event_id: int, after_item: int = 0, at: str | None = None) -> None:
    """Every thing on a market day's table (after the id `after_item`) recorded as listed (what `listed` records
    for one), in three statements whatever their number: the events' bodies are built by SQLite in
    encode_event's form (sorted keys, no spaces; tests/unit/test_journal_opened.py holds them to it), so opening
    a market with 10 000 things kept from the last one does not run Python for each of them."""
    uid = _event_uid(market, event_id)
    me = kiosk_id(market)
    after = _one(market, "SELECT COALESCE(MAX(seq), 0) FROM journal_outbox")[0]
    # Each thing's sequence number: after the last one recorded, in the order of the things' ids.
    numbered = (f"SELECT ? + row_number() OVER (ORDER BY id) AS seq, * FROM items WHERE event_id = ? "
                f"AND id > {int(after_item)}")
    _x(market, "INSERT INTO journal_outbox (seq, id, body) SELECT seq, ? || ':' || seq, json_object("
               "'at', ?, 'carried', json(CASE WHEN carried_from IS NULL THEN 'null' ELSE 'true' END), "
               "'category', category_key, 'event', ?, 'id', ? || ':' || seq, 'k', ?, 'n', seq, "
               "'perishable', json(CASE WHEN perishable THEN 'true' ELSE 'false' END), 'quantity', quantity, "
               f"'size', size, 't', 'listed', 'tags', json(tags), 'title', title) FROM ({numbered}) ORDER BY seq",
       [me, at or bucket(market.clock()), uid, me, me, after, event_id])
    market.db.conn.create_function("journal_digest", 1, _digest, deterministic=True)
    _x(market, "INSERT INTO journal_events (id, kiosk, seq, type, ref, digest, body, applied) "
               "SELECT id, ?, seq, 'listed', ?, journal_digest(body), body, 1 FROM journal_outbox WHERE seq > ?",
       [me, uid, after])
    _x(market, "INSERT OR IGNORE INTO journal_things (uid, kind, local_id, net_taken, lots, category_key, event_id) "
               f"SELECT ? || ':' || seq, 'item', id, 0, quantity IS NULL, category_key, event_id FROM ({numbered})",
       [me, after, event_id])


def renamed(market: Market, event_id: int, title: str, place: str | None) -> None:
    if _demo(market, event_id):
        return
    _apply(market, _record(market, "renamed", event=_event_uid(market, event_id), title=title, place=place))


def closed(market: Market, event_id: int, leftovers: str) -> None:
    if _demo(market, event_id):
        return
    _apply(market, _record(market, "closed", event=_event_uid(market, event_id), leftovers=leftovers))


def listed(market: Market, item_id: int | None) -> None:
    row = _one(market, "SELECT event_id, category_key, title, quantity, tags, size, perishable, carried_from "
                       "FROM items WHERE id = ?", [item_id])
    if _demo(market, row[0]):
        return
    # Kept from the market before: on the table again, but not brought again (no kiosk counts it twice).
    carried = {"carried": True} if row[7] is not None else {}
    event = _record(market, "listed", event=_event_uid(market, row[0]), category=row[1], title=row[2],
                    quantity=row[3], tags=json.loads(row[4]), size=row[5], perishable=bool(row[6]), **carried)
    assert item_id is not None
    _map(market, event["id"], "item", item_id, lots=int(row[3] is None), category_key=row[1], event_id=row[0])


def unlisted(market: Market, item: Item) -> None:
    """A listing undone here (Market already moved its counts and deleted the row)."""
    uid = _uid_of(market, "item", item.id)
    if uid is None:
        return  # listed before this kiosk kept a journal: it stays this kiosk's own
    event = _record(market, "unlisted", item=uid)
    thing = _thing(market, uid)
    if item.quantity is not None:
        # Market counted the takes it saw here; the journal's count covers every kiosk's.
        move(market, item.event_id, item.category_key, event["at"],
              taken=-(thing[2] - (item.quantity - (item.left or 0))))
    _x(market, "UPDATE journal_things SET local_id = NULL, removed_at = ? WHERE uid = ?", [event["at"], uid])


def took(market: Market, item: Item, taken: int = 1, at: str | None = None) -> None:
    """One taken (taken=1) here, or a take undone (taken=-1) from the quarter hour `at` that counted it."""
    uid = _uid_of(market, "item", item.id)
    if uid is None:
        return
    if taken > 0:
        _record(market, "taken", item=uid)
    else:
        _record(market, "untaken", item=uid, bucket=at)
    if not item.is_lots:
        _x(market, "UPDATE journal_things SET net_taken = net_taken + ? WHERE uid = ?", [taken, uid])
        _derive_left(market, item.id, _thing(market, uid)[2])


def marked_gone(market: Market, item_id: int, gone: bool) -> None:
    uid = _uid_of(market, "item", item_id)
    if uid is not None:
        _apply(market, _record(market, "gone", item=uid, gone=bool(gone)))


def wanted(market: Market, want_id: int | None) -> None:
    row = _one(market, "SELECT event_id, category_key, title, size FROM wants WHERE id = ?", [want_id])
    if _demo(market, row[0]):
        return
    event = _record(market, "want", event=_event_uid(market, row[0]), category=row[1], title=row[2], size=row[3])
    assert want_id is not None
    _map(market, event["id"], "want", want_id, event_id=row[0])


def found(market: Market, want_id: int, is_found: bool) -> None:
    uid = _uid_of(market, "want", want_id)
    if uid is not None:
        _apply(market, _record(market, "found", want=uid, found=bool(is_found)))


def offered(market: Market, offer_id: int | None) -> None:
    """A skill offered here. Its contact stays in this kiosk's file only: it never enters the journal."""
    row = _one(market, "SELECT event_id, title, description, availability FROM skill_offers WHERE id = ?",
               [offer_id])
    if _demo(market, row[0]):
        return
    event = _record(market, "skill", event=_event_uid(market, row[0]), title=row[1], description=row[2],
                    availability=json.loads(row[3]))
    assert offer_id is not None
    _map(market, event["id"], "skill", offer_id, event_id=row[0])


def served(market: Market, event_id: int, plates: int, at: str) -> None:
    """Plates served here (+1, +5, or an undo's minus) in the quarter hour `at`."""
    if _demo(market, event_id):
        _apply_food(market, {"t": "served", "at": at, "plates": plates}, event_id)
        return
    _apply(market, _record(market, "served", event=_event_uid(market, event_id), plates=plates, bucket=at))


def rescued(market: Market, event_id: int, source: str, grams: int, pieces: int, at: str) -> None:
    """Food rescued here from a kind of source, weighed (grams) or counted (pieces); an undo is negative."""
    if _demo(market, event_id):
        _apply_food(market, {"t": "rescued", "at": at, "source": source, "grams": grams, "pieces": pieces}, event_id)
        return
    _apply(market, _record(market, "rescued", event=_event_uid(market, event_id), source=source, grams=grams,
                           pieces=pieces, bucket=at))


def setting_changed(market: Market, key: str, value: Any) -> None:
    if key in SHARED_SETTINGS:
        _apply(market, _record(market, "setting", key=key, value=value))


# ----- folding every kiosk's events -------------------------------------------------------------------

def _apply(market: Market, e: dict[str, Any]) -> bool:
    """Apply one event to the tables; False when what it refers to has not arrived yet (it waits)."""
    kind = e["t"]
    need = NEEDS.get(kind)
    thing: Any = _thing(market, e.get(need)) if need else None
    if need and thing is None:
        return False
    if need and thing[0] != need:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event that refers to a {found} as if it were a {need}"),
                           found=thing[0], need=need)
    if kind == "opened":
        _apply_opened(market, e)
    elif kind == "renamed":
        if thing[1] is not None:
            if e.get("title"):
                title = _register(market, f"event:{thing[1]}:title", e, _text(e["title"], 80))
                _x(market, "UPDATE events SET title = ? WHERE id = ?", [title, thing[1]])
            if e.get("place") is not None:
                place = _register(market, f"event:{thing[1]}:place", e, _text(e["place"], 120))
                _x(market, "UPDATE events SET place = ? WHERE id = ?", [place, thing[1]])
    elif kind == "closed":
        local = thing[1]
        _x(market, "UPDATE events SET closed_at = ? WHERE id = ? AND (closed_at IS NULL OR closed_at > ?)",
           [e["at"], local, e["at"]])
        leftovers = e.get("leftovers") if e.get("leftovers") in ("kept", "handed_off") else "kept"
        _x(market, "UPDATE events SET leftovers = ? WHERE id = ?",
           [_register(market, f"event:{local}:leftovers", e, leftovers), local])
        _x(market, "UPDATE skill_offers SET contact = NULL WHERE event_id = ?", [local])
    elif kind == "listed":
        _apply_listed(market, e, thing[1])
    elif kind in ("taken", "untaken"):
        _apply_take(market, e, thing, 1 if kind == "taken" else -1)
    elif kind == "unlisted":
        _apply_unlisted(market, e, thing)
    elif kind == "gone":
        if thing[1] is not None and thing[3]:
            gone = _register(market, f"gone:{e['item']}", e, bool(e.get("gone")))
            _x(market, "UPDATE items SET gone = ? WHERE id = ?", [int(bool(gone)), thing[1]])
    elif kind == "want":
        _apply_want(market, e, thing[1])
    elif kind == "found":
        value = _register(market, f"found:{e['want']}", e, bool(e.get("found")))
        _x(market, "UPDATE wants SET found = ? WHERE id = ?", [int(bool(value)), thing[1]])
    elif kind == "skill":
        _apply_skill(market, e, thing[1])
    elif kind in ("served", "rescued"):
        _apply_food(market, e, thing[1])
    elif kind == "setting":
        if e.get("key") in SHARED_SETTINGS:
            _put_setting(market, e["key"], _register(market, f"setting:{e['key']}", e, e.get("value")))
    return True


def _text(value: Any, limit: int) -> str:
    return str(value or "")[:limit]


def _apply_opened(market: Market, e: dict[str, Any]) -> None:
    uid = e["id"]
    thing = _thing(market, uid)
    if thing is None:
        date = _text(e.get("date"), 10) or e["at"][:10]
        day = e.get("day") if isinstance(e.get("day"), str) else f"{date}#1"
        # The same market day on another kiosk is this one; another market day is a new one.
        row = _one(market, "SELECT local_id FROM journal_things WHERE day = ? AND kind = 'event' "
                           "AND local_id IS NOT NULL ORDER BY local_id LIMIT 1", [day])
        closing = market.__dict__.get("_journal_closing", set())
        if row is None and uid not in closing and day not in closing:
            # A kiosk whose clock is a day or two off opens "another" date while the market runs: a day
            # still running here (not closed, nor closing in this batch), opened by other kiosks only and
            # dated within two days, is that same market day (clocks differ; markets do not run twice).
            # (Days of one date are told apart by their number, as always: only another date is merged.)
            row = _one(market, "SELECT e.id FROM events e WHERE e.closed_at IS NULL AND e.date != ? "
                               "AND abs(julianday(e.date) - julianday(?)) <= 2 "
                               "AND NOT EXISTS (SELECT 1 FROM journal_things t WHERE t.kind = 'event' "
                               "AND t.local_id = e.id AND (t.uid LIKE ? OR t.uid IN (SELECT value FROM "
                               "json_each(?)) OR t.day IN (SELECT value FROM json_each(?)))) ORDER BY e.id LIMIT 1",
                       [date, date, e["k"] + ":%", json.dumps(sorted(closing)), json.dumps(sorted(closing))])
            if row is not None:
                _x(market, "UPDATE events SET date = MIN(date, ?) WHERE id = ?", [date, row[0]])
        if row is None:
            cur = _x(market, "INSERT INTO events (title, date, place, opened_at) VALUES (?, ?, ?, ?)",
                     [_text(e.get("title"), 80) or "Free Market", date, _text(e.get("place"), 120), e["at"]])
            local = cur.lastrowid
        else:
            local = row[0]
        _map(market, uid, "event", local)
        _x(market, "UPDATE journal_things SET day = ? WHERE uid = ?", [day, uid])
    else:
        local = thing[1]
    _x(market, "UPDATE events SET opened_at = ? WHERE id = ? AND opened_at > ?", [e["at"], local, e["at"]])
    title = _register(market, f"event:{local}:title", e, _text(e.get("title"), 80) or "Free Market")
    place = _register(market, f"event:{local}:place", e, _text(e.get("place"), 120))
    _x(market, "UPDATE events SET title = ?, place = ? WHERE id = ?", [title, place, local])


def _category_names(market: Market, key: Any) -> dict[str, str] | None:
    row = _one(market, "SELECT names FROM categories WHERE key = ?", [key])
    return json.loads(row[0]) if row else None


def _apply_listed(market: Market, e: dict[str, Any], event_id: int) -> None:
    names = _category_names(market, e.get("category"))
    if names is None:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "a thing listed in a category this kiosk does not know "
                                                      "({category})"), kind="newer", category=repr(e.get("category")))
    quantity = e.get("quantity")
    count = quantity if isinstance(quantity, int) and quantity > 0 else None
    tags = [t for t in (e.get("tags") or []) if isinstance(t, str)]
    title, size = _text(e.get("title"), 80), _text(e.get("size"), 8)
    carried = e.get("carried") is True
    # Kept from the market before, as on the kiosk that opened this one: not "just arrived", and counted as carried
    # over in the summary. Which market it was kept from is this kiosk's own market before this one; a kiosk
    # that joined only now has none, and the market itself stands for it.
    kept_from = ((_one(market, "SELECT MAX(id) FROM events WHERE id < ?", [event_id]) or (None,))[0] or event_id
                 if carried else None)
    cur = _x(market, "INSERT INTO items (event_id, category_key, title, quantity, left_count, tags, size, perishable,"
                     " listed_at, search_text, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             [event_id, e["category"], title, count, count, json.dumps(tags), size, int(bool(e.get("perishable"))),
              e["at"], search_text(title, names, tags, size), kept_from])
    _map(market, e["id"], "item", cur.lastrowid, lots=int(count is None), category_key=e["category"],
         event_id=event_id)
    if count is not None and not carried:  # kept from the market before: not brought again
        move(market, event_id, e["category"], e["at"], brought=count)


def _apply_take(market: Market, e: dict[str, Any], thing: Any, taken: int) -> None:
    _kind, local, net, lots, category, event_id, removed_at = thing
    both = taken if lots else 0
    at: str = e["at"]
    if taken < 0 and "bucket" in e:
        # An undone take comes off the quarter hour the kiosk that undid it took it from. Undoing a take no quarter
        # hour counted: an honest kiosk writes that only when it had nothing to undo, so nothing changes here
        # either (a take given back that was never counted would let takes pass what was brought, once the
        # listing is undone).
        if not (isinstance(e["bucket"], str) and BUCKET.match(e["bucket"])):
            return
        at = e["bucket"]
    move(market, event_id, category, at, brought=both, taken=taken)
    if removed_at is not None:
        # The listing was undone already; undoing a counted listing takes back its takes, this one too
        # (a pile of "lots" keeps what was taken from it, as on the kiosk that undid it). The net count goes
        # on, so that a listing undone earlier at another kiosk can take all of them back (_apply_unlisted).
        if not lots:
            move(market, event_id, category, removed_at, taken=-taken)
            _x(market, "UPDATE journal_things SET net_taken = net_taken + ? WHERE uid = ?", [taken, e["item"]])
        return
    if not lots:
        _x(market, "UPDATE journal_things SET net_taken = net_taken + ? WHERE uid = ?", [taken, e["item"]])
        _derive_left(market, local, net + taken)


def _apply_unlisted(market: Market, e: dict[str, Any], thing: Any) -> None:
    _kind, local, net, lots, category, event_id, removed_at = thing
    if removed_at is not None:
        # Two kiosks undid the same listing: the earlier quarter hour is where it comes off, whichever
        # undo arrives first, so every kiosk's timeline agrees.
        if not lots and e["at"] < removed_at:
            listed = _one(market, "SELECT body FROM journal_events WHERE id = ?", [e["item"]])
            quantity = json.loads(listed[0]).get("quantity", 0) if listed else 0
            move(market, event_id, category, removed_at, brought=quantity, taken=net)
            move(market, event_id, category, e["at"], brought=-quantity, taken=-net)
            _x(market, "UPDATE journal_things SET removed_at = ? WHERE uid = ?", [e["at"], e["item"]])
        return
    if not lots:
        row = _one(market, "SELECT quantity FROM items WHERE id = ?", [local])
        move(market, event_id, category, e["at"], brought=-(row[0] if row else 0), taken=-net)
    _x(market, "DELETE FROM items WHERE id = ?", [local])
    _x(market, "UPDATE journal_things SET local_id = NULL, removed_at = ? WHERE uid = ?", [e["at"], e["item"]])


def _whole(value: Any, limit: int) -> int:
    """A whole number within ±limit from another kiosk's event, else 0 (a count is never a bool or text)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and -limit <= value <= limit else 0


def _apply_food(market: Market, e: dict[str, Any], event_id: int) -> None:
    """Plates served or food rescued: added to its quarter hour (sums, so any order and any kiosk agree)."""
    at = e.get("bucket") if isinstance(e.get("bucket"), str) and BUCKET.match(e["bucket"]) else e["at"]
    if e["t"] == "served":
        plates = _whole(e.get("plates"), 1000)
        if plates:
            _x(market, "INSERT INTO meals_served (event_id, bucket, plates) VALUES (?, ?, ?) "
                       "ON CONFLICT DO UPDATE SET plates = plates + excluded.plates", [event_id, at, plates])
        return
    source = e.get("source") if e.get("source") in RESCUE_SOURCES else "other"
    grams, pieces = _whole(e.get("grams"), 1_000_000), _whole(e.get("pieces"), 10_000)
    if grams or pieces:
        _x(market, "INSERT INTO food_rescued (event_id, bucket, source, grams, pieces) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT DO UPDATE SET grams = grams + excluded.grams, pieces = pieces + excluded.pieces",
           [event_id, at, source, grams, pieces])


def _apply_want(market: Market, e: dict[str, Any], event_id: int) -> None:
    if _category_names(market, e.get("category")) is None:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "a want in a category this kiosk does not know ({category})"),
                           kind="newer", category=repr(e.get("category")))
    cur = _x(market, "INSERT INTO wants (event_id, category_key, title, size, posted_at) VALUES (?, ?, ?, ?, ?)",
             [event_id, e["category"], _text(e.get("title"), 80), _text(e.get("size"), 8), e["at"]])
    _map(market, e["id"], "want", cur.lastrowid, event_id=event_id)


def _apply_skill(market: Market, e: dict[str, Any], event_id: int) -> None:
    when = [w for w in (e.get("availability") or []) if isinstance(w, str)]
    cur = _x(market, "INSERT INTO skill_offers (event_id, title, description, availability, contact,"
                     " forget_after_print, created_at) VALUES (?, ?, ?, ?, NULL, 0, ?)",
             [event_id, _text(e.get("title"), 80) or "?", _text(e.get("description"), 400), json.dumps(when),
              e["at"]])
    _map(market, e["id"], "skill", cur.lastrowid, event_id=event_id)


FROM_OUTSIDE = QT_TRANSLATE_NOOP("kiosk", "an event with this kiosk's id came from outside")
NEWER_EVENTS = QT_TRANSLATE_NOOP("kiosk", "events of type {type} come from a newer Commons Table")


@dataclass
class Folded:
    new: int = 0          # events this file had not held
    waiting: int = 0      # events still waiting for what they refer to
    skipped: list[Sentence] = field(default_factory=list)  # why events were skipped, one sentence each
    kiosks: set[str] = field(default_factory=set)
    closed_day: bool = False  # a market day closed among these events (the caller checkpoints after its batch)


def fold(market: Market, events: Iterable[Any]) -> Folded:
    """Fold events of any kiosks into the store, in one transaction; idempotent and order-blind.

    Raises SameKioskId (and changes nothing) when an event carries an id this file holds with other content.
    """
    result = Folded()
    fresh: list[dict[str, Any]] = []
    newer: set[str] = set()
    with known_fault(), market.db.transaction():
        seen: dict[str, str] = {}
        me = market.setting(JOURNAL_KIOSK_ID)
        for raw in events:
            try:
                e = check_event(raw)
            except JournalError as problem:
                if problem.kind == "newer":
                    newer.add(str(raw.get("t"))[:32] if isinstance(raw, dict) else "?")
                else:
                    result.skipped.append(problem)
                continue
            if e["k"] == me:
                # This kiosk's own events are only ever its own: one from outside is never taken in as ours
                # (it could take the sequence numbers this kiosk's next writes need).
                if _one(market, "SELECT 1 FROM journal_outbox WHERE id = ?", [e["id"]]) is None \
                        and not any(why.template == FROM_OUTSIDE for why in result.skipped):
                    result.skipped.append(Sentence(FROM_OUTSIDE, {}))
                continue
            body = encode_event(e)
            digest = _digest(body)
            row = _one(market, "SELECT digest FROM journal_events WHERE id = ?", [e["id"]])
            known = row[0] if row else seen.get(e["id"])
            if known is not None:
                if known != digest:
                    raise SameKioskId(e["k"])
                continue
            seen[e["id"]] = digest
            need = NEEDS.get(e["t"])
            _x(market, "INSERT INTO journal_events (id, kiosk, seq, type, ref, digest, body, applied) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
               [e["id"], e["k"], e["n"], e["t"], e.get(need) if need else None, digest, body])
            fresh.append(e)
            result.kiosks.add(e["k"])
        result.new = len(fresh)
        # Market days this batch closes: never taken for a day another kiosk is still running (_apply_opened).
        closing = {e["event"] for e in fresh if e["t"] == "closed"}
        closing |= {e["day"] for e in fresh if e["t"] == "opened" and e["id"] in closing and e.get("day")}
        closing |= {r[0] for r in _x(market, "SELECT day FROM journal_things WHERE day IS NOT NULL AND uid IN "
                                             "(SELECT value FROM json_each(?))", [json.dumps(sorted(closing))])}
        market.__dict__["_journal_closing"] = closing
        fresh.sort(key=lambda e: RANK.get(e["t"], 2))
        for e in fresh:
            _try(market, e, result)
        # Events that waited (from this batch or earlier ones) whose thing has now arrived.
        while True:
            ready = [json.loads(r[0]) for r in _x(
                market, "SELECT w.body FROM journal_events w JOIN journal_things t ON t.uid = w.ref "
                        "WHERE w.applied = 0")]
            if not ready:
                break
            for e in sorted(ready, key=lambda e: RANK.get(e["t"], 2)):
                _try(market, e, result)
        result.waiting = _one(market, "SELECT COUNT(*) FROM journal_events WHERE applied = 0")[0]
        at = bucket(market.clock())
        for k in result.kiosks:
            count = sum(1 for e in fresh if e["k"] == k)
            _x(market, "INSERT INTO journal_kiosks (kiosk, heard_at, events) VALUES (?, ?, ?) "
                       "ON CONFLICT(kiosk) DO UPDATE SET heard_at = excluded.heard_at, "
                       "events = events + excluded.events", [k, at, count])
    for kind in sorted(newer):
        result.skipped.append(Sentence(NEWER_EVENTS, {"type": repr(kind)}))
    result.closed_day = any(e["t"] == "closed" for e in fresh)
    if result.closed_day and not market.db.conn.in_transaction:  # a batch of files checkpoints after its commit
        checkpoint(market)
    return result


def checkpoint(market: Market) -> None:
    """A market day closed: the write-ahead log goes into the data file now (a power cut then loses nothing)."""
    with known_fault():
        market.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _try(market: Market, e: dict[str, Any], result: Folded) -> None:
    try:
        done = _apply(market, e)
    except JournalError as problem:
        result.skipped.append(problem)
        done = True  # it will never apply here; do not retry it on every exchange
    if done:
        _x(market, "UPDATE journal_events SET applied = 1 WHERE id = ?", [e["id"]])


# ----- closed files of this kiosk's journal -----------------------------------------------------------

def adopt_unjournaled(market: Market) -> int:
    """Things of an open market day from before this kiosk kept a journal (an upgrade mid-market) get
    their events now, so the other kiosks see them too; returns how many things were adopted."""
    adopted = 0
    with known_fault(), market.db.transaction():
        open_days = [r[0] for r in _x(market, "SELECT id FROM events WHERE closed_at IS NULL")]
        for day in open_days:
            for table, kind in (("items", "item"), ("wants", "want"), ("skill_offers", "skill")):
                rows = list(_x(market, f"SELECT id FROM {table} WHERE event_id = ? AND id NOT IN "
                                       "(SELECT local_id FROM journal_things WHERE kind = ? AND local_id IS NOT NULL) "
                                       "ORDER BY id", [day, kind]))
                for (local,) in rows:
                    adopted += 1
                    if kind == "want":
                        wanted(market, local)
                        if _one(market, "SELECT found FROM wants WHERE id = ?", [local])[0]:
                            found(market, local, True)
                    elif kind == "skill":
                        offered(market, local)
                    else:
                        _adopt_item(market, local)
    return adopted


def _adopt_item(market: Market, item_id: int) -> None:
    listed(market, item_id)
    uid = _uid_of(market, "item", item_id)
    quantity, left, gone = _one(market, "SELECT quantity, left_count, gone FROM items WHERE id = ?", [item_id])
    if quantity is None:
        if gone:
            _record(market, "gone", item=uid, gone=True)
        return
    for _ in range(quantity - (left or 0)):
        _record(market, "taken", item=uid)
    _x(market, "UPDATE journal_things SET net_taken = ? WHERE uid = ?", [quantity - (left or 0), uid])


def close_pending(market: Market, adopt: bool = True) -> int:
    """Cut what this kiosk recorded since its last closed file into closed files; returns how many. `adopt`
    False skips looking for things from before the journal (a query that grows with the open day's things:
    an exchange kept in memory looks once)."""
    import hashlib

    made = 0
    if adopt:
        adopt_unjournaled(market)
    with known_fault(), market.db.transaction():
        mid = market_id(market)
        assert mid is not None, "settle the market id first"
        last = _one(market, "SELECT COALESCE(MAX(last), 0) FROM journal_files")[0]
        top = _one(market, "SELECT COALESCE(MAX(seq), 0) FROM journal_outbox")[0]
        while last < top:
            first, end = last + 1, min(top, last + FILE_EVENTS)
            data = file_bytes(market, first, end, mid)
            _x(market, "INSERT INTO journal_files (first, last, sha256) VALUES (?, ?, ?)",
               [first, end, hashlib.sha256(data).hexdigest()])
            last = end
            made += 1
    return made


def file_bytes(market: Market, first: int, last: int, mid: str | None = None) -> bytes:
    rows = _x(market, "SELECT body FROM journal_outbox WHERE seq BETWEEN ? AND ? ORDER BY seq", [first, last])
    events = [json.loads(r[0]) for r in rows]
    return encode_file(mid or market_id(market) or "", kiosk_id(market), events)


def closed_files(market: Market, after: int = 0) -> list[tuple[int, int, str]]:
    """This kiosk's closed files (first seq, last seq, sha256); only those ending after seq `after`."""
    with known_fault():
        return [tuple(r) for r in _x(market, "SELECT first, last, sha256 FROM journal_files WHERE last > ? "
                                             "ORDER BY first", [after])]


def read_files(market: Market) -> set[tuple[str, str]]:
    """Every (kiosk, file name) already read from a folder, in one query (an exchange keeps it in memory)."""
    with known_fault():
        return {(r[0], r[1]) for r in _x(market, "SELECT kiosk, file FROM journal_read")}


def was_read(market: Market, kiosk: str, name: str) -> str | None:
    row = _one(market, "SELECT sha256 FROM journal_read WHERE kiosk = ? AND file = ?", [kiosk, name])
    return row[0] if row else None


def mark_read(market: Market, kiosk: str, name: str, sha256: str) -> None:
    with known_fault(), market.db.transaction():
        _x(market, "INSERT INTO journal_read (kiosk, file, sha256) VALUES (?, ?, ?) "
                   "ON CONFLICT(kiosk, file) DO UPDATE SET sha256 = excluded.sha256", [kiosk, name, sha256])


@contextmanager
def batch(market: Market) -> Iterator[None]:
    """One transaction for a batch of files' folds and reads (a savepoint when inside another)."""
    with known_fault(), market.db.transaction():
        yield


def mark_read_many(market: Market, rows: list[tuple[str, str, str]]) -> None:
    """(kiosk, file name, sha256) for each file read, in one transaction (or the caller's batch)."""
    with known_fault(), market.db.transaction():
        market.db.conn.executemany("INSERT INTO journal_read (kiosk, file, sha256) VALUES (?, ?, ?) "
                                   "ON CONFLICT(kiosk, file) DO UPDATE SET sha256 = excluded.sha256", rows)


# ----- what a steward sees ------------------------------------------------------------------------------

def notice(market: Market, sentence: Sentence) -> None:
    """Tell the steward (and the log, in English) about something the exchange skipped. Never about a person.
    The template and its values are kept too, so the kiosk says it in the steward's language."""
    sentence = _unreachable(sentence)
    log.warning("%s", sentence.sentence)
    with known_fault(), market.db.transaction():
        _x(market, "INSERT INTO journal_notices (at, sentence, words, seen) VALUES (?, ?, ?, 0)",
           [bucket(market.clock()), sentence.sentence, json.dumps(sentence.as_words(), ensure_ascii=False)])


def _looks_like_contact(value: str) -> bool:
    """Whether a notice's value looks like a way to reach a person, leaving out the parts of it that name a kiosk's
    folder or a journal file as the exchange names them (numbers a phone number's pattern would take for one)."""
    return looks_like_contact(" ".join(part for part in value.split("/")
                                       if not (KIOSK_ID.match(part) or FILE_NAME.match(part))))


def _unreachable(sentence: Sentence) -> Sentence:
    """The sentence with "…" for each value that looks like a way to reach a person (kiosk.summary): a notice
    names what a file from outside held (a file's name, an event's type), which a crafted file can make anything,
    and a notice, unlike a contact, outlives the market's close."""
    return Sentence(sentence.template, {
        key: _unreachable(value) if isinstance(value, Sentence)
        else "…" if isinstance(value, str) and _looks_like_contact(value) else value
        for key, value in sentence.params.items()})


def notices(market: Market, unseen_only: bool = False) -> list[tuple[int, str, str]]:
    """(id, quarter hour, the English sentence) of each notice, oldest first."""
    with known_fault():
        sql = "SELECT id, at, sentence FROM journal_notices" + (" WHERE seen = 0" if unseen_only else "")
        return [tuple(r) for r in _x(market, sql + " ORDER BY id")]


def unseen_notices(market: Market) -> list[Sentence]:
    """The notices no steward has seen yet, oldest first, as templates and values to say in any language (one
    from before they were kept so is its English sentence)."""
    with known_fault():
        rows = _x(market, "SELECT sentence, words FROM journal_notices WHERE seen = 0 ORDER BY id").fetchall()
    return [_said(sentence, words) for sentence, words in rows]


def _said(sentence: str, words: str | None) -> Sentence:
    try:
        return Sentence.from_words(json.loads(words)) if words is not None else Sentence(sentence, {})
    except ValueError:
        return Sentence(sentence, {})


def mark_notices_seen(market: Market, beginning: str = "") -> None:
    """Every notice seen (or those whose sentence begins with `beginning`)."""
    with known_fault(), market.db.transaction():
        _x(market, "UPDATE journal_notices SET seen = 1 WHERE seen = 0 AND substr(sentence, 1, ?) = ?",
           [len(beginning), beginning])


def kiosks_heard(market: Market) -> list[tuple[str, str, int]]:
    """(kiosk id, the quarter hour it was last heard from, how many of its events this file holds)."""
    with known_fault():
        return [tuple(r) for r in _x(market, "SELECT kiosk, heard_at, events FROM journal_kiosks "
                                             "ORDER BY heard_at DESC, kiosk")]


def journal_size(market: Market) -> int:
    with known_fault():
        return _one(market, "SELECT COUNT(*) FROM journal_outbox")[0]


def own_events(market: Market, after: int = 0) -> list[dict[str, Any]]:
    """This kiosk's events after sequence number `after`, in order."""
    with known_fault():
        return [json.loads(r[0]) for r in _x(market, "SELECT body FROM journal_outbox WHERE seq > ? ORDER BY seq",
                                             [after])]
