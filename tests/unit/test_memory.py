"""Freed C-heap memory goes back to the system when the kiosk asks (ui/memory.py): glibc alone keeps it."""

from __future__ import annotations

import ctypes
import os

from ui.memory import give_back_freed_memory

MB = 2**20


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def c_heap_freed(mb: int) -> bytearray:
    """`mb` MB of the C heap allocated (4 KiB buffers: malloc's heap, not mmap) and freed beneath one buffer that
    stays, as a steward's hour leaves it (its charts and previews gone, Qt's small allocations still in use). The
    buffer returned must be kept alive until the memory has been looked at. The heap's free memory is given
    back first, so that these come from fresh pages (a process that freed much before would reuse its own)."""
    give_back_freed_memory()
    blobs = [bytearray(4096) for _ in range(mb * 256)]
    stays = bytearray(4096)
    del blobs
    return stays


def test_freed_c_heap_stays_with_the_kiosk_until_given_back():
    give_back_freed_memory()
    start = rss_mb()
    stays = c_heap_freed(80)
    kept = rss_mb()
    assert kept > start + 60  # glibc keeps it: the reason for give_back_freed_memory
    assert give_back_freed_memory()
    assert rss_mb() < kept - 60
    del stays


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                       "fsmblks", "uordblks", "fordblks", "keepcost")]


def blocks_mapped_apart() -> int:
    """How many blocks glibc's malloc has given mappings of their own (mallinfo2's hblks)."""
    mallinfo2 = ctypes.CDLL(None).mallinfo2
    mallinfo2.restype = MallInfo2
    return int(mallinfo2().hblks)


def test_a_large_block_is_mapped_apart_all_day_even_after_a_larger_one_was_freed():
    """The tests' process started as the kiosk does (tests/conftest.py: prepare_environment). glibc alone would take
    the 16 MB freed (the PIN's scrypt) as its new threshold and put every smaller block in the heap from then on,
    where it stays, free, until the next idle reset."""
    scrypt = bytearray(16 * MB)
    del scrypt
    before = blocks_mapped_apart()
    page = bytearray(4 * MB)  # a sign's page painted later in the steward's hour
    assert blocks_mapped_apart() == before + 1
    del page
    assert blocks_mapped_apart() == before  # and given back to the system as soon as it is freed
