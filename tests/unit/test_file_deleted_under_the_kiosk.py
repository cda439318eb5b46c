"""The data file deleted (rm) or replaced (a copy moved over its name) while the kiosk runs. SQLite went on writing
into the file it had open, which no name reached any more: every tap said "done", and at the next start all of it
was gone, what came before included. Now the first change after that is refused with a plain sentence, and what
the kiosk holds is kept whole: under the data file's name when nothing is there, else in a folder beside it."""

from __future__ import annotations

import os
import sqlite3

import pytest

from kiosk.errors import StoreProblem
from kiosk.store import open_market


def titles(path) -> set[str]:
    market = open_market(path)
    try:
        return {item.title for item in market.available()}
    finally:
        market.close()


def test_a_deleted_data_file_is_put_back_whole_and_the_next_tap_is_not_called_saved(tmp_path):
    path = tmp_path / "table.db"
    market = open_market(path)
    market.ensure_event()
    market.list_item("books", 2, "Before")
    assert market.file_is_its_own()
    os.unlink(path)
    assert not market.file_is_its_own()  # the checkpoints' thread leaves the name alone from now on
    with pytest.raises(StoreProblem) as refused:
        market.list_item("books", 1, "After")
    assert refused.value.kind == "moved" and str(path) in refused.value.sentence
    assert "not saved" in refused.value.sentence
    with pytest.raises(StoreProblem):  # and every change after it, until the kiosk starts again
        market.take_one(next(iter(market.available())).id)
    kept = refused.value.params["kept"]
    assert kept != str(path) and titles(kept) == {"Before"}  # kept whole at once: a kill now loses nothing either
    market.close()  # the kiosk stops
    assert titles(path) == {"Before"}  # and its next start puts the file back from the copy
    assert not any(tmp_path.glob("table.db.kept-*/*"))


def test_a_data_file_replaced_under_the_kiosk_is_left_as_it_is_and_ours_is_kept_beside(tmp_path):
    path = tmp_path / "table.db"
    market = open_market(path)
    market.ensure_event()
    market.list_item("books", 2, "Ours")
    other = tmp_path / "restored-backup.db"
    copy = open_market(other)
    copy.ensure_event()
    copy.list_item("tools", 1, "Someone's backup")
    copy.close()
    other_bytes = other.read_bytes()
    os.replace(other, path)  # a steward puts an old backup in place while the kiosk runs
    with pytest.raises(StoreProblem) as refused:
        market.list_item("books", 1, "After")
    kept = refused.value.params["kept"]
    assert refused.value.kind == "moved" and kept != str(path)
    market.close()
    assert path.read_bytes() == other_bytes  # the file put there is untouched: no -wal of ours was taken to it
    assert titles(kept) == {"Ours"}
    assert titles(path) == {"Someone's backup"}


def test_reads_still_work_and_an_unchanged_file_is_never_refused(tmp_path):
    path = tmp_path / "table.db"
    market = open_market(path)
    market.ensure_event()
    for n in range(3):
        market.list_item("books", 1, f"Thing {n}")
    os.utime(path)  # touched, copied over nothing: the same file
    market.list_item("books", 1, "Thing 3")
    assert len(market.available()) == 4
    market.close()
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()


def test_a_data_folder_removed_whole_is_one_plain_sentence_and_nothing_is_said_saved(tmp_path):
    """The folder itself gone (rm -r): there is nowhere to keep a copy, and the tap is still refused plainly."""
    import shutil

    folder = tmp_path / "data"
    folder.mkdir()
    market = open_market(folder / "table.db")
    market.ensure_event()
    market.list_item("books", 1, "Before")
    shutil.rmtree(folder)
    with pytest.raises(StoreProblem) as refused:
        market.list_item("books", 1, "After")
    assert refused.value.kind == "unreachable" and "not saved" in refused.value.sentence
    market.close()
