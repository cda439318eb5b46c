"""Writing a file whole or not at all: a pulled USB stick or a power cut never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def write_whole(path: Path, write: Callable[[Path], T]) -> T:
    """Call write(temporary path) beside `path`, sync it, rename it over `path`, sync the folder.

    Raises OSError when the folder cannot be written; the temporary file never stays behind.
    A `path` that is no plain file (/dev/stdout, /dev/null, a FIFO) is written into, never renamed over: as root,
    a rename would put a plain file where the device was.
    """
    if path.exists() and not path.is_file():
        return _write_into(path, write)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temp = Path(temporary)
    try:
        result = write(temp)
        with temp.open("rb") as done:
            os.fsync(done.fileno())
        with contextlib.suppress(OSError):  # FAT and exFAT sticks keep no modes (ENOSYS, EPERM)
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return result


def _write_into(device: Path, write: Callable[[Path], T]) -> T:
    with tempfile.TemporaryDirectory(prefix="commons-table-") as folder:
        temp = Path(folder) / device.name
        result = write(temp)
        with temp.open("rb") as made, device.open("wb") as out:
            shutil.copyfileobj(made, out)
    return result


def sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
