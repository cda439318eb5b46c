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
import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
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
            text += f" Skipped {len(self.skipped)}: " + " ".join(self.skipped)
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


def claim_folder(folder: Path, market_id: str) -> str:
    """Name the folder's market, unless another kiosk did first (no overwrite: a hard link is atomic)."""
    handle, temporary = tempfile.mkstemp(prefix=".market.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"format": "commons-table-market", "market": market_id}, out)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, folder / MARKET_FILE)
    finally:
        os.unlink(temporary)
    return folder_market(folder) or market_id


def _problem(market: Market, report: Exchange, where: str, why: str) -> None:
    sentence = f"Skipped {where}: {why}."
    report.skipped.append(sentence)
    journal.notice(market, sentence)


def exchange(market: Market, folder: str | Path) -> Exchange:
    """Write this kiosk's new journal files into `folder` and fold in everyone else's; say what was done."""
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
    _write_mine(market, folder, me, mid, report)
    for kiosk_dir in sorted(folder.iterdir()):
        if not kiosk_dir.is_dir() or not KIOSK_ID.match(kiosk_dir.name):
            continue
        for path in sorted(kiosk_dir.iterdir()):
            _read_one(market, path, kiosk_dir.name, me, mid, report)
    return report


def _write_mine(market: Market, folder: Path, me: str, mid: str, report: Exchange) -> None:
    journal.close_pending(market)
    mine = folder / me
    try:
        mine.mkdir(exist_ok=True)
        for first, last, sha in journal.closed_files(market):
            path = mine / file_name(first)
            if path.exists():
                continue
            data = journal.file_bytes(market, first, last, mid)
            if sha256_hex(data) != sha:
                # Same rows, same market: the bytes cannot differ unless the file was tampered with.
                journal.notice(market, f"This kiosk's journal file {path.name} no longer matches its checksum.")
                continue
            write_whole(path, partial(Path.write_bytes, data=data))
            report.wrote_files += 1
            report.wrote_events += last - first + 1
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


def _read_one(market: Market, path: Path, owner: str, me: str, mid: str, report: Exchange) -> None:
    name = path.name
    where = f"{owner}/{shown_name(name)}"
    if not FILE_NAME.match(name) and ".sync-conflict" not in name:
        if not name.startswith(".") and name.endswith(FILE_SUFFIX) and owner != me \
                and journal.was_read(market, owner, shown_name(name)) is None:
            _problem(market, report, where, "its name is not a journal file's name")
            journal.mark_read(market, owner, shown_name(name), "bad-name")
        return
    if ".sync-conflict" in name:
        if journal.was_read(market, owner, name) is None:
            log.warning("Ignored the Syncthing conflict copy %s", where)
            journal.mark_read(market, owner, name, "conflict")
        report.conflicts.append(where)
        return
    if name.startswith(".") or not name.endswith(FILE_SUFFIX) or not path.is_file():
        return  # Syncthing's and our own temporary files, and anything else
    if owner == me:
        _check_mine(market, path, report)
        return
    if journal.was_read(market, owner, name) is not None:
        return  # closed files never change: read once
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # never more than a journal file can be
    except OSError:
        return  # still arriving, or unreadable for now: next exchange
    sha = sha256_hex(data)
    try:
        jf = decode_file(data, kiosk=owner)
        if jf.market != mid:
            raise JournalError("it is another market's journal", kind="market")
        if file_name(jf.first) != name:
            raise JournalError("its name does not match its first event")
        folded = journal.fold(market, jf.events)  # raises no JournalError: it skips what it cannot use
    except JournalError as problem:
        _problem(market, report, where, problem.why)
    except journal.SameKioskId:
        _problem(market, report, where, "two kiosks use the same kiosk id (was a data file copied?)")
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError, MemoryError):
        # A file this version cannot fold must never stop the exchange, nor every later one: its
        # transaction is rolled back, it is marked read, and a steward is told once.
        log.exception("Could not fold %s", where)
        _problem(market, report, where, "this kiosk could not fold it")
    else:
        for why in folded.skipped:
            _problem(market, report, where, why)
        report.read_files += 1
        report.new_events += folded.new
        report.kiosks.add(owner)
    journal.mark_read(market, owner, name, sha)


def _check_mine(market: Market, path: Path, report: Exchange) -> None:
    """A file in this kiosk's own folder that this kiosk did not write means a second kiosk has its id."""
    try:
        seen = (path.name, path.stat().st_size, path.stat().st_mtime_ns)
    except OSError:
        return
    verified: set[tuple[str, int, int]] = market.__dict__.setdefault("_journal_verified", set())
    if seen in verified:
        return
    known = {file_name(first): sha for first, _last, sha in journal.closed_files(market)}
    expected = known.get(path.name)
    if expected is not None:
        try:
            if sha256_hex(path.read_bytes()) == expected:
                verified.add(seen)
                return
        except OSError:
            return
    if journal.was_read(market, path.parent.name, path.name) is None:
        _problem(market, report, f"{path.parent.name}/{path.name}",
                 "another kiosk writes with this kiosk's id (was a data file copied?)")
        journal.mark_read(market, path.parent.name, path.name, "same-id")


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
