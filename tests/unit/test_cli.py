"""The command line's contract: one clear sentence and exit status 2 for anything wrong."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "commons_table", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def one_sentence(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("commons-table:")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["--frobnicate"],
    ["--lang", "xx"],
    ["demo"],
    ["screenshot", "--db", "/nonexistent/x.db", "--screen", "home", "--out", "PNG"],
    ["screenshot", "--db", "DB", "--screen", "nowhere", "--out", "PNG"],
    ["screenshot", "--db", "DB", "--screen", "home", "--size", "huge", "--out", "PNG"],
])
def test_bad_invocations_say_one_sentence_and_exit_2(args, tmp_path):
    db = tmp_path / "t.db"
    sqlite3.connect(db).close()
    png = tmp_path / "x.png"
    out = run(*[{"DB": str(db), "PNG": str(png)}.get(a, a) for a in args])
    assert out.returncode == 2
    one_sentence(out.stderr)
    assert not png.exists()


def test_starting_without_a_screen_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "commons_table", "--db", str(tmp_path / "t.db")], capture_output=True,
                         text=True, timeout=60, env=env)
    assert out.returncode == 2
    assert "needs a screen" in one_sentence(out.stderr)


def test_unreadable_db_is_refused(tmp_path):
    db = tmp_path / "t.db"
    db.write_bytes(b"not a database at all" * 100)
    out = run("demo", "--db", str(db))
    assert out.returncode == 2
    # A text is no damaged data file: it is left exactly as it is (issue 27, item 7).
    assert "left as it is" in one_sentence(out.stderr)
    assert db.read_bytes() == b"not a database at all" * 100 and [p.name for p in tmp_path.iterdir()] == ["t.db"]
    db.write_bytes(b"\x00" + b"binary junk" * 100)
    out = run("demo", "--db", str(db))
    assert out.returncode == 2 and "damaged" in one_sentence(out.stderr)


def test_demo_fills_a_realistic_market(tmp_path):
    db = tmp_path / "m.db"
    out = run("demo", "--db", str(db))
    assert out.returncode == 0, out.stderr
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("SELECT COUNT(*) FROM items").fetchone()[0] >= 60
        assert con.execute("SELECT COUNT(DISTINCT category_key) FROM items").fetchone()[0] >= 8
        assert con.execute("SELECT COUNT(*) FROM items WHERE gone = 1").fetchone()[0] > 0
        assert con.execute("SELECT COUNT(*) FROM items WHERE gone = 0 AND left_count < quantity").fetchone()[0] > 0
        assert con.execute("SELECT COUNT(*) FROM wants").fetchone()[0] == 3
        assert con.execute("SELECT COUNT(*) FROM skill_offers").fetchone()[0] == 4
        assert con.execute("SELECT COUNT(*) FROM skill_offers WHERE contact IS NOT NULL").fetchone()[0] == 1


def test_screenshot_writes_a_png_of_the_home_screen(tmp_path):
    db = tmp_path / "m.db"
    assert run("demo", "--db", str(db)).returncode == 0
    png = tmp_path / "home.png"
    out = run("screenshot", "--db", str(db), "--screen", "home", "--size", "800x480", "--out", str(png))
    assert out.returncode == 0, out.stderr
    from PIL import Image

    with Image.open(png) as image:
        assert image.size == (800, 480)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50  # not a blank picture


def test_demo_never_mixes_into_a_file_that_holds_markets(tmp_path):
    db = tmp_path / "m.db"
    assert run("demo", "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    before = con.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    con.close()
    again = run("demo", "--db", str(db))
    assert again.returncode == 2
    assert "already holds markets" in one_sentence(again.stderr)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM items").fetchone()[0] == before
    con.close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_of_a_file_damaged_where_it_reads_says_so_in_one_sentence(fmt, tmp_path):
    """A command that only reads does not check every page of the file first (that read the whole file, 0.2 s at
    100 000 things): what it reads is checked as it is read, and a damaged page it needs is one plain sentence."""
    from kiosk.store import open_market

    db = tmp_path / "t.db"
    market = open_market(db)
    market.ensure_event()
    for n in range(400):
        market.list_item("books", 2, f"Book number {n}")
    market.close()
    with closing(sqlite3.connect(db)) as con:
        pages = [page for (page,) in con.execute(
            "SELECT pageno FROM dbstat WHERE name = 'items_by_kind' AND pagetype = 'leaf'")]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    assert len(pages) > 1
    with db.open("r+b") as file:  # a leaf of the index the summary reads its things from, overwritten
        file.seek((pages[0] - 1) * size)
        file.write(b"\xff" * size)
    out = run("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / f"s.{fmt}"))
    # Said as at a terminal: an export saves nothing into the data file, and its reader is the steward.
    assert out.returncode == 2 and one_sentence(out.stderr) == "commons-table: The kiosk's data file is damaged."
    assert not (tmp_path / f"s.{fmt}").exists()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "m.db"
    assert run("demo", "--db", str(db)).returncode == 0
    return db


@pytest.mark.parametrize("args", [["signs"], ["signs", "--kind", "food-labels"], ["screenshot", "--screen", "home"]])
def test_a_file_the_pdf_or_png_cannot_be_is_the_sentence_export_says(demo_file, tmp_path, args):
    """signs and screenshot name a folder, a missing folder or a full disk as export does: one sentence in the
    person's language that says what to change, never an English OSError, libpng's complaint or an empty file."""
    out = run(*args, "--db", str(demo_file), "--out", str(tmp_path))
    assert out.returncode == 2 and one_sentence(out.stderr).endswith("is a folder; please give a file name.")
    out = run(*args, "--db", str(demo_file), "--out", str(tmp_path / "nowhere" / "x"), LANG="fr_FR.UTF-8")
    assert out.returncode == 2 and one_sentence(out.stderr).endswith(f"Le dossier {tmp_path / 'nowhere'} n'existe pas.")
    out = run(*args, "--db", str(demo_file), "--out", "/dev/full")
    assert out.returncode == 2 and one_sentence(out.stderr).startswith("commons-table: Cannot write to /dev/full")
    assert "libpng" not in out.stderr


def test_a_setup_file_the_disk_refuses_names_the_file(demo_file):
    out = run("setup", "--db", str(demo_file), "--export", "/dev/full")
    assert out.returncode == 2
    assert one_sentence(out.stderr) == "commons-table: Cannot write to /dev/full: No space left on device."


def a_file_set_pin_refuses(kind: str, path) -> str:
    """A data file set-pin cannot use, and a word of the sentence that says why."""
    from kiosk.store import SCHEMA_VERSION, open_market

    if kind == "not a data file":
        path.write_bytes(b"a shopping list, not a data file\n" * 200)
        return "not a Commons Table data file"
    market = open_market(path)
    for n in range(40):
        market.list_item("books", 1, f"Book {n}")
    market.close()
    if kind == "newer":
        with closing(sqlite3.connect(path)) as con:
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        return "newer Commons Table"
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    return "damaged"


@pytest.mark.parametrize("kind", ["damaged", "newer", "not a data file"])
def test_set_pin_says_a_file_it_cannot_use_before_it_asks_for_a_pin(kind, tmp_path):
    db = tmp_path / "t.db"
    why = a_file_set_pin_refuses(kind, db)
    before = db.read_bytes()
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)],
                         input="1234\n1234\nyes\n", capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 2 and why in one_sentence(out.stderr)
    assert "PIN" not in out.stderr and "Keep it anyway" not in out.stderr  # nothing asked, nothing typed in vain
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["t.db"]


def test_a_data_folder_that_cannot_be_made_is_one_sentence_not_an_oserror(tmp_path):
    """--db in a folder that cannot be made (a file in the way; a read-only place is the same path) is the data
    file's own sentence, in the person's language, not the system's English words about a folder."""
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder\n")
    out = run("demo", "--db", str(in_the_way / "sub" / "m.db"))
    assert out.returncode == 2
    assert one_sentence(out.stderr) == "commons-table: The kiosk cannot read its data file."
    assert in_the_way.read_text() == "not a folder\n"


def test_set_pin_says_a_data_folder_it_cannot_make_before_it_asks_for_a_pin(tmp_path):
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder\n")
    out = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(in_the_way / "sub" / "t.db")],
                         input="86429173\n86429173\n", capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 2 and one_sentence(out.stderr) == "commons-table: The kiosk cannot read its data file."
    assert "PIN" not in out.stderr  # nothing asked, nothing typed in vain


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_the_disk_refuses_says_why_as_the_pdf_does(demo_file, fmt):
    out = run("export", "--db", str(demo_file), "--format", fmt, "--out", "/dev/full")
    assert out.returncode == 2
    assert one_sentence(out.stderr) == "commons-table: Cannot write to /dev/full: No space left on device."


@pytest.mark.parametrize(("lang", "missing", "full"), [
    ("es_ES.UTF-8", "No existe el archivo o la carpeta", "No queda espacio en el disco"),
    ("ar_EG.UTF-8", "لا يوجد ملف أو مجلد بهذا الاسم", "لم تبقَ مساحة على القرص"),
])
def test_what_the_system_says_of_a_file_is_said_in_the_machines_language(tmp_path, lang, missing, full):
    """A missing file to import and a full disk: the sentence was translated around the system's English
    ("… : No space left on device.", "No such file or directory (…)")."""
    db = tmp_path / "t.db"
    assert run("demo", "--db", str(db)).returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    said = subprocess.run([sys.executable, "-m", "commons_table", "setup", "--db", str(db), "--import",
                           str(tmp_path / "nowhere.json")], capture_output=True, text=True, timeout=120,
                          env={**env, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"})
    assert said.returncode == 2 and missing in one_sentence(said.stderr), said.stderr
    said = subprocess.run([sys.executable, "-m", "commons_table", "export", "--db", str(db), "--format", "csv",
                           "--out", "/dev/full"], capture_output=True, text=True, timeout=120,
                          env={**env, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"})
    assert said.returncode == 2 and full in one_sentence(said.stderr), said.stderr
