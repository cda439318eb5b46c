"""The one painter for everything the kiosk puts on paper: signs, skill cards, posters, reports.

Every page is laid out with a `QPainter` on whatever device it is given — a PDF file (`QPdfWriter`),
a real printer (`QPrinter`) or a preview image (`QImage`) — so what the preview shows is what prints.
All lengths are in *device units* (dots at the device's resolution); `Sheet` converts from millimetres
and points, and gives the printable rectangle of the current page.

Painter coordinates: (0, 0) is the top-left corner of the printable area (inside the margins), and
`sheet.rect` is that area. Nothing should be painted outside it: home printers cannot reach the edge.

A render function paints a whole document on one sheet, page after page::

    from ui.printing.painter import Sheet, Size, draw_pictogram, draw_qr, draw_text, split_top
    from ui.printing.output import write_pdf, print_to, render_image

    def render(painter: QPainter, sheet: Sheet) -> None:
        for n, name in enumerate(["Books", "Tools"]):
            if n:
                sheet.new_page()                       # or sheet.new_page("portrait") to turn the paper
            box = sheet.rect                           # QRectF, device units
            top, rest = split_top(box, sheet.mm(70))   # helpers return QRectF pieces
            draw_pictogram(painter, top, "mdi6.book-open-variant")
            fit = draw_text(painter, rest, name, Size(sheet.pt(120), bold=True))
            assert fit.fits                            # fit.bounds is where the text went

    write_pdf(Path("signs.pdf"), render, paper="a4", orientation="landscape")   # atomic, fonts embedded
    image, pages = render_image(render, paper="letter", orientation="landscape", dpi=60)  # preview
    print_to(printer, render, orientation="landscape")  # a preview's QPrinter (never the print dialog's)

A QR code, vector modules with a 4-module quiet zone, as large as fits in its box (square, centred)::

    drawn = draw_qr(painter, QRectF(x, y, side, side), "https://example.org/ça-va 🙂")

A chart or any widget-ish thing can be painted into a rect too: use `painter.save()`/`restore()` and
`painter.translate()`; a `QChart` scene renders with `scene.render(painter, target_rect)`.

Text: `fit_text` only measures, `draw_text` measures and paints; both return a `TextFit` whose `bounds`
(the rectangle the laid-out text takes) tests compare with the box. Text shrinks (down to `Size.min`)
and wraps at word boundaries; if even the smallest size does not fit, it is shrunk further until it does
(`TextFit.shrunk_below_min` says so) — a sign never cuts a word.

Right to left (Arabic): `sheet.set_direction(Qt.LayoutDirection.RightToLeft)` mirrors every page left to
right, so layout code written left to right needs no change — the first column, a card's pictogram, the
start of a footer land on the right. What must read the right way round is painted upright again in its
mirrored place: text (`draw_text`), pictograms (except those that point along the line, `theme.DIRECTIONAL`)
and QR codes. Alignment is logical, as in Qt: AlignLeft is the start of the line, AlignRight its end (add
AlignAbsolute for a real side); `draw_text(..., direction=)` sets a passage in another language's direction
(one half of a bilingual sign), and a text whose letters all read the other way (a Latin name on an Arabic
sign) keeps its own paragraph direction, so its brackets and numbers stay where they belong. A right-to-left
text set from the right reaches Qt broken into its lines (`lines_for_qt`): Qt's drawText would paint each wrapped
line a space left of where it measures it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QRegion,
    QTextLayout,
    QTextOption,
    QTransform,
)

from ui.theme import paper_colour

Orientation = Literal["portrait", "landscape"]

PAPERS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
ORIENTATIONS: dict[str, QPageLayout.Orientation] = {
    "portrait": QPageLayout.Orientation.Portrait,
    "landscape": QPageLayout.Orientation.Landscape,
}
# 12 mm all round: inside what every home inkjet/laser can reach (most need 3–6 mm), with room to spare.
MARGIN_MM = 12.0
FAMILY = "DejaVu Sans"  # installed with Qt's Debian dependencies; has accents, ñ, ü, dashes
INK = QColor(paper_colour("ink"))
PAPER_WHITE = QColor(paper_colour("white"))
MM_PER_INCH = 25.4


# Food labels' papers (ui/printing/labels.py places the stickers): a label printer's own page, or a sheet of
# stickers on office paper; no margins, as each sticker keeps its own room from its edge.
LABEL_PAGES: dict[str, tuple[float, float]] = {
    "62mm": (62.0, 100.0),  # Brother QL: 62 mm continuous tape, cut at 100 mm
    "dymo-99012": (36.0, 89.0),  # DYMO 99012 large address labels
    "a4-21": (210.0, 297.0),  # Avery L7160, 21 a sheet
    "letter-30": (215.9, 279.4),  # Avery 5160, 30 a sheet
}


def page_layout(paper: str, orientation: str, margin_mm: float = MARGIN_MM) -> QPageLayout:
    """The page layout for a paper name ("a4"/"letter", or a food label's paper) and orientation."""
    if paper in LABEL_PAGES and orientation in ORIENTATIONS:
        width, height = LABEL_PAGES[paper]
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, paper,
                         QPageSize.SizeMatchPolicy.ExactMatch)
        return QPageLayout(size, ORIENTATIONS[orientation], QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if paper not in PAPERS:
        raise ValueError(f"unknown paper '{paper}'")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"unknown orientation '{orientation}'")
    return QPageLayout(QPageSize(PAPERS[paper]), ORIENTATIONS[orientation],
                       QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)


class Sheet:
    """The page being painted: its printable rect in device units, unit conversions, and new_page().

    Make one with `Sheet.for_device(device, painter)` for a `QPdfWriter`/`QPrinter` whose page layout is
    already set (output.py does this); preview images use a `Sheet` made by output.render_image.
    """

    def __init__(self, painter: QPainter, layout: QPageLayout, dpi: float,
                 next_page: Callable[[QPageLayout], None]):
        self.painter = painter
        self.layout = layout
        self.dpi = dpi
        self.page_index = 0
        self._next_page = next_page
        self.direction: Qt.LayoutDirection | None = None  # None: the painter's own (text finds its way)

    @classmethod
    def for_device(cls, device: QPagedPaintDevice, painter: QPainter,
                   wanted: Callable[[int], bool] | None = None) -> Sheet:
        """A sheet on a paged device (QPdfWriter, QPrinter); the painter must already be active on it.
        `wanted(page number, from 1)`: only those pages reach the device (the range chosen in a print dialog, which
        Qt leaves to the application to paint). The others are laid out as usual with everything clipped away — a
        PDF's painter writes nothing of what is clipped, not even the glyphs — and a new page is started only
        between wanted ones. (A turned page starts a new page: if the first wanted page is turned from the first
        page of all, it comes out on the first page's paper, which the device had before anything was painted.)"""
        reached = [wanted is None or wanted(1)]  # a wanted page is on the device

        def next_page(layout: QPageLayout) -> None:
            coming = sheet.page_index + 2
            if wanted is not None and not wanted(coming):
                painter.setClipRegion(QRegion())
                return
            if reached[0]:
                if layout.orientation() != device.pageLayout().orientation():
                    device.setPageOrientation(layout.orientation())
                device.newPage()
            reached[0] = True
            painter.setClipping(False)

        sheet = cls(painter, device.pageLayout(), float(device.logicalDpiX()), next_page)
        if not reached[0]:
            painter.setClipRegion(QRegion())
        return sheet

    def pages_out(self, wanted: Callable[[int], bool] | None = None) -> int:
        """How many pages reached the device once the render is done (all of them, or the `wanted` ones)."""
        return sum(1 for n in range(1, self.page_index + 2) if wanted is None or wanted(n))

    # ----- geometry ------------------------------------------------------------------------------------

    @property
    def paper(self) -> str:
        size_id = self.layout.pageSize().id()
        return next((name for name, pid in PAPERS.items() if pid == size_id), "a4")

    @property
    def orientation(self) -> str:
        landscape = self.layout.orientation() == QPageLayout.Orientation.Landscape
        return "landscape" if landscape else "portrait"

    @property
    def rect(self) -> QRectF:
        """The printable area, device units, origin at its own top-left corner."""
        paint = self.layout.paintRect(QPageLayout.Unit.Millimeter)
        return QRectF(0, 0, self.mm(paint.width()), self.mm(paint.height()))

    @property
    def page_rect(self) -> QRectF:
        """The whole paper in painter coordinates (starts at minus the margins): for the fold of a tent."""
        margins = self.layout.margins(QPageLayout.Unit.Millimeter)
        full = self.layout.fullRect(QPageLayout.Unit.Millimeter)
        return QRectF(-self.mm(margins.left()), -self.mm(margins.top()), self.mm(full.width()),
                      self.mm(full.height()))

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / MM_PER_INCH

    def pt(self, points: float) -> float:
        """Typographic points (1/72 inch) in device units: font sizes, line widths."""
        return points * self.dpi / 72.0

    # ----- pages ---------------------------------------------------------------------------------------

    def new_page(self, orientation: str | None = None) -> None:
        """Start the next page, optionally turning the paper."""
        self._mirror()  # undone: a PDF's painter keeps its transform from page to page, an image's does not
        if orientation is not None and orientation != self.orientation:
            self.layout = QPageLayout(self.layout.pageSize(), ORIENTATIONS[orientation],
                                      self.layout.margins(), self.layout.units())
        self._next_page(self.layout)
        self.page_index += 1
        if self.direction is not None:
            self.painter.setLayoutDirection(self.direction)
        self._mirror()

    # ----- direction -----------------------------------------------------------------------------------

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        """Lay the pages out in `direction` from here on; right to left mirrors the page (see above)."""
        self._mirror()
        self.direction = direction
        self.painter.setLayoutDirection(direction)
        self._mirror()

    def _mirror(self) -> None:
        # x → width − x across the printable area: its own inverse, so the same call undoes it.
        if self.direction == Qt.LayoutDirection.RightToLeft:
            self.painter.setTransform(QTransform(-1, 0, 0, 1, self.rect.width(), 0), True)


# ----- text --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Size:
    """How big text may be, in device units (pixel height of the font): largest first, smallest allowed."""

    max: float
    min: float = 0.0  # 0 means a quarter of max
    bold: bool = False
    wrap: bool = True
    family: str = FAMILY
    # With wrap: keep the text on one line if that is at least this fraction of the wrapped size (0 = off),
    # so "Comida — lista" stays whole rather than leaving "— lista" alone on a second line.
    one_line: float = 0.0

    @property
    def floor(self) -> float:
        return self.min or self.max / 4


@dataclass(frozen=True)
class TextFit:
    text: str
    box: QRectF
    bounds: QRectF  # where the laid-out text sits, device units
    size: float  # the font's pixel size used
    font: QFont
    flags: int
    shrunk_below_min: bool = False
    laid: str = ""  # the text as handed to Qt (see lines_for_qt); "" when that is `text` itself

    @property
    def as_drawn(self) -> str:
        return self.laid or self.text

    @property
    def fits(self) -> bool:
        return fits_inside(self.bounds, self.box)


def fits_inside(inner: QRectF, outer: QRectF, slack: float = 0.5) -> bool:
    """True when inner lies within outer (half a device unit of rounding allowed)."""
    return (inner.left() >= outer.left() - slack and inner.top() >= outer.top() - slack
            and inner.right() <= outer.right() + slack and inner.bottom() <= outer.bottom() + slack)


def make_font(size: float, device: QPaintDevice, bold: bool = False, family: str = FAMILY) -> QFont:
    """A font `size` device units tall (fractional sizes kept, via points at the device's DPI)."""
    return QFont(_font_at(size, device.logicalDpiY(), bold, family))  # a copy: callers may change it


def _font_at(size: float, dpi: float, bold: bool, family: str) -> QFont:
    """make_font's font itself, not a copy: for measuring, never handed out."""
    return _font(max(0.1, size * 72.0 / dpi), bold, family)


@lru_cache(maxsize=2048)
def _font(points: float, bold: bool, family: str) -> QFont:
    # Made once per size: a sheet of 10 000 rows asks for the same few sizes 40 000 times.
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same shapes at every DPI
    # "ff", "fi" stay letters: a PDF's text can be searched and copied. PySide6 6.8 (Debian 13) cannot name a
    # font feature (no QFont.Tag.fromString), so there a ligature may be made: shaping itself stays on, as
    # Arabic letters join only when shaped.
    if hasattr(QFont.Tag, "fromString"):
        font.setFeature(QFont.Tag.fromString("liga"), 0)
    return font


def _measure(text: str, box: QRectF, font: QFont, device: QPaintDevice, flags: int) -> QRectF:
    return QFontMetricsF(font, device).boundingRect(box, flags, text)


LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
_SIDES = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
# Qt's flags as plain numbers, made once: text_flags runs for every text on a sheet.
_WRAP, _ABSOLUTE = int(Qt.TextFlag.TextWordWrap), int(Qt.AlignmentFlag.AlignAbsolute)
_FORCE = {RTL: int(Qt.TextFlag.TextForceRightToLeft), LTR: int(Qt.TextFlag.TextForceLeftToRight)}
_RIGHT_TO_LEFT_AT_RIGHT = _FORCE[RTL] | int(Qt.AlignmentFlag.AlignRight)


def reading_direction(text: str, direction: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The paragraph direction of `text` set in a `direction` layout: that direction, unless every letter in
    it that has a direction reads the other way ("Bus passes (single ride)" on an Arabic sign)."""
    ours = ("R", "AL") if direction == RTL else ("L",)
    other = False
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ours:
            return direction
        other = other or kind in ("L", "R", "AL")
    return (LTR if direction == RTL else RTL) if other else direction


def text_flags(text: str, align: Qt.AlignmentFlag | int, wrap: bool, direction: Qt.LayoutDirection) -> int:
    """Qt's text flags for `text` in a `direction` layout: a logical AlignLeft/AlignRight (line start/end)
    made a real side, and the paragraph's direction fixed, so measuring and painting agree. Without a
    direction (LayoutDirectionAuto) Qt finds both from the text, as before there were directions."""
    flags = int(align) | (_WRAP if wrap else 0)
    if direction not in (LTR, RTL):
        return flags
    if direction == RTL and not flags & _ABSOLUTE and flags & _SIDES in (1, 2):
        flags ^= _SIDES
    return flags | _ABSOLUTE | _FORCE[reading_direction(text, direction)]


def isolate_lines(text: str, direction: Qt.LayoutDirection) -> str:
    """Lines of a several-line text that read the other way set apart (Unicode isolates, which Qt's bidi
    honours), so an English line in an Arabic block keeps its full stop at its end."""
    if "\n" not in text or direction not in (LTR, RTL):
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        own = reading_direction(line, direction)
        if own != direction:
            words = line.lstrip(_LIST_MARKS)  # "• " stays at the start of the block's lines
            lines[n] = line[:len(line) - len(words)] + ("\u2067" if own == RTL else "\u2066") + words + "\u2069"
    return "\n".join(lines)


_LIST_MARKS = "•·–—-* "


def lines_for_qt(text: str, box: QRectF, font: QFont, device: QPaintDevice, flags: int) -> str:
    """`text` as it must reach Qt's drawText to be painted where QFontMetricsF.boundingRect measures it.

    A right-to-left paragraph set against the right side (an Arabic text from its start) is the one case where
    they disagree: drawText (qt_format_text) places each such line at the box's right minus its width *minus the
    width of the spaces at its end* (QTextEngine::leadingSpaceWidth), spaces that QTextLine.draw then does not
    paint, while the measured rectangle leaves them out. So a line broken at a space started a space short of the
    right edge and ended a space beyond its measured left: the widest line's last word or dash ("طعام — " of
    "طعام — جاهز للأكل") was painted outside the box it had been fitted to. A space before a line break of
    the text's own moves its line right instead, past the box's right edge.

    Such a text is handed over in its lines, broken where Qt's own word wrap breaks it (QTextLayout, the same
    font, device and width), each line without the spaces at its end: measured and painted alike, every line
    starting at the right edge. Any other text is returned as it is."""
    if flags & _RIGHT_TO_LEFT_AT_RIGHT != _RIGHT_TO_LEFT_AT_RIGHT:
        return text
    if not flags & _WRAP or not any(c.isspace() for c in text):
        return "\n".join(line.rstrip() for line in text.split("\n"))
    layout = QTextLayout(text.replace("\n", "\u2028"), font, device)  # a line break, as drawText makes it
    option = QTextOption()
    option.setTextDirection(RTL)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(0.0, box.width()))
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return "\n".join(text[start:start + length].rstrip() for start, length in lines)


def upright_turn(painter: QPainter, box: QRectF) -> QTransform:
    """On a mirrored page, the turn that paints `box`'s content the right way round in the same place
    (combine it inside save()/restore()); identity on a page that is not mirrored. Its own inverse."""
    if painter.worldTransform().determinant() >= 0:
        return QTransform()
    return QTransform(-1, 0, 0, 1, 2 * box.center().x(), 0)


def fit_text(painter: QPainter, box: QRectF, text: str, size: Size,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
             direction: Qt.LayoutDirection | None = None) -> TextFit:
    """The largest font size (≤ size.max) at which `text` fits `box`, wrapping at spaces; paints nothing.
    `direction`: the text's language's, when it differs from the page's (painter.layoutDirection())."""
    if direction is None:
        direction = painter.layoutDirection()
    return _fit_upright(painter, box, text, size, align, direction, upright_turn(painter, box))


def _fit_upright(painter: QPainter, box: QRectF, text: str, size: Size, align: Qt.AlignmentFlag,
                 direction: Qt.LayoutDirection, turn: QTransform) -> TextFit:
    if size.wrap and size.one_line:
        single = _fit(painter, box, text, replace(size, wrap=False), align, direction, turn)
        if single.size >= size.max:  # whole on one line at the largest size: wrapping could not do better
            return single
        wrapped = _fit(painter, box, text, size, align, direction, turn)
        return single if single.size >= wrapped.size * size.one_line else wrapped
    return _fit(painter, box, text, size, align, direction, turn)


def _fit(painter: QPainter, box: QRectF, text: str, size: Size, align: Qt.AlignmentFlag,
         direction: Qt.LayoutDirection, turn: QTransform) -> TextFit:
    device = painter.device()
    flags = text_flags(text, align, size.wrap, direction)
    original, text = text, isolate_lines(text, direction)
    dpi = device.logicalDpiY()
    measured: dict[float, QRectF] = {}  # each size tried, laid out once: the best one's bounds are kept
    laid: dict[float, str] = {}  # and the text as handed to Qt at that size, where it is not `text`

    def fits_at(px: float) -> bool:
        if px not in measured:
            font = _font_at(px, dpi, size.bold, size.family)
            lines = laid[px] = lines_for_qt(text, box, font, device, flags)
            measured[px] = _measure(lines, box, font, device, flags)
        return fits_inside(measured[px], box)

    if fits_at(size.max):
        best = size.max
    else:
        low, high = size.floor, size.max
        if not fits_at(low):
            # Even the smallest allowed size overflows: keep halving rather than cut a word.
            high = low
            while low > 1 and not fits_at(low):
                high, low = low, low / 2
            fits_at(low)  # the halving may stop at 1 without trying it: its bounds are wanted all the same
        for _ in range(14):
            mid = (low + high) / 2
            if fits_at(mid):
                low = mid
            else:
                high = mid
        best = low
    font = make_font(best, device, size.bold, size.family)
    # Measured as painted, upright; on a mirrored page that is the mirror image within the box.
    bounds = measured[best] if turn.isIdentity() else turn.mapRect(measured[best])
    return TextFit(original, QRectF(box), bounds, best, font, flags, shrunk_below_min=best < size.floor - 1e-6,
                   laid="" if laid[best] == original else laid[best])


def draw_text(painter: QPainter, box: QRectF, text: str, size: Size, color: QColor | str = INK,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
              direction: Qt.LayoutDirection | None = None) -> TextFit:
    """Fit `text` into `box` (see fit_text) and paint it; returns the fit with the painted bounds."""
    direction = painter.layoutDirection() if direction is None else direction
    turn = upright_turn(painter, box)
    fit = _fit_upright(painter, box, text, size, align, direction, turn)
    upright = turn.isIdentity()  # a page that is not mirrored
    painter.save()
    if not upright:
        painter.setTransform(turn, True)
    painter.setFont(fit.font)
    painter.setPen(color if isinstance(color, QColor) else QColor(color))  # copying a QColor costs more than a text
    painted = painter.drawText(box, fit.flags, fit.as_drawn)
    if not upright:
        painted = turn.mapRect(painted)
    painter.restore()
    return TextFit(fit.text, fit.box, painted.united(fit.bounds) if painted else fit.bounds, fit.size,
                   fit.font, fit.flags, fit.shrunk_below_min, fit.laid)


def draw_fitted(painter: QPainter, box: QRectF, fit: TextFit, color: QColor | str = INK) -> TextFit:
    """Paint the words of `fit` in `box`, a box the same size as the one they were fitted to (`fit.box`) at
    another place on the sheet: a column's repeated words ("1", "2", "lots") are fitted once a sheet, not once a
    row. Set at the same size with the same flags, they land as draw_text would put them; single lines only."""
    if "\n" in fit.text or fit.box.size() != box.size():
        raise ValueError("draw_fitted takes one line fitted to a box of the same size")
    turn = upright_turn(painter, box)
    upright = turn.isIdentity()
    painter.save()
    if not upright:
        painter.setTransform(turn, True)
    painter.setFont(fit.font)
    painter.setPen(color if isinstance(color, QColor) else QColor(color))
    painted = painter.drawText(box, fit.flags, fit.as_drawn)
    if not upright:
        painted = turn.mapRect(painted)
    painter.restore()
    bounds = fit.bounds.translated(box.topLeft() - fit.box.topLeft())
    return TextFit(fit.text, QRectF(box), painted.united(bounds) if painted else bounds, fit.size, fit.font,
                   fit.flags, fit.shrunk_below_min, fit.laid)


def metrics(painter: QPainter, size: float, bold: bool = False) -> QFontMetricsF:
    """Metrics of a font at `size` device units, for hand-placed rows (lists, tables)."""
    return QFontMetricsF(make_font(size, painter.device(), bold), painter.device())


# ----- pictograms --------------------------------------------------------------------------------------


def draw_pictogram(painter: QPainter, box: QRectF, name: str, color: QColor | str = INK) -> QRectF:
    """A pictogram (e.g. "mdi6.sprout") as a vector path, the largest square centred in `box`.

    Returns the square it was drawn in.
    """
    from ui.icons import paint_glyph
    from ui.theme import DIRECTIONAL

    side = min(box.width(), box.height())
    square = QRectF(0, 0, side, side)
    square.moveCenter(box.center())
    aligned = QRectF(square.toAlignedRect())
    painter.save()
    if name not in DIRECTIONAL:  # an arrow turns round on a mirrored page; a shirt does not
        painter.setTransform(upright_turn(painter, aligned), True)
    paint_glyph(painter, aligned, name, QColor(color))
    painter.restore()
    return square


# ----- QR codes ----------------------------------------------------------------------------------------

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
# One fixed mask: choosing the best of eight (qrcode's default) builds every code nine times, 4.7× slower for
# the same readability on paper (every mask is valid; readers try them all).
QR_MASK = 2


def qr_matrix(payload: str, error_correction: str = "M") -> list[list[bool]]:
    """The QR module matrix for a text payload (UTF-8, declared as such), without quiet zone; True is dark."""
    from kiosk.skills import utf8_qr

    # The version is the one the skills share measured when it checked the offer's length (kept there).
    code = utf8_qr(payload, error_correction, mask=QR_MASK)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def draw_qr(painter: QPainter, rect: QRectF, payload: str, color: QColor | str = paper_colour("qr"),
            error_correction: str = "M") -> QRectF:
    """Paint `payload` as a QR code: the largest square in `rect`, white quiet zone of 4 modules included.

    Modules are one filled vector path (no seams between neighbours at any DPI). Returns the square
    painted, quiet zone included.
    """
    matrix = qr_matrix(payload, error_correction)
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    module = side / count
    if module >= 2:
        module = float(int(module))  # whole device dots: crisp edges on printers and previews
    square = QRectF(QPointF(0, 0), QSizeF(module * count, module * count))
    square.moveCenter(rect.center())
    origin = square.topLeft() + QPointF(module * QUIET_ZONE, module * QUIET_ZONE)
    path = qr_outline(matrix, origin.x(), origin.y(), module)
    painter.save()
    painter.setTransform(upright_turn(painter, square), True)  # never mirrored: a mirrored code is not read
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(square, PAPER_WHITE)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawPath(path)
    painter.restore()
    return square


def _runs(mask: int, width: int) -> list[tuple[int, int]]:
    """The runs of set bits in `mask` as (first, past-last) bit positions."""
    bits = format(mask, f"0{width}b")[::-1]  # bit x at position x
    return [m.span() for m in _ONES.finditer(bits)]


_ONES = re.compile("1+")
_TO_BITS = bytes.maketrans(b"\x00\x01", b"01")


def qr_outline(matrix: list[list[bool]], left: float, top: float, module: float) -> QPainterPath:
    """The dark modules as one path of rectangles: a run of dark modules in a row, continued down the rows
    below it holding the same run. Filled as one path, neighbouring rectangles leave no seam at any
    resolution (checked in PDF viewers' rasterisers: poppler, Ghostscript); a few hundred rectangles made in
    Qt are 3-4× quicker than tracing the outline of the dark area in Python."""
    size = len(matrix)
    width = size + 1
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    started: dict[tuple[int, int], int] = {}  # a run still going down -> the row it started in
    for y, row in enumerate([*matrix, []]):
        runs = _runs(int(bytes(row).translate(_TO_BITS)[::-1] or b"0", 2), width)
        for run in [run for run in started if run not in runs]:
            first_row = started.pop(run)
            path.addRect(QRectF(left + run[0] * module, top + first_row * module, (run[1] - run[0]) * module,
                                (y - first_row) * module))
        for run in runs:
            started.setdefault(run, y)
    return path


# ----- small layout helpers ----------------------------------------------------------------------------


def split_top(box: QRectF, height: float, gap: float = 0.0) -> tuple[QRectF, QRectF]:
    """(top part `height` tall, the rest below after `gap`)."""
    top = QRectF(box.left(), box.top(), box.width(), min(height, box.height()))
    rest = QRectF(box.left(), top.bottom() + gap, box.width(), max(0.0, box.height() - top.height() - gap))
    return top, rest


def split_left(box: QRectF, width: float, gap: float = 0.0) -> tuple[QRectF, QRectF]:
    """(left part `width` wide, the rest to its right after `gap`)."""
    left = QRectF(box.left(), box.top(), min(width, box.width()), box.height())
    rest = QRectF(left.right() + gap, box.top(), max(0.0, box.width() - left.width() - gap), box.height())
    return left, rest


def inset(box: QRectF, by: float) -> QRectF:
    return box.adjusted(by, by, -by, -by)


def frame(painter: QPainter, box: QRectF, width: float, color: QColor | str = INK, radius: float = 0.0,
          style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
    """An outline drawn inside `box` (the pen does not spill over its edge)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(color), width)
    pen.setStyle(style)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRoundedRect(box.adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


def card(painter: QPainter, box: QRectF, pad: float, head: float, gap: float, pictogram: str = "",
         outline: float = 0.0, radius: float = 0.0) -> tuple[QRectF, QRectF]:
    """A card (a skill card, a wanted card): an outline if `outline`, then `pad` inside it a head row `head`
    tall that starts with a square pictogram, and the body below it after `gap`.

    Returns (the head's room after the pictogram, the body).
    """
    if outline:
        frame(painter, box, outline, radius=radius)
    top, body = split_top(inset(box, pad), head, gap=gap)
    icon_box, rest = split_left(top, top.height(), gap=gap)
    if pictogram:
        draw_pictogram(painter, icon_box, pictogram)
    return rest, body


def rule(painter: QPainter, start: QPointF, end: QPointF, width: float, color: QColor | str = INK,
         style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
    """A straight line; Qt.PenStyle.DotLine for a fold line."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(color), width)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(start, end)
    painter.restore()


def blank_image(width: int, height: int, dpi: float) -> QImage:
    """A white image that reports `dpi` to Qt, so fonts and Sheet units come out right on it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(PAPER_WHITE)
    return image
