"""The data file's -wal is moved into the file on a thread of its own (ui/checkpoints.py), never by a commit on the
window's thread: SQLite's automatic checkpoint made the commit that passed 1 000 pages write ~4 MB and sync it,
50-150 ms inside one visitor's tap."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import threading
from pathlib import Path

import kiosk.store.database
import ui.checkpoints
from kiosk.store import Market
from kiosk.store.database import BACKSTOP_PAGES
from tests.gui.conftest import make_window
from ui.checkpoints import checkpoint_thread, start_checkpoints


def file_bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def a_big_commit(market: Market) -> None:
    """One commit of well over 1 000 pages (6 MB) into the -wal, as a carry-over of a big market writes."""
    market.db.execute("CREATE TABLE IF NOT EXISTS ballast (b BLOB)")
    market.db.execute("INSERT INTO ballast VALUES (randomblob(6000000))")


def test_the_windows_commits_leave_the_checkpoint_to_its_own_thread(qtbot, market, db_path, monkeypatch):
    market.ensure_event()
    first = file_bytes(db_path)
    a_big_commit(market)  # SQLite's own way: that commit wrote the -wal into the file
    assert file_bytes(db_path) != first

    on: list[bool] = []  # for each checkpoint: was it on the window's thread?
    real = kiosk.store.database.checkpoint_file

    def checkpoint(path):
        on.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(ui.checkpoints, "checkpoint_file", checkpoint)
    monkeypatch.setattr(ui.checkpoints, "EVERY_MS", 200)
    window = make_window(qtbot, market)
    timer = start_checkpoints(window.market, window)
    assert timer is not None and timer.isActive()
    assert market.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BACKSTOP_PAGES
    qtbot.waitUntil(lambda: len(on) >= 1 and not checkpoint_thread().busy(), timeout=5000)
    before = file_bytes(db_path)
    timer.stop()
    a_big_commit(market)
    assert file_bytes(db_path) == before  # the commit wrote only the -wal
    timer.start()
    qtbot.waitUntil(lambda: file_bytes(db_path) != before, timeout=5000)
    assert on and not any(on)
    # Everything said "done" is in the file, read by a connection of its own.
    with contextlib.closing(kiosk.store.database.sqlite3.connect(db_path)) as other:  # `with` alone never closes
        assert other.execute("SELECT COUNT(*) FROM ballast").fetchone()[0] == 2


def test_a_market_kept_in_memory_has_no_checkpoints(qtbot, window):
    from kiosk.store import open_market_readonly

    copy = open_market_readonly(window.market.path)
    try:
        assert copy.path is None and start_checkpoints(copy, window) is None
    finally:
        copy.close()


CONTACT = "tel 555-0199-wiped"


def readable(db_path: Path) -> bool:
    """Whether the contact can still be read from the file or its -wal (their bytes, as a forensic look would)."""
    wal = db_path.with_name(db_path.name + "-wal")
    return any(CONTACT.encode() in p.read_bytes() for p in (db_path, wal) if p.exists())


def test_a_close_by_taps_empties_the_wal_on_the_checkpoints_thread_not_the_windows(qtbot, market, db_path):
    # Emptying a -wal of tens of MB took 50-70 ms inside the steward's close tap, sometimes 0.5-1.8 s.
    from tests.gui.conftest import tap
    from ui.flow import Step

    market.open_event("December market")
    market.offer_skill("Bike repair", contact=CONTACT)
    assert readable(db_path)
    window = make_window(qtbot, market)
    asked: list[tuple[str, bool]] = []  # each checkpoint asked of the file: which, and on the window's thread?
    window.market.db.conn.set_trace_callback(
        lambda sql: asked.append((sql, threading.current_thread() is threading.main_thread()))
        if "wal_checkpoint" in sql else None)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.go(Step.EVENTS)
    tap(window.screen_for(Step.EVENTS).close_button)
    tap(window.notice.answer_button("handed_off"))
    assert window.flow.step == Step.SUMMARY and market.current_event() is None
    assert asked == []  # the window's connection emptied nothing
    qtbot.waitUntil(lambda: not readable(db_path) and not checkpoint_thread().busy(), timeout=10_000)
    window.market.db.conn.set_trace_callback(None)


def test_a_kiosk_stopped_before_its_wal_was_emptied_empties_it_at_its_next_start(qtbot, db_path):
    import subprocess
    import sys

    from kiosk.store import open_market
    from tests.gui.conftest import keep_until_test_ends

    # The close committed, then the kiosk was killed before the checkpoints' thread ran: the -wal keeps old frames.
    stopped = subprocess.run([sys.executable, "-c", f"""
import os
from kiosk.store import open_market
market = open_market({str(db_path)!r})
market.checkpoint_elsewhere()
event = market.open_event("December market")
market.offer_skill("Bike repair", contact={CONTACT!r})
market.close_event(event.id, "handed_off", wipe=False)
os._exit(0)
"""], cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=60)
    assert stopped.returncode == 0, stopped.stderr
    assert readable(db_path)
    market = open_market(db_path)
    keep_until_test_ends(market)
    assert market.current_event() is None and readable(db_path)  # opening it alone wipes nothing
    window = make_window(qtbot, market)
    start_checkpoints(window.market, window)  # as the kiosk's start does
    qtbot.waitUntil(lambda: not readable(db_path) and not checkpoint_thread().busy(), timeout=10_000)


def test_skill_cards_printed_by_taps_forget_their_contact_off_the_windows_thread(qtbot, market, db_path,
                                                                                 monkeypatch, tmp_path):
    # Forgetting a printed contact emptied the -wal on the window's thread, waiting up to 30 s there for any
    # reader (a backup at close reads for seconds): the Print tap froze the window until the reader was done.
    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH
    from tests.gui.conftest import tap
    from tests.gui.test_printer_hangs import a_printer
    from tests.gui.test_steward import type_pin
    from ui.flow import Step
    from ui.printing import printers
    from ui.printing import screen as signs_screen

    market.open_event("December market")
    market.offer_skill("Bike repair", contact=CONTACT, forget_after_print=True)
    market.set_setting(PIN_HASH, hash_pin("2468"))
    monkeypatch.setattr(printers, "look_up_default", lambda: a_printer("Hall printer"))
    monkeypatch.setattr(printers, "send_file", lambda *args: 7)  # CUPS takes the job at once
    monkeypatch.setattr(signs_screen, "purge_when_done", lambda title: None)
    window = make_window(qtbot, market)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    signs = window.screen_for(Step.SIGNS)
    tap(signs.open_button)
    tap(signs.kind_buttons["skill-cards"])
    asked: list[tuple[str, bool]] = []  # each checkpoint asked of the file: which, and on the window's thread?
    window.market.db.conn.set_trace_callback(
        lambda sql: asked.append((sql, threading.current_thread() is threading.main_thread()))
        if "wal_checkpoint" in sql else None)
    reader = sqlite3.connect(db_path)  # a reader in the middle of an older snapshot, as a backup's copy is
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM skill_offers").fetchone()
    qtbot.waitUntil(signs.print_button.isEnabled)  # once CUPS has answered the printers' thread
    tap(signs.print_button)
    qtbot.waitUntil(lambda: "Sent 1 page to the printer." in window.notice.text.text())
    assert [o.contact for o in market.skill_offers()] == [""]  # forgotten at once, for the window's reads
    assert asked == []  # the window's connection emptied nothing, and so waited for no reader
    assert readable(db_path)  # the -wal keeps its old frame while the reader holds its snapshot
    reader.rollback()
    reader.close()
    qtbot.waitUntil(lambda: not readable(db_path) and not checkpoint_thread().busy(), timeout=10_000)
    window.market.db.conn.set_trace_callback(None)
