"""One exchange of journals with a folder: a Syncthing folder, a USB stick, any folder.

The folder holds `market.json` (which market its journals belong to) and one sub-folder per kiosk,
`<kiosk-id>/<first-seq>.jsonl`, each file closed and never changed. An exchange writes this kiosk's closed
files that the folder lacks (write to a temporary file, then rename), and folds in every other kiosk's
files it has not read yet. Anything it cannot use (a truncated or garbled file, another market's
journal, events from a newer version, a second kiosk using this kiosk's id) is skipped with a log line
and a steward notice, and nothing else is lost. Syncthing's `.sync-conflict` copies are ignored and logged.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from stat import S_ISDIR
from typing import Any

from kiosk.errors import QT_TRANSLATE_NOOP, Sentence, VisitorError
from kiosk.safe_write import write_whole
from kiosk.settings import JOURNAL_KIOSK_ID
from kiosk.several_kiosks.files import (
    FILE_NAME,
    FILE_SUFFIX,
    KIOSK_ID,
    MAX_FILE_BYTES,
    JournalError,
    decode_file,
    file_name,
    new_market_id,
    sha256_hex,
)
from kiosk.store import journal
from kiosk.store.market import Market

log = logging.getLogger("kiosk.several_kiosks.exchange")
MARKET_FILE = "market.json"


@dataclass
class Exchange:
    wrote_files: int = 0
    wrote_events: int = 0
    read_files: int = 0
    new_events: int = 0
    kiosks: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def sentence(self) -> str:
        parts = [f"Wrote {self.wrote_files} journal file{'s' if self.wrote_files != 1 else ''} "
                 f"({self.wrote_events} event{'s' if self.wrote_events != 1 else ''})",
                 f"folded in {self.read_files} file{'s' if self.read_files != 1 else ''} "
                 f"({self.new_events} new event{'s' if self.new_events != 1 else ''}) from "
                 f"{len(self.kiosks)} other kiosk{'s' if len(self.kiosks) != 1 else ''}"]
        text = "; ".join(parts) + "."
        if self.skipped:
            text += " " + " ".join(self.skipped)  # each already says "Skipped <file>: <why>."
        if self.conflicts:
            n = len(self.conflicts)
            text += f" Ignored {n} Syncthing conflict cop{'ies' if n != 1 else 'y'}."
        return text


def folder_market(folder: Path) -> str | None:
    """The market id a folder's journals belong to, or None when the folder holds none yet."""
    try:
        data = json.loads((folder / MARKET_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = data.get("market") if isinstance(data, dict) else None
    return found if isinstance(found, str) and found else None


CLAIM_WAIT_S = 3.0


def claim_folder(folder: Path, market_id: str) -> str:
    """Name the folder's market, unless another kiosk did first; returns the market the folder names.

    The file is created with O_CREAT|O_EXCL, which is atomic on every file system a kiosk meets, FAT32 and
    exFAT sticks too (they have no hard links). A kiosk that loses the race reads the winner's file once it
    is whole; a file left empty or cut short (a stick pulled at that moment) is replaced through a
    temporary file and read back.
    """
    target = folder / MARKET_FILE
    data = json.dumps({"format": "commons-table-market", "market": market_id}).encode()
    try:
        handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        deadline = time.monotonic() + CLAIM_WAIT_S
        while (found := folder_market(folder)) is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the other kiosk is writing it this moment
        if found is not None:
            return found
        write_whole(target, partial(Path.write_bytes, data=data))  # damaged: replaced, then read back
        return folder_market(folder) or market_id
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            target.unlink()  # a full stick: no half-claimed folder is left behind
        raise
    return folder_market(folder) or market_id


SKIPPED = QT_TRANSLATE_NOOP("kiosk", "Skipped {where}: {why}.")
NOT_ITS_CHECKSUM = QT_TRANSLATE_NOOP("kiosk", "This kiosk's journal file {file} no longer matches its checksum.")


def _problem(market: Market, report: Exchange, where: str, why: Sentence | str) -> None:
    """`why` is a JournalError, a Sentence, or a marked template with no values."""
    sentence = Sentence(SKIPPED, {"where": where, "why": why if isinstance(why, Sentence) else Sentence(why, {})})
    report.skipped.append(sentence.sentence)
    journal.notice(market, sentence)


BATCH_FILES = 200  # at most this many files folded in one transaction
SLICE_S = 0.010  # the window's budget for one slice of an exchange (the ceiling is 20 ms)
STABLE_S = 3  # a kiosk folder unchanged this long is not listed again until it changes (FAT: 2-s times)


class _Rollback(Exception):
    pass


@dataclass
class _Index:
    """What an exchange with one folder already knows, kept in memory between exchanges (the timer's), so an
    exchange with nothing new costs the same at 4 000 files as at 40: the files already read, this kiosk's
    files already written, and each kiosk folder's modification time when every file in it was handled."""

    read: set[tuple[str, str]]
    written_upto: int = 0
    adopted: bool = False  # things from before the journal were looked for (once is enough)
    dirs: dict[str, int] = field(default_factory=dict)


def exchange(market: Market, folder: str | Path) -> Exchange:
    """Write this kiosk's new journal files into `folder` and fold in everyone else's; say what was done."""
    report = Exchange()
    for report in exchange_in_steps(market, folder):  # noqa: B007 - the last report is the whole exchange's
        pass
    return report


def exchange_in_steps(market: Market, folder: str | Path, *, budget_s: float | None = None,
                      keep_index: bool = False) -> Iterator[Exchange]:
    """One exchange, a batch of files at a time: each batch is one transaction, ended after BATCH_FILES files
    or `budget_s` seconds, and the same report is yielded after each (the window folds a slice per turn of
    its loop). `keep_index` keeps what was read in memory for the next exchange with this same folder (the
    journal folder, never a stick that another may replace at the same path)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "There is no folder at {path}."), field="folder",
                           path=str(folder))
    report = Exchange()
    try:
        offered = folder_market(folder)
        if offered is None:
            # The first kiosk here names the folder's market; another may beat it to it by a moment.
            offered = claim_folder(folder, journal.market_id(market) or new_market_id())
        mid = journal.settle_market_id(market, offered)
    except JournalError:
        raise VisitorError(QT_TRANSLATE_NOOP(
            "kiosk", "The folder {path} holds another market's journals, so nothing was exchanged."),
            field="folder", path=str(folder)) from None
    except OSError:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The folder {path} cannot be written to."),
                           field="folder", path=str(folder)) from None
    me = journal.kiosk_id(market)
    index = _index(market, folder, keep_index)
    _write_mine(market, folder, me, mid, report, index)
    todo: list[tuple[str, Path]] = []
    listed: dict[str, int] = {}
    for kiosk_dir in sorted(folder.iterdir(), key=lambda p: p.name):
        name = kiosk_dir.name
        if not KIOSK_ID.match(name):
            continue
        try:
            stat = kiosk_dir.stat()
        except OSError:
            continue
        if not S_ISDIR(stat.st_mode) or index.dirs.get(name) == stat.st_mtime_ns:
            continue  # unchanged since every file in it was handled
        if time.time() - stat.st_mtime > STABLE_S:
            listed[name] = stat.st_mtime_ns
        try:
            names = sorted(os.listdir(kiosk_dir))
        except OSError:
            continue
        # Temporary files (ours, Syncthing's) are never read: the whole file arrives under its own name.
        todo += [(name, kiosk_dir / n) for n in names
                 if not n.startswith(".") and n.endswith(FILE_SUFFIX) and (name, n) not in index.read]
    unsettled: set[str] = set()
    known_mine: dict[str, str] | None = None
    per_file: float | None = None  # seconds a file took in the last batch, all in (read, fold, commit)
    if budget_s is not None and todo:
        yield report  # what came before (this kiosk's files written, the folder listed) is a slice of its own
    while todo:
        began = time.perf_counter()
        batch: list[tuple[str, Path, list[Any]]] = []
        handled: list[tuple[str, str]] = []
        limit = BATCH_FILES
        if budget_s is not None:  # as many files as fit the budget at the last batch's pace
            limit = 2 if per_file is None else max(1, min(BATCH_FILES, int(0.6 * budget_s / per_file)))
        with journal.batch(market):
            while todo and len(handled) < limit:
                owner, path = todo.pop(0)
                if owner == me:
                    if known_mine is None:
                        known_mine = {file_name(first): sha for first, _last, sha in journal.closed_files(market)}
                    if not _check_mine(market, path, report, known_mine):
                        unsettled.add(owner)
                        continue
                else:
                    taken = _read_one(market, path, owner, mid, report)
                    if taken is None:
                        unsettled.add(owner)
                        continue
                    sha, events = taken
                    if events is not None:
                        batch.append((owner, path, events))
                    journal.mark_read_many(market, [(owner, shown_name(path.name), sha)])
                handled.append((owner, path.name))
                if budget_s is not None and time.perf_counter() - began > budget_s / 2:
                    break  # the fold and the commit take about as long again
            closed = _fold_batch(market, batch, report)
        index.read.update(handled)  # once committed
        per_file = (time.perf_counter() - began) / max(1, len(handled))
        if closed:
            journal.checkpoint(market)
        if todo:
            yield report
    index.dirs.update({k: v for k, v in listed.items() if k not in unsettled})
    yield report


def _index(market: Market, folder: Path, keep: bool) -> _Index:
    if not keep:
        return _Index(journal.read_files(market))
    kept: dict[str, _Index] = market.__dict__.setdefault("_journal_folders", {})
    key = str(folder.resolve())
    if key not in kept:
        kept[key] = _Index(journal.read_files(market))
    return kept[key]


CANNOT_FOLD = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError, MemoryError)


def _fold_batch(market: Market, batch: list[tuple[str, Path, list[Any]]], report: Exchange) -> bool:
    """Fold a batch of files' events: all at once when none has a problem, else file by file (so each
    problem is told with its file's name); inside the caller's transaction. True if a market day closed."""
    if not batch:
        return False
    with contextlib.suppress(_Rollback):
        with journal.batch(market):
            try:
                folded = journal.fold(market, [e for *_, events in batch for e in events])
            except (journal.SameKioskId, *CANNOT_FOLD):
                raise _Rollback from None
            if folded.skipped:
                raise _Rollback
        for owner, *_ in batch:
            report.read_files += 1
            report.kiosks.add(owner)
        report.new_events += folded.new
        return folded.closed_day
    closed = False
    for owner, path, events in batch:
        where = f"{owner}/{path.name}"
        try:
            with journal.batch(market):
                folded = journal.fold(market, events)
        except journal.SameKioskId:
            _problem(market, report, where,
                     QT_TRANSLATE_NOOP("kiosk", "two kiosks use the same kiosk id (was a data file copied?)"))
            continue
        except CANNOT_FOLD:
            # A file this version cannot fold must never stop the exchange, nor every later one: its
            # changes are rolled back, it stays marked read, and a steward is told once.
            log.exception("Could not fold %s", where)
            _problem(market, report, where, QT_TRANSLATE_NOOP("kiosk", "this kiosk could not fold it"))
            continue
        closed = closed or folded.closed_day
        for why in folded.skipped:
            _problem(market, report, where, why)
        report.read_files += 1
        report.new_events += folded.new
        report.kiosks.add(owner)
    return closed


def _write_mine(market: Market, folder: Path, me: str, mid: str, report: Exchange, index: _Index) -> None:
    journal.close_pending(market, adopt=not index.adopted)
    index.adopted = True
    mine = folder / me
    try:
        mine.mkdir(exist_ok=True)
        for first, last, sha in journal.closed_files(market, after=index.written_upto):
            path = mine / file_name(first)
            if not path.exists():
                data = journal.file_bytes(market, first, last, mid)
                if sha256_hex(data) != sha:
                    # Same rows, same market: the bytes cannot differ unless the file was tampered with.
                    journal.notice(market, Sentence(NOT_ITS_CHECKSUM, {"file": path.name}))
                    continue
                write_whole(path, partial(Path.write_bytes, data=data))
                report.wrote_files += 1
                report.wrote_events += last - first + 1
            index.written_upto = max(index.written_upto, last)
    except OSError:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The folder {path} cannot be written to."),
                           field="folder", path=str(folder)) from None


def shown_name(name: str) -> str:
    """A file name as a log line and a steward notice can hold it (one not in UTF-8 is shown escaped)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return ascii(name)[:80]
    return name[:80] if name.isprintable() else ascii(name)[:80]


def _read_one(market: Market, path: Path, owner: str, mid: str,
              report: Exchange) -> tuple[str, list[Any] | None] | None:
    """Another kiosk's file: (sha256 or why it is set aside, its events to fold or None when it is not
    folded), or None when it cannot be read yet (still arriving: the next exchange tries again)."""
    name = path.name
    where = f"{owner}/{shown_name(name)}"
    if not FILE_NAME.match(name) and ".sync-conflict" not in name:
        if journal.was_read(market, owner, shown_name(name)) is None:
            _problem(market, report, where, QT_TRANSLATE_NOOP("kiosk", "its name is not a journal file's name"))
        return "bad-name", None
    if ".sync-conflict" in name:
        log.warning("Ignored the Syncthing conflict copy %s", where)
        report.conflicts.append(where)
        return "conflict", None
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # never more than a journal file can be
    except OSError:
        return None  # still arriving, or unreadable for now: next exchange
    sha = sha256_hex(data)
    try:
        jf = decode_file(data, kiosk=owner)
        if jf.market != mid:
            raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it is another market's journal"), kind="market")
        if file_name(jf.first) != name:
            raise JournalError(QT_TRANSLATE_NOOP("kiosk", "its name does not match its first event"))
    except JournalError as problem:
        _problem(market, report, where, problem)
        return sha, None
    return sha, list(jf.events)


def _check_mine(market: Market, path: Path, report: Exchange, known: dict[str, str]) -> bool:
    """A file in this kiosk's own folder that this kiosk did not write means a second kiosk has its id.
    False when it cannot be told yet (a temporary file, unreadable for now)."""
    if ".sync-conflict" in path.name:
        return True
    expected = known.get(path.name)
    if expected is not None:
        try:
            if sha256_hex(path.read_bytes()) == expected:
                return True
        except OSError:
            return False
    if journal.was_read(market, path.parent.name, path.name) is None:
        _problem(market, report, f"{path.parent.name}/{path.name}",
                 QT_TRANSLATE_NOOP("kiosk", "another kiosk writes with this kiosk's id (was a data file copied?)"))
        journal.mark_read(market, path.parent.name, path.name, "same-id")
    return True


def run_command(name: str, db: Path, folder: Path | None) -> str:
    """`commons-table sync` and `commons-table kiosks`: what they print."""
    from kiosk.store import open_market, open_market_readonly

    if name == "sync":
        from kiosk.errors import StoreProblem
        from kiosk.store.files import KioskLock

        assert folder is not None
        try:
            # One process writes a data file: a kiosk running on it does its own exchanges (and its market
            # day must never be closed under it), so the command waits for no one and says so.
            lock = KioskLock(db).acquire()
        except StoreProblem as problem:
            if problem.kind != "running":
                raise
            raise VisitorError(QT_TRANSLATE_NOOP(
                "kiosk", "A kiosk is running on {db}, so nothing was exchanged; it exchanges on its own."),
                field="db", db=str(db)) from None
        try:
            market = open_market(db)
            try:
                return exchange(market, folder).sentence()
            finally:
                market.close()
        finally:
            lock.release()
    market = open_market_readonly(db)
    try:
        me = market.setting(JOURNAL_KIOSK_ID)
        lines = [f"This kiosk: {me or 'keeps no journal yet'}."]
        heard = journal.kiosks_heard(market)
        lines += [f"{kiosk}  last heard {at.replace('T', ' ')}  ({events} event{'s' if events != 1 else ''})"
                  for kiosk, at, events in heard]
        if not heard:
            lines.append("No other kiosk heard from yet.")
        return "\n".join(lines)
    finally:
        market.close()
