"""Catching up is done in batches: one transaction per batch of files, never two a file; an exchange with
nothing new asks the data file and the folder the same few things at 4 000 files as at 40; and the window's
slices are each one transaction. (Structure, not wall time: benchmarks/field.py measures the time.)"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.several_kiosks import exchange as exchange_module
from kiosk.several_kiosks.exchange import exchange, exchange_in_steps
from kiosk.several_kiosks.files import encode_file
from kiosk.store import Market, journal, open_market
from tests.conftest import FakeClock


def other_kiosk(folder: Path, tmp: Path, events: int, per_file: int = 1) -> None:
    source = open_market(tmp / f"source-{events}.db", clock=FakeClock())
    while journal.journal_size(source) < events:
        source.list_item("books", 1, "thing")
    rows = journal.own_events(source)[:events]
    kiosk = journal.kiosk_id(source)
    (folder / kiosk).mkdir(parents=True)
    for start in range(0, len(rows), per_file):
        chunk = rows[start:start + per_file]
        (folder / kiosk / f"{chunk[0]['n']:09d}.jsonl").write_bytes(encode_file("m1", kiosk, chunk))
    (folder / "market.json").write_text(json.dumps({"format": "commons-table-market", "market": "m1"}))
    source.close()
    past = time.time() - 60
    for path in [folder, *folder.iterdir()]:
        os.utime(path, (past, past))


@pytest.fixture
def b_market(tmp_path: Path) -> Iterator[Callable[[], Market]]:
    """Opens this kiosk's market (b.db); each one is closed after the test, whatever it asserted."""
    opened: list[Market] = []

    def open_b() -> Market:
        opened.append(open_market(tmp_path / "b.db", clock=FakeClock()))
        return opened[-1]

    yield open_b
    for market in opened:
        market.close()


class Statements:
    def __init__(self, market) -> None:
        self.seen: list[str] = []
        market.db.conn.set_trace_callback(self.seen.append)

    def commits(self) -> int:
        return sum(1 for s in self.seen if s.strip().upper() == "COMMIT")


def test_600_one_event_files_fold_in_a_few_transactions_not_two_a_file(tmp_path: Path, b_market):
    folder = tmp_path / "folder"
    other_kiosk(folder, tmp_path, 600)
    market = b_market()
    journal.kiosk_id(market)
    statements = Statements(market)
    report = exchange(market, folder)
    assert report.read_files == 600 and report.new_events == 600
    assert statements.commits() <= 600 // exchange_module.BATCH_FILES + 4  # the batches, and the prologue's
    assert len(market.available()) == 599  # the first event opened the market day


def test_a_file_with_a_problem_in_a_batch_is_told_by_name_and_the_others_fold(tmp_path: Path, b_market):
    folder = tmp_path / "folder"
    other_kiosk(folder, tmp_path, 10)
    kiosk = next(p for p in folder.iterdir() if p.is_dir())
    bad = sorted(kiosk.iterdir())[3]
    bad.write_bytes(bad.read_bytes()[:-5])
    market = b_market()
    report = exchange(market, folder)
    assert report.read_files == 9 and any(bad.name in s for s in report.skipped)


def no_op_statements(tmp_path: Path, files: int) -> tuple[int, int]:
    folder = tmp_path / f"f{files}"
    other_kiosk(folder, tmp_path, files)
    market = open_market(tmp_path / f"b{files}.db", clock=FakeClock())
    for _ in exchange_in_steps(market, folder, keep_index=True):
        pass
    listed: list[str] = []
    real = os.listdir

    def listdir(path="."):
        listed.append(str(path))
        return real(path)

    exchange_module.os.listdir = listdir  # type: ignore[assignment]
    try:
        statements = Statements(market)
        for _ in exchange_in_steps(market, folder, keep_index=True):
            pass
    finally:
        exchange_module.os.listdir = real  # type: ignore[assignment]
    market.close()
    return len(statements.seen), len(listed)


def test_an_exchange_with_nothing_new_asks_the_same_at_4000_files_as_at_40(tmp_path: Path):
    assert no_op_statements(tmp_path, 40) == no_op_statements(tmp_path, 4000)


def test_each_slice_of_a_catch_up_is_one_transaction_of_a_bounded_number_of_files(tmp_path: Path, b_market):
    folder = tmp_path / "folder"
    other_kiosk(folder, tmp_path, 1000)
    market = b_market()
    journal.kiosk_id(market)
    statements = Statements(market)
    steps = exchange_in_steps(market, folder, budget_s=0.010, keep_index=True)
    next(steps)  # this kiosk's files and the listing
    slices = 0
    for _report in steps:
        slices += 1
    assert slices > 1  # not all 1 000 files in one go
    assert statements.commits() <= slices + 4
    assert len(market.available()) == 999


def test_what_sync_prints_names_each_skipped_file_once():
    """Each skipped file is already its own sentence ("Skipped a/1.jsonl: …"): the report does not say it twice."""
    from kiosk.several_kiosks.exchange import Exchange

    skipped = ["Skipped a/1.jsonl: its name is not a journal file's name."]
    report = Exchange(wrote_files=1, wrote_events=3, skipped=skipped)
    assert report.sentence() == ("Wrote 1 journal file (3 events); folded in 0 files (0 new events) from 0 other "
                                 "kiosks. Skipped a/1.jsonl: its name is not a journal file's name.")
