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
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "does not exist" in out.stderr
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


@pytest.mark.parametrize(("paper", "points"), [("62mm", (283, 176)), ("dymo-99012", (252, 102)),
                                               ("a4-21", (595, 842)), ("letter-30", (612, 792))])
def test_food_labels_print_a_label_per_food_thing_at_the_labels_own_size(demo_db: Path, tmp_path: Path, paper,
                                                                          points):
    pdf = tmp_path / f"labels-{paper}.pdf"
    done = run("signs", "--db", str(demo_db), "--kind", "food-labels", "--paper", paper, "--lang", "en,es",
               "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = tuple(round(float(v)) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert size == points, info
    pages = int(re.search(r"Pages:\s+(\d+)", info)[1])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Pasta" in text and "Contains:" in text and "Eat by" in text and "Contiene:" in text
    assert "Books" not in text  # food only
    assert f"Wrote {pages} page" in done.stdout


def test_food_labels_and_signs_each_keep_to_their_own_papers(demo_db: Path, tmp_path: Path):
    wrong = run("signs", "--db", str(demo_db), "--kind", "food-labels", "--paper", "a4", "--out",
                str(tmp_path / "x.pdf"))
    assert wrong.returncode != 0 and "62mm" in wrong.stderr and not (tmp_path / "x.pdf").exists()
    wrong = run("signs", "--db", str(demo_db), "--kind", "tents", "--paper", "62mm", "--out", str(tmp_path / "y.pdf"))
    assert wrong.returncode != 0 and "food labels" in wrong.stderr
