"""What the store does for stewards' keys and for markets nobody closed.

- the PIN's hash read straight from a data file the kiosk cannot otherwise use (the problem screen);
- a market left open past its day (the kiosk killed, a power cut) is closed the next time the file is
  opened, so its skill contacts are erased after all.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import re
import sqlite3
from pathlib import Path

from kiosk.clock import bucket
from kiosk.domain import Event
from kiosk.errors import QT_TRANSLATE_NOOP, StoreProblem, VisitorError
from kiosk.settings import JOURNAL_KIOSK_ID, PIN_HASH, PIN_LOCK
from kiosk.store.database import known_fault
from kiosk.store.market import Market

BUCKET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:(00|15|30|45)$")
log = logging.getLogger("kiosk.store.steward")
UNREADABLE = QT_TRANSLATE_NOOP("kiosk", "The stewards' PIN cannot be read from the data file.")


def pin_hash_in_file(path: str | Path) -> str | None:
    """The stored PIN hash of the data file at `path`, opened read-only; None when no PIN is set.

    Raises StoreProblem when the file cannot be read at all (missing, damaged, not ours).
    """
    path = Path(path)
    if not path.is_file():
        raise StoreProblem(UNREADABLE)
    for mode in ("ro", "ro&immutable=1"):  # immutable: a folder where not even the -shm can be made
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=2.0)
        except sqlite3.Error:
            continue
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [PIN_HASH.key]).fetchone()
        except sqlite3.Error:
            continue
        finally:
            conn.close()
        if row is None:
            return None
        try:
            stored = json.loads(row[0])
        except (TypeError, ValueError):
            raise StoreProblem(UNREADABLE) from None
        return stored if isinstance(stored, str) and stored else None
    raise StoreProblem(UNREADABLE)


def set_pin_hash(market: Market, pin_hash: str) -> None:
    """Keep a new PIN's hash; a new PIN also lifts any lock on the pad. One transaction."""
    if not isinstance(pin_hash, str) or not pin_hash.startswith("scrypt$") or len(pin_hash) > 300:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "A PIN is made of digits only."), field="pin")
    with known_fault(), market.db.atomic():
        market.set_setting(PIN_HASH, pin_hash)
        market.set_setting(PIN_LOCK, {})


def close_stale_markets(market: Market) -> list[Event]:
    """Close every market still open from an earlier day (what is left is kept for next time) and erase its
    contacts. Returns the markets closed, for telling stewards."""
    return [market.close_event(event.id, "kept") for event in reversed(stale_markets(market))]


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
    """The latest quarter hour this data file holds a record of (its own events, markets, things listed)."""
    with known_fault():
        row = market.db.execute("SELECT MAX(m) FROM (SELECT MAX(opened_at) AS m FROM events UNION ALL "
                           "SELECT MAX(closed_at) FROM events UNION ALL SELECT MAX(listed_at) FROM items UNION ALL "
                           "SELECT MAX(json_extract(body, '$.at')) FROM journal_outbox)").fetchone()
    return row[0] if row and isinstance(row[0], str) and BUCKET.match(row[0]) else None


def check_clock(market: Market) -> str | None:
    """Tell the stewards (once a quarter hour at most) when this kiosk's clock is plainly wrong: earlier than the
    newest record in its data file, or days after it while a market day is open. Returns the sentence."""
    newest = newest_record(market)
    if newest is None:
        return None
    now = bucket(market.clock())
    sentence = None
    if now < newest:
        sentence = (f"This kiosk's clock says {now.replace('T', ' ')}, earlier than the newest record in its "
                    f"data file ({newest.replace('T', ' ')}). Please set the clock (see the guide, Several "
                    "kiosks: clocks).")
    elif market.current_event() is not None and (
            dt.datetime.fromisoformat(now) - dt.datetime.fromisoformat(newest)) > dt.timedelta(days=2):
        sentence = (f"This kiosk's clock jumped from {newest.replace('T', ' ')} to {now.replace('T', ' ')} "
                    "while a market day is open. If that is wrong, please set the clock (see the guide, Several "
                    "kiosks: clocks).")
    if sentence is not None:
        log.warning("%s", sentence)
        with known_fault(), market.db.atomic():
            if market.db.execute("SELECT 1 FROM journal_notices WHERE at = ? AND sentence = ?",
                                 [now, sentence]).fetchone() is None:
                market.db.execute("INSERT INTO journal_notices (at, sentence, seen) VALUES (?, ?, 0)", [now, sentence])
    return sentence


def kiosk_running_on(path: str | Path) -> bool:
    """Whether a kiosk holds this data file's lock now (looked at without taking it over or writing)."""
    from kiosk.store.files import KioskLock, data_file_locked

    if data_file_locked(Path(path)):
        return True
    try:
        fd = os.open(KioskLock(Path(path)).path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing lets go of the shared lock, if it was taken
    return False
