"""Food labels on the four papers: every label inside its sticker, every text inside its box (measured with
QFontMetrics by the painter), in all four languages, one and two at a time, Arabic mirrored."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PySide6.QtCore import QRectF

from kiosk.catalog import ALLERGEN_KEYS, CONTAINS, LANGUAGES
from kiosk.labels import FoodLabel, make_label
from kiosk.store import Market
from ui.printing.labels import LABEL_PAPERS, PAPER_NAMES, LabelJob, label_document, write_labels
from ui.printing.output import render_image
from ui.printing.painter import fits_inside

TODAY = dt.date(2026, 12, 6)
LANGS = [(lang,) for lang in LANGUAGES] + [("en", "ar"), ("ar", "es"), ("fr", "en"), ("es", "fr")]


def labels() -> list[FoodLabel]:
    """A plain label, and the longest a steward could make: every allergen, long words, ingredients."""
    return [
        make_label("Lentil soup", "cooked", TODAY, TODAY + dt.timedelta(days=2), allergens=["celery"], diet="vegan"),
        make_label("Caldo de verduras con garbanzos y espinacas del mercado", "cooked", TODAY,
                   TODAY + dt.timedelta(days=7), "lentils, onion, carrot, celery, tomatoes, cumin, olive oil, "
                   "flour, milk, butter, eggs, mustard seed, sesame oil, white wine", ALLERGEN_KEYS, "vegetarian",
                   rescued=True, copies=2),
        make_label("", "bread", TODAY, None),
    ]


def sticker_of(job: LabelJob, page: int, box: QRectF) -> QRectF | None:
    return next((rect for p, rect in job.stickers if p == page and fits_inside(box, rect)), None)


@pytest.mark.parametrize("langs", LANGS, ids="+".join)
@pytest.mark.parametrize("paper", PAPER_NAMES)
def test_every_label_is_inside_its_sticker_and_no_word_is_cut(qapp, market: Market, paper: str, langs):
    job = LabelJob(market, langs, labels=labels() * 4, paper=paper)  # 16 labels: sheets show their grid
    render, orientation = label_document(job)
    _, pages = render_image(render, paper, orientation, dpi=150, page=0)
    spec = LABEL_PAPERS[paper]
    assert len(job.stickers) == 16
    assert pages == -(-16 // spec.per_page)
    dots = 150 / 25.4
    width, height = (spec.sticker[0] * dots, spec.sticker[1] * dots)
    for _, rect in job.stickers:
        assert rect.width() == pytest.approx(width, abs=1) and rect.height() == pytest.approx(height, abs=1)
    # Stickers of a page never overlap: each is its own sticker of the sheet.
    for page in range(pages):
        rects = [r for p, r in job.stickers if p == page]
        for n, a in enumerate(rects):
            assert all(not a.intersects(b.adjusted(1, 1, -1, -1)) for b in rects[n + 1:])
    assert job.printed
    for printed in job.printed:
        assert fits_inside(printed.bounds, printed.box), (printed.label, printed.fit.text)
        sticker = sticker_of(job, printed.page, printed.box)
        assert sticker is not None, (printed.label, printed.fit.text)
        pad = QRectF(sticker).adjusted(spec.pad[0] * dots - 1, spec.pad[1] * dots - 1, -spec.pad[0] * dots + 1,
                                       -spec.pad[1] * dots + 1)
        assert fits_inside(printed.bounds, pad), (printed.label, printed.fit.text)
    said = [p.fit.text for p in job.printed]
    for lang in langs:
        assert any(text.startswith(CONTAINS[lang]) for text in said), lang  # "Contains" in every language
    bold = [p for p in job.printed if p.label == "label-allergens"]
    assert bold and all(p.fit.font.bold() for p in bold)


@pytest.mark.parametrize("paper", PAPER_NAMES)
def test_arabic_labels_are_mirrored_like_the_other_signs(qapp, market: Market, paper: str):
    sides = {}
    for langs in (("en",), ("ar",)):
        job = LabelJob(market, langs, labels=labels()[:1], paper=paper)
        render, orientation = label_document(job)
        render_image(render, paper, orientation, dpi=100)
        sticker = job.stickers[0][1]
        title = next(p for p in job.printed if p.label == "label-title")
        sides[langs[0]] = (title.bounds.center().x() - sticker.center().x(), sticker)
    assert sides["en"][0] < 0 < sides["ar"][0]  # the title starts at the left in English, the right in Arabic
    if LABEL_PAPERS[paper].per_page > 1:  # the first sticker is the sheet's top right in Arabic
        assert sides["ar"][1].left() > sides["en"][1].left()


def test_the_sheets_are_the_avery_grids(qapp, market: Market):
    """Avery L7160 (A4) and 5160 (Letter): the first and last sticker where the templates put them."""
    for paper, first, last in (("a4-21", (7.21, 15.15), (7.21 + 2 * 66.04, 15.15 + 6 * 38.1)),
                               ("letter-30", (4.7625, 12.7), (4.7625 + 2 * 69.85, 12.7 + 9 * 25.4))):
        spec = LABEL_PAPERS[paper]
        job = LabelJob(market, ("en",), labels=[labels()[0]] * spec.per_page, paper=paper)
        render, orientation = label_document(job)
        render_image(render, paper, orientation, dpi=254)  # 10 dots a millimetre
        rects = [r for _, r in job.stickers]
        assert (rects[0].left() / 10, rects[0].top() / 10) == pytest.approx(first, abs=0.05)
        assert (rects[-1].left() / 10, rects[-1].top() / 10) == pytest.approx(last, abs=0.05)
        page_w, page_h = {"a4-21": (210, 297), "letter-30": (215.9, 279.4)}[paper]
        assert rects[-1].right() / 10 == pytest.approx(page_w - first[0], abs=0.05)
        assert rects[-1].bottom() / 10 == pytest.approx(page_h - first[1], abs=0.05)


@pytest.mark.parametrize(("paper", "points"), [("62mm", (283, 176)), ("dymo-99012", (252, 102)),
                                               ("a4-21", (595, 842)), ("letter-30", (612, 792))])
def test_the_pdf_is_the_labels_own_page_size(qapp, market: Market, tmp_path, paper, points):
    out = tmp_path / f"{paper}.pdf"
    job = LabelJob(market, ("es", "en"), labels=labels(), paper=paper)
    pages = write_labels(out, job)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info)[1]) == pages
    size = tuple(round(float(v)) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert size == points, info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Contiene" in text and "Contains" in text and "Consumir antes del" in text
