"""Opening the database file durably, migrating it, and naming its faults plainly.

Our files carry PRAGMA application_id; a file that is some other program's SQLite file is refused, never
migrated. A `-wal` beside the file that is not its own (a stale one from another kiosk, say) is copied
aside with the file before anything reads it into the file. Read-only commands (export, signs,
screenshot) never write the file: they read it through a read-only connection, or work on a copy in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kiosk.errors import QT_TRANSLATE_NOOP, NewerDatabaseError, StoreProblem, fault_of
from kiosk.safe_write import sync_folder, write_whole
from kiosk.settings import FILE_IDENTITY, PIN_HASH, PIN_LOCK
from kiosk.store.datafile import DataFile
from kiosk.store.schema import SCHEMA_VERSION, STEPS

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "StillItsFile", "open_database", "open_readonly", "open_reader",
           "known_fault", "set_aside_damaged", "wal_belongs", "scrub_contacts"]

# "CmTb": marks a file as a Commons Table data file (PRAGMA application_id).
APPLICATION_ID = 0x436D5462
SQLITE_MAGIC = b"SQLite format 3\x00"
# The settings row that names this file; every writer touches it on opening, so each -wal a kiosk
# writes carries its file's name (a -wal from another file then shows another name).
IDENTITY_KEY = FILE_IDENTITY.key

# While the kiosk runs: what to tell the person whose tap was not saved.
_IN_USE = {
    "full": QT_TRANSLATE_NOOP("kiosk", "The kiosk's storage is full, so this was not saved. Please tell a steward."),
    "readonly": QT_TRANSLATE_NOOP(
        "kiosk", "The kiosk cannot write to its data file, so this was not saved. Please tell a steward."),
    "damaged": QT_TRANSLATE_NOOP(
        "kiosk", "The kiosk's data file is damaged, so this was not saved. Please tell a steward."),
    "busy": QT_TRANSLATE_NOOP("kiosk", "The kiosk is busy for a moment — please try again."),
    "unreachable": QT_TRANSLATE_NOOP(
        "kiosk", "The kiosk could not reach its data file, so this was not saved. Please tell a steward."),
    "moved": QT_TRANSLATE_NOOP(
        "kiosk", "The kiosk's data file was deleted or replaced while the kiosk ran, so this was not saved. Everything "
                 "saved before is kept in {kept}. Please tell a steward: start the kiosk again."),
}
# At start-up: why the kiosk cannot start on this file (the file is left as it is).
_AT_START = {
    "full": QT_TRANSLATE_NOOP("kiosk", "The storage that holds the kiosk's data file is full."),
    "readonly": QT_TRANSLATE_NOOP("kiosk", "The kiosk's data file cannot be written to."),
    "damaged": QT_TRANSLATE_NOOP("kiosk", "The kiosk's data file is damaged."),
    "busy": QT_TRANSLATE_NOOP("kiosk", "Another program is using the kiosk's data file."),
    "unreachable": QT_TRANSLATE_NOOP("kiosk", "The kiosk cannot read its data file."),
}


def as_at_start(problem: StoreProblem) -> StoreProblem:
    """The problem as said to someone at a terminal (a command, not a visitor's tap): "The kiosk's data file is
    damaged.", not "…so this was not saved. Please tell a steward." about a command that only read."""
    if problem.kind in _AT_START and problem.template == _IN_USE.get(problem.kind):
        return StoreProblem(_AT_START[problem.kind], kind=problem.kind, **problem.params)
    return problem


NOT_OURS = QT_TRANSLATE_NOOP("kiosk", "{path} is not a Commons Table data file, so it was left as it is.")
EMPTY = QT_TRANSLATE_NOOP("kiosk", "{path} is empty, not a Commons Table data file.")


@contextlib.contextmanager
def known_fault(at_start: bool = False) -> Iterator[None]:
    """Turn the database faults a person can meet into StoreProblem (by SQLite's error code); let bugs through."""
    try:
        yield
    except sqlite3.Error as error:
        kind = fault_of(error)
        if kind is None or isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError)):
            raise
        raise StoreProblem((_AT_START if at_start else _IN_USE)[kind], kind=kind) from error


# ----- the schema's version, and the steps that bring a file to it ----------------------------------------

# sqlite-utils' Migrations kept its record here until schema version 5; user_version says it all since.
OLD_RECORD = "_sqlite_migrations"


def _version(db: DataFile) -> int:
    """The file's schema version. A file sqlite-utils' Migrations brought up set user_version after its steps
    ran: should it have stopped in between, its record of them says how far it got."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if OLD_RECORD in db.tables():
        ran = db.execute(f"SELECT count(*) FROM {OLD_RECORD} WHERE migration_set = 'commons_table'").fetchone()[0]
        version = max(version, ran)
    return version


def _needs_steps(db: DataFile) -> bool:
    return _version(db) < SCHEMA_VERSION or OLD_RECORD in db.tables()


def migrate(db: DataFile) -> None:
    """Run the steps the file has not had, all in one transaction, and drop sqlite-utils' old record of them."""
    with db.transaction():
        for step in STEPS[_version(db):]:
            if isinstance(step, str):
                db.script(step)
            else:
                step(db)
        db.execute(f"DROP TABLE IF EXISTS {OLD_RECORD}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _sound_and_not_newer(db: DataFile, sound: bool | None = None) -> int:
    """A file that fails SQLite's quick check is damaged; one from a newer app is refused, never migrated.
    Returns the file's data version. `sound` is the quick check's answer when it was asked already
    (quick_check_alone); None asks now."""
    if sound is None:
        sound = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    if not sound:
        raise StoreProblem(_AT_START["damaged"], kind="damaged")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP("kiosk", "This data file was written by a newer Commons Table (data version "
                              "{version}, this app knows up to {known}); please update the app."),
            version=version, known=SCHEMA_VERSION)
    return int(version)

def _connect(path: Path, timeout: float) -> DataFile:
    # An absolute name: SQLite reads a name beginning "file:" as a URI, the lock and the checks read a path.
    db = DataFile(sqlite3.connect(str(path.absolute()), timeout=timeout))
    try:
        # Before anything converts the file (WAL) or writes to it: is it ours?
        _check_ours(db, path)
        db.execute("PRAGMA journal_mode=WAL")  # fails on a read-only folder or a full disk: closed below then
        # FULL: a commit is on the disk before the kiosk says "done", power cut or not.
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA cache_size=-512")  # KiB: the file is in the OS's cache anyway; SQLite's default is 2 MB
    except BaseException:
        db.close()
        raise
    return db


def _uri(path: Path, query: str = "") -> str:
    """SQLite's URI for the file at `path` (whatever bytes its name holds), with `query` ("mode=ro", …)."""
    return "file:" + quote(os.fsencode(path)) + (f"?{query}" if query else "")


# Pages in the -wal past which a commit moves them into the data file itself (SQLite's automatic checkpoint; its
# default is 1 000 pages, 4 MB). The kiosk's window leaves that to checkpoint_file on a thread of its own
# (Market.checkpoint_elsewhere); this is the backstop, should that thread ever fall behind.
BACKSTOP_PAGES = 8_000


def _of_its_own(path: Path, mode: str) -> sqlite3.Connection:
    """A connection of its own to the file the kiosk has open ("ro" or "rw"), for a thread other than the window's,
    which opens, uses and closes it there: it never waits inside SQLite (timeout 0), and one that writes syncs as
    the window's does."""
    with known_fault():
        conn = sqlite3.connect(_uri(path.absolute(), f"mode={mode}"), uri=True, timeout=0, isolation_level=None)
        if mode == "rw":
            conn.execute("PRAGMA synchronous=FULL")
    return conn


def checkpoint_file(path: Path) -> tuple[int, int]:
    """Move what the data file's -wal holds into the file, on a connection of its own (opened and closed here), as
    far as it can without waiting on anyone (PASSIVE: a reader's older snapshot keeps what it still reads, and the
    kiosk's commits go on meanwhile). Returns (pages in the -wal, pages now in the file)."""
    conn = _of_its_own(path, "rw")
    try:
        _busy, in_wal, moved = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(in_wal), int(moved)
    finally:
        conn.close()


def wipe_journal(db: DataFile, patience: float = 30.0) -> bool:
    """Move every change into the file and empty the -wal, so erased contacts (overwritten in the file by
    secure_delete) cannot be read back from old journal frames either.

    Another connection still reading an older snapshot makes the checkpoint give up (busy): try again until it has
    finished, for up to `patience` seconds. Returns whether the journal is empty.
    """
    deadline = time.monotonic() + patience
    while True:
        with known_fault():
            busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy or time.monotonic() >= deadline:
            return not busy
        time.sleep(0.1)


def wipe_file_journal(path: Path, patience: float = 30.0) -> bool:
    """wipe_journal on a connection of its own, opened and closed here, on a thread other than the window's (the
    kiosk's close: emptying a -wal of tens of MB took 50-70 ms, sometimes 0.5-1.8 s, inside the steward's tap).

    It never waits inside SQLite (no busy timeout): a checkpoint that empties the -wal holds the file's write lock
    while it waits for readers, and the backup at close reads for seconds at 100 000 things, so the steward's next
    write (opening the next market) waited 2-5 s behind it. Busy, it lets go and tries again 0.1 s later."""
    conn = _of_its_own(path, "rw")
    try:
        return wipe_journal(DataFile(conn), patience)
    finally:
        conn.close()


def open_reader(path: Path) -> DataFile:
    """The file the kiosk has open, read on a connection of its own by a thread other than the window's (which
    opens, uses and closes it there): read-only, through the -wal, so it sees every change committed."""
    return DataFile(_of_its_own(path, "ro"))


def _free_name(path: Path, suffix: str) -> Path:
    # A day is fine enough to tell copies apart; a counter handles the rest.
    stamp = dt.date.today().strftime("%Y%m%d")
    n = 1
    while True:
        candidate = path.with_name(f"{path.name}.{suffix}-{stamp}" + (f"-{n}" if n > 1 else ""))
        if not candidate.exists():
            return candidate
        n += 1


def scrub_contacts(conn: sqlite3.Connection) -> None:
    """Erase every skill offer's contact from a copy, and leave no trace of it in the copy's bytes."""
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA secure_delete=ON")
    has_offers = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'skill_offers'").fetchone()
    if has_offers:
        conn.execute("UPDATE skill_offers SET contact = NULL")
        conn.commit()
    conn.execute("VACUUM")


# Left out of every copy (copy_database): a skill offer's contact, and where it is kept.
CONTACT_COLUMN = ("skill_offers", "contact")
PIN_KEYS = (PIN_HASH.key, PIN_LOCK.key)
# KiB of SQLite's page cache for each side of a copy, as the kiosk's own connection has (_connect): what a copy
# holds in memory, with an index's sort (its pages spill to a temporary file beyond), whatever the file's size.
COPY_CACHE = -512


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def copy_database(source: Path, target: Path, *, keep_pin: bool = True) -> Path:
    """A copy of the data file at `source` (open in the kiosk or not) at `target` (a new or empty file), without
    contacts.

    The copy is built table by table, much as VACUUM INTO builds one, on a connection of its own that reads the
    file read-only (what is committed, its own -wal too): the tables from the file's own CREATE statements (a
    virtual table's own tables as it makes them), their rows copied each by one INSERT … SELECT with every skill
    offer's contact given as NULL and rowids kept, then sqlite_sequence, the indexes and triggers (so none fires
    during the copy), user_version and application_id, all in one transaction. No contact is ever written to
    the copy, its journal or a temporary file (an index's sort), and what it holds in memory is SQLite's caches
    (COPY_CACHE) however large the file: not a whole copy in memory first. SQLite's statistics (sqlite_stat1,
    made by ANALYZE, which the kiosk never runs) are not copied. Without `keep_pin` the stewards' PIN hash and
    lock are left out too: a copy that leaves the machine (a USB stick) carries nothing a PIN could be guessed
    from offline. A copy cut short leaves a file without some rows: write it through
    kiosk.safe_write.write_whole, as every caller does. Our files are UTF-8 (SQLite's default): SQLite refuses
    to attach a file in another encoding.
    """
    if target.exists() and target.stat().st_size:
        raise FileExistsError(f"{target} is not empty")
    copy = sqlite3.connect(_uri(target.absolute()), uri=True, isolation_level=None)
    try:
        copy.execute("ATTACH DATABASE ? AS original", [_uri(source.absolute(), "mode=ro")])
        for pragma in ("page_size", "auto_vacuum"):  # before the copy's first table
            value = int(copy.execute(f"PRAGMA original.{pragma}").fetchone()[0])
            copy.execute(f"PRAGMA main.{pragma} = {value}")
        copy.execute("PRAGMA secure_delete = ON")
        copy.execute(f"PRAGMA main.cache_size = {COPY_CACHE}")
        copy.execute(f"PRAGMA original.cache_size = {COPY_CACHE}")
        copy.execute("BEGIN")
        _copy_into(copy, keep_pin)
        copy.execute("COMMIT")
    finally:
        copy.close()  # rolls back what a failure left
    return target


def _copy_into(copy: sqlite3.Connection, keep_pin: bool) -> None:
    """The file attached as `original` copied into `main`, inside the transaction there is (copy_database)."""
    objects = copy.execute("SELECT type, name, sql FROM original.sqlite_master WHERE sql IS NOT NULL "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").fetchall()
    kinds = {name: (kind, without_rowid) for _schema, name, kind, _n, without_rowid, _strict
             in copy.execute("PRAGMA original.table_list")}
    # A virtual table first: it makes its own tables (a full-text index's), which are then filled like the rest.
    for kind, name, sql in objects:
        if kind == "table" and kinds.get(name, ("",))[0] == "virtual":
            copy.execute(sql)
    made = {name for (name,) in copy.execute("SELECT name FROM main.sqlite_master")}
    for kind, name, sql in objects:
        if kind == "table" and name not in made:
            copy.execute(sql)
    for kind, name, _sql in objects:
        table_kind, without_rowid = kinds.get(name, ("", 0))
        if kind != "table" or table_kind not in ("table", "shadow"):
            continue
        columns = [column for _cid, column, _type, _notnull, _default, _pk, hidden
                   in copy.execute(f"PRAGMA original.table_xinfo({_quoted(name)})") if not hidden]
        into = ([] if without_rowid else ["rowid"]) + [_quoted(column) for column in columns]
        values = ([] if without_rowid else ["rowid"]) + [
            "NULL" if (name, column) == CONTACT_COLUMN else _quoted(column) for column in columns]
        where, keys = ("", ()) if keep_pin or name != "settings" else (" WHERE key NOT IN (?, ?)", PIN_KEYS)
        copy.execute(f"DELETE FROM main.{_quoted(name)}")  # what a virtual table put in its own tables
        copy.execute(f"INSERT INTO main.{_quoted(name)} ({', '.join(into)}) "
                     f"SELECT {', '.join(values)} FROM original.{_quoted(name)}{where}", keys)
    if copy.execute("SELECT 1 FROM original.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        copy.execute("DELETE FROM main.sqlite_sequence")
        copy.execute("INSERT INTO main.sqlite_sequence SELECT * FROM original.sqlite_sequence")
    # Indexes, triggers and views once the rows are in: an index is built in one sort, and no trigger fires.
    for kind, _name, sql in objects:
        if kind != "table":
            copy.execute(sql)
    for pragma in ("user_version", "application_id"):
        value = int(copy.execute(f"PRAGMA original.{pragma}").fetchone()[0])
        copy.execute(f"PRAGMA main.{pragma} = {value}")


SET_ASIDE = ("damaged", "foreign-wal", "before-v")


def scrub_set_aside(path: str | Path, *, holding_only: bool = False) -> list[Path]:
    """After a market closed: erase contacts from every copy set aside beside the data file (a damaged file,
    a foreign -wal's copies, a copy before an upgrade), so none outlives its market. A copy SQLite cannot
    open to erase them from is removed, and a -wal that was another file's (it cannot be told apart from
    the contacts it may hold) too; returns what was removed. Never raises for one copy it cannot reach.

    `holding_only`: only the copies a contact can be read from (the rest are left as they are, and to the next
    close): what a kiosk's start does when no market is open, in case it was stopped after a close before the
    copies were scrubbed (kiosk.store.backup.BackupOrder.scrub_aside)."""
    journals, copies = _set_aside_copies(Path(path))
    removed: list[Path] = []
    if not holding_only:
        for part in journals:
            part.unlink(missing_ok=True)
            removed.append(part)
    for copy in copies:
        if not holding_only or _holds_contact(copy):
            _scrub_copy(copy, removed)
    return removed


def _holds_contact(copy: Path) -> bool:
    """Whether a skill offer's contact can be read from the copy (False for one SQLite cannot read)."""
    try:
        conn = sqlite3.connect(_uri(copy.resolve(), "mode=ro"), uri=True)
        try:
            return conn.execute("SELECT 1 FROM skill_offers WHERE contact IS NOT NULL LIMIT 1").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _set_aside_copies(path: Path) -> tuple[list[Path], list[Path]]:
    """(the -wal and -shm files in folders set aside beside the data file, every copy set aside beside it)."""
    journals: list[Path] = []
    copies: list[Path] = []
    for aside in path.parent.glob(glob_escape(path.name) + ".*"):
        rest = aside.name[len(path.name) + 1:]
        if not rest.startswith(SET_ASIDE) or rest.endswith(("-wal", "-shm", "-journal")):
            continue
        if aside.is_dir():
            for part in aside.iterdir():
                if part.name.endswith(("-wal", "-shm")):
                    journals.append(part)
                elif part.is_file():
                    copies.append(part)
        elif aside.is_file():
            copies.append(aside)
    return journals, copies


def _scrub_copy(copy: Path, removed: list[Path]) -> None:
    """Erase the contacts from one copy set aside; one SQLite cannot open to do it is removed (added to
    `removed`)."""
    import logging

    try:
        conn = sqlite3.connect(_uri(copy.resolve(), "mode=rw"), uri=True)
        try:
            scrub_contacts(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        logging.getLogger("kiosk.store").warning("Removed %s: contacts could not be erased from it", copy.name)
        for part in (copy, _wal(copy), _shm(copy)):
            part.unlink(missing_ok=True)
        removed.append(copy)
    except OSError:
        pass


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


def _backup_beside(db: DataFile, path: Path, from_version: int) -> Path:
    copy = _free_name(path, f"before-v{SCHEMA_VERSION}-from-v{from_version}")
    for pattern in ("*.part", "*.part-journal"):  # what a copy cut short by a kill left
        for left in path.parent.glob(glob_escape(f".{path.name}.before-v") + pattern):
            left.unlink(missing_ok=True)
    return write_whole(copy, lambda temp: copy_database(path, temp))


# ----- whose file and whose -wal ------------------------------------------------------------------------

def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def _has_wal(path: Path) -> bool:
    wal = _wal(path)
    return wal.is_file() and wal.stat().st_size > 32


def _identity(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [IDENTITY_KEY]).fetchone()
    except sqlite3.Error:
        return None
    return json.loads(row[0]).get("id") if row else None


def _file_alone(path: Path) -> sqlite3.Connection | None:
    """The data file as it is on disk without its -wal; None if it holds no database yet. Opened immutable,
    which reads the file's own pages only (its -wal is not looked at) and creates nothing beside it."""
    with path.open("rb") as file:
        head = file.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return None
    try:
        conn = sqlite3.connect(_uri(path.resolve(), "immutable=1"), uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def wal_belongs(path: str | Path) -> bool:
    """Whether the -wal beside the data file is the file's own (so replaying it is right).

    Decided on copies, so neither file is touched: the -wal replayed onto a copy of the file must keep the
    file's name (IDENTITY_KEY) and pass quick_check. A -wal that fails to open at all is not the file's.
    """
    path = Path(path)
    if not _has_wal(path):
        return True
    alone = _file_alone(path)
    try:
        own = _identity(alone) if alone is not None else None
    finally:
        if alone is not None:
            alone.close()
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="commons-table-wal-") as folder:
        copy = Path(folder) / "check.db"
        shutil.copyfile(path, copy)
        shutil.copyfile(_wal(path), _wal(copy))
        try:
            # Read-only: the copy's -wal is replayed in reading, and not written into the copy at closing.
            conn = sqlite3.connect(_uri(copy, "mode=ro"), uri=True)
            try:
                replayed = _identity(conn)
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            return False
    if check != "ok":
        return False
    # A file never checkpointed holds nothing of its own yet: its -wal is all it has.
    return own is None or replayed == own


def set_aside_copies(path: str | Path, why: str) -> Path:
    """Copy the data file and its -wal/-shm, as they are, into a folder beside it; return the folder."""
    import shutil

    path = Path(path)
    folder = _free_name(path, why)
    folder.mkdir()
    for part in (path, _wal(path), _shm(path)):
        if part.is_file():
            shutil.copy2(part, folder / part.name)
    return folder


def _check_ours(db: DataFile, path: Path) -> None:
    """Refuse a SQLite file some other program made; never migrate or convert it."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    names = set(db.tables())
    ours = OLD_RECORD in names and db.execute(
        f"SELECT count(*) FROM {OLD_RECORD} WHERE migration_set = 'commons_table'").fetchone()[0] > 0
    # A file from before files were marked has our migrations and no mark; an empty one is new.
    if app_id != 0 or (names and not ours):
        raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))


def _foreign_before_touching(path: Path) -> None:
    """Refuse another program's SQLite file before any connection of ours could replay (checkpoint) or delete
    its -wal: looked at through connections that change nothing — the file alone (immutable) and, when it
    has a -wal, a copy of the two read-only (a file never checkpointed holds its tables in its -wal)."""
    import shutil
    import tempfile

    if not path.is_file():
        return
    alone = _file_alone(path)
    marked = _marked_ours(alone)
    if _foreign(alone):
        raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))
    if not _has_wal(path):
        return
    with tempfile.TemporaryDirectory(prefix="commons-table-wal-") as folder:
        copy = Path(folder) / "check.db"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(_wal(path), _wal(copy))
            conn = sqlite3.connect(_uri(copy, "mode=ro"), uri=True)
        except (OSError, sqlite3.Error):
            return  # the store's own checks say what is wrong
        if _foreign(conn) and not marked:
            raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))
        # A file marked ours that reads as another program's with its -wal: that -wal is not its own (another
        # app's file's, put beside it by a copy). The start sets it aside (wal_belongs), as another kiosk's.


def _marked_ours(conn: sqlite3.Connection | None) -> bool:
    """Whether a connection shows a file this app marked as its own (leaves it open)."""
    if conn is None:
        return False
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.Error:
        return False


def _foreign(conn: sqlite3.Connection | None) -> bool:
    """Whether a connection shows another program's SQLite file (closes it)."""
    if conn is None:
        return False
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        # Files from before user_version counted: sqlite-utils' Migrations recorded ours as "commons_table".
        ours = "_sqlite_migrations" in names and conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", ["commons_table"]).fetchone()[0] > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return app_id != APPLICATION_ID and (app_id != 0 or bool(names and not ours))


def _a_document(head: bytes) -> bool:
    """Whether a file's first bytes are a document's: a PDF, a PostScript or Office file, or plain text."""
    if head.startswith((b"%PDF", b"%!PS", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\xef\xbb\xbf", b"{\rtf")):
        return True
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head[:-3].decode("utf-8")  # a character cut at the 100th byte
        except UnicodeDecodeError:
            return False
    return all(ch.isprintable() or ch in "\t\r\n\f" for ch in text)


def _header_problem(path: Path, *, empty_is_new: bool) -> None:
    if not path.exists():
        return
    with path.open("rb") as file:
        head = file.read(100)
    if not head:
        if not empty_is_new:
            raise StoreProblem(EMPTY, kind="foreign", path=str(path))
        return
    if not head.startswith(SQLITE_MAGIC[:len(head)]) and _a_document(head):
        # Not a SQLite file at all but a text or a PDF: never ours, so left exactly as it is, never set aside
        # as damaged (a damaged data file is binary from its first byte).
        raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))
    if head.startswith(SQLITE_MAGIC) and len(head) == 100:
        app_id = int.from_bytes(head[68:72], "big")
        if app_id not in (0, APPLICATION_ID):
            raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))


def _stamp(db: DataFile) -> None:
    """Name the file (once) and touch its name, so this session's -wal carries it."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [IDENTITY_KEY]).fetchone()
    value: dict[str, Any] = json.loads(row[0]) if row else {"id": os.urandom(8).hex(), "opens": 0}
    value["opens"] = int(value.get("opens") or 0) + 1
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [IDENTITY_KEY, json.dumps(value)])


def _where_it_failed(kind: str, path: Path) -> str:
    """SQLite says only "I/O error" or "cannot open" when the disk is full or read-only: look at the disk."""
    try:
        disk = os.statvfs(path.parent)
    except OSError:
        return kind
    if disk.f_flag & os.ST_RDONLY or not os.access(path.parent, os.W_OK):
        return "readonly"
    if disk.f_bavail * disk.f_frsize < 64 * 1024:
        return "full"
    return kind


def quick_check_alone(path: str | Path) -> bool | None:
    """SQLite's quick check of a data file with no -wal beside it (the kiosk was closed cleanly), read as it
    lies on the disk by a connection of its own, so it can run on another thread while the kiosk loads
    (ui.app.FileCheck); the kiosk's lock keeps every writer away meanwhile. None when there is no such file to
    check (new, with a -wal to judge first, or unreadable): open_database then checks it itself."""
    path = Path(path)
    try:
        if not path.is_file() or _has_wal(path):
            return None
        conn = sqlite3.connect(_uri(path.resolve(), "immutable=1"), uri=True)
        try:
            # Only "sound" is taken from here: a file read immutable while another process wrote to it can
            # look broken when it is not, so anything else is checked again by open_database, under locks.
            return True if conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" else None
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None


def open_database(path: str | Path, timeout: float = 5.0, sound: bool | None = None) -> DataFile:
    """Open (creating if need be) and migrate the store at `path`, for the one process that writes it.

    Raises NewerDatabaseError for a file written by a newer Commons Table, StoreProblem(kind="foreign") for
    another program's SQLite file, and StoreProblem with the fault's kind for a file that cannot be used
    (only kind "damaged" means the file itself is broken). `sound`: quick_check_alone's answer for this
    file, asked just before (None to check here).
    """
    path = Path(path)
    try:
        return _open_database(path, timeout, sound)
    except StoreProblem as problem:
        if problem.kind not in ("unreachable", "readonly"):
            raise
        kind = _where_it_failed(problem.kind, path)
        raise StoreProblem(_AT_START[kind], kind=kind) from problem


def check_can_make(path: str | Path) -> None:
    """Raise the StoreProblem opening would, when a data file not there yet could not be made at `path`: its
    nearest folder that is there is a file, or cannot be written. Asked before a person types anything for it."""
    path = Path(path)
    if path.exists():
        return
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise StoreProblem(_AT_START["unreachable"], kind="unreachable")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreProblem(_AT_START["readonly"], kind="readonly")


def _open_database(path: Path, timeout: float, sound: bool | None) -> DataFile:
    if path.is_dir():
        raise StoreProblem(QT_TRANSLATE_NOOP("kiosk", "{path} is a folder, not a database file."), path=str(path))
    if path.exists() and not path.is_file():  # a FIFO or a device: reading it could wait for ever
        raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a folder that may not be made (read-only, full, a file in the way): said plainly
            kind = {errno.EACCES: "readonly", errno.EPERM: "readonly", errno.EROFS: "readonly",
                    errno.ENOSPC: "full"}.get(error.errno or 0, "unreachable")
            raise StoreProblem(_AT_START[kind], kind=kind) from error
    if not path.exists():
        _put_back_kept(path)
    _header_problem(path, empty_is_new=True)
    _foreign_before_touching(path)
    if path.is_file() and _has_wal(path):
        if wal_belongs(path):
            sound = True  # the -wal replayed onto a copy of the file passed quick_check there
        else:
            # Someone else's -wal: keep everything as it was, then start from the file alone.
            set_aside_copies(path, "foreign-wal")
            _wal(path).unlink()
            _shm(path).unlink(missing_ok=True)
            sound = None  # check the file alone
    with known_fault(at_start=True):
        db = _connect(path, timeout)
        try:
            version = _sound_and_not_newer(db, sound)
            if _needs_steps(db):
                if db.tables():
                    _backup_beside(db, path, version)
                migrate(db)
            if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _stamp(db)
        except BaseException:
            db.close()
            raise
    db.guard = StillItsFile(db, path)
    return db


KEPT = "kept"  # the folder beside a data file deleted or replaced under the kiosk: data.db.kept-20261207/data.db


def _put_back_kept(path: Path) -> None:
    """No data file at `path`, and the copy StillItsFile kept of one deleted under a running kiosk beside it: the
    newest such copy goes back under the name (the kiosk starts with everything it had said "done" to)."""
    import glob

    from kiosk.store.files import kiosk_running_on

    if kiosk_running_on(path):  # that kiosk's connection still has the -wal: a connection here would share it
        return
    kept = [p for p in path.parent.glob(f"{glob.escape(path.name)}.{KEPT}-*/{glob.escape(path.name)}") if p.is_file()]
    if kept:
        newest = max(kept, key=lambda p: p.stat().st_mtime)
        os.replace(newest, path)
        sync_folder(path.parent)
        with contextlib.suppress(OSError):
            newest.parent.rmdir()


class StillItsFile:
    """Before each change: is the file at the data file's name still the one the kiosk opened? Deleted (rm) or
    replaced (a copy moved over it) while the kiosk runs, SQLite goes on writing into the file it has open, which
    no name reaches any more: every tap said "done", and all of it was gone at the next start. So the first change
    after that is refused, and a whole copy of what the kiosk holds is made from its open connection, in a folder
    beside the name (never under the name itself while this connection lives: a connection opened by the name would
    share its -wal). Every later change is refused the same way. A deleted file is put back from that copy when the
    kiosk starts again (_put_back_kept); a file put in its place is left as it is, and the copy waits beside it."""

    def __init__(self, db: DataFile, path: Path):
        self.db, self.path = db, path
        opened = path.stat()
        self.opened = (opened.st_dev, opened.st_ino)
        self.kept: Path | None = None

    def same(self) -> bool | None:
        """Whether the name still reaches the file opened; None when that cannot be told (a stick gone)."""
        if self.kept is not None:
            return False
        try:
            now = self.path.stat()
        except FileNotFoundError:
            return False
        except OSError:
            return None
        return (now.st_dev, now.st_ino) == self.opened

    def __call__(self) -> None:
        if self.kept is None:
            if self.same() is not False:
                return  # the same file; or cannot tell, and SQLite's own errors say what is wrong
            try:
                self.kept = self._keep(not self.path.exists())
            except (OSError, sqlite3.Error) as error:  # the folder itself gone or full: nowhere to keep it yet
                raise StoreProblem(_IN_USE["unreachable"], kind="unreachable") from error
        raise StoreProblem(_IN_USE["moved"], kind="moved", kept=str(self.kept))

    def _keep(self, gone: bool) -> Path:
        import logging

        where = _free_name(self.path, KEPT) / self.path.name
        where.parent.mkdir()
        logging.getLogger(__name__).error("the data file %s was %s while the kiosk ran; what it held is kept in %s",
                                          self.path, "deleted" if gone else "replaced", where)

        def copy(temp: Path) -> None:
            target = sqlite3.connect(temp)
            try:
                self.db.conn.backup(target)  # through the open connection: the file no name reaches, and its -wal
            finally:
                target.close()

        write_whole(where, copy)
        return where


def open_readonly(path: str | Path, copy: bool = True) -> DataFile:
    """The store at `path` for commands that only read: the file is never written.

    With `copy` (and always when the file is older than this app) the store is a copy in memory, which the
    command may change; an older file is brought up to date in that copy only. Without it the file itself
    is read through a read-only connection, so a large file is not loaded into memory. Refuses (StoreProblem
    kind "foreign") an empty file or another program's SQLite file; a -wal that is not the file's own is
    copied aside and not read. Every page is not checked first (quick_check reads the whole file: 0.2 s at
    100 000 things, for a command that reads a few hundred rows): SQLite refuses a damaged page it reads, as
    StoreProblem kind "damaged" (known_fault), and setting a damaged file aside is the kiosk's start's work.
    """
    path = Path(path)
    _header_problem(path, empty_is_new=False)
    with path.open("rb") as file:
        if not file.read(16).startswith(SQLITE_MAGIC):
            raise StoreProblem(NOT_OURS, kind="foreign", path=str(path))
    uri = _uri(path.resolve())
    if _has_wal(path) and wal_belongs(path):
        uri += "?mode=ro"
    else:
        # Without a -wal nothing else is writing: read the bytes as they are, creating no -wal or -shm. A -wal
        # that is not the file's own is left as it is, unread and uncopied (the kiosk sets it aside when it
        # next opens the file): a command that only reads writes nothing, however often it runs.
        uri += "?immutable=1"
    with known_fault(at_start=True):
        source = sqlite3.connect(uri, uri=True)
        if not copy:
            db = DataFile(source)
            try:
                _check_ours(db, path)
                _sound_and_not_newer(db, sound=True)  # what it reads is checked as it is read (above)
                if _version(db) == SCHEMA_VERSION:
                    return db
            except BaseException:
                db.close()
                raise
            db.close()  # an older file: brought up to date in a copy in memory
            source = sqlite3.connect(uri, uri=True)
        try:
            memory = sqlite3.connect(":memory:")
            try:
                source.backup(memory)
            except BaseException:
                memory.close()
                raise
        finally:
            source.close()
        db = DataFile(memory)
        try:
            _check_ours(db, path)
            _sound_and_not_newer(db, sound=True)  # the copy read every page, and SQLite refuses a damaged one
            if _version(db) < SCHEMA_VERSION:
                migrate(db)
            db.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            db.close()
            raise
    return db


def set_aside_damaged(path: str | Path) -> Path:
    """Move a damaged database (and its WAL) aside so a fresh one can start; return where it went."""
    path = Path(path)
    aside = _free_name(path, "damaged")
    path.rename(aside)
    for extra in (_wal(path), _shm(path)):
        if extra.exists():
            extra.rename(aside.with_name(aside.name + extra.name[len(path.name):]))
    sync_folder(path.parent)
    return aside
