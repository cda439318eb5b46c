"""A skill offer's contact ends with its market: also when nobody closed it, and also when another
connection was reading while it was closed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.store import open_market

CONTACT = "tel 555-0142-marker"


def file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_a_market_left_open_is_closed_on_a_later_day_and_its_contacts_erased(db_path, clock):
    market = open_market(db_path, clock=clock)
    market.open_event("November market")
    market.offer_skill("Bike repair", contact=CONTACT)
    market.close()  # killed, or the power went: nobody closed the market
    assert CONTACT.encode() in file_bytes(db_path)

    same_day = open_market(db_path, clock=clock)  # a restart the same day changes nothing
    assert same_day.closed_stale == [] and same_day.current_event() is not None
    same_day.close()

    clock.advance(days=3)
    later = open_market(db_path, clock=clock)
    try:
        assert [e.title for e in later.closed_stale] == ["November market"]
        event = later.event(later.closed_stale[0].id)
        assert event.closed_at is not None and event.leftovers == "kept"
        assert later.current_event() is None
        assert all(o.contact == "" for o in later.skill_offers(event.id))
    finally:
        later.close()
    assert CONTACT.encode() not in file_bytes(db_path)


@pytest.mark.skipif(shutil.which("faketime") is None and not os.environ.get("CI"), reason="needs faketime")
def test_a_real_run_days_later_closes_the_market(tmp_path):
    db = tmp_path / "table.db"
    market = open_market(db)  # today, on the real clock
    event = market.open_event("Market of today")
    market.offer_skill("Sewing", contact=CONTACT)
    market.close()
    # Three days later someone sets the PIN from the shell: any command opening the file closes the market.
    done = subprocess.run(["faketime", "-f", "+3d", sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)],
                          input="2468\n2468\n", capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert CONTACT.encode() not in file_bytes(db)
    market = open_market(db)
    try:
        assert market.event(event.id).closed_at is not None
    finally:
        market.close()


@pytest.mark.slow
@pytest.mark.parametrize("erase", ["close the market", "forget after printing"])
def test_erasing_while_another_connection_reads_still_wipes_the_journal(db_path, clock, erase):
    from kiosk.store.skills import forget_printed_contacts

    market = open_market(db_path, clock=clock)
    event = market.open_event("Market")
    offer = market.offer_skill("Bike repair", contact=CONTACT, forget_after_print=True)
    holding = threading.Event()

    def read_for_a_while() -> None:
        # Another program (an export, a backup) reading an older snapshot, longer than the busy timeout.
        reader = sqlite3.connect(db_path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT contact FROM skill_offers").fetchall()
        holding.set()
        time.sleep(6.5)
        reader.execute("COMMIT")
        reader.close()

    thread = threading.Thread(target=read_for_a_while)
    thread.start()
    try:
        assert holding.wait(10)
        if erase == "close the market":
            market.close_event(event.id, "handed_off")
        else:
            assert forget_printed_contacts(market, [offer]) == [offer.id]
        wal = db_path.with_name(db_path.name + "-wal")
        assert not wal.exists() or CONTACT.encode() not in wal.read_bytes()
        assert CONTACT.encode() not in db_path.read_bytes()
    finally:
        thread.join()
        market.close()


@pytest.mark.skipif(shutil.which("faketime") is None and not os.environ.get("CI"), reason="needs faketime")
def test_a_kiosk_still_running_past_midnight_keeps_its_market(tmp_path):
    from kiosk.store.files import KioskLock

    db = tmp_path / "table.db"
    market = open_market(db)
    event = market.open_event("Overnight market")
    market.offer_skill("Sewing", contact=CONTACT)
    lock = KioskLock(db).acquire()  # the kiosk is running on the file
    try:
        done = subprocess.run(["faketime", "-f", "+1d", sys.executable, "-m", "commons_table", "set-pin", "--db",
                               str(db)], input="2468\n2468\n", capture_output=True, text=True, timeout=120,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, done.stderr
        assert market.event(event.id).closed_at is None  # not closed beneath the running kiosk
    finally:
        lock.release()
        market.close()


def test_emptying_the_wal_elsewhere_never_holds_the_write_lock_while_a_reader_reads(db_path, clock):
    # The kiosk empties the -wal after a close on a thread of its own while the backup at close reads the file:
    # waiting inside SQLite for that reader, it held the write lock, and the steward's next write waited seconds.
    from kiosk.store.database import wipe_file_journal

    market = open_market(db_path, clock=clock)
    event = market.open_event("Market")
    market.offer_skill("Bike repair", contact=CONTACT)
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT contact FROM skill_offers").fetchall()  # an older snapshot, held
    market.close_event(event.id, "handed_off", wipe=False)
    wiped: list[bool] = []
    wiping = threading.Thread(target=lambda: wiped.append(wipe_file_journal(db_path, patience=10)))
    wiping.start()
    try:
        time.sleep(0.5)  # the wipe is trying, and waiting for the reader
        writer = sqlite3.connect(db_path, isolation_level=None, timeout=0)  # a write that waits for nobody
        writer.execute("INSERT INTO settings (key, value) VALUES ('written', '1')")  # not "database is locked"
        writer.close()
        assert not wiped  # still waiting for the reader
    finally:
        reader.execute("COMMIT")
        reader.close()
        wiping.join()
    try:
        assert wiped == [True]
        assert CONTACT.encode() not in file_bytes(db_path)
    finally:
        market.close()
