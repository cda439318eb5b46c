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
# However often the pad is poked (a child at an unattended table), stewards are never kept out for longer.
LONGEST_LOCK_SECONDS = 15 * 60


def check_new_pin(pin: str) -> str:
    if not pin.isdigit() or not pin.isascii():
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "A PIN is made of digits only."), field="pin")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise VisitorError(
            QT_TRANSLATE_NOOP("kiosk", "Please choose {fewest} to {most} digits."),
            field="pin", fewest=PIN_MIN, most=PIN_MAX)
    return pin


# PINs people pick first (besides the patterns easy_to_guess finds): keypad lines and well-known ones.
COMMON_PINS = frozenset({"1122", "2580", "0852", "1004", "6969", "112233", "123123", "147258", "159753", "852456"})


def easy_to_guess(pin: str) -> bool:
    """Whether a PIN is one of the first a person tries: one digit repeated (0000), a run up or down
    (1234, 9876, 7890), a year (1987, 2026), two digits taken turns (1212) or another well-known one."""
    digits = [int(d) for d in pin]
    steps = {(b - a) % 10 for a, b in zip(digits, digits[1:], strict=False)}
    if len(steps) == 1 and steps <= {0, 1, 9}:  # 0000, 1234, 7890, 4321
        return True
    if len(pin) == 4 and 1900 <= int(pin) <= 2099:  # a year: of birth, of now
        return True
    if len(set(pin[0::2])) == 1 and len(set(pin[1::2])) == 1:  # 1212, 909090
        return True
    return pin in COMMON_PINS


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


def _lock_length(value: object) -> int:
    """A kept lock's length in seconds, never longer than the longest (a file from before the limit)."""
    return min(_count(value, 2**31), LONGEST_LOCK_SECONDS)


class PinLock:
    """Three wrong tries lock the pad for 30 s, doubling with each further lock, never beyond 15 minutes.

    With `load`/`save` (the store's setting) the wrong tries, the locks and a lock still running survive a
    restart. What is kept is counts and the lock's length, never a moment: after a restart a running lock
    starts again in full, so restarting never shortens it. A new PIN set from the shell clears what is kept;
    `lifted_elsewhere` notices that while the pad is locked, so the lock goes without a restart.
    """

    MOST_LOCKS = 5  # 30 s · 2^5 = 16 minutes: from the sixth lock on, every lock is the longest (15 minutes)

    def __init__(self, now: Callable[[], float] = time.monotonic,
                 load: Callable[[], Any] | None = None, save: Callable[[dict[str, int]], Any] | None = None):
        self._now = now
        self._load = load
        self._save = save
        state = load() if load is not None else None
        state = state if isinstance(state, dict) else {}
        self.wrong = _count(state.get("wrong"), TRIES_BEFORE_LOCK)
        self.locks = _count(state.get("locks"), self.MOST_LOCKS)
        self._lock_seconds = _lock_length(state.get("lock_seconds"))
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
            self._lock_seconds = min(FIRST_LOCK_SECONDS * 2**min(self.locks, self.MOST_LOCKS), LONGEST_LOCK_SECONDS)
            self.locked_until = self._now() + self._lock_seconds
            self.locks = min(self.locks + 1, self.MOST_LOCKS)
            self.wrong = 0
        self._keep()

    def lifted_elsewhere(self) -> bool:
        """While locked: whether what is kept says no lock any more (`commons-table set-pin` cleared it from
        another process). Then the pad opens now, with fresh tries. One small read of the store."""
        if self._load is None or not self.is_locked():
            return False
        state = self._load()
        if isinstance(state, dict) and _lock_length(state.get("lock_seconds")):
            return False
        self.wrong = self.locks = self._lock_seconds = 0
        self.locked_until = 0.0
        return True

    def succeeded(self) -> None:
        changed = bool(self.wrong or self.locks or self._lock_seconds)
        self.wrong = 0
        self.locks = 0
        self._lock_seconds = 0
        self.locked_until = 0.0
        if changed:  # the usual right PIN, no wrong try before it: nothing kept changes, nothing is written
            self._keep()
