"""Backups of the data file on a thread of their own (issue 25): a copy of the whole file takes longer the more
the market holds (0.2 s at 10 000 things, 1.4 s at 100 000), and the window's thread never waits on work that
grows with the data. What the copy needs of the market is read here, on the window's thread; the copy itself reads
the file through a read-only connection of its own (kiosk.store.backup.BackupOrder), never the window's."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.store import Market
from kiosk.store.backup import BackupOrder, backup_due
from kiosk.store.database import scrub_set_aside
from ui.memory import give_back_freed_memory
from ui.off_thread import OffThread

log = logging.getLogger(__name__)
_thread: list[OffThread] = []


def backup_thread() -> OffThread:
    if not _thread:
        _thread.append(OffThread("backups"))
    return _thread[0]


def back_up(market: Market, sticks: Callable[[], list[Path]] | None = None, after_close: bool = False) -> bool:
    """Start a backup of the market's file now, and with `sticks` (asked on that thread: looking for USB sticks
    can take a while) one onto each stick; `after_close`: the copies set aside beside the file lose their contacts
    first (Market.close_event(scrub_aside=False)). False for a market kept in memory."""
    order = BackupOrder.of(market, scrub_aside=after_close)
    if order is None:
        return False

    def make() -> tuple[Path, list[Path]]:
        try:
            return order.make(sticks() if sticks is not None else ())
        finally:
            give_back_freed_memory()  # what the copy's SQLite caches (about 1 MB) leave freed on this thread's heap

    backup_thread().call(make, failed=lambda problem: log.error("backup failed: %s", problem))
    return True


def back_up_if_due(market: Market) -> bool:
    """What the kiosk's timer calls every few minutes: an hourly backup while a market is open (the store decides,
    by its clock), unless one is still being made."""
    if backup_thread().busy() or not backup_due(market):
        return False
    return back_up(market)


def scrub_left_aside(market: Market) -> bool:
    """At the kiosk's start with no market open: a copy set aside beside the file that a contact can still be read
    from loses it, on the backups' thread. The kiosk was stopped (a plug pulled as the table is packed away) after a
    close and before its backups' thread had scrubbed the copies (back_up's after_close); the next close is a month
    away. The others are left alone (no copy is rewritten at every start). False when there is nothing to do."""
    if market.path is None or market.current_event() is not None:
        return False
    path = market.path
    backup_thread().call(lambda: scrub_set_aside(path, holding_only=True),
                         failed=lambda problem: log.error("scrubbing the copies set aside failed: %s", problem))
    return True
