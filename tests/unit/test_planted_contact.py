"""A planted contact is found nowhere after its market closes (issue 27, item 5): not in the data folder, the
backups, copies set aside beside the file (damaged, a foreign -wal's, a copy cut short by a kill), the journal
folder, a USB copy, nor any file the command line wrote."""

from __future__ import annotations

import shutil
from pathlib import Path

from commons_table.cli import main
from kiosk.several_kiosks.exchange import exchange
from kiosk.store import open_market
from kiosk.store.backup import backup_at_close, backup_folder, make_backup
from kiosk.store.steward import set_pin_hash

CONTACT = "planted-555-0199"


def files_holding(top: Path, needle: bytes) -> list[str]:
    return sorted(str(p.relative_to(top)) for p in top.rglob("*") if p.is_file() and needle in p.read_bytes())


def test_a_planted_contact_is_found_nowhere_after_close(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    db, usb, sync, out = data / "k.db", tmp_path / "usb", tmp_path / "sync", tmp_path / "out"
    for folder in (usb, sync, out):
        folder.mkdir()
    market = open_market(db)  # today, as the commands see it (none closes it as a stale market)
    set_pin_hash(market, "scrypt$16384$8$1$c2FsdA==$" + "ab" * 32)
    market.offer_skill("Bike repair", contact=CONTACT)
    market.list_item("books", 2, "poems")
    make_backup(market)  # an hourly backup while the market runs
    exchange(market, sync)
    # What earlier versions and bad luck left beside the file, each holding the contact:
    shutil.copyfile(db, data / "k.db.damaged-20261128")  # a copy the start set aside (readable)
    (data / "k.db.damaged-20261127").write_bytes(b"\x00 broken " + CONTACT.encode() * 3)  # one SQLite cannot open
    aside = data / "k.db.foreign-wal-20261128"
    aside.mkdir()
    shutil.copyfile(db, aside / "k.db")
    (aside / "k.db-wal").write_bytes(b"WAL " + CONTACT.encode())
    (backup_folder(db) / ".k-2026-11-28T10-00.db.abc.part").write_bytes(b"SQLite " + CONTACT.encode())
    for argv in (["export", "--db", str(db), "--format", "csv", "--out", str(out / "s.csv")],
                 ["export", "--db", str(db), "--format", "json", "--out", str(out / "s.json")],
                 ["signs", "--db", str(db), "--kind", "skill-cards", "--out", str(out / "cards.pdf")]):
        main(argv)
    assert "only printed, never saved" in capsys.readouterr().err
    assert files_holding(tmp_path, CONTACT.encode())  # it was there while the market ran

    event = market.current_event()
    assert event is not None
    market.close_event(event.id, "kept")
    backup_at_close(market, sticks=[usb])
    exchange(market, sync)
    make_backup(market)
    market.close()

    assert files_holding(tmp_path, CONTACT.encode()) == []
    # The copy that leaves the machine carries no PIN hash either.
    assert files_holding(usb, b"scrypt$") == [] and files_holding(usb, b"pin_hash") == []


def test_backups_go_on_when_the_clock_goes_back(tmp_path, clock):
    """Issue 27, item 8: a clock put back named every new backup "older", so each was deleted at once and the
    hourly ones stopped."""
    from kiosk.settings import BACKUPS_KEPT
    from kiosk.store.backup import backup_due, backups

    market = open_market(tmp_path / "k.db", clock=clock)
    market.set_setting(BACKUPS_KEPT, 3)
    market.ensure_event()
    for _ in range(3):
        make_backup(market)
        clock.advance(hours=1)
    clock.advance(days=-2)  # the clock goes back two days
    assert backup_due(market)
    made = make_backup(market)
    assert made is not None and made.exists() and made in backups(tmp_path / "k.db")
    clock.advance(minutes=30)
    assert not backup_due(market)
    clock.advance(minutes=45)
    assert backup_due(market)
    second = make_backup(market)
    assert made.exists() and second.exists() and len(backups(tmp_path / "k.db")) == 3
    market.close()
