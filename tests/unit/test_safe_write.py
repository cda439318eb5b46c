"""Writing a file whole: a path that is no plain file is written into, never replaced by a plain file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from kiosk.safe_write import write_whole


def test_a_plain_file_is_replaced_whole(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    assert write_whole(target, lambda temp: temp.write_text("new")) == 3
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_fifo_is_written_into_and_stays_a_fifo(tmp_path):
    # As a device is (`--out /dev/stdout`, `/dev/null`): renaming over it, as root, would put a plain file in
    # /dev. A FIFO shows the same without touching the machine's devices.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(Path(fifo).read_bytes()), daemon=True)
    reader.start()
    write_whole(fifo, lambda temp: temp.write_bytes(b"summary"))
    reader.join(10)
    assert read == [b"summary"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left beside it
