"""Opening the database file durably, migrating it, and naming its faults plainly."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from kiosk.clock import bucket
from kiosk.errors import QT_TRANSLATE_NOOP, NewerDatabaseError, StoreProblem
from kiosk.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "open_database", "known_fault", "set_aside_damaged"]


def _sentence_for(error: sqlite3.Error) -> str | None:
    text = str(error).lower()
    if "full" in text:
        return QT_TRANSLATE_NOOP("kiosk", "The kiosk's storage is full, so this was not saved. Please tell a steward.")
    if "readonly" in text or "read-only" in text:
        return QT_TRANSLATE_NOOP(
            "kiosk", "The kiosk cannot write to its data file, so this was not saved. Please tell a steward.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return QT_TRANSLATE_NOOP(
            "kiosk", "The kiosk's data file is damaged, so this was not saved. Please tell a steward.")
    if "locked" in text or "busy" in text:
        return QT_TRANSLATE_NOOP("kiosk", "The kiosk is busy for a moment — please try again.")
    if "disk i/o" in text or "unable to open" in text:
        return QT_TRANSLATE_NOOP(
            "kiosk", "The kiosk could not reach its data file, so this was not saved. Please tell a steward.")
    return None


@contextlib.contextmanager
def known_fault() -> Iterator[None]:
    """Turn the database faults a person can meet into StoreProblem; let bugs through."""
    try:
        yield
    except sqlite3.Error as error:
        sentence = _sentence_for(error)
        if sentence is None or isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError)):
            raise
        raise StoreProblem(sentence) from error


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=5.0)
    db = Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on the disk before the kiosk says "done", power cut or not.
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def _has_tables(db: Database) -> bool:
    return bool(db.table_names())


def _free_name(path: Path, suffix: str) -> Path:
    # A day is fine enough to tell copies apart; a counter handles the rest.
    stamp = dt.date.today().strftime("%Y%m%d")
    n = 1
    while True:
        candidate = path.with_name(f"{path.name}.{suffix}-{stamp}" + (f"-{n}" if n > 1 else ""))
        if not candidate.exists():
            return candidate
        n += 1


def _backup_beside(db: Database, path: Path, from_version: int) -> Path:
    copy = _free_name(path, f"before-v{SCHEMA_VERSION}-from-v{from_version}")
    target = sqlite3.connect(str(copy))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    return copy


def open_database(path: str | Path) -> Database:
    """Open (creating if need be) and migrate the store at `path`.

    Raises NewerDatabaseError for a file written by a newer Commons Table and
    StoreProblem for a file that is not a readable database.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreProblem(QT_TRANSLATE_NOOP("kiosk", "{path} is a folder, not a database file."), path=str(path))
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    with known_fault():
        db = _connect(path)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NewerDatabaseError(
                    QT_TRANSLATE_NOOP("kiosk", "This data file was written by a newer Commons Table (data version "
                                      "{version}, this app knows up to {known}); please update the app."),
                    version=version, known=SCHEMA_VERSION)
            pending = MIGRATIONS.pending(db)
            if pending:
                if _has_tables(db):
                    _backup_beside(db, path, version)
                MIGRATIONS.apply(db)
                # sqlite-utils records a to-the-microsecond time; keep only the quarter hour.
                db.execute(
                    "UPDATE _sqlite_migrations SET applied_at = ? WHERE length(applied_at) > 16",
                    [bucket(dt.datetime.now())],
                )
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise StoreProblem(QT_TRANSLATE_NOOP("kiosk", "The kiosk's data file is damaged."))
        except BaseException:
            db.close()
            raise
    return db


def set_aside_damaged(path: str | Path) -> Path:
    """Move a damaged database (and its WAL) aside so a fresh one can start; return where it went."""
    path = Path(path)
    aside = _free_name(path, "damaged")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    return aside
