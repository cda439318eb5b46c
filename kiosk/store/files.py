"""The lock that keeps a second kiosk off a data file."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP, StoreProblem


class KioskLock:
    """One kiosk per data file: an exclusive lock on `<data file>.lock`, held while the process lives.

    The kernel lets go of the lock when the process ends however it ends (kill -9, a crash, a power cut),
    so a lock left behind never blocks the next start; the file only says which process held it last.
    """

    def __init__(self, path: Path):
        self.path = path.with_name(path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> KioskLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StoreProblem(QT_TRANSLATE_NOOP("kiosk", "The kiosk cannot write beside its data file."),
                               kind="readonly") from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreProblem(QT_TRANSLATE_NOOP("kiosk", "The kiosk is already running on this file."),
                               kind="running") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
