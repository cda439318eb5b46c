"""Exports read the data file itself through a read-only connection, not a copy of it in memory (issue 12:
export memory flat in the number of things), and still never write, migrate or convert it."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from kiosk import export
from kiosk.errors import StoreProblem
from kiosk.store import market as market_module
from kiosk.store import open_market, open_market_readonly, open_readonly
from tests.unit.test_migrations import make_version_1


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def where(db) -> str:  # an open DataFile; "" for a database in memory
    return next(row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main")


@pytest.fixture
def closed_file(db_path) -> Path:
    """A demo market of today (by the real clock, which the commands use), closed."""
    from kiosk.demo import fill_demo

    market = open_market(db_path)
    fill_demo(market)
    market.close()
    return db_path


def test_a_current_file_is_read_where_it_is_and_cannot_be_written(closed_file, tmp_path):
    names = sorted(p.name for p in tmp_path.iterdir())
    before = digest(closed_file)
    market = open_market_readonly(closed_file, copy=False)
    try:
        assert where(market.db) == str(closed_file.resolve())
        assert market.things_here() > 0
        with pytest.raises(StoreProblem) as refused:
            market.list_item("books", 3, "Never written")
        assert refused.value.kind == "readonly"
    finally:
        market.close()
    assert digest(closed_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_a_copy_is_asked_for_by_commands_that_change_what_they_read(closed_file):
    db = open_readonly(closed_file)
    try:
        assert where(db) == ""
    finally:
        db.close()


def test_an_older_file_is_still_brought_up_to_date_in_memory_only(tmp_path):
    path = tmp_path / "old.db"
    make_version_1(path)
    before = digest(path)
    db = open_readonly(path, copy=False)
    try:
        assert where(db) == ""
        assert "journal_outbox" in db.tables()  # the newest step ran, in the copy
    finally:
        db.close()
    assert digest(path) == before


def test_a_market_left_open_from_an_earlier_day_is_closed_in_a_copy_only(db_path, clock):
    market = open_market(db_path, clock=clock)
    market.ensure_event()
    market.close()
    before = digest(db_path)
    later = lambda: clock() + dt.timedelta(days=2)  # noqa: E731
    reader = open_market_readonly(db_path, clock=later, copy=False)
    try:
        assert [e.closed_at is not None for e in reader.closed_stale] == [True]
        assert where(reader.db) == ""
    finally:
        reader.close()
    assert digest(db_path) == before


def test_the_export_command_reads_the_file_where_it_is(closed_file, tmp_path, monkeypatch):
    seen = []
    real = market_module.open_readonly

    def watched(path, copy=True):
        db = real(path, copy=copy)
        seen.append(where(db))
        return db

    monkeypatch.setattr(market_module, "open_readonly", watched)
    for fmt in ("csv", "json"):
        export.export_event(closed_file, None, fmt, tmp_path / f"summary.{fmt}")
    assert seen == [str(closed_file.resolve())] * 2
