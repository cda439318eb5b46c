"""Two processes on one data file (issue 10, item 3): takes are never lost, and a second kiosk is refused."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.errors import StoreProblem
from kiosk.store import open_market
from kiosk.store.files import KioskLock

ROOT = Path(__file__).resolve().parents[2]

TAKER = r"""
import random, sys
from kiosk.errors import StoreProblem, VisitorError
from kiosk.store import open_market
market = open_market(sys.argv[1])
ids = [int(x) for x in sys.argv[2].split(",")]
rng = random.Random(sys.argv[3])
for _ in range(int(sys.argv[4])):
    item_id = rng.choice(ids)
    try:
        market.take_one(item_id)
    except (StoreProblem, VisitorError):
        continue
    # Printed only once take_one returned, i.e. once the take was committed.
    print(item_id, flush=True)
market.close()
"""


def test_two_processes_taking_at_once_lose_no_take(market, db_path):
    ids = [market.list_item("books", 900, f"Box {n}").item.id for n in range(3)]
    db = db_path
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    takers = [subprocess.Popen([sys.executable, "-c", TAKER, str(db), ",".join(map(str, ids)), str(seed), "700"],
                               stdout=subprocess.PIPE, text=True, env=env) for seed in (1, 2)]
    acknowledged: Counter[int] = Counter()
    for taker in takers:
        out, _ = taker.communicate(timeout=240)
        assert taker.returncode == 0
        acknowledged.update(int(x) for x in out.split())
    assert sum(acknowledged.values()) > 1000, "the two takers hardly took anything"
    check = open_market(db)
    try:
        for item_id in ids:
            item = check.item(item_id)
            assert item.quantity - item.left == acknowledged[item_id], f"takes lost on item {item_id}"
        taken = check.db.execute("SELECT SUM(taken) FROM movements").fetchone()[0]
        assert taken == sum(acknowledged.values())
    finally:
        check.close()


def test_a_take_of_the_last_one_by_another_process_is_not_taken_twice(market, db_path):
    item = market.list_item("books", 1, "Only one").item
    other = open_market(db_path)
    try:
        other.take_one(item.id)
        with pytest.raises(Exception, match="all gone"):
            market.take_one(item.id)
        assert market.item(item.id).left == 0
        # An undo with nothing taken does not push the count above what was brought.
        market.untake_one(item.id)
        market.untake_one(item.id)
        assert market.item(item.id).left == 1
        assert market.db.execute("SELECT SUM(taken) FROM movements").fetchone()[0] == 0
    finally:
        other.close()


def test_the_lock_is_held_once(tmp_path):
    path = tmp_path / "table.db"
    first = KioskLock(path).acquire()
    try:
        with pytest.raises(StoreProblem) as refused:
            KioskLock(path).acquire()
        assert refused.value.sentence == "The kiosk is already running on this file."
    finally:
        first.release()
    KioskLock(path).acquire().release()


def start_kiosk(db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "commons_table", "--db", str(db), "--windowed"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})


def wait_for_lock(db: Path, proc: subprocess.Popen) -> None:
    lock = db.with_name(db.name + ".lock")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            return
        assert proc.poll() is None, proc.communicate()[1]
        time.sleep(0.1)
    raise AssertionError("the kiosk did not take its lock")


def wait_for_home(db: Path, proc: subprocess.Popen) -> None:
    """Until the kiosk's log says home is painted (its SIGTERM handler is in place by then)."""
    log = db.with_suffix(".log")
    deadline = time.monotonic() + 60
    while "home is on the screen" not in (log.read_text() if log.exists() else ""):
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "the kiosk never painted home"
        time.sleep(0.1)


def stderr_line(proc: subprocess.Popen, seconds: float) -> str:
    assert proc.stderr is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        if sel.select(seconds):
            return proc.stderr.readline()
    return ""


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)


def test_a_second_kiosk_on_the_same_file_is_refused_and_a_killed_one_does_not_block(tmp_path):
    db = tmp_path / "table.db"
    first = start_kiosk(db)
    try:
        wait_for_lock(db, first)
        second = start_kiosk(db)
        try:
            assert stderr_line(second, 60) == "commons-table: The kiosk is already running on this file.\n"
            time.sleep(0.5)
            assert first.poll() is None
        finally:
            stop(second)
        assert db.with_name("table.db.lock").read_text().strip() == str(first.pid)
    finally:
        stop(first)
    # kill -9 left the lock file behind; the next start is not blocked by it.
    third = start_kiosk(db)
    try:
        wait_for_lock(db, third)
        assert stderr_line(third, 1) == ""
    finally:
        stop(third)


def test_sigterm_closes_the_kiosk_cleanly_and_the_next_start_has_no_wal_to_judge(tmp_path):
    """systemd's stop and a shutdown send SIGTERM: the kiosk quits as a steward's quit does (status 0), the
    market is closed, and no -wal is left for the next start to check against the file."""
    db = tmp_path / "table.db"
    market = open_market(db)
    market.ensure_event()
    market.list_item("books", 3, "Poetry books")
    market.close()
    kiosk = start_kiosk(db)
    try:
        wait_for_home(db, kiosk)
        assert db.with_name("table.db-wal").exists()  # the running kiosk has written (it names its file)
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=20) == 0, kiosk.communicate()[1]
    finally:
        stop(kiosk)
    assert not db.with_name("table.db-wal").exists()
    market = open_market(db)
    try:
        assert [i.title for i in market.available()] == ["Poetry books"]
    finally:
        market.close()
