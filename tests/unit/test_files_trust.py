"""Whose file is this? Our files are marked; another file's -wal is never replayed into ours; commands that
only read never write, migrate or convert the file; --out never names the data file (issue 10, items 1, 5)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.errors import StoreProblem
from kiosk.store import open_market, open_market_readonly
from kiosk.store.database import APPLICATION_ID, wal_belongs
from tests.unit.test_cli import one_sentence, run
from tests.unit.test_migrations import make_version_1
from tests.unit.test_one_file_one_kiosk import another_apps_pair

# A kiosk that lists 60 things and is killed, leaving its -wal behind.
KILLED_KIOSK = r"""
import sys, time
from kiosk.store import open_market
market = open_market(sys.argv[1])
for n in range(60):
    market.list_item("books", 1, f"Other kiosk's box {n}")
print("listed", flush=True)
time.sleep(60)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def killed_with_wal(path: Path) -> Path:
    proc = subprocess.Popen([sys.executable, "-c", KILLED_KIOSK, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "listed\n"
    proc.kill()
    proc.communicate(timeout=10)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 4096, "the killed kiosk left no -wal"
    return wal


@pytest.fixture(scope="module")
def copy_with_foreign_wal(tmp_path_factory) -> tuple[Path, Path, int]:
    """The audit's case: a copied demo file with another kiosk's -wal put beside it."""
    folder = tmp_path_factory.mktemp("foreign")
    demo = folder / "demo.db"
    market = open_market(demo)
    fill_demo(market)
    here = market.things_here()
    market.close()
    other_wal = killed_with_wal(folder / "other.db")
    return demo, other_wal, here


def beside(folder: Path, demo: Path, other_wal: Path) -> Path:
    path = folder / "copied.db"
    shutil.copyfile(demo, path)
    shutil.copyfile(other_wal, path.with_name("copied.db-wal"))
    return path


def test_our_files_are_marked(market, db_path):
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_export_of_a_copy_with_another_kiosks_wal_reads_the_copy_and_keeps_every_byte(copy_with_foreign_wal,
                                                                                       tmp_path):
    demo, other_wal, here = copy_with_foreign_wal
    path = beside(tmp_path, demo, other_wal)
    before = {p.name: digest(p) for p in tmp_path.iterdir()}
    assert not wal_belongs(path)
    out = tmp_path / "summary.json"
    result = run("export", "--db", str(path), "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    totals = json.loads(out.read_text())["totals"]
    assert totals["still_here"] + totals["lots_piles"] == here  # the demo's things, not the other kiosk's 60
    # The file and the -wal beside it are as they were, and nothing was copied: a command that only reads
    # writes nothing beside the file, however often it runs (issue 27, item 5: each copy held the contacts).
    assert {p.name: digest(p) for p in tmp_path.iterdir() if p.name in before} == before
    run("export", "--db", str(path), "--format", "json", "--out", str(out))
    assert {p.name for p in tmp_path.iterdir()} == {*before, "summary.json"}


def test_the_kiosk_keeps_a_foreign_wal_aside_and_starts_from_its_own_file(copy_with_foreign_wal, tmp_path):
    demo, other_wal, here = copy_with_foreign_wal
    path = beside(tmp_path, demo, other_wal)
    wal_bytes = other_wal.read_bytes()
    market = open_market(path)
    try:
        assert market.things_here() == here
        assert not any("Other kiosk" in i.title for i in market.available())
    finally:
        market.close()
    [aside] = [p for p in tmp_path.iterdir() if ".foreign-wal-" in p.name]
    assert (aside / "copied.db-wal").read_bytes() == wal_bytes
    assert (aside / "copied.db").read_bytes() == demo.read_bytes()


def test_a_kiosks_own_wal_after_a_kill_is_replayed(tmp_path):
    path = tmp_path / "mine.db"
    killed_with_wal(path)
    assert wal_belongs(path)
    market = open_market(path)
    try:
        assert market.things_here() == 60
    finally:
        market.close()
    assert not [p for p in tmp_path.iterdir() if ".foreign-wal-" in p.name]


def unrelated_sqlite_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    con.execute("INSERT INTO photos (caption) VALUES ('holiday')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("command", [
    ["export", "--format", "csv", "--out", "OUT.csv"],
    ["signs", "--out", "OUT.pdf", "--kind", "welcome"],
    ["screenshot", "--screen", "home", "--size", "800x480", "--out", "OUT.png"],
])
@pytest.mark.parametrize("what", ["unrelated", "empty"])
def test_commands_that_read_refuse_another_programs_file_or_an_empty_one_and_leave_it_alone(tmp_path, command,
                                                                                          what):
    path = tmp_path / "photos.db"
    if what == "unrelated":
        unrelated_sqlite_file(path)
    else:
        path.write_bytes(b"")
    before = path.read_bytes()
    args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    result = run(args[0], "--db", str(path), *args[1:])
    assert result.returncode == 2
    sentence = one_sentence(result.stderr)
    assert "not a Commons Table data file" in sentence
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]


def test_the_kiosk_refuses_another_programs_sqlite_file_too(tmp_path):
    path = unrelated_sqlite_file(tmp_path / "photos.db")
    before = path.read_bytes()
    with pytest.raises(StoreProblem) as refused:
        open_market(path)
    assert refused.value.kind == "foreign"
    assert path.read_bytes() == before


def test_a_file_marked_by_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreProblem) as refused:
        open_market_readonly(path)
    assert refused.value.kind == "foreign"


def test_reading_an_older_file_never_migrates_it(tmp_path):
    path = tmp_path / "old.db"
    make_version_1(path)
    before = path.read_bytes()
    out = tmp_path / "old.csv"
    result = run("export", "--db", str(path), "--format", "csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Pumpkin soup" not in out.read_text(encoding="utf-8-sig")  # counts only, and the counts are there
    assert out.read_text(encoding="utf-8-sig").count("\n") > 5
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv", "old.db"]


def test_reading_a_live_file_creates_nothing_beside_it(demo_market, db_path, tmp_path):
    demo_market.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    before = db_path.read_bytes()
    market = open_market_readonly(db_path)
    market.list_item("books", 3, "Written to the copy in memory only")
    market.close()
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names


# ----- item 5: --out naming the data file ---------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["export", "--format", "csv"],
    ["export", "--format", "pdf"],
    ["signs", "--kind", "welcome"],
    ["screenshot", "--screen", "home", "--size", "800x480"],
])
@pytest.mark.parametrize("spelling", ["same", "relative", "symlink", "wal", "shm"])
def test_out_naming_the_data_file_is_refused_and_the_file_is_untouched(demo_market, db_path, tmp_path, command,
                                                                        spelling):
    # The kiosk is still running on the file: its -wal and -shm are there.
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    out = {
        "same": str(db_path),
        "relative": os.path.relpath(db_path, cwd),
        "symlink": str(cwd / "link.out"),
        "wal": str(db_path) + "-wal",
        "shm": str(db_path) + "-shm",
    }[spelling]
    if spelling == "symlink":
        os.symlink(db_path, out)
    parts = [db_path, Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm")]
    before = [p.read_bytes() for p in parts]
    result = subprocess.run([sys.executable, "-m", "commons_table", command[0], "--db", str(db_path), *command[1:],
                             "--out", out], capture_output=True, text=True, timeout=120, cwd=cwd,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert result.returncode == 2
    assert "please write to another file" in one_sentence(result.stderr)
    assert [p.read_bytes() for p in parts] == before


def test_another_programs_wal_beside_our_file_is_set_aside_and_the_file_opens(copy_with_foreign_wal, tmp_path):
    """A -wal of another program's SQLite file beside ours (a copy put the pair's -wal next to the wrong file):
    the start refused the whole data file as "not a Commons Table data file", which it is, and the kiosk stayed
    down until someone deleted the -wal by hand. It is set aside as another kiosk's is."""
    demo, _, here = copy_with_foreign_wal
    _, wal_bytes = another_apps_pair(tmp_path / "notes.db")
    path = tmp_path / "copied.db"
    shutil.copyfile(demo, path)
    path.with_name("copied.db-wal").write_bytes(wal_bytes)
    market = open_market(path)
    try:
        assert market.things_here() == here
        assert market.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").fetchone()[0] == 0
    finally:
        market.close()
    [aside] = [p for p in tmp_path.iterdir() if ".foreign-wal-" in p.name]
    assert (aside / "copied.db-wal").read_bytes() == wal_bytes
