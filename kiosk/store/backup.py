"""Rolling backups of the data file, and starting again from one when the file is damaged.

Copies are made with SQLite's online backup API while the kiosk runs: at each market's close and at most
hourly while one is open. They sit beside the data file in `<name>.backups/`, the newest few kept (a
setting), named by the quarter hour they were taken in. No copy ever holds a contact.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from kiosk.clock import Clock, bucket, parse_bucket, system_clock
from kiosk.errors import StoreProblem
from kiosk.safe_write import write_whole
from kiosk.settings import BACKUPS_KEPT
from kiosk.store.database import copy_database, known_fault, scrub_set_aside, set_aside_damaged
from kiosk.store.market import Market, open_market

EVERY = dt.timedelta(hours=1)
USB_FOLDER = "commons-table-backups"


def backup_folder(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def _when(copy: Path) -> dt.datetime | None:
    """The quarter hour a backup was taken in, from its name (table-2026-11-28T10-15.db)."""
    stamp = copy.stem[-16:]
    try:
        return parse_bucket(stamp[:13] + ":" + stamp[14:])
    except ValueError:
        return None


def backups(path: Path) -> list[Path]:
    """The backups of the data file at `path`, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem}-*.db") if _when(p) is not None]
    return sorted(found, key=lambda p: _when(p) or dt.datetime.min, reverse=True)


def kept(market: Market) -> int:
    value = market.setting(BACKUPS_KEPT)
    return value if value >= 1 else BACKUPS_KEPT.default


def make_backup(market: Market) -> Path | None:
    """Copy the open data file into its backups folder now; None for a store kept in memory."""
    if market.path is None:
        return None
    return _copy_beside(market.path, bucket(market.clock()), kept(market))


def _copy_beside(path: Path, at: str, keep: int) -> Path:
    """A backup of the file at `path`, named by the quarter hour `at`; `keep` are kept."""
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    _remove_leftovers(folder)
    target = folder / f"{path.stem}-{at.replace(':', '-')}.db"
    with known_fault():
        write_whole(target, lambda temp: copy_database(path, temp))
    # The one just made is always kept, and copies "from the future" (the clock was put back) go first.
    now = parse_bucket(at)
    others = sorted((p for p in backups(path) if p != target),
                    key=lambda p: ((_when(p) or now) <= now, _when(p) or dt.datetime.min), reverse=True)
    for old in others[keep - 1:]:
        old.unlink(missing_ok=True)
    return target


def _remove_leftovers(folder: Path) -> None:
    """What a copy cut short by a kill left (an older version's may hold contacts): its file and its journal."""
    for pattern in (".*.part", ".*.part-journal"):
        for left in folder.glob(pattern):
            left.unlink(missing_ok=True)


def backup_due(market: Market) -> bool:
    """Whether a market is open and the newest backup is an hour old or more (by the store's clock)."""
    path = market.path
    if path is None or market.current_event() is None:
        return False
    now = parse_bucket(bucket(market.clock()))
    # Only copies from before now count: after the clock was put back, one named "later" is no reason to
    # wait (hourly copies go on, at most one a quarter hour).
    past = [when for when in map(_when, backups(path)) if when is not None and when <= now]
    return not past or now - max(past) >= EVERY


def backup_if_due(market: Market) -> Path | None:
    """What the kiosk's timer calls every few minutes."""
    return make_backup(market) if backup_due(market) else None


def backup_at_close(market: Market, sticks: Iterable[Path] = ()) -> tuple[Path | None, list[Path]]:
    """After a market closed: a backup beside the file, and the newest copied onto each USB stick given."""
    if market.path is None:
        return None, []
    return _copies(market.path, bucket(market.clock()), kept(market), sticks)


@dataclass(frozen=True)
class BackupOrder:
    """A backup to make away from the window's thread: what it needs of the market, read on that thread."""

    path: Path
    at: str  # the quarter hour it is named by
    keep: int  # how many backups are kept
    scrub_aside: bool = False  # a market closed: copies set aside beside the file are scrubbed of contacts first

    @classmethod
    def of(cls, market: Market, scrub_aside: bool = False) -> BackupOrder | None:
        return None if market.path is None else cls(market.path, bucket(market.clock()), kept(market), scrub_aside)

    def make(self, sticks: Iterable[Path] = ()) -> tuple[Path, list[Path]]:
        """The backup (and its copies onto `sticks`), read from the file through a read-only connection of its
        own (copy_database's): a copy of the whole file takes longer the more the market holds, so it runs on a
        thread of its own (ui/backups.py), and the window's connection never leaves the window's thread. After a
        close, first the copies set aside beside the file lose their contacts (Market.close_event's scrub_aside):
        each is rewritten whole, which takes as long as a backup."""
        if self.scrub_aside:
            scrub_set_aside(self.path)
        return _copies(self.path, self.at, self.keep, sticks)


def _copies(path: Path, at: str, keep: int, sticks: Iterable[Path]) -> tuple[Path, list[Path]]:
    made = _copy_beside(path, at, keep)
    copied = []
    for stick in sticks:
        try:
            target = Path(stick) / USB_FOLDER / made.name
            target.parent.mkdir(exist_ok=True)
            _remove_leftovers(target.parent)
            # It leaves the machine: no contact, and no PIN hash either (a 4-digit PIN falls offline).
            write_whole(target, lambda temp: copy_database(path, temp, keep_pin=False))
            copied.append(target)
        except (OSError, sqlite3.Error):
            continue  # a stick pulled out or full: the copy beside the file is still there
    return made, copied


# ----- starting again after damage ----------------------------------------------------------------------

@dataclass(frozen=True)
class Recovery:
    """What happened at start to a damaged data file: where it was kept, and what replaced it."""

    aside: Path
    restored: Path | None = None

    @property
    def restored_when(self) -> str | None:
        """The quarter hour the restored backup was taken in, as 2026-11-28 10:15."""
        when = _when(self.restored) if self.restored is not None else None
        return when.strftime("%Y-%m-%d %H:%M") if when else None


def _sound(copy: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
        try:
            return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except sqlite3.Error:
        return False


def restore_newest(path: Path) -> Path | None:
    """Put the newest backup that passes integrity_check where the data file was; return which one."""
    for copy in backups(path):
        if _sound(copy):
            write_whole(path, partial(shutil.copyfile, copy))
            return copy
    return None


def open_or_recover(path: str | Path, clock: Clock = system_clock, timeout: float = 5.0,
                    sound: bool | None = None) -> tuple[Market, Recovery | None]:
    """Open the store for the kiosk. Only a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB, quick_check not ok) is
    set aside (never deleted) and replaced by the newest sound backup, or a fresh file if there is none.
    Every other problem (full, read-only, busy, unreachable, not ours, newer) is raised and the file left alone.
    `sound` is the quick check's answer when it was asked already (database.quick_check_alone).
    """
    path = Path(path)
    try:
        return open_market(path, clock, timeout, sound=sound), None
    except StoreProblem as problem:
        if problem.kind != "damaged" or not path.is_file():
            raise
    aside = set_aside_damaged(path)
    restored = restore_newest(path)
    return open_market(path, clock), Recovery(aside, restored)
