"""The steward PIN: a salted scrypt hash on disk, and a pad that slows down guessing.

The PIN is set by whoever sets the kiosk up (`commons-table set-pin`), never by the first person to tap
*Stewards*. Wrong tries and locks are kept in the store, so a restart gives no fresh guesses.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError

PIN_MIN, PIN_MAX = 4, 8
_N, _R, _P = 2**14, 8, 1
TRIES_BEFORE_LOCK = 3
FIRST_LOCK_SECONDS = 30


def check_new_pin(pin: str) -> str:
    if not pin.isdigit() or not pin.isascii():
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "A PIN is made of digits only."), field="pin")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "Please choose {fewest} to {most} digits."),
            field="pin", fewest=PIN_MIN, most=PIN_MAX)
    return pin


def hash_pin(pin: str) -> str:
    import hashlib  # here, as in verify_pin: OpenSSL's library (3 MB) is not needed to start
    import secrets

    check_new_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def _count(value: object, most: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= most else 0


class PinLock:
    """Three wrong tries lock the pad for 30 s, doubling with each further lock (up to about a day).

    With `load`/`save` (the store's setting) the wrong tries, the locks and a lock still running survive a
    restart. What is kept is counts and the lock's length, never a moment: after a restart a running lock
    starts again in full, so restarting never shortens it.
    """

    MOST_LOCKS = 12  # 30 s · 2^12 ≈ 34 hours

    def __init__(self, now: Callable[[], float] = time.monotonic,
                 load: Callable[[], Any] | None = None, save: Callable[[dict[str, int]], Any] | None = None):
        self._now = now
        self._save = save
        state = load() if load is not None else None
        state = state if isinstance(state, dict) else {}
        self.wrong = _count(state.get("wrong"), TRIES_BEFORE_LOCK)
        self.locks = _count(state.get("locks"), self.MOST_LOCKS)
        self._lock_seconds = _count(state.get("lock_seconds"), FIRST_LOCK_SECONDS * 2**self.MOST_LOCKS)
        self.locked_until = now() + self._lock_seconds if self._lock_seconds else 0.0

    def _keep(self) -> None:
        if self._save is not None:
            self._save({"wrong": self.wrong, "locks": self.locks, "lock_seconds": self._lock_seconds})

    def seconds_left(self) -> int:
        return max(0, int(self.locked_until - self._now() + 0.999))

    def is_locked(self) -> bool:
        locked = self._now() < self.locked_until
        if not locked and self._lock_seconds:
            self._lock_seconds = 0  # the lock has run its course: a restart from now on starts unlocked
            self._keep()
        return locked

    def failed(self) -> None:
        self.wrong += 1
        if self.wrong >= TRIES_BEFORE_LOCK:
            self._lock_seconds = FIRST_LOCK_SECONDS * 2**min(self.locks, self.MOST_LOCKS)
            self.locked_until = self._now() + self._lock_seconds
            self.locks = min(self.locks + 1, self.MOST_LOCKS)
            self.wrong = 0
        self._keep()

    def succeeded(self) -> None:
        self.wrong = 0
        self.locks = 0
        self._lock_seconds = 0
        self.locked_until = 0.0
        self._keep()
