"""The lock that keeps a second kiosk off a data file."""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP, StoreProblem

RUNNING = QT_TRANSLATE_NOOP("kiosk", "The kiosk is already running on this file.")


class KioskLock:
    """One kiosk per data file: an exclusive lock on `<data file>.lock`, held while the process lives.

    The kernel lets go of the lock when the process ends however it ends (kill -9, a crash, a power cut),
    so a lock left behind never blocks the next start; the file only says which process held it last.
    """

    def __init__(self, path: Path):
        self.data = path
        self.path = path.with_name(path.name + ".lock")
        self._fd: int | None = None
        self._data_fd: int | None = None

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
            raise StoreProblem(RUNNING, kind="running") from None
        self._fd = fd
        try:
            self.lock_data_file()
        except StoreProblem:
            self.release()
            raise
        with contextlib.suppress(OSError):  # a full disk: the lock holds all the same
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        return self

    def lock_data_file(self) -> None:
        """Lock the data file itself too, on a descriptor of its own held while the process lives, so a
        deleted `.lock` file never lets a second kiosk in. (flock, not SQLite's own POSIX locks, which it
        leaves alone; the descriptor is closed only after the store is.) A file not made yet is locked once
        the store has made it: call again after opening."""
        if self._data_fd is not None:
            try:
                if os.fstat(self._data_fd).st_ino == os.stat(self.data).st_ino:
                    return
            except OSError:
                return
            os.close(self._data_fd)  # the file it locked was set aside (damaged): lock the new one
            self._data_fd = None
        try:
            fd = os.open(self.data, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            return  # not there yet (a first start), or not a file the store will open anyway
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreProblem(RUNNING, kind="running") from None
        self._data_fd = fd

    def release(self) -> None:
        for name in ("_data_fd", "_fd"):
            fd = getattr(self, name)
            if fd is not None:
                os.close(fd)
                setattr(self, name, None)


def data_file_locked(path: Path) -> bool:
    """Whether a kiosk holds the lock on the data file itself (looked at without taking it over)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def kiosk_running_on(path: str | Path) -> bool:
    """Whether a kiosk holds this data file's lock now (looked at without taking it over or writing)."""
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
