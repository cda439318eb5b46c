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

The fonts' files stay mapped once each (`keep_font_files_open`, in the idle time after home). Qt's FreeType
engine (seen in Qt 6.11: QFreetypeFace, qfontengine_ft.cpp) opens a font file once per thread, one FreeType face
that every size of the font shares, and maps the file for it. But when a face is left with no size using it (its
last size dropped from Qt's font cache, which printing's many sizes fill), Qt empties its whole table of faces,
those still in use included: the next new size of DejaVu Sans opens and maps the file again, while the face it
forgot stays mapped as long as a size made from it lives (the window's own fonts: all day). The first face let go
was the icon font's (the screen draws it at a few sizes, none kept between paints); then each forgotten face, when
its last size went, did the same again. In a day of 1 280 visitors DejaVu Sans, its bold and the icon font were
mapped 3-4 times each by the afternoon. So one size of each font file the kiosk draws with is kept as long as the
kiosk runs, and none of their faces is ever let go. A face of a font not named here that is let go would still make
Qt forget the others once (tests/gui/fresh_font_files.py reads /proc/self/maps after a steward's hours).
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


# The families the kiosk draws with: its own (DejaVu Sans, regular and bold), the fallbacks Qt finds for its text
# (Amiri for Arabic signs DejaVu lacks, Noto Color Emoji) where installed; the icon font is added to these.
FONT_FAMILIES = ("DejaVu Sans", "Amiri", "Noto Color Emoji")
_kept_fonts: list = []  # QRawFont: each holds one size of a font file, so Qt never lets that file's face go


def keep_font_files_open() -> list:
    """One size of each font file the kiosk draws with, kept for the life of the process (on the window's
    thread: Qt keeps faces per thread); the raw fonts kept (made once)."""
    if not _kept_fonts:
        from PySide6.QtGui import QFont, QFontDatabase, QRawFont  # here: see forget_drawn_pixmaps

        from ui.icons import font_family

        families = [family for family in FONT_FAMILIES if QFontDatabase.hasFamily(family)] + [font_family()]
        fonts = [QFont(family) for family in families]
        bold = QFont(FONT_FAMILIES[0])
        bold.setBold(True)
        _kept_fonts.extend(QRawFont.fromFont(font) for font in [*fonts, bold])
    return list(_kept_fonts)


def forget_drawn_pixmaps() -> None:
    """Empty Qt's pixmap cache (on the window's thread only): the pictures kept there for pages no longer shown."""
    from PySide6.QtGui import QPixmapCache  # here: the backups' thread imports this module, and needs no Qt

    QPixmapCache.clear()
