"""The data file's -wal moved into the file on a thread of its own, never inside a visitor's tap.

SQLite moves what its -wal holds into the data file by itself when a commit finds 1 000 pages there (an automatic
checkpoint): that commit, on the window's thread, then writes about 4 MB into the file and syncs it, 50-150 ms inside
whichever visitor's tap it was (every few hundred taps, and at once after a carry-over). The kiosk's window leaves
it to this thread instead (Market.checkpoint_elsewhere): every few seconds, a checkpoint that waits on nobody, on a
connection of its own (kiosk.store.database.checkpoint_file). What a commit has said "done" to is on the disk in the
-wal already (synchronous=FULL); this only moves it.

The close of a market empties the -wal here too (wipe_journal_elsewhere), so contacts erased at the close cannot be
read back from its old frames: emptying a -wal of tens of MB took 50-70 ms inside the steward's close, sometimes
0.5-1.8 s (the disk's journal). A kiosk stopped before that ran has it done at its next start.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, QTimer

from kiosk.store import Market
from kiosk.store.database import checkpoint_file, wipe_file_journal
from ui.off_thread import OffThread

log = logging.getLogger(__name__)
EVERY_MS = 3_000
_thread: list[OffThread] = []


def checkpoint_thread() -> OffThread:
    if not _thread:
        _thread.append(OffThread("checkpoints"))
    return _thread[0]


def start_checkpoints(market: Market, parent: QObject) -> QTimer | None:
    """From now on the market's -wal goes into its file on the checkpoints' thread, every EVERY_MS while `parent`
    (the window) lives; None for a market kept in memory (it has no -wal)."""
    if market.path is None:
        return None
    market.checkpoint_elsewhere()
    if market.current_event() is None:  # none open: a stop right after a close may have left the -wal unwiped
        wipe_journal_elsewhere(market)

    def due() -> None:
        # One at a time: a slow disk skips a turn. A name that no longer reaches the market's file (deleted or
        # replaced under the kiosk) is left alone: its -wal is the file's that no name reaches.
        if market.path is not None and not checkpoint_thread().busy() and market.file_is_its_own():
            checkpoint_thread().call(partial(checkpoint_file, market.path),
                                     failed=lambda problem: log.warning("checkpoint: %s", problem))

    timer = QTimer(parent)
    timer.setObjectName("checkpoints")
    timer.timeout.connect(due)
    timer.start(EVERY_MS)
    return timer


def wipe_journal_elsewhere(market: Market) -> bool:
    """Empty the market's -wal on the checkpoints' thread (kiosk.store.database.wipe_file_journal), after a close
    made with Market.close_event(wipe=False); it waits there for any reader's older snapshot (a backup's), never on
    the window's thread. False for a market kept in memory."""
    if market.path is None or not market.file_is_its_own():
        return False
    checkpoint_thread().call(partial(wipe_file_journal, market.path),
                             failed=lambda problem: log.warning("emptying the -wal after a close: %s", problem))
    return True
