"""`commons-table set-pin`: the PIN is chosen on the machine's terminal (asked twice, never echoed, never
from argv) by whoever has its shell — also how a forgotten PIN is reset."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.pin import PinLock, verify_pin
from kiosk.settings import PIN_HASH, PIN_LOCK, Setting
from kiosk.store import open_market
from tests.unit.test_cli import one_sentence, run


def stored(db: Path, key: Setting = PIN_HASH):
    market = open_market(db)
    try:
        return market.setting(key)
    finally:
        market.close()


def read_until(fd: int, words: bytes, seen: bytearray, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while words not in seen:
        left = deadline - time.monotonic()
        assert left > 0, bytes(seen)
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the other side has gone
                break
            if not chunk:
                break
            seen += chunk
    assert words in seen, bytes(seen)


def set_pin_on_a_terminal(db: Path, first: str, second: str) -> tuple[int, bytes]:
    """Run set-pin with a pseudo-terminal as its terminal and type the two PINs as a person would."""
    leader, follower = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)], stdin=follower,
                               stdout=follower, stderr=follower, start_new_session=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    os.close(follower)
    seen = bytearray()
    try:
        read_until(leader, b"PIN (4 to 8 digits): ", seen)
        os.write(leader, first.encode() + b"\n")
        if first.isdigit() and 4 <= len(first) <= 8:
            read_until(leader, b"again: ", seen)
            os.write(leader, second.encode() + b"\n")
        code = process.wait(timeout=60)
        try:
            while select.select([leader], [], [], 0.2)[0]:
                chunk = os.read(leader, 1024)
                if not chunk:
                    break
                seen += chunk
        except OSError:
            pass
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
    return code, bytes(seen)


def test_set_pin_asks_twice_on_the_terminal_without_echo(tmp_path):
    db = tmp_path / "table.db"
    code, seen = set_pin_on_a_terminal(db, "2468", "2468")
    assert code == 0, seen
    assert b"2468" not in seen  # never echoed on the screen
    assert b"is set" in seen
    pin_hash = stored(db)
    assert verify_pin("2468", pin_hash) and "2468" not in pin_hash


def test_two_different_pins_change_nothing(tmp_path):
    db = tmp_path / "table.db"
    code, seen = set_pin_on_a_terminal(db, "2468", "1357")
    assert code == 2 and b"different" in seen and b"Traceback" not in seen
    assert not db.exists() or stored(db) is None


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4"])
def test_a_pin_that_is_not_4_to_8_digits_is_one_sentence(tmp_path, bad):
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(tmp_path / "t.db")],
                         input=f"{bad}\n{bad}\n", capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 2
    assert "digit" in one_sentence(out.stderr)


def test_a_script_can_pipe_it_and_a_forgotten_pin_is_reset_the_same_way(tmp_path):
    db = tmp_path / "t.db"
    for pin in ("5831", "98765432"):
        out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)],
                             input=f"{pin}\n{pin}\nyes\n", capture_output=True, text=True, timeout=60,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert out.returncode == 0, out.stderr
        assert pin not in out.stdout + out.stderr
    assert verify_pin("98765432", stored(db)) and not verify_pin("5831", stored(db))


def test_resetting_the_pin_lifts_a_lock(tmp_path):
    db = tmp_path / "t.db"
    market = open_market(db)
    lock = PinLock(load=lambda: market.setting(PIN_LOCK), save=lambda s: market.set_setting(PIN_LOCK, s))
    for _ in range(3):
        lock.failed()
    market.close()
    assert stored(db, PIN_LOCK)["lock_seconds"] == 30
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)], input="4827\n4827\n",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert stored(db, PIN_LOCK) == {}


@pytest.mark.parametrize("easy", ["0000", "1234", "2026", "7777777"])
def test_an_easy_pin_is_called_easy_and_kept_only_after_a_yes(tmp_path, easy):
    db = tmp_path / "t.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)], input=f"{easy}\n{easy}\n",
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "easy to guess" in out.stderr and "Six digits" in out.stderr
    assert "Nothing was changed" in out.stderr.splitlines()[-1]
    assert not db.exists() or stored(db) is None
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)],
                         input=f"{easy}\n{easy}\nyes\n", capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert verify_pin(easy, stored(db))


def test_a_pin_hard_to_guess_is_set_without_a_question(tmp_path):
    db = tmp_path / "t.db"
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)], input="583920\n583920\n",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "easy" not in out.stderr
    assert verify_pin("583920", stored(db))


def test_the_pin_is_never_taken_from_the_command_line(tmp_path):
    db = tmp_path / "t.db"
    for args in (["set-pin", "--db", str(db), "2468"], ["set-pin", "--db", str(db), "--pin", "2468"]):
        out = run(*args)
        assert out.returncode == 2
        one_sentence(out.stderr)
    assert not db.exists()
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)], input="",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "No PIN was typed" in one_sentence(out.stderr)


def test_the_lock_is_kept_in_the_store_and_survives_a_restart(tmp_path):
    db = tmp_path / "t.db"
    now = [1000.0]

    def lock_on(market):
        return PinLock(lambda: now[0], load=lambda: market.setting(PIN_LOCK),
                       save=lambda state: market.set_setting(PIN_LOCK, state))

    market = open_market(db)
    lock = lock_on(market)
    lock.failed()
    lock.failed()
    market.close()
    market = open_market(db)  # restarted: the two wrong tries are remembered
    lock = lock_on(market)
    assert not lock.is_locked()
    lock.failed()
    assert lock.is_locked() and lock.seconds_left() == 30
    now[0] += 10
    market.close()
    market = open_market(db)  # a restart during a lock starts it again in full, never shorter
    lock = lock_on(market)
    assert lock.is_locked() and lock.seconds_left() == 30
    now[0] += 30
    assert not lock.is_locked()
    for _ in range(3):
        lock.failed()
    assert lock.seconds_left() == 60  # the next lock doubles, even across restarts
    market.close()
    data = stored(db, PIN_LOCK)
    assert set(data) == {"wrong", "locks", "lock_seconds"}  # counts and a length: no moment is stored


@pytest.mark.parametrize(("lang", "asked", "done"), [
    ("es_ES.UTF-8", ("PIN nuevo", "El mismo PIN otra vez"), "ya está puesto"),
    ("ar_EG.UTF-8", ("رمز المتطوعين الجديد", "الرمز نفسه مرة أخرى"), "ضُبط رمز المتطوعين"),
])
def test_set_pin_asks_and_answers_in_the_machines_language(tmp_path, lang, asked, done):
    """Its questions and its last line were English whatever the language, while the sentence between them (an
    easy PIN) was translated."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(tmp_path / "t.db")],
                         input="5831\n5831\n", capture_output=True, text=True, timeout=60,
                         env={**env, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert all(words in out.stderr for words in asked), out.stderr
    assert done in out.stdout and "PIN for" not in out.stdout + out.stderr, out.stdout
