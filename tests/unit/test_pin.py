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


def test_a_lock_is_never_longer_than_15_minutes():
    now = [1000.0]
    lock = PinLock(lambda: now[0])
    longest = 0
    for _ in range(40):  # a child poking an unattended pad all afternoon
        for _ in range(3):
            lock.failed()
        longest = max(longest, lock.seconds_left())
        now[0] += lock.seconds_left()
    assert longest == 15 * 60
    assert lock.seconds_left() == 0


def test_a_long_lock_kept_by_an_older_kiosk_is_cut_to_15_minutes():
    lock = PinLock(lambda: 0.0, load=lambda: {"wrong": 0, "locks": 12, "lock_seconds": 30 * 2**12})
    assert lock.seconds_left() == 15 * 60


def test_a_lock_cleared_from_elsewhere_opens_the_pad():
    kept: list[dict] = [{}]
    lock = PinLock(lambda: 0.0, load=lambda: kept[0], save=lambda state: kept.__setitem__(0, state))
    for _ in range(3):
        lock.failed()
    assert lock.is_locked() and not lock.lifted_elsewhere()
    kept[0] = {}  # what `commons-table set-pin` keeps
    assert lock.lifted_elsewhere() and not lock.is_locked()
    assert not lock.lifted_elsewhere()


def test_a_right_pin_writes_only_when_it_clears_wrong_tries_or_locks():
    kept: list[dict] = []
    now = [1000.0]
    lock = PinLock(lambda: now[0], load=lambda: None, save=kept.append)
    lock.succeeded()  # the usual steward: nothing to clear, no write to the data file (each a sync to disk)
    assert kept == []
    lock.failed()
    lock.succeeded()
    assert kept == [{"wrong": 1, "locks": 0, "lock_seconds": 0}, {"wrong": 0, "locks": 0, "lock_seconds": 0}]
    for _ in range(3):
        lock.failed()
    now[0] += lock.seconds_left()
    del kept[:]
    lock.succeeded()  # a lock ran its course: what is kept forgets it
    assert kept[-1] == {"wrong": 0, "locks": 0, "lock_seconds": 0}
    lock2 = PinLock(lambda: now[0], load=lambda: {"wrong": 2, "locks": 1, "lock_seconds": 0}, save=kept.append)
    del kept[:]
    lock2.succeeded()  # a restart kept two wrong tries: the right PIN clears them
    assert kept == [{"wrong": 0, "locks": 0, "lock_seconds": 0}]


@pytest.mark.parametrize("pin", ["0000", "1111", "99999999", "1234", "12345678", "4321", "9876", "7890", "0123",
                                 "1987", "2026", "1212", "909090", "2580", "123123"])
def test_pins_easy_to_guess_are_known(pin):
    from kiosk.pin import easy_to_guess

    assert easy_to_guess(pin)


@pytest.mark.parametrize("pin", ["2468", "1357", "4821", "8642", "583920", "71946", "3817", "2150"])
def test_other_pins_are_not_called_easy(pin):
    from kiosk.pin import easy_to_guess

    assert not easy_to_guess(pin)
