"""What the store does for stewards' keys and for markets nobody closed.

- the PIN's hash read straight from a data file the kiosk cannot otherwise use (the problem screen);
- a market left open past its day (the kiosk killed, a power cut) is closed the next time the file is
  opened, so its skill contacts are erased after all.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP, StoreProblem, VisitorError
from kiosk.settings import PIN_HASH, PIN_LOCK
from kiosk.store.database import known_fault
from kiosk.store.market import Market

log = logging.getLogger("kiosk.store.steward")
UNREADABLE = QT_TRANSLATE_NOOP("kiosk", "The stewards' PIN cannot be read from the data file.")


def pin_hash_in_file(path: str | Path) -> str | None:
    """The stored PIN hash of the data file at `path`, opened read-only; None when no PIN is set.

    Raises StoreProblem when the file cannot be read at all (missing, damaged, not ours).
    """
    path = Path(path)
    if not path.is_file():
        raise StoreProblem(UNREADABLE)
    for mode in ("ro", "ro&immutable=1"):  # immutable: a folder where not even the -shm can be made
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=2.0)
        except sqlite3.Error:
            continue
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [PIN_HASH.key]).fetchone()
        except sqlite3.Error:
            continue
        finally:
            conn.close()
        if row is None:
            return None
        try:
            stored = json.loads(row[0])
        except (TypeError, ValueError):
            raise StoreProblem(UNREADABLE) from None
        return stored if isinstance(stored, str) and stored else None
    raise StoreProblem(UNREADABLE)


def set_pin_hash(market: Market, pin_hash: str) -> None:
    """Keep a new PIN's hash; a new PIN also lifts any lock on the pad. One transaction."""
    if not isinstance(pin_hash, str) or not pin_hash.startswith("scrypt$") or len(pin_hash) > 300:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "A PIN is made of digits only."), field="pin")
    with known_fault(), market.db.transaction():
        market.set_setting(PIN_HASH, pin_hash)
        market.set_setting(PIN_LOCK, {})


