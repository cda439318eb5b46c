"""The steward PIN: a salted scrypt hash on disk, and a pad that slows down guessing."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

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
    check_new_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


class PinLock:
    """Three wrong tries lock the pad for 30 s, doubling with each further lock. Memory only."""

    def __init__(self, now: Callable[[], float] = time.monotonic):
        self._now = now
        self.wrong = 0
        self.locks = 0
        self.locked_until = 0.0

    def seconds_left(self) -> int:
        return max(0, int(self.locked_until - self._now() + 0.999))

    def is_locked(self) -> bool:
        return self._now() < self.locked_until

    def failed(self) -> None:
        self.wrong += 1
        if self.wrong >= TRIES_BEFORE_LOCK:
            self.locked_until = self._now() + FIRST_LOCK_SECONDS * 2**self.locks
            self.locks += 1
            self.wrong = 0

    def succeeded(self) -> None:
        self.wrong = 0
        self.locks = 0
        self.locked_until = 0.0
