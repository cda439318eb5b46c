"""Files a steward saves (a summary's export, a PDF of signs or of food labels) are written into their folder, most
often on a USB stick, on a thread of their own. A stick that is slow, full or failing (a sync that takes seconds, a
write that never returns) holds that thread, never the window's: the kiosk keeps going, and the steward is told
once the stick has answered.

What goes into the file is made first on the window's thread, which alone reads the data file: a text, or a PDF
painted into a temporary file on this machine's own disk. The thread then finds the file its name in the folder,
writes it whole (kiosk.safe_write) and answers back on the window's thread (ui/off_thread.py). One thread for every
save, in the order asked.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton

from kiosk.safe_write import write_whole
from ui.off_thread import OffThread

PAINTED = "commons-table-saving-"  # the start of a painted file's name on this machine's disk, on its way
_thread: list[OffThread] = []


def saving_thread() -> OffThread:
    if not _thread:
        _thread.append(OffThread("saving"))
    return _thread[0]


def painted_here(suffix: str = ".pdf") -> Path:
    """An empty temporary file on this machine's own disk, to paint a document into before it goes to its folder."""
    handle, name = tempfile.mkstemp(prefix=PAINTED, suffix=suffix)
    os.close(handle)
    return Path(name)


def put_in(folder: Path, name: str, content: bytes | Path, new_name: bool = False) -> Path:
    """On the saving thread: `content` (bytes, or a file painted here, removed from this disk either way) written
    whole into `folder` as `name`, over a file of that name; with `new_name`, as name-2, name-3… when it is taken.
    The folder is made when it is missing. Returns the file's path; OSError when the folder or its disk refuses."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        if new_name:
            n = 2
            while path.exists():
                path = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
                n += 1
        if isinstance(content, Path):
            write_whole(path, partial(shutil.copyfile, content))
        else:
            write_whole(path, lambda temp: temp.write_bytes(content))
        return path
    finally:
        if isinstance(content, Path):
            content.unlink(missing_ok=True)


def save(folder: Path, name: str, content: bytes | Path, done: Callable[[Path], None],
         failed: Callable[[Exception], None], new_name: bool = False) -> None:
    """put_in on the saving thread; then done(path) or failed(error) on the window's thread."""
    saving_thread().call(partial(put_in, folder, name, content, new_name), done, failed)


def save_painted(button: QAbstractButton, folder: Path, name: str, paint: Callable[[Path], int],
                 done: Callable[[Path, int], None], failed: Callable[[Exception], None]) -> None:
    """A PDF painted here (`paint(path)` returns its page count) goes into `folder` as `name`, or name-2… when that
    is taken; `button`, the tap that asked, is grey until the folder has answered. Then done(path, pages) or
    failed(error), on the window's thread; a PDF that cannot be painted is failed at once."""
    painted = painted_here()
    try:
        pages = paint(painted)
    except OSError as error:
        painted.unlink(missing_ok=True)
        failed(error)
        return
    button.setEnabled(False)

    def saved(path: Path) -> None:
        button.setEnabled(True)
        done(path, pages)

    def refused(error: Exception) -> None:
        button.setEnabled(True)
        failed(error)

    save(folder, name, painted, saved, refused, new_name=True)
