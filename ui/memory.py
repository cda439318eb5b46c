"""Freed memory given back to the system at quiet moments.

glibc's malloc keeps the C heap's freed memory for the allocations to come and returns only what lies at the
heap's very top. A steward's hour frees tens of MB at once (a summary's charts, Qt's preview of every page, a
backup's copy of the file in memory, the PIN check's 16 MB of scrypt) among Qt's and SQLite's small allocations
that stay, so without this the kiosk would hold that memory all day though nothing uses it (benchmarks/run: the
day's memory). `malloc_trim(0)` hands the free pages back; it costs a few milliseconds, so the kiosk calls it
only when nobody is at the table (the idle reset) and on the backups' own thread after a copy. Elsewhere than
glibc (musl, macOS) there is no such call and nothing happens.

Qt's pixmap cache (`QPixmapCache`, 10 MB by default) keeps what it drew for a while, and a `QLabel` shows its
picture through it: every new picture a label is given (a sign's or a food label's preview, 1-2 MB each) stays
there, kept alive though nothing shows it, until the cache is full. So the idle reset after a steward's hour empties
it (`forget_drawn_pixmaps`): what is on show is drawn into it again when next painted.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from collections.abc import Callable

from PySide6.QtGui import QPixmapCache

log = logging.getLogger(__name__)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back_freed_memory() -> bool:
    """Return the C heap's free pages to the system; whether any were (False where malloc_trim does not exist)."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


def forget_drawn_pixmaps() -> None:
    """Empty Qt's pixmap cache (on the window's thread only): the pictures kept there for pages no longer shown."""
    QPixmapCache.clear()
