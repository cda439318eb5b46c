"""Rolling backups (issue 10, item 6) and copies without contacts (items 6 and 7b)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kiosk.errors import VisitorError
from kiosk.settings import BACKUPS_KEPT
from kiosk.store import open_market
from kiosk.store.backup import (
    USB_FOLDER,
    backup_at_close,
    backup_due,
    backup_folder,
    backup_if_due,
    backups,
    make_backup,
    open_or_recover,
)
from tests.unit.test_migrations import make_version_1
from tests.unit.test_summary import MARKER

CONTACT = f"Signal {MARKER}@example.org"


def test_hourly_while_a_market_is_open_decided_by_the_stores_clock(market, db_path, clock):
    assert not backup_due(market)  # no market open: nothing changes, nothing to keep
    market.list_item("books", 3, "Atlas")
    first = backup_if_due(market)
    assert first is not None and first.parent == backup_folder(db_path)
    assert first.name == "table-2026-11-28T10-00.db"
    clock.advance(minutes=40)
    assert backup_if_due(market) is None
    clock.advance(minutes=20)
    second = backup_if_due(market)
    assert second is not None and second.name == "table-2026-11-28T11-00.db"
    assert backups(db_path) == [second, first]
    con = sqlite3.connect(second)
    assert con.execute("SELECT title FROM items").fetchall() == [("Atlas",)]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert not list(backup_folder(db_path).glob("*-wal")) and not list(backup_folder(db_path).glob("*.part"))


def test_only_the_newest_are_kept_as_many_as_the_setting_says(market, db_path, clock):
    market.list_item("books", 1, "Atlas")
    assert market.setting(BACKUPS_KEPT) == 10
    market.set_setting(BACKUPS_KEPT, 3)
    made = []
    for _ in range(5):
        made.append(make_backup(market))
        clock.advance(hours=1)
    assert backups(db_path) == made[:-4:-1]
    assert sorted(p.name for p in backup_folder(db_path).iterdir()) == sorted(p.name for p in made[2:])


def test_at_close_a_backup_and_a_copy_on_the_stick(market, db_path, tmp_path):
    market.list_item("books", 2, "Atlas")
    market.close_event(market.current_event().id)
    stick = tmp_path / "STICK"
    stick.mkdir()
    made, copied = backup_at_close(market, [stick, tmp_path / "pulled-out"])
    assert made is not None and made.is_file()
    assert copied == [stick / USB_FOLDER / made.name]
    assert copied[0].read_bytes() == made.read_bytes()


def test_no_backup_ever_holds_a_contact(market, db_path, tmp_path):
    market.offer_skill("Guitar lessons", contact=CONTACT)
    market.list_item("books", 1, "Atlas")
    # The market is open: the kiosk still has the contact to print the card, the backups do not.
    assert market.skill_offers()[0].contact == CONTACT
    made = make_backup(market)
    stick = tmp_path / "STICK"
    stick.mkdir()
    _, copied = backup_at_close(market, [stick])
    for copy in (made, *copied):
        assert MARKER.encode() not in copy.read_bytes()
        con = sqlite3.connect(copy)
        assert con.execute("SELECT title, contact FROM skill_offers").fetchall() == [("Guitar lessons", None)]
        con.close()


def test_an_upgrades_copy_holds_no_contact(tmp_path):
    path = tmp_path / "old.db"
    make_version_1(path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO skill_offers (event_id, title, contact, created_at) VALUES (1, 'Bike repair', ?, "
                "'2026-10-31T10:00')", [CONTACT])
    con.commit()
    con.close()
    import datetime as dt

    # Upgraded on the market's own day (a later day would close it and erase the contact anyway).
    market = open_market(path, clock=lambda: dt.datetime(2026, 10, 31, 12, 0).astimezone())
    assert market.skill_offers(1)[0].contact == CONTACT  # the open market still has it
    market.close()
    [copy] = [p for p in tmp_path.iterdir() if ".before-v" in p.name]
    assert MARKER.encode() not in copy.read_bytes()
    con = sqlite3.connect(copy)
    assert con.execute("SELECT title, contact FROM skill_offers").fetchall() == [("Bike repair", None)]
    assert con.execute("SELECT title FROM items").fetchall() == [("Pumpkin soup",)]
    con.close()


def damage(path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_replaced_by_the_newest_sound_backup(db_path, clock):
    market = open_market(db_path, clock=clock)
    for n in range(40):
        market.list_item("books", 1, f"Book {n}")
    older = make_backup(market)
    clock.advance(hours=1, minutes=20)
    market.list_item("books", 1, "The last book")
    newest = make_backup(market)
    clock.advance(hours=1)
    market.list_item("books", 1, "Listed after the last backup")
    market.close()
    damage(db_path)
    damaged = db_path.read_bytes()
    market, recovery = open_or_recover(db_path, clock)
    try:
        assert recovery is not None and recovery.aside.read_bytes() == damaged
        assert recovery.restored == newest and recovery.restored_when == "2026-11-28 11:15"
        titles = {i.title for i in market.available()}
        assert "The last book" in titles and "Listed after the last backup" not in titles
    finally:
        market.close()
    assert older.is_file() and newest.is_file()  # restoring copies; the backups stay


def test_a_damaged_backup_is_passed_over_for_an_older_sound_one(db_path, clock):
    market = open_market(db_path, clock=clock)
    for n in range(40):
        market.list_item("books", 1, f"Book {n}")
    older = make_backup(market)
    clock.advance(hours=1)
    newest = make_backup(market)
    market.close()
    damage(newest)
    damage(db_path)
    market, recovery = open_or_recover(db_path, clock)
    market.close()
    assert recovery is not None and recovery.restored == older and recovery.restored_when == "2026-11-28 10:00"


@pytest.mark.parametrize("kept", [0, -1, "ten", None])
def test_a_nonsense_setting_keeps_the_default(market, db_path, clock, kept):
    market.list_item("books", 1, "Atlas")
    if isinstance(kept, str):  # not a number: refused, and one written by anything else reads as the default
        with pytest.raises(VisitorError):
            market.set_setting(BACKUPS_KEPT, kept)
        market.db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [BACKUPS_KEPT.key, json.dumps(kept)])
    else:
        market.set_setting(BACKUPS_KEPT, kept)
    for _ in range(11):
        make_backup(market)
        clock.advance(hours=1)
    assert len(backups(db_path)) == 10
