"""Signs in Arabic read right to left: every kind mirrors (pictogram right of its title, the first column on
the right, counts and footers on the mirrored side), text and codes stay readable, and the halves of a
bilingual sign each keep their own direction. Measured on the ink of rendered pages and in the PDF's text."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, qGray

from kiosk.skills import code_for, vevent
from kiosk.store import Market
from kiosk.store import skills as skill_store
from tests.qr import read_qr
from ui.printing.kinds import chosen
from ui.printing.output import render_image
from ui.printing.painter import Size, draw_fitted, draw_text, fit_text
from ui.printing.signs import Printed, SignJob, document, write_signs

DPI = 50
MM = DPI / 25.4  # image pixels per millimetre


def mm(millimetres: float) -> float:
    return millimetres * MM


def rendered(market: Market, kind: str, langs: tuple[str, ...], page: int = 0) -> tuple[QImage, list[Printed]]:
    """Page `page` of a kind as an image at DPI, and what was printed on it (image pixels)."""
    job = SignJob(market, langs)
    render, orientation = document(chosen(kind), job)
    image, _ = render_image(render, "a4", orientation, dpi=DPI, page=page)
    return image, [p for p in job.printed if p.page == page]


def inky_columns(image: QImage, top: float, bottom: float, left: float = 0, right: float | None = None
                 ) -> list[int]:
    """The x of every column with a dark pixel between rows top and bottom (and columns left–right)."""
    right = image.width() if right is None else right
    xs = []
    for x in range(max(0, int(left)), min(image.width(), int(right))):
        if any(qGray(image.pixel(x, y)) < 128 for y in range(max(0, int(top)), min(image.height(), int(bottom)))):
            xs.append(x)
    return xs


def runs(xs: list[int]) -> list[tuple[int, int]]:
    """Consecutive columns as (first, last)."""
    out: list[tuple[int, int]] = []
    for x in xs:
        if out and x == out[-1][1] + 1:
            out[-1] = (out[-1][0], x)
        else:
            out.append((x, x))
    return out


def has_ink(image: QImage, box: QRectF) -> bool:
    return bool(inky_columns(image, box.top(), box.bottom(), box.left(), box.right()))


def nearest_pictogram_side(image: QImage, title: QRectF) -> str:
    """Which side of a title the nearest wide blot of ink (a pictogram, not a frame's line) is on."""
    blots = [r for r in runs(inky_columns(image, title.top(), title.bottom())) if r[1] - r[0] >= mm(4)]
    right = [r[0] - title.right() for r in blots if r[0] >= title.right() - 1]
    left = [title.left() - r[1] for r in blots if r[1] <= title.left() + 1]
    assert right or left, "no pictogram beside the title"
    return "right" if min(right, default=1e9) < min(left, default=1e9) else "left"


def first(printed: list[Printed], label: str) -> Printed:
    return next(p for p in printed if p.label == label)


@pytest.fixture
def gathering_market(demo_market: Market) -> Market:
    skill_store.save_gathering(demo_market, "Skills share", "2026-12-12", "14:00", "17:00", "Library, 5th & Pine",
                               "Bring a snack")
    return demo_market


@pytest.mark.parametrize(("kind", "label"), [
    ("welcome", "heading"), ("tents", "category"), ("here-now", "heading"),
    ("here-now", "category"), ("wanted", "heading"), ("wanted", "want"), ("skill-cards", "card-title"),
    ("skills-poster", "poster-title"),
])
def test_in_arabic_the_pictogram_sits_right_of_its_title(qapp, gathering_market, kind, label):
    image, printed = rendered(gathering_market, kind, ("ar",))
    title = first(printed, label).bounds
    assert has_ink(image, title)
    assert nearest_pictogram_side(image, title) == "right"
    # English keeps it on the left.
    image, printed = rendered(gathering_market, kind, ("en",))
    assert nearest_pictogram_side(image, first(printed, label).bounds) == "left"


def test_in_arabic_the_here_now_columns_counts_and_footer_are_mirrored(qapp, demo_market):
    image, printed = rendered(demo_market, "here-now", ("ar",))
    middle = image.width() / 2
    headings = [p for p in printed if p.label == "category"]
    first_heading = headings[0]
    assert first_heading.fit.text == demo_market.categories()[0].name("ar")
    assert first_heading.bounds.left() > middle  # the first column is on the right
    assert any(p.bounds.right() < middle for p in headings)  # the second on the left
    count = first(printed, "count").bounds
    assert count.right() < first_heading.bounds.left()  # the count at the end of the line: left
    quantity, item = first(printed, "quantity").bounds, first(printed, "item").bounds
    assert item.right() < quantity.left() and abs(quantity.center().y() - item.center().y()) < mm(1)
    # Names and counts start at the right edge of their column.
    column_right = max(p.bounds.right() for p in printed if p.label == "item")
    assert column_right - item.right() < mm(1)
    market_line, page_words = [p for p in printed if p.label == "footer"]
    assert market_line.bounds.right() > image.width() - mm(30) and page_words.bounds.left() < mm(30)
    assert has_ink(image, market_line.bounds) and has_ink(image, page_words.bounds)


def glyphs_of_ink(direction: Qt.LayoutDirection, text: str) -> tuple[list[int], int]:
    """`text` drawn at the start of a line in a `direction` layout: the widths of its runs of inked columns
    (its letters, brackets), left to right, and its rightmost inked column."""
    image = QImage(700, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setLayoutDirection(direction)
    draw_text(painter, QRectF(0, 0, 700, 80), text, Size(40, wrap=False), align=Qt.AlignmentFlag.AlignLeft)
    painter.end()
    inked = runs(inky_columns(image, 0, 80))
    return [end - start for start, end in inked], inked[-1][1]


def test_a_latin_name_on_an_arabic_sign_reads_as_written(qapp):
    ltr, _ = glyphs_of_ink(Qt.LayoutDirection.LeftToRight, "40 bagels (vegan).")
    rtl, rightmost = glyphs_of_ink(Qt.LayoutDirection.RightToLeft, "40 bagels (vegan).")
    assert rightmost > 690  # set from the right, as an Arabic line starts
    # The same glyphs in the same order: not ".bagels (vegan) 40", as a right-to-left paragraph sets it.
    assert len(rtl) == len(ltr) and all(abs(a - b) <= 2 for a, b in zip(rtl, ltr, strict=True))


def test_an_english_line_in_an_arabic_block_ends_with_its_full_stop(qapp, tmp_path):
    """Each line of a several-line text reads in its own direction, inside a right-to-left block."""
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)

    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    box = QRectF(0, 0, 600, 200)
    fit = draw_text(painter, box, "متى: في اللقاء\nBring it.", Size(30, wrap=False), align=Qt.AlignmentFlag.AlignLeft)
    painter.end()
    line = QRectF(0, fit.bounds.center().y(), 600, fit.bounds.bottom() - fit.bounds.center().y())
    inked = inky_columns(image, line.top() + 4, line.bottom() - 4)
    # Right-aligned, and its rightmost ink is the full stop: a dot a few pixels wide, after a gap-free word.
    assert inked[-1] > 590
    last = runs(inked)[-1]
    assert last[1] - last[0] <= 6


def test_a_list_mark_stays_at_the_start_of_an_arabic_line(qapp):
    """A bullet before an English line of an Arabic list is on the right, where the Arabic lines' are."""
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    fit = draw_text(painter, QRectF(0, 0, 600, 200), "• متى: في اللقاء\n• Bring it", Size(30, wrap=False),
                    align=Qt.AlignmentFlag.AlignLeft)
    painter.end()
    top, bottom = fit.bounds.center().y() + 2, fit.bounds.bottom() - 2
    first, last = runs(inky_columns(image, top, bottom))[-1]
    line_bottom = max(y for y in range(int(top), int(bottom)) if inky_columns(image, y, y + 1))
    bullet_bottom = max(y for y in range(int(top), int(bottom)) if inky_columns(image, y, y + 1, first, last + 1))
    assert last > 590 and bullet_bottom < line_bottom - 8  # the rightmost ink floats mid-line: a bullet


def test_in_arabic_skill_cards_and_the_poster_mirror_and_their_codes_still_scan(qapp, gathering_market, tmp_path):
    market = gathering_market
    gathering = skill_store.gathering(market)
    offers = market.skill_offers()
    image, printed = rendered(market, "skill-cards", ("ar",))
    titles = [p for p in printed if p.label == "card-title"]
    assert titles[0].fit.text == offers[0].title and titles[0].bounds.left() > image.width() / 2
    write_signs(market, tmp_path / "cards.pdf", "skill-cards", "a4", ("ar",))
    write_signs(market, tmp_path / "poster.pdf", "skills-poster", "a4", ("ar",))
    for name in ("cards", "poster"):
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
                       check=True)
    cards = Image.open(next(tmp_path.glob("cards-*.png")))
    codes = read_qr(cards)
    assert sorted(c.text for c in codes) == sorted(code_for(o, gathering, "ar").payload for o in offers[:8])
    texts = [p for p in printed if p.label == "card-text"]
    scale = cards.width / image.width()
    for code in (*codes, *read_qr(Image.open(next(tmp_path.glob("poster-*.png"))))):
        # Upright, never mirrored: its first corner (the finder pattern a reader starts from) at the top left.
        assert code.orientation == 0 and code.position.top_left.x < code.position.top_right.x
    for code in codes:
        # The code at the end of its card's line: left of the words of the card it is on.
        x = (code.position.top_left.x + code.position.top_right.x) / 2 / scale
        y = (code.position.top_left.y + code.position.bottom_left.y) / 2 / scale
        words = min((t.box for t in texts if t.box.top() <= y <= t.box.bottom()),
                    key=lambda box: abs(box.center().x() - x))
        assert code.position.top_right.x / scale <= words.left()
    poster = Image.open(next(tmp_path.glob("poster-*.png")))
    (code,) = read_qr(poster)
    assert code.text == vevent(gathering)
    assert code.position.top_right.x < poster.width / 2  # the calendar code on the left, the list on the right
    # zbar reads them too (what a steward would check with), as text: the calendar's CRLF read as \n.
    if shutil.which("zbarimg") is None:
        assert not os.environ.get("CI"), "zbarimg (zbar-tools) is missing"
        return
    expected = {"cards": [code_for(o, gathering, "ar").payload for o in offers[:8]], "poster": [vevent(gathering)]}
    for name, payloads in expected.items():
        png = next(tmp_path.glob(f"{name}-*.png"))
        scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True).stdout
        assert all(payload.replace("\r\n", "\n") in scanned for payload in payloads)


def test_bilingual_signs_are_laid_out_by_the_first_language_each_half_in_its_own_direction(qapp, demo_market):
    for langs, side in ((("ar", "en"), "right"), (("en", "ar"), "left")):
        image, printed = rendered(demo_market, "welcome", langs)
        arabic, english = sorted((p for p in printed if p.label == "heading"), key=lambda p: p.fit.text.isascii())
        box = arabic.box.united(english.box)
        assert nearest_pictogram_side(image, (arabic if langs[0] == "ar" else english).bounds) == side
        assert box.right() - arabic.bounds.right() < mm(1)  # Arabic starts at the right of the heading
        assert english.bounds.left() - box.left() < mm(1)  # English at the left
        assert has_ink(image, arabic.bounds) and has_ink(image, english.bounds)


def ink_centre_offset(image: QImage, top: float, bottom: float) -> float:
    """How far right of the middle of its own ink the ink's weight lies, between two rows: which way a
    pictogram leans (a sneaker's toe)."""
    weights = {x: sum(qGray(image.pixel(x, y)) < 128 for y in range(int(top), int(bottom)))
               for x in inky_columns(image, top, bottom)}
    centre = sum(x * w for x, w in weights.items()) / sum(weights.values())
    return centre - (min(weights) + max(weights)) / 2


def test_in_arabic_a_pictogram_that_does_not_point_is_not_mirrored(qapp, demo_market):
    """A sneaker is a sneaker either way round; only arrows turn (theme.DIRECTIONAL), as on screen."""
    page = next(n for n, c in enumerate(SignJob(demo_market, ("en",)).categories) if c.icon == "mdi6.shoe-sneaker")
    leans = []
    for lang in ("en", "ar"):
        image, printed = rendered(demo_market, "categories", (lang,), page)
        name = first(printed, "category").bounds
        leans.append(ink_centre_offset(image, mm(25), name.top() - mm(2)))  # the pictogram, above the name
    assert abs(leans[0]) > mm(1) and abs(leans[1] - leans[0]) < mm(0.5)


def test_in_arabic_a_category_sign_has_its_footer_mirrored(qapp, demo_market):
    image, printed = rendered(demo_market, "categories", ("ar",))
    market_line, free = [p for p in printed if p.label == "footer"]
    assert market_line.bounds.right() > image.width() - mm(30) and free.bounds.left() < mm(30)
    assert has_ink(image, market_line.bounds) and has_ink(image, free.bounds)


def ink_beyond(image: QImage, box: QRectF, slack: float) -> list[int]:
    """The inked columns, in the rows of `box`, that lie more than `slack` pixels left or right of it."""
    return [x for x in inky_columns(image, box.top(), box.bottom())
            if x < box.left() - slack or x > box.right() + slack]


WRAPPED = [
    "طعام\u00a0— جاهز للأكل",  # a kind's name as the signs set it: the dash kept with the word before it
    "طعام — مؤونة",
    "سوق Rue Verte الحرة الكبير",  # a Latin market name inside Arabic words
    "«سوق» (الحرة) — مجاناً: خذ ما تحتاج",  # brackets, quotes, a colon
]


@pytest.mark.parametrize(("text", "wrap", "again"), [
    *((text, True, again) for text in WRAPPED for again in (False, True)),  # again: draw_fitted, as a tent's far half
    ("سوق — الحرة \nخذ ما تحتاج", False, False),  # a space before a line break of its own
])
def test_right_to_left_words_broken_onto_lines_are_painted_inside_their_box(qapp, text, wrap, again):
    """Each line of an Arabic text set from the right is painted where it was measured: Qt's drawText moves a
    right-aligned right-to-left line left by the width of the space it was broken at (right, for a space before a
    line break), so the widest line's end (a dash, a word) landed outside the box it was fitted to, and its lines
    started at different places."""
    image = QImage(420, 320, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    box = QRectF(110, 10, 200, 300)
    start = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    size = Size(60, 10, bold=True, wrap=wrap)
    if again:  # as a tent's far half sets the words fitted for its near half
        fit = draw_fitted(painter, box, fit_text(painter, QRectF(0, 0, 200, 300), text, size, start))
    else:
        fit = draw_text(painter, box, text, size, align=start)
    painter.end()
    lines = round(fit.bounds.height() / QFontMetricsF(fit.font, image).lineSpacing())
    assert fit.fits and lines >= 2  # broken onto lines: the case at issue
    assert not ink_beyond(image, box, slack=1), (fit.bounds, runs(inky_columns(image, box.top(), box.bottom())))
    assert not ink_beyond(image, fit.bounds, slack=2)  # painted where it was measured
    height = fit.bounds.height() / lines
    starts = [inky_columns(image, fit.bounds.top() + n * height + 2, fit.bounds.top() + (n + 1) * height - 2)[-1]
              for n in range(lines)]
    assert max(starts) - min(starts) <= fit.size * 0.1, starts  # every line starts at the right edge


def test_the_arabic_food_tents_keep_their_names_inside_the_card(qapp, demo_market):
    """Both halves of a food kind's tent: nothing of its name (the dash of "طعام — جاهز للأكل") outside its box."""
    job = SignJob(demo_market, ("ar",), "all")
    pages = [n for n, c in enumerate(job.categories) if "—" in c.name("ar")]
    assert len(pages) >= 2
    for page in pages:
        job = SignJob(demo_market, ("ar",), "all")
        render, orientation = document(chosen("tents"), job)
        image, _ = render_image(render, "a4", orientation, dpi=100, page=page)
        names = [p for p in job.printed if p.page == page and p.label == "category"]
        assert len(names) == 2  # the near half and the far half, upside down
        for name in names:
            box = name.box  # image pixels
            side = 4 * 100 / 25.4  # 4 mm either side: short of the pictogram (6 mm away) and the frame (5.5 mm)
            strip = box.adjusted(-side, 0, side, 0)
            beyond = [x for x in inky_columns(image, box.top(), box.bottom(), strip.left(), strip.right())
                      if x < box.left() - 2 or x > box.right() + 2]
            assert not beyond, (page, name.fit.text, box, runs(beyond))
