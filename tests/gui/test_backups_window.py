"""The kiosk makes its backups by itself (issue 10, item 6): hourly by a timer, and at close onto a stick."""

from __future__ import annotations

from kiosk.store.backup import USB_FOLDER, backup_folder, backups
from tests.gui.conftest import closed_by_taps, make_window
from tests.unit.test_summary import MARKER, plant_contacts
from ui.app import start_backups
from ui.backups import backup_thread
from ui.flow import Step


def made(qtbot) -> None:
    """Until the backup the window's thread handed over (if any) is made: the copy is made on a thread of its own."""
    qtbot.waitUntil(lambda: not backup_thread().busy())


def test_the_timer_asks_the_store_and_the_store_says_hourly(qtbot, window, db_path, clock):
    timer = start_backups(window)
    assert timer.isActive() and timer.interval() <= 15 * 60 * 1000
    timer.timeout.emit()
    made(qtbot)
    assert backups(db_path) == []  # no market open yet
    window.market.list_item("books", 2, "Atlas")
    timer.timeout.emit()
    made(qtbot)
    assert [p.name for p in backups(db_path)] == ["table-2026-11-28T10-00.db"]
    clock.advance(minutes=45)
    timer.timeout.emit()
    made(qtbot)
    assert len(backups(db_path)) == 1
    clock.advance(minutes=15)
    timer.timeout.emit()
    made(qtbot)
    assert [p.name for p in backups(db_path)] == ["table-2026-11-28T11-00.db", "table-2026-11-28T10-00.db"]


def test_closing_the_market_leaves_a_backup_beside_the_file_and_on_the_stick(qtbot, demo_market, db_path, tmp_path,
                                                                            monkeypatch):
    stick = tmp_path / "BACKUPSTICK"
    stick.mkdir()
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("BACKUPSTICK", stick)])
    plant_contacts(demo_market)
    window = closed_by_taps(qtbot, demo_market)
    assert window.market.event(1).closed_at is not None
    made(qtbot)
    [copy] = backups(db_path)
    assert copy.parent == backup_folder(db_path)
    on_stick = stick / USB_FOLDER / copy.name
    assert on_stick.read_bytes() == copy.read_bytes()
    assert MARKER.encode() not in on_stick.read_bytes()


def test_stewards_are_told_what_was_restored_and_from_when(window):
    window.tell_damaged_file("table.db.damaged-20261128", "2026-11-28 11:15")
    assert window.notice.isVisible()
    text = window.notice.text.text()
    assert "table.db.damaged-20261128" in text and "2026-11-28 11:15" in text and "backup" in text


def test_a_copy_set_aside_loses_its_contacts_at_close_on_the_backups_thread_not_the_windows(
        qtbot, demo_market, db_path, monkeypatch):
    """Each copy set aside beside the file (a damaged one, the copy before an upgrade: every kiosk has one after
    an upgrade) is rewritten whole to erase contacts at each close: 150 ms at 10 000 things, on the window's thread
    while the summary waited, until it moved to the backups' thread."""
    import shutil
    import threading

    import kiosk.store.backup
    import kiosk.store.database
    from kiosk.store import journal

    plant_contacts(demo_market)
    journal.checkpoint(demo_market)
    aside = db_path.with_name(db_path.name + ".damaged-2026-11-28T09-45")
    shutil.copy(db_path, aside)
    assert MARKER.encode() in aside.read_bytes()
    threads: list[bool] = []  # for each scrub: was it on the window's thread?
    real = kiosk.store.database.scrub_set_aside

    def scrub(path):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(kiosk.store.database, "scrub_set_aside", scrub)
    monkeypatch.setattr(kiosk.store.backup, "scrub_set_aside", scrub)
    window = closed_by_taps(qtbot, demo_market)
    assert window.flow.step == Step.SUMMARY
    made(qtbot)
    assert threads == [False]
    assert MARKER.encode() not in aside.read_bytes()


def test_a_kiosk_stopped_after_a_close_before_the_copies_aside_were_scrubbed_scrubs_them_at_its_next_start(
        qtbot, demo_market, db_path, monkeypatch):
    """The plug pulled as the table is packed away, right after the close: the copies set aside still held the
    contacts the close erased from the file, until the next close, a month later. The next start scrubs those that
    hold one, on the backups' thread; a copy that holds none is not rewritten, and none while a market is open."""
    import os
    import shutil
    import threading

    import kiosk.store.database
    from kiosk.store import journal

    plant_contacts(demo_market)
    journal.checkpoint(demo_market)
    holding = db_path.with_name(db_path.name + ".damaged-2026-11-28T09-45")
    shutil.copy(db_path, holding)
    event = demo_market.current_event()
    # A copy with no contact in it (made by copy_database, as the copy before an upgrade is), dated long ago.
    clean = db_path.with_name(db_path.name + ".before-v10-from-v9")
    kiosk.store.database.copy_database(db_path, clean)
    os.utime(clean, (1_000_000_000, 1_000_000_000))

    window = make_window(qtbot, demo_market)
    start_backups(window)  # a market is open: its contacts are the file's too, and nothing is scrubbed yet
    made(qtbot)
    assert MARKER.encode() in holding.read_bytes()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())

    demo_market.close_event(event.id, "kept", scrub_aside=False)  # ... and the kiosk stopped there
    assert MARKER.encode() in holding.read_bytes()
    scrubbed_on: list[bool] = []
    real = kiosk.store.database._scrub_copy

    def scrub(copy, removed):
        scrubbed_on.append(threading.current_thread() is threading.main_thread())
        return real(copy, removed)

    monkeypatch.setattr(kiosk.store.database, "_scrub_copy", scrub)
    window = make_window(qtbot, demo_market)
    start_backups(window)
    made(qtbot)
    assert MARKER.encode() not in holding.read_bytes()
    assert scrubbed_on == [False]  # the one copy that held a contact, on the backups' thread
    assert clean.stat().st_mtime == 1_000_000_000  # the other is not rewritten
