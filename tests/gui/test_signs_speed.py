"""How much work a sign's text costs, counted rather than timed (docs/speed.md): each text is laid out once
for each size its fit tries (never again at the size found), a list sheet asks for its room once a page, and
Qt's preview of every page paints the document once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from kiosk.store import Market
from tests.gui.conftest import tap
from ui.printing import painter as painter_module
from ui.printing import screen as signs_screen
from ui.printing import signs as signs_module
from ui.printing.every_page import EveryPage
from ui.printing.painter import Size, blank_image, draw_text, fit_text, fits_inside
from ui.printing.signs import write_signs


@pytest.fixture
def layouts(monkeypatch) -> list[tuple[str, float, tuple[float, ...]]]:
    """Every time a text is laid out to be measured: (its words, the font's size, the box)."""
    seen: list[tuple[str, float, tuple[float, ...]]] = []
    measure = painter_module._measure

    def counted(text, box, font, device, flags):
        seen.append((text, font.pointSizeF(), box.getRect()))
        return measure(text, box, font, device, flags)

    monkeypatch.setattr(painter_module, "_measure", counted)
    return seen


@pytest.fixture
def page(qapp):
    image = blank_image(1200, 800, 150)
    painter = QPainter(image)
    yield painter
    painter.end()


def test_a_text_that_fits_at_its_largest_size_is_measured_once(page, layouts):
    fit = draw_text(page, QRectF(10, 10, 900, 120), "Winter coat, size M", Size(40, 10, wrap=False))
    assert fit.size == 40 and fit.fits
    assert [(text, size) for text, size, _ in layouts] == [("Winter coat, size M", pytest.approx(40 * 72 / 150))]


def test_a_text_that_must_shrink_is_measured_once_at_each_size_tried(page, layouts):
    fit = draw_text(page, QRectF(10, 10, 300, 60), "A very long name for a small box", Size(80, 8, wrap=False))
    assert fit.size < 80 and fit.fits
    sizes = Counter(size for _, size, _ in layouts)
    assert len(layouts) > 2 and max(sizes.values()) == 1, sizes  # the size found is not laid out again


def test_a_text_that_cannot_fit_at_its_smallest_size_is_measured_once_at_each_size(page, layouts):
    fit = draw_text(page, QRectF(10, 10, 40, 10), "Unbreakablewordthatneverfits", Size(30, 20, wrap=False))
    assert fit.shrunk_below_min
    assert max(Counter(size for _, size, _ in layouts).values()) == 1


def test_a_name_whole_on_one_line_at_its_largest_size_is_not_also_fitted_wrapped(page, layouts):
    fit = draw_text(page, QRectF(10, 10, 1100, 300), "Books", Size(100, 20, bold=True, one_line=0.7))
    assert fit.size == 100 and fit.fits
    assert len(layouts) == 1


def long_list(market: Market) -> None:
    market.ensure_event()
    with market.db.transaction():
        for n in range(400):
            market.list_item(("books", "tools", "kitchen")[n % 3], n % 5 + 1, f"Thing number {n}")


def test_each_text_on_a_long_here_now_sheet_is_measured_once_and_a_quantity_once_a_sheet(
        qapp, market: Market, tmp_path: Path, layouts):
    long_list(market)
    pages, job = write_signs(market, tmp_path / "here.pdf", "here-now", "a4", ("en",))
    assert pages >= 4
    assert len(job.printed) > 800
    quantities = [p for p in job.printed if p.label == "quantity"]
    words = {p.fit.text for p in quantities}
    assert len(quantities) == 400 and words == {"1", "2", "3", "4", "5"}
    laid_out = Counter(text for text, _, _ in layouts)
    assert all(laid_out[w] == 1 for w in words), laid_out  # fitted once a sheet, not once a row
    # Every other text fits at its largest size: one layout each, and the footer's words once a sheet.
    footers = [p for p in job.printed if p.label == "footer"]
    assert len(footers) > 4
    assert len(layouts) == len(job.printed) - len(quantities) + len(words) - len(footers) + len(
        {p.fit.text for p in footers})
    assert all(fits_inside(p.bounds, p.box) for p in quantities)
    assert len({(p.page, p.box.getRect()) for p in quantities}) == 400  # each in its own row's box


def test_a_list_sheet_asks_for_its_room_once_a_page_not_once_a_row(qapp, market: Market, tmp_path: Path,
                                                                   monkeypatch):
    long_list(market)
    asked: list[int] = []
    list_space = signs_module.list_space

    def counted_space(sheet, page):
        asked.append(page)
        return list_space(sheet, page)

    monkeypatch.setattr(signs_module, "list_space", counted_space)
    pages, _ = write_signs(market, tmp_path / "here.pdf", "here-now", "a4", ("en",))
    assert pages >= 4
    # Once a page for the rows, and once by each page's heading.
    assert len(asked) <= 2 * pages, Counter(asked)


@pytest.mark.parametrize("langs", [("en",), ("en", "es")])
def test_a_tents_far_side_and_every_pages_repeated_words_are_fitted_once_a_document(
        qapp, demo_market: Market, tmp_path: Path, layouts, langs):
    pages, job = write_signs(demo_market, tmp_path / "tents.pdf", "tents", "a4", langs)
    assert pages > 3
    boxes: dict[str, set[tuple[float, ...]]] = {}  # where on the sheet each text was laid out to be measured
    for text, _, box in layouts:
        boxes.setdefault(text, set()).add(tuple(round(n, 1) for n in box))
    # A name is fitted on the near side only (a second language: in its half, then in the block it is set in);
    # the far side, upside down, is set from that fit.
    assert max(len(places) for places in boxes.values()) == len(langs), boxes
    assert [len(places) for text, places in boxes.items() if text.startswith("Free to take")] == [1]
    assert sum(1 for p in job.printed if p.label == "tent-footer") == 2 * pages  # and still set on both sides


def test_the_footer_of_every_category_sign_is_fitted_once(qapp, demo_market: Market, tmp_path: Path, layouts):
    pages, job = write_signs(demo_market, tmp_path / "signs.pdf", "categories", "a4", ("en",))
    footers = [p for p in job.printed if p.label == "footer"]
    assert pages > 3 and len(footers) == 2 * pages  # the market's line and "Free to take" on every page
    laid_out = Counter(text for text, _, _ in layouts)
    assert all(laid_out[p.fit.text] == 1 for p in footers), laid_out.most_common(3)


def test_words_set_again_are_the_pixels_a_fit_of_their_own_paints(qapp, demo_market: Market):
    from ui.printing.signs import SignJob

    boxes = [QRectF(40, 30, 700, 90), QRectF(60, 400, 700, 90)]

    def painted(again: bool) -> QImage:
        image = blank_image(900, 600, 150)
        painter = QPainter(image)
        job = SignJob(demo_market, ("en",))
        for box in boxes:
            for words, size in (("Free to take", Size(60, 10, wrap=False)), ("Plants & seeds", Size(120, 20))):
                job.text(painter, box, words, size, "words", 0, again=again)
        painter.end()
        return image

    assert painted(again=True) == painted(again=False)



def test_qts_preview_of_every_page_paints_the_document_once_and_measures_each_text_once(qtbot, signs, layouts,
                                                                                       monkeypatch):
    window, screen = signs
    tap(screen.kind_buttons["welcome"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "1 page")
    painted: list[int] = []
    print_to = signs_screen.print_to

    def counted_print(*args, **kwargs):
        painted.append(print_to(*args, **kwargs))
        return painted[-1]

    monkeypatch.setattr(signs_screen, "print_to", counted_print)
    layouts.clear()
    tap(screen.every_page_button)
    dialog = screen.preview_dialog
    assert isinstance(dialog, EveryPage)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.pages.pageCount() == 1)
    assert painted == [1]  # opened: the document painted once, its one page once
    # Each of the welcome sign's words laid out once for each size and box its fit tries (and drawn once).
    assert layouts and max(Counter(layouts).values()) == 1, Counter(layouts).most_common(3)
    dialog.close()


@pytest.mark.parametrize("box", [QRectF(20, 20, 900, 200), QRectF(20, 20, 200, 40)])
def test_the_bounds_kept_from_the_search_are_those_of_the_size_found(page, box):
    fit = fit_text(page, box, "Free to take · Gratis", Size(60, 10), Qt.AlignmentFlag.AlignLeft)
    again = QFontMetricsF(fit.font, page.device()).boundingRect(box, fit.flags, "Free to take · Gratis")
    assert fit.bounds == again


@pytest.mark.parametrize("mirrored", [False, True])
def test_words_fitted_once_land_where_draw_text_would_put_them(page, mirrored):
    from PySide6.QtGui import QTransform

    if mirrored:  # an Arabic page: mirrored left to right, the words set upright again
        page.setTransform(QTransform(-1, 0, 0, 1, 1200, 0))
    size = Size(30, 10, bold=True, wrap=False)
    first = draw_text(page, QRectF(40, 40, 120, 60), "12", size, align=Qt.AlignmentFlag.AlignRight)
    again = painter_module.draw_fitted(page, QRectF(300, 500, 120, 60), first)
    fresh = draw_text(page, QRectF(300, 500, 120, 60), "12", size, align=Qt.AlignmentFlag.AlignRight)
    assert (again.size, again.flags, again.box) == (fresh.size, fresh.flags, fresh.box)
    for got, want in zip(again.bounds.getRect(), fresh.bounds.getRect(), strict=True):
        assert got == pytest.approx(want, abs=1e-6)
    with pytest.raises(ValueError):
        painter_module.draw_fitted(page, QRectF(300, 500, 100, 60), first)  # another size: fitted again
