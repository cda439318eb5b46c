"""`commons-table export`: csv, json and pdf files, or one sentence and exit 2 — never half a file."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from kiosk.demo import fill_demo
from kiosk.store import open_market
from kiosk.store.summary import read_summary
from tests.unit.test_cli import one_sentence, run
from tests.unit.test_summary import MARKER, TITLE_MARKER, plant_contacts


@pytest.fixture(scope="module")
def closed_demo(tmp_path_factory) -> Path:
    """A demo market with planted contacts, closed (contacts erased), in its own data file."""
    from tests.conftest import FakeClock

    db = tmp_path_factory.mktemp("export") / "market.db"
    market = open_market(db, clock=FakeClock())
    fill_demo(market)
    plant_contacts(market)
    market.close_event(market.current_event().id, "handed_off")
    market.close()
    return db


def test_csv_and_json_from_the_command_line(closed_demo, tmp_path):
    out = run("export", "--db", str(closed_demo), "--format", "csv", "--out", str(tmp_path / "s.csv"))
    assert out.returncode == 0, out.stderr
    with (tmp_path / "s.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = {r["category"]: r for r in csv.DictReader(f)}
    market = open_market(closed_demo)
    summary = read_summary(market, 1)
    market.close()
    kinds = {c.key for c in summary.categories}
    brought = {k: int(r["brought"]) for k, r in rows.items() if k in kinds}
    assert brought == {c.key: c.brought for c in summary.categories}
    assert int(rows["meals_served"]["brought"]) == summary.meals_served  # the meal's rows follow the kinds'
    assert set(rows) - kinds == {"meals_served", *(f"food_rescued_{'kg' if r.kg else 'pieces'}:{r.source}"
                                                   for r in summary.rescued)}
    out = run("export", "--db", str(closed_demo), "--event", "1", "--format", "json", "--out", str(tmp_path / "s.json"))
    assert out.returncode == 0, out.stderr
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["totals"]["taken"] == summary.taken and data["event"]["id"] == 1


@pytest.mark.parametrize("args, words", [
    (["--format", "xlsx", "--out", "OUT/s.xlsx"], "format"),
    (["--event", "7", "--format", "csv", "--out", "OUT/s.csv"], "no event"),
    (["--event", "soon", "--format", "csv", "--out", "OUT/s.csv"], "number"),
    (["--format", "csv", "--out", "OUT/missing/s.csv"], "does not exist"),
    (["--format", "json", "--out", "/proc/s.json"], "Cannot write"),
    (["--format", "pdf", "--out", "/proc/s.pdf"], "Cannot write"),
    (["--format", "csv", "--out", "OUT"], "folder"),
    (["--format", "csv"], "required"),
])
def test_bad_exports_say_one_sentence_exit_2_and_leave_no_file(closed_demo, tmp_path, args, words):
    out = run("export", "--db", str(closed_demo), *[a.replace("OUT", str(tmp_path)) for a in args])
    assert out.returncode == 2
    assert words in one_sentence(out.stderr)
    assert list(tmp_path.iterdir()) == []


def test_export_needs_an_existing_data_file(tmp_path):
    out = run("export", "--db", str(tmp_path / "nothing.db"), "--format", "csv", "--out", str(tmp_path / "s.csv"))
    assert out.returncode == 2 and "no data file" in one_sentence(out.stderr)
    assert not (tmp_path / "nothing.db").exists()


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return unicodedata.normalize("NFKC", text)  # "ﬀ" ligatures back to letters


def page_image(path: Path, page: int, tmp_path: Path) -> Image.Image:
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(prefix)], check=True)
    return Image.open(f"{prefix}.png").convert("RGB")


def colour_share(image: Image.Image, box: tuple[float, float, float, float], rgb: tuple[int, int, int]) -> float:
    """The share of pixels in a region (fractions of the page) within a small distance of a colour."""
    w, h = image.size
    region = image.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
    pixels = [region.getpixel((x, y)) for y in range(region.height) for x in range(region.width)]
    near = sum(1 for p in pixels if sum(abs(a - b) for a, b in zip(p, rgb, strict=True)) < 40)
    return near / len(pixels)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_report_holds_totals_names_charts_and_leftovers_but_no_contact(closed_demo, tmp_path):
    pdf = tmp_path / "report.pdf"
    out = run("export", "--db", str(closed_demo), "--format", "pdf", "--out", str(pdf))
    assert out.returncode == 0, out.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    text = pdf_text(pdf)
    market = open_market(closed_demo)
    summary = read_summary(market, 1)
    market.close()
    flat = " ".join(text.split())
    assert f"Together we shared {summary.brought} things in {summary.categories_shared} kinds." in flat
    assert f"{summary.taken} found a new home; {summary.still_here} were still here at the end." in flat
    for c in summary.categories:
        assert c.name("en") in text
    assert "Leftovers hand-off sheet" in text and "Handed off" in text
    assert "Vegan sandwiches" in text and "Contains soy" in text and "Perishable — eat today" in text
    assert "Jeans · M" in text
    assert MARKER not in text and TITLE_MARKER not in text and "555" not in text
    # The charts are there: the bar colours fill part of page 1's lower half and page 2's lower half.
    first = page_image(pdf, 1, tmp_path)
    assert colour_share(first, (0.05, 0.45, 0.95, 0.95), (0x1f, 0x6f, 0x5c)) > 0.03
    assert colour_share(first, (0.05, 0.45, 0.95, 0.95), (0xd9, 0xa4, 0x41)) > 0.03
    second = page_image(pdf, 2, tmp_path)
    assert colour_share(second, (0.05, 0.55, 0.95, 0.95), (0x6a, 0x8c, 0xaf)) > 0.005
