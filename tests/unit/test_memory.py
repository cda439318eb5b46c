"""Freed C-heap memory goes back to the system when the kiosk asks (ui/memory.py): glibc alone keeps it."""

from __future__ import annotations

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
