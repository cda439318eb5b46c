"""A native crash leaves a trace: Python's faulthandler writes the stacks of every thread into a file beside the
log (table.db → table.faults) when the process dies of a fatal signal (a crash in Qt or SQLite, an abort).
Only code locations are written (files, functions, lines), never market data.

Each start looks at the last run's file: a trace in it means that run crashed. The trace is kept (table.faults.1,
older ones shifted up to KEPT) and the stewards are told once; then this run writes to a fresh, empty file.
No imports of Qt: it is turned on before PySide6 is loaded."""

from __future__ import annotations

import faulthandler
from pathlib import Path
from typing import IO

KEPT = 3  # traces of earlier crashes kept beside the current file
_open: list[IO[str]] = []  # the file faulthandler writes to: open until the process ends (a crash at exit too)


def fault_file(db_path: Path) -> Path:
    return db_path.with_suffix(".faults")


def watch_for_crashes(db_path: Path) -> Path | None:
    """Turn faulthandler on into the fault file beside the data file. Returns where the last run's trace was
    kept if that run crashed, else None. Without a writable folder faulthandler writes to stderr (the journal)."""
    path = fault_file(db_path)
    kept = None
    try:
        if path.exists() and path.stat().st_size > 0:
            for n in range(KEPT - 1, 0, -1):
                older = path.with_name(f"{path.name}.{n}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{n + 1}"))
            kept = path.with_name(f"{path.name}.1")
            path.replace(kept)
        _open.append(path.open("w", encoding="utf-8"))
    except OSError:
        faulthandler.enable(all_threads=True)
        return kept
    faulthandler.enable(_open[-1], all_threads=True)
    return kept

