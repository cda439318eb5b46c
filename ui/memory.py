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

Large blocks are kept apart from the heap (`keep_large_blocks_apart`, at the start): glibc gives a block of 128 KiB
or more a mapping of its own, returned to the system when it is freed, but once such a block is freed it raises
that threshold to the block's size (its "dynamic mmap threshold"). The PIN's scrypt frees 16 MB, so from the first
steward's hour on every block below 16 MB (a sign's page, a preview's pictures, the summary's charts) came from the
heap, and stayed there, free, until the next idle reset: ~10 MB more at a steward's busiest moment. A fixed
threshold (`mallopt(M_MMAP_THRESHOLD)`, mallopt(3); it also keeps `M_TRIM_THRESHOLD` at its default) keeps the
behaviour a kiosk has before its first steward all day; 1 MiB leaves a visitor's usual blocks (a list's rows) in
the heap.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
LARGE_BLOCK = 1 << 20  # bytes: a block this large or larger gets a mapping of its own, given back when freed


@functools.cache
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def keep_large_blocks_apart(size: int = LARGE_BLOCK) -> bool:
    """Blocks of `size` bytes or more are mapped on their own all day (before any is freed); whether it was set
    (False where mallopt does not exist: not glibc)."""
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, size))


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is None:
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
    from PySide6.QtGui import QPixmapCache  # here: the backups' thread imports this module, and needs no Qt

    QPixmapCache.clear()
