"""A backup's copy (kiosk/store/database.py copy_database, issue 25 item 3): the data file's schema and rows but
for contacts (and the PIN when it leaves the machine), no contact in any byte written on the way, and memory that
does not grow with the data file."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.settings import PIN_LOCK
from kiosk.store import open_market
from kiosk.store.backup import USB_FOLDER, BackupOrder, backup_at_close, backup_folder, backups
from kiosk.store.steward import set_pin_hash
from tests.unit.test_schema import OLD_FILES, SCHEMA, WRITTEN, schema_of

CONTACT = "copied-555-0147"
PIN_HASH = "scrypt$16384$8$1$c2FsdA==$" + "cd" * 32


def master(conn: sqlite3.Connection) -> list[tuple]:
    """sqlite_master whole (a full-text index's own tables too), but for where each object's pages are."""
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=repr)


def rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every stored table's rows (sqlite_sequence and a full-text index's own tables too), with their rowids."""
    out = {}
    for name, _kind, without_rowid in conn.execute("SELECT name, type, wr FROM pragma_table_list "
                                                  "WHERE schema = 'main' AND type IN ('table', 'shadow')"):
        if name != "sqlite_schema":
            key = "" if without_rowid else "rowid, "
            out[name] = sorted(conn.execute(f'SELECT {key}* FROM "{name}"').fetchall(), key=repr)
    return out


def headers(conn: sqlite3.Connection) -> list:
    return [conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("user_version", "application_id", "encoding", "page_size", "auto_vacuum")]


def but_for_contacts(conn: sqlite3.Connection, keep_pin: bool) -> dict[str, list[tuple]]:
    """What a copy of `conn`'s file should hold."""
    expected = rows(conn)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(skill_offers)")]
    if "contact" in columns:
        at = columns.index("contact") + 1  # after the rowid
        expected["skill_offers"] = [row[:at] + (None,) + row[at + 1:] for row in expected["skill_offers"]]
    if not keep_pin and "settings" in expected:
        expected["settings"] = [row for row in expected["settings"] if row[1] not in ("pin_hash", "pin_lock")]
    return expected


def assert_a_sound_copy(copy: sqlite3.Connection) -> None:
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert copy.execute("PRAGMA foreign_key_check").fetchall() == []
    if copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'items_fts'").fetchone():
        copy.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")  # raises if the index is off


def a_market_day(market) -> None:
    """What a market day writes: things listed and taken, a want, skill offers with their contacts, the PIN and its
    lock, the journal for the other kiosks; and a gap in rowids."""
    for n in range(60):
        food = n % 2 == 0
        market.list_item("food_pantry" if food else "books", n % 4 + 1, f"Atlas {n}", ["vegan"] * (food and n % 3 > 0))
    market.take_one(1)
    market.post_want("books", "A dictionary")
    for n in range(3):
        market.offer_skill(f"Bike repair {n}", "Bring it along", ["weekends"], contact=f"{CONTACT} #{n}")
    set_pin_hash(market, PIN_HASH)
    market.set_setting(PIN_LOCK, {"tries": 2, "until": 0})
    # A row gone from a table with no INTEGER PRIMARY KEY: the copy keeps the others' rowids.
    with closing(sqlite3.connect(market.path)) as conn:
        conn.execute("DELETE FROM journal_events WHERE rowid = (SELECT min(rowid) FROM journal_events)")
        conn.commit()


def test_the_copy_is_the_file_but_for_contacts(market, db_path, tmp_path):
    """The backup beside the file keeps the PIN; the copy on a stick leaves it out."""
    a_market_day(market)
    stick = tmp_path / "stick"
    stick.mkdir()
    made, [copied] = backup_at_close(market, [stick])
    assert made is not None
    for target, keep_pin in ((made, True), (copied, False)):
        with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(target)) as copy:
            assert master(copy) == master(source)
            assert schema_of(copy) == SCHEMA.read_text()
            assert headers(copy) == headers(source)
            assert rows(copy) == but_for_contacts(source, keep_pin)
            assert rows(copy)["item_changes"] and rows(copy)["sqlite_sequence"]
            assert_a_sound_copy(copy)
            assert copy.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH 'atlas'").fetchall()
        assert CONTACT.encode() not in target.read_bytes()
        assert (PIN_HASH.encode() in target.read_bytes()) is keep_pin


@pytest.mark.parametrize("version", WRITTEN)
def test_the_copy_before_an_upgrade_is_the_old_file_but_for_contacts(version, tmp_path):
    """A file an older Commons Table wrote (its own schema, sqlite-utils' record of its migrations, its full-text
    index's tables as that SQLite made them) is copied as it was, before the upgrade changes it."""
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as old:
        old.executescript((OLD_FILES / f"v{version}.sql").read_text())
        old.execute("INSERT INTO skill_offers (event_id, title, contact, created_at) "
                    "VALUES (1, 'Bike repair', ?, '2026-10-31T10:00')", [CONTACT])
        old.commit()
    shutil.copyfile(path, tmp_path / "as-it-was.db")
    open_market(path).close()
    [copy_path] = [p for p in tmp_path.iterdir() if ".before-v" in p.name]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    with closing(sqlite3.connect(tmp_path / "as-it-was.db")) as source, closing(sqlite3.connect(copy_path)) as copy:
        assert master(copy) == master(source)
        assert headers(copy) == headers(source)
        assert rows(copy) == but_for_contacts(source, keep_pin=True)
        assert_a_sound_copy(copy)
    assert CONTACT.encode() not in copy_path.read_bytes()


# ----- no contact in any byte on the way ----------------------------------------------------------------------

def open_files() -> list[Path]:
    """The regular files this process has open, through /proc (a deleted temporary file too)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        link = Path("/proc/self/fd") / fd
        try:
            if link.is_file():
                found.append(link)
        except OSError:
            continue
    return found


class Watch:
    """Called by SQLite every few hundred steps of the copy's own connection: reads every file beside the copies
    and every file the process has open but the data file's own; and keeps, each time, what a kill now would leave."""

    def __init__(self, source: Path, watched: list[Path]):
        self.source = {source.resolve(), Path(f"{source}-wal").resolve(), Path(f"{source}-shm").resolve()}
        self.watched = watched
        self.calls = 0
        self.seen: set[str] = set()
        self.holding: list[str] = []
        self.largest_part = 0

    def __call__(self) -> int:
        self.calls += 1
        for folder in self.watched:
            for path in folder.rglob("*"):
                if path.is_file() and path.resolve() not in self.source:
                    self.look(str(path.relative_to(folder.parent)), path)
        for link in open_files():
            target = os.readlink(link)
            if Path(target.removesuffix(" (deleted)")).resolve() not in self.source:
                self.look(target, link)
        return 0  # go on

    def look(self, name: str, path: Path) -> None:
        self.seen.add(name)
        try:
            data = path.read_bytes()
        except OSError:
            return
        if name.endswith(".part"):
            self.largest_part = max(self.largest_part, len(data))
        if CONTACT.encode() in data:
            self.holding.append(name)


def test_no_byte_written_on_the_way_holds_a_contact(market, db_path, tmp_path, monkeypatch):
    """A kill at any moment of the copy leaves no contact behind: in no copy, no journal, no temporary file."""
    with market.db.transaction():
        for n in range(3000):  # over 1 MB: the copy's cache spills to its file before the end
            market.list_item("books", 1, f"Atlas of the world, volume {n}")
        for n in range(200):
            market.offer_skill(f"Bike repair {n}", "Bring it along", ["weekends"], contact=f"{CONTACT} #{n}")
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_folder(db_path).mkdir()
    watch = Watch(db_path, [backup_folder(db_path), stick])
    connect = sqlite3.connect

    def watched(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_progress_handler(watch, 2000)
        return conn

    monkeypatch.setattr(sqlite3, "connect", watched)
    made, copied = backup_at_close(market, [stick])
    monkeypatch.undo()
    assert made is not None and copied == [stick / USB_FOLDER / made.name]
    assert watch.calls > 20
    # The copies were read while they were being made, and held pages already (the cache spills to the file).
    assert watch.largest_part > 100_000, (watch.largest_part, sorted(watch.seen))
    assert watch.holding == []
    for copy in (made, *copied):
        assert CONTACT.encode() not in copy.read_bytes()


KILLED_AT = """
import os, signal, sqlite3, sys
from pathlib import Path
from kiosk.store.backup import BackupOrder

path, stick, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
calls = 0

def tick():
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)  # as a power cut or the OOM killer would, mid-copy
    return 0

connect = sqlite3.connect

def counted(*args, **kwargs):
    conn = connect(*args, **kwargs)
    conn.set_progress_handler(tick, 1000)
    return conn

sqlite3.connect = counted
BackupOrder(path, "2026-11-28T12:00", 10).make([stick])
print(calls)
"""


def test_a_kill_during_a_backup_leaves_no_copy_or_a_whole_one_and_no_contact(market, db_path, tmp_path):
    """A backup's thread killed mid-copy (a quarter of the way: the copy beside the file; three quarters: the one
    on the stick) leaves either no copy by its name or a whole one, and nothing that holds a contact; the next
    backup clears what it left."""
    with market.db.transaction():
        for n in range(3000):
            market.list_item("books", 1, f"Atlas of the world, volume {n}")
        for n in range(50):
            market.offer_skill(f"Bike repair {n}", "Bring it along", ["weekends"], contact=f"{CONTACT} #{n}")
    stick = tmp_path / "stick"
    stick.mkdir()
    name = "table-2026-11-28T12-00.db"

    def run(kill_at: int) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", KILLED_AT, str(db_path), str(stick), str(kill_at)],
                              capture_output=True, text=True, cwd=Path(__file__).parents[2], timeout=300)

    whole = run(10**9)
    assert whole.returncode == 0, whole.stderr
    steps = int(whole.stdout)
    for made in (backup_folder(db_path) / name, stick / USB_FOLDER / name):
        made.unlink()
    for kill_at, whole_beside in ((steps // 4, False), (steps * 3 // 4, True)):  # in the copy beside, on the stick
        killed = run(kill_at)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        left = [*backup_folder(db_path).iterdir(), *(stick / USB_FOLDER).iterdir()]
        assert [p.name for p in left if CONTACT.encode() in p.read_bytes()] == []
        assert [p for p in left if p.name.endswith(".part")]  # a copy cut short, by a name no backup has
        named = [p for p in left if p.name == name]
        assert named == ([backup_folder(db_path) / name] if whole_beside else [])
        for made in named:
            with closing(sqlite3.connect(made)) as copy:
                assert_a_sound_copy(copy)
                assert copy.execute("SELECT count(*) FROM items").fetchone() == (3000,)
            made.unlink()
    assert run(10**9).returncode == 0
    for folder in (backup_folder(db_path), stick / USB_FOLDER):
        assert [p.name for p in folder.iterdir()] == [name]
        with closing(sqlite3.connect(folder / name)) as copy:
            assert_a_sound_copy(copy)
            assert copy.execute("SELECT count(*) FROM items").fetchone() == (3000,)


# ----- memory -------------------------------------------------------------------------------------------------

def sqlite_library() -> ctypes.CDLL:
    """The SQLite library Python's sqlite3 uses, for its memory counters (sqlite3_status64)."""
    lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
    lib.sqlite3_libversion.restype = ctypes.c_char_p
    assert lib.sqlite3_libversion().decode() == sqlite3.sqlite_version
    return lib


def sqlite_peak(lib: ctypes.CDLL, work) -> int:
    """The most SQLite's heap held above what it held before, while `work` ran (bytes)."""
    now, high = ctypes.c_int64(), ctypes.c_int64()
    lib.sqlite3_status64(0, ctypes.byref(now), ctypes.byref(high), 1)  # SQLITE_STATUS_MEMORY_USED, reset the peak
    before = now.value
    work()
    lib.sqlite3_status64(0, ctypes.byref(now), ctypes.byref(high), 0)
    return high.value - before


def many_things(path: Path, count: int) -> Path:
    open_market(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO events (title, date, opened_at) VALUES ('Market', '2026-11-28', '2026-11-28T10:00')")
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     "INSERT INTO items (event_id, category_key, title, quantity, left_count, listed_at, search_text) "
                     "SELECT 1, 'books', 'Atlas of the world ' || i || ' ' || hex(randomblob(250)), 1, 1, "
                     "'2026-11-28T10:00', 'atlas of the world ' || i FROM n", [count])
        conn.commit()
    return path


def test_the_copys_memory_does_not_grow_with_the_file(tmp_path):
    lib = sqlite_library()
    with closing(sqlite3.connect(":memory:")) as check:  # the counters are the ones Python's sqlite3 moves
        assert sqlite_peak(lib, lambda: check.execute("CREATE TABLE t AS SELECT randomblob(3000000)")) > 3_000_000
    peaks, sizes = [], []
    for count in (20_000, 60_000):
        path = many_things(tmp_path / f"{count}.db", count)
        sizes.append(path.stat().st_size)
        order = BackupOrder(path, "2026-11-28T12:00", 10)  # as the backups' thread makes one
        peaks.append(sqlite_peak(lib, order.make))
        with closing(sqlite3.connect(backups(path)[0])) as copy:
            assert copy.execute("SELECT count(*) FROM items").fetchone()[0] == count
    assert sizes[1] - sizes[0] > 25_000_000  # the larger file is 25 MB larger (a copy in memory was as large) …
    assert peaks[1] - peaks[0] < 1_000_000, peaks  # … its copy takes under 1 MB more: an index's sort, which levels off
    assert peaks[1] < 4_000_000, peaks  # the copy's two page caches (COPY_CACHE) and that sort
