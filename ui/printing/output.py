"""Where painted pages go: a PDF file, a real printer, or a preview image — one render function for all.

A render function is `render(painter: QPainter, sheet: Sheet) -> None` (see painter.py): it paints the
first page, calls `sheet.new_page()` before each further page, and never calls painter.end().
Each output returns how many pages were painted.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.safe_write import write_whole
from ui.printing.painter import MARGIN_MM, MM_PER_INCH, ORIENTATIONS, Sheet, blank_image, page_layout

RenderFn = Callable[[QPainter, Sheet], None]
PDF_DPI = 600


class PaintFailed(OSError):
    pass


class NoPageChosen(PaintFailed):
    """None of the pages a print dialog's range asked for is in the document (`pages` long)."""

    def __init__(self, pages: int):
        super().__init__(f"none of the pages asked for is in the document ({pages} pages)")
        self.pages = pages


# The reason a sentence about the file gives (OUT_REFUSED_BECAUSE's {reason}, "The PDF could not be saved … (%2)"):
# marked in the core's context, where the command line and the window look its words up.
PDF_INCOMPLETE = QT_TRANSLATE_NOOP("kiosk", "the PDF came out incomplete, perhaps the disk is full")


class PdfIncomplete(OSError):
    """What was written is not the whole PDF (a full disk or a pulled stick: Qt's writer does not say)."""

    def __init__(self, path: Path):
        super().__init__(errno.EIO, PDF_INCOMPLETE, str(path))


# Qt stamps the PDF to the second; stored times here are never finer than the quarter hour. The same
# number of digits replaces them, so every byte offset in the file (its xref table) stays right.
_INFO_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:\d{10})(\d{2})(\d{2})")
_XMP_DATE = re.compile(rb'(xmp:\w*Date="\d{4}-\d{2}-\d{2}T\d{2}:)(\d{2}):(\d{2})')


def _to_quarter_hour(match: re.Match[bytes]) -> bytes:
    minutes = int(match[2]) // 15 * 15
    return match[1] + b"%02d" % minutes + b"00" if match.re is _INFO_DATE else match[1] + b"%02d:00" % minutes


def check_pdf(path: Path, pages: int, named: Path | None = None) -> None:
    """Raise PdfIncomplete (about `named`, by default `path`) unless `path` is a whole PDF of `pages` pages:
    its end marker there and every page readable back."""
    with path.open("rb") as written:
        written.seek(0, 2)
        size = written.tell()
        written.seek(max(0, size - 64))
        tail = written.read()
    if size == 0 or b"%%EOF" not in tail:
        raise PdfIncomplete(named or path)
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() != pages:
            raise PdfIncomplete(named or path)
    finally:
        document.close()


def round_pdf_dates(path: Path) -> None:
    """The PDF's creation and change dates to the quarter hour, in place."""
    data = path.read_bytes()
    rounded = _XMP_DATE.sub(_to_quarter_hour, _INFO_DATE.sub(_to_quarter_hour, data))
    if rounded != data:
        assert len(rounded) == len(data)
        with path.open("r+b") as pdf:
            pdf.write(rounded)


def _paint(device, render: RenderFn, wanted: Callable[[int], bool] | None = None) -> int:  # QPdfWriter or QPrinter
    painter = QPainter()
    if not painter.begin(device):
        raise PaintFailed("the page could not be started")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        sheet = Sheet.for_device(device, painter, wanted)
        render(painter, sheet)
        pages = sheet.pages_out(wanted)
    finally:
        painter.end()
    if not pages:
        raise NoPageChosen(sheet.page_index + 1)
    return pages


def write_pdf(path: Path | str, render: RenderFn, paper: str = "a4", orientation: str = "portrait",
              title: str = "Commons Table", dpi: int = PDF_DPI) -> int:
    """Paint into a PDF at `path`. Written to a temporary file beside it, synced, then renamed into place,
    so a pulled USB stick or a crash never leaves half a PDF under the real name; what was written is read
    back first (PdfIncomplete, an OSError, when it is not whole). Fonts are embedded (Qt embeds a subset of
    each TrueType font it uses). Returns the page count."""
    path = Path(path)
    layout = page_layout(paper, orientation)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "There is no such folder", str(path.parent))

    def paint(temp: Path) -> int:
        writer = QPdfWriter(str(temp))
        writer.setResolution(dpi)
        writer.setTitle(title)
        writer.setCreator("Commons Table")
        writer.setPageLayout(layout)
        pages = _paint(writer, render)
        del writer  # closes the file
        check_pdf(temp, pages, named=path)
        round_pdf_dates(temp)
        check_pdf(temp, pages, named=path)
        return pages

    return write_whole(path, paint)


def print_to(printer: QPrinter, render: RenderFn, paper: str | None = None,
             orientation: str = "portrait", margin_mm: float = MARGIN_MM) -> int:
    """Paint on a QPrinter (All pages' preview's, or one writing PDF for tests; never Qt's print dialog's, whose
    CUPS engine would hand the pages over on this thread: ui/printing/print_dialog.py). Its paper is kept unless
    `paper` is given; our margins are asked for (`margin_mm`: 0 for food labels,
    which place their stickers from the paper's edge), widened on any side the printer cannot reach.
    Returns the page count."""
    if paper is not None:
        printer.setPageSize(page_layout(paper, orientation).pageSize())
    printer.setPageOrientation(ORIENTATIONS[orientation])
    layout = QPageLayout(printer.pageLayout())
    layout.setUnits(QPageLayout.Unit.Millimeter)  # a QPrinter keeps its layout in points: compared in mm here
    least = layout.minimumMargins()
    printer.setPageMargins(QMarginsF(max(margin_mm, least.left()), max(margin_mm, least.top()),
                                     max(margin_mm, least.right()), max(margin_mm, least.bottom())),
                           QPageLayout.Unit.Millimeter)
    return _paint(printer, render)


PRINT_DPI = 1200  # a QPrinter's HighResolution


def write_print_file(path: Path | str, render: RenderFn, size: QPageSize, orientation: str,
                     margins_mm: tuple[float, ...], title: str, wanted: Callable[[int], bool] | None = None,
                     grey: bool = False) -> int:
    """Paint the pages a printer is sent into a PDF at `path`, as Qt's CUPS engine writes it before handing it to
    cupsd (the same PDF engine): the printer's page `size`, `margins_mm` (left, top, right, bottom) already
    widened where the printer cannot reach; only the pages `wanted` (numbers from 1: a print dialog's range), in
    grey when `grey` (as Qt's engine writes a page for a printer set to grayscale). Returns the page count."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    writer.setTitle(title)
    writer.setCreator("Commons Table")
    writer.setPageLayout(QPageLayout(size, ORIENTATIONS[orientation], QMarginsF(*margins_mm),
                                     QPageLayout.Unit.Millimeter))
    if grey:
        writer.setColorModel(QPdfWriter.ColorModel.Grayscale)
    pages = _paint(writer, render, wanted)
    del writer  # closes the file
    return pages


class _Painted(Exception):
    """The page asked for is painted, and the count is known: the pages after it are not laid out."""


def render_image(render: RenderFn, paper: str = "a4", orientation: str = "portrait", dpi: float = 72,
                 page: int = 0, pages: int | None = None) -> tuple[QImage, int]:
    """Paint into images at `dpi`; return (page number `page` — counting from 0 — as a white QImage of the
    whole paper, margins left white as on paper; the page count). `pages`: the page count when it is known
    already (kinds.Kind.pages): nothing after page `page` is then painted."""
    painter = QPainter()
    kept: list[QImage] = []
    current: list[QImage] = []

    def start(layout: QPageLayout) -> None:
        full = layout.fullRect(QPageLayout.Unit.Millimeter)
        image = blank_image(round(full.width() / MM_PER_INCH * dpi), round(full.height() / MM_PER_INCH * dpi),
                            dpi)
        current[:] = [image]
        painter.begin(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        margins = layout.margins(QPageLayout.Unit.Millimeter)
        dots = image.logicalDpiX() / MM_PER_INCH
        painter.translate(margins.left() * dots, margins.top() * dots)

    def finish() -> None:
        painter.end()
        if sheet.page_index == page:
            kept.append(current[0])

    def next_page(layout: QPageLayout) -> None:
        finish()
        if kept and pages is not None:
            raise _Painted
        start(layout)

    first = page_layout(paper, orientation)
    start(first)
    sheet = Sheet(painter, first, float(current[0].logicalDpiX()), next_page)
    try:
        render(painter, sheet)
    except _Painted:
        pass
    finally:
        if painter.isActive():
            finish()
    count = sheet.page_index + 1 if pages is None else pages
    if not kept:
        raise IndexError(f"there is no page {page + 1} (the document has {count})")
    return kept[0], count
