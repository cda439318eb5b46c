"""commons-table signs: a PDF of the table's signs from the command line; bad values are one sentence."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.store import open_market


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "commons_table", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "market.db"
    # Today's market (the command runs on the real clock): one from an earlier day would be closed on opening.
    market = open_market(path)
    fill_demo(market)
    market.close()
    return path


@pytest.mark.parametrize(("args", "words"), [
    (["--paper", "a3"], "paper 'a3'"),
    (["--kind", "flyers"], "kind of sign 'flyers'"),
    (["--lang", "de"], "language 'de'"),
    (["--lang", "en,es,en,fr"], "one language or two"),
    (["--lang", "en,de"], "language 'de'"),
    (["--lang", ","], "one language or two"),
])
def test_bad_values_say_one_sentence_and_exit_2(demo_db: Path, tmp_path: Path, args, words):
    out = run("signs", "--db", str(demo_db), "--out", str(tmp_path / "s.pdf"), *args)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("commons-table: ") and words in lines[0], out.stderr
    assert lines[0].endswith(".") and "Traceback" not in out.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_a_missing_data_file_or_folder_is_one_sentence(demo_db: Path, tmp_path: Path):
    out = run("signs", "--db", str(tmp_path / "nope.db"), "--out", str(tmp_path / "s.pdf"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "no data file" in out.stderr
    out = run("signs", "--db", str(demo_db), "--out", str(tmp_path / "no" / "such" / "s.pdf"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "no such folder" in out.stderr.lower()
    assert not list(tmp_path.glob("**/*.part"))


def test_signs_writes_every_kind_into_one_pdf(demo_db: Path, tmp_path: Path):
    pdf = tmp_path / "all.pdf"
    out = run("signs", "--db", str(demo_db), "--out", str(pdf), "--paper", "letter", "--lang", "es,en")
    assert out.returncode == 0, out.stderr
    assert "30 páginas" in out.stdout  # --lang es,en: the command speaks Spanish too
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+30\b", info) and "letter" in info
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])
    assert not list(tmp_path.glob("*.part"))


def test_one_kind_in_one_language(demo_db: Path, tmp_path: Path):
    pdf = tmp_path / "wanted.pdf"
    out = run("signs", "--db", str(demo_db), "--out", str(pdf), "--kind", "wanted", "--lang", "es")
    assert out.returncode == 0, out.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Se busca" in text and "Wanted" not in text
