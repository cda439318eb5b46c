"""One kiosk per data file, and a start that leaves other files alone (issue 27, items 6 and 7)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from commons_table.cli import main
from kiosk.errors import StoreProblem
from kiosk.store import open_market
from kiosk.store.files import KioskLock, kiosk_running_on


def test_sync_refuses_a_file_a_kiosk_is_running_on(tmp_path, capsys):
    db, folder = tmp_path / "k.db", tmp_path / "usb"
    folder.mkdir()
    open_market(db).close()
    lock = KioskLock(db).acquire()
    try:
        assert main(["sync", "--db", str(db), "--folder", str(folder)]) == 2
        assert "A kiosk is running on" in capsys.readouterr().err
        assert not any(folder.iterdir())
    finally:
        lock.release()
    assert main(["sync", "--db", str(db), "--folder", str(folder)]) == 0


def test_deleting_the_lock_file_lets_no_second_kiosk_in(tmp_path):
    db = tmp_path / "k.db"
    open_market(db).close()
    first = KioskLock(db).acquire()
    try:
        (tmp_path / "k.db.lock").unlink()
        with pytest.raises(StoreProblem) as refused:
            KioskLock(db).acquire()
        assert refused.value.kind == "running"
        assert kiosk_running_on(db)
    finally:
        first.release()
    KioskLock(db).acquire().release()


def test_a_first_start_locks_the_file_it_made(tmp_path):
    db = tmp_path / "k.db"
    lock = KioskLock(db).acquire()
    try:
        open_market(db).close()
        lock.lock_data_file()
        (tmp_path / "k.db.lock").unlink()
        assert kiosk_running_on(db)
    finally:
        lock.release()


@pytest.mark.parametrize("given", ["file:{db}", "file:{db}?mode=rwc", "", "a\0b", "x/" * 2000 + "k.db", "y" * 300])
def test_a_data_file_is_a_plain_path_never_a_uri(tmp_path, capsys, given, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "k.db"
    open_market(db).close()
    arg = given.format(db=db)
    for argv in (["demo", "--db", arg], ["sync", "--db", arg, "--folder", str(tmp_path)],
                 ["export", "--db", arg, "--out", str(tmp_path / "x.csv")], ["kiosks", "--db", arg],
                 ["export", "--db", str(db), "--out", arg]):
        assert main(argv) == 2
        assert "Traceback" not in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.db"]  # no folder named "file:", nothing else


def test_demo_on_a_fifo_says_so_and_does_not_wait(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    out = subprocess.run([sys.executable, "-m", "commons_table", "demo", "--db", str(fifo)], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "LANG": "C.UTF-8"})
    assert out.returncode == 2 and "Traceback" not in out.stderr and "left as it is" in out.stderr


def another_apps_pair(other: Path) -> tuple[bytes, bytes]:
    """Another app's SQLite file at `other` whose table is still in its -wal: the bytes of the file and of the -wal
    as that app leaves them while its connection is open (closing it would move the -wal into the file)."""
    writer = sqlite3.connect(other)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE notes (body TEXT)")
    writer.execute("INSERT INTO notes VALUES ('kept in the -wal')")
    writer.commit()
    pair = other.read_bytes(), other.with_name(other.name + "-wal").read_bytes()
    writer.close()
    return pair


def test_another_programs_file_keeps_its_wal(tmp_path):
    """Another app's SQLite file (application_id 0) with its -wal: the kiosk refuses it and never replays or
    deletes the -wal."""
    other = tmp_path / "notes.db"
    wal = tmp_path / "notes.db-wal"
    main_bytes, wal_bytes = another_apps_pair(other)
    other.write_bytes(main_bytes)
    wal.write_bytes(wal_bytes)
    with pytest.raises(StoreProblem) as refused:
        open_market(other)
    assert refused.value.kind == "foreign"
    assert other.read_bytes() == main_bytes and wal.read_bytes() == wal_bytes


@pytest.mark.parametrize("content", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "Einkaufsliste: Äpfel\n".encode() * 20])
def test_a_document_given_as_the_data_file_is_left_as_it_is(tmp_path, content):
    doc = tmp_path / "doc"
    doc.write_bytes(content)
    with pytest.raises(StoreProblem) as refused:
        open_market(doc)
    assert refused.value.kind == "foreign"
    assert doc.read_bytes() == content and [p.name for p in tmp_path.iterdir()] == ["doc"]
