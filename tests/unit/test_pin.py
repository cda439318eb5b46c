from __future__ import annotations

import pytest

from kiosk.errors import VisitorError
from kiosk.pin import PinLock, hash_pin, verify_pin


def test_pin_is_stored_as_salted_scrypt_never_in_clear():
    one, two = hash_pin("4821"), hash_pin("4821")
    assert one.startswith("scrypt$") and "4821" not in one
    assert one != two  # salted
    assert verify_pin("4821", one) and verify_pin("4821", two)
    assert not verify_pin("4822", one)
    assert not verify_pin("4821", "garbage")


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "１２３４"])
def test_pins_are_4_to_8_ascii_digits(bad):
    with pytest.raises(VisitorError):
        hash_pin(bad)


def test_three_wrong_tries_lock_for_30s_then_doubling():
    now = [1000.0]
    lock = PinLock(lambda: now[0])
    lock.failed()
    lock.failed()
    assert not lock.is_locked()
    lock.failed()
    assert lock.is_locked() and lock.seconds_left() == 30
    now[0] += 30
    assert not lock.is_locked()
    for _ in range(3):
        lock.failed()
    assert lock.seconds_left() == 60
    now[0] += 60
    lock.succeeded()
    for _ in range(3):
        lock.failed()
    assert lock.seconds_left() == 30
