"""Table signs: every kind to PDF on A4 and Letter, the words in both languages, QR codes that scan,
names that always fit, and the printer path."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtPrintSupport import QPrinter

from kiosk.domain import Item
from kiosk.store import Market
from tests.qr import read_qr
from ui.printing.kinds import chosen
from ui.printing.output import PDF_DPI, print_to, render_image, write_pdf
from ui.printing.painter import Sheet, Size, blank_image, draw_qr, draw_text, fits_inside
from ui.printing.signs import SignJob, document, write_signs

KINDS = ("welcome", "categories", "tents", "here-now", "wanted")
PAGE_POINTS = {"a4": (595, 842), "letter": (612, 792)}


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return unicodedata.normalize("NFKC", text)  # also a ligature ("muﬃns": Qt 6.8 makes them) back to letters


def pdf_words(path: Path) -> str:
    """The PDF's text with every run of spaces and line breaks as one space (names wrap on signs)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_word_boxes(path: Path, page: int) -> list[tuple[float, float, float, float, str, int]]:
    """(x, y, right, bottom, word, page) for every word on a page, in points from the top-left corner."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(float(x0), float(y0), float(x1), float(y1), word.replace("&amp;", "&"), page)
            for x0, y0, x1, y1, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                html)]


def pdf_pages(path: Path) -> list[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def things_by_category(items: list[Item]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.category_key] = counts.get(item.category_key, 0) + (1 if item.is_lots else item.left or 0)
    return counts


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "signs.pdf"


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_prints_the_right_pages_on_both_papers(qapp, demo_market: Market, out, kind, paper):
    pages, _ = write_signs(demo_market, out, kind, paper, ("es", "en"))
    in_use = {i.category_key for i in demo_market.available()}
    expected = {"welcome": 1, "categories": len(in_use), "tents": len(in_use), "here-now": 2,
                "wanted": 1}[kind]
    assert pages == expected
    sizes = pdf_pages(out)
    assert len(sizes) == expected
    short, long = PAGE_POINTS[paper]
    landscape = kind in ("welcome", "categories")
    assert all(size == ((long, short) if landscape else (short, long)) for size in sizes)


def test_category_signs_and_tents_speak_both_languages(qapp, demo_market: Market, out):
    for kind in ("categories", "tents"):
        write_signs(demo_market, out, kind, "a4", ("es", "en"))
        text = pdf_words(out)
        for category in demo_market.categories():
            assert category.names["es"] in text and category.names["en"] in text, category.key
        assert "Gratis, para llevar" in text and "Free to take" in text


def test_the_here_now_sheet_counts_each_category_in_the_chosen_languages(qapp, demo_market: Market, out):
    write_signs(demo_market, out, "here-now", "letter", ("es", "en"))
    text = pdf_text(out)
    items = demo_market.available()
    total = sum(things_by_category(items).values())
    assert f"{total} cosas en la mesa" in text and f"{total} things on the table" in text
    words = pdf_word_boxes(out, page=1) + pdf_word_boxes(out, page=2)
    for category in demo_market.categories():
        count = things_by_category(items).get(category.key)
        if count is None:
            assert category.names["es"] not in text
            continue
        assert category.names["en"] in text
        # The heading: the count stands to the right of the name, in the same band, in the same column.
        unique = next(part for part in category.names["es"].split() if [w[4] for w in words].count(part) == 1)
        name = next(w for w in words if w[4] == unique)
        assert any(w[4] == str(count) and w[5] == name[5] and name[0] < w[0] < name[0] + 300
                   and abs(w[1] - name[1]) < 20 for w in words), (category.key, count)
    for item in items:
        if item.title:
            assert item.title in text
    assert "Vegano" in text and "Vegan" in text  # the marks' legend
    assert "Página 1 de 2" in text


def test_the_wanted_sheet_lists_the_open_wants(qapp, demo_market: Market, out):
    write_signs(demo_market, out, "wanted", "a4", ("en",))
    text = pdf_text(out)
    for want in demo_market.open_wants():
        assert want.title in text
    assert "size 39" in text
    assert "Se busca" not in text  # one language chosen: no Spanish
    demo_market.mark_found(demo_market.open_wants()[0].id)
    write_signs(demo_market, out, "wanted", "a4", ("es",))
    text = pdf_text(out)
    assert "Se busca" in text and "Winter boots" in text and "Bike for a 6-year-old" not in text


def test_the_welcome_sign_uses_the_stewards_words(qapp, demo_market: Market, out):
    write_signs(demo_market, out, "welcome", "a4", ("en", "es"))
    text = " ".join(pdf_text(out).split())
    assert "Nobody keeps score." in text and "Nadie lleva la cuenta." in text
    demo_market.set_setting("welcome_text", {"en": "Free soup and free books, all day long"})
    write_signs(demo_market, out, "welcome", "a4", ("en", "es"))
    text = " ".join(pdf_text(out).split())
    assert "Free soup and free books, all day long" in text and "Nobody keeps score" not in text
    assert "Nadie lleva la cuenta." in text  # Spanish was not rewritten: its usual words stay


def test_everything_at_once_turns_the_paper_as_each_sign_needs(qapp, demo_market: Market, out):
    pages, _ = write_signs(demo_market, out, "all", "letter", ("en",))
    sizes = pdf_pages(out)
    assert pages == len(sizes) == 1 + 13 + 13 + 2 + 1
    landscape, portrait = (792, 612), (612, 792)
    assert sizes[:14] == [landscape] * 14 and sizes[14:] == [portrait] * 16


# ----- QR codes ----------------------------------------------------------------------------------------

PAYLOADS = [
    "https://example.org/skills?id=42",
    "Reparación de bicis — ¡gratis! 🚲🔧 Ñandú, crème brûlée, Grüße",
    "BEGIN:VCALENDAR\nSUMMARY:Skills share 🌱\nLOCATION:Jardín comunitario, 5th & Pine\nEND:VCALENDAR",
    "x" * 300,
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_painted_qr_code_scans_to_exactly_its_payload(qapp, tmp_path: Path, payload: str):
    painted: list[tuple[QRectF, QRectF]] = []

    def render(painter: QPainter, sheet: Sheet) -> None:
        box = QRectF(sheet.rect.left(), sheet.rect.top(), sheet.mm(60), sheet.mm(60))
        painted.append((box, draw_qr(painter, box, payload)))

    pdf = tmp_path / "qr.pdf"
    write_pdf(pdf, render, "a4", "portrait")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "qr")],
                   check=True)
    results = read_qr(Image.open(tmp_path / "qr.png"))
    assert [r.text for r in results] == [payload]
    box, square = painted[0]
    assert fits_inside(square, box) and square.width() > box.width() * 0.95  # as big as its box allows


def test_a_qr_code_has_a_four_module_quiet_zone(qapp):
    from ui.printing.painter import qr_matrix

    modules = len(qr_matrix("hello")) + 8

    def render(painter: QPainter, sheet: Sheet) -> None:
        draw_qr(painter, QRectF(0, 0, modules * 10, modules * 10), "hello")

    image, _ = render_image(render, "a4", "portrait", dpi=254)  # 10 dots a millimetre
    margin = round(12 * 10)  # the page margin, in dots
    for n in range(40):  # the first four modules (40 dots) in from the corner are white
        assert image.pixelColor(margin + n, margin + n).lightness() > 250
    assert image.pixelColor(margin + 45, margin + 45).lightness() < 5  # the finder pattern starts


# ----- fitting -----------------------------------------------------------------------------------------

LONG_NAMES = {
    "books": ("Secondhand books, magazines, comics, maps and sheet music too",
              "Libros, revistas, cómics, mapas y partituras de segunda mano"),
    "tools": ("Hand-tools-power-tools-garden-tools-bike-tools-and-everything",
              "Herramientasdemanoeléctricasdejardínybicicletasytodolodemás"),
}


def test_sixty_character_category_names_fit_their_box_on_every_sign(qapp, demo_market: Market, out):
    for key, (en, es) in LONG_NAMES.items():
        assert len(en) >= 60 and len(es) >= 58
        demo_market.db.execute("UPDATE categories SET names = ? WHERE key = ?",
                               [json.dumps({"en": en, "es": es}), key])
    demo_market._categories = None
    demo_market.post_want("tools", "", "")
    for paper in ("a4", "letter"):
        for kind in KINDS:
            _, job = write_signs(demo_market, out, kind, paper, ("en", "es"))
            long_ones = [p for p in job.printed if any(n in p.fit.text.replace("\u00a0", " ")
                                                         for pair in LONG_NAMES.values() for n in pair)]
            if kind != "welcome":
                assert long_ones, kind
            for printed in job.printed:
                # Measured again, independently of the painter: the text's bounds at the font it chose.
                metrics = QFontMetricsF(printed.fit.font, _device_like(paper))
                bounds = metrics.boundingRect(printed.fit.box, printed.fit.flags, printed.fit.text)
                assert fits_inside(bounds, printed.fit.box, slack=1.0), (kind, paper, printed.fit.text)
                assert fits_inside(printed.fit.bounds, printed.fit.box, slack=1.0)
                # And the box itself lies on the printable part of the paper.
                assert fits_inside(printed.box, job_page_rect(paper, kind), slack=1.0), (kind, printed.label)
            # The first language's name is still big enough to read across a table.
            smallest = {"categories": 18, "tents": 12}.get(kind)
            for printed in long_ones:
                if smallest and printed.label == "category" and printed.fit.font.bold():
                    assert printed.fit.size >= smallest / 72 * PDF_DPI, (kind, paper, printed.fit.text)


def _device_like(paper: str):
    """A blank page at the resolution the signs are written at, to measure fonts as they were set."""
    return blank_image(8, 8, PDF_DPI)


def job_page_rect(paper: str, kind: str) -> QRectF:
    from ui.printing.painter import MARGIN_MM, page_layout

    orientation = chosen(kind)[0].orientation
    layout = page_layout(paper, orientation)
    full = layout.fullRect()
    dots = PDF_DPI / 25.4
    return QRectF(0, 0, (full.width() - 2 * MARGIN_MM) * dots, (full.height() - 2 * MARGIN_MM) * dots)


def test_text_that_cannot_fit_at_its_smallest_size_is_shrunk_not_cut(qapp):
    fits = []

    def render(painter: QPainter, sheet: Sheet) -> None:
        box = QRectF(0, 0, sheet.mm(30), sheet.mm(10))
        fits.append(draw_text(painter, box, "Supercalifragilisticexpialidocious" * 2, Size(sheet.pt(40),
                                                                                            sheet.pt(20))))

    render_image(render, "a4", "portrait", dpi=150)
    assert fits[0].fits and fits[0].shrunk_below_min


# ----- the printer path --------------------------------------------------------------------------------


def test_the_printer_path_prints_the_same_pages(qapp, demo_market: Market, tmp_path: Path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(printed))
    render, orientation = document(chosen("categories"), SignJob(demo_market, ("en", "es")))
    pages = print_to(printer, render, "letter", orientation)
    assert pages == 13
    sizes = pdf_pages(printed)
    assert sizes == [(792, 612)] * 13
    text = pdf_text(printed)
    assert "Plants & seeds" in text and "Plantas y semillas" in text


def test_the_preview_image_is_page_one_of_the_same_document(qapp, demo_market: Market):
    render, orientation = document(chosen("tents"), SignJob(demo_market, ("en",)))
    image, pages = render_image(render, "a4", orientation, dpi=30)
    assert pages == 13
    assert (image.width(), image.height()) == (round(210 / 25.4 * 30), round(297 / 25.4 * 30))
    dark = sum(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3))
    assert dark > 50  # something was painted
    with pytest.raises(IndexError):
        render_image(render, "a4", orientation, dpi=30, page=13)


def test_print_to_widens_our_margins_only_as_far_as_the_printer_cannot_reach(qapp, demo_market: Market,
                                                                              tmp_path: Path):
    # A QPrinter keeps its layout in points: its least margins (here 10 mm, as a printer's own may be) are compared
    # with ours in millimetres, not read as 28 mm.
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "margins.pdf"))
    ten_mm = 10 / 25.4 * 72
    assert printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                             QMarginsF(), QPageLayout.Unit.Point,
                                             QMarginsF(ten_mm, ten_mm, ten_mm, ten_mm)))
    print_to(printer, document(chosen("wanted"), SignJob(demo_market, ("en",)))[0], margin_mm=5)
    margins = printer.pageLayout().margins(QPageLayout.Unit.Millimeter)
    assert [round(m, 1) for m in (margins.left(), margins.top(), margins.right(), margins.bottom())] == [10.0] * 4
    printer.setPageMargins(QMarginsF(), QPageLayout.Unit.Millimeter)
    print_to(printer, document(chosen("wanted"), SignJob(demo_market, ("en",)))[0], margin_mm=15)
    assert round(printer.pageLayout().margins(QPageLayout.Unit.Millimeter).left(), 1) == 15.0  # ours, wider
