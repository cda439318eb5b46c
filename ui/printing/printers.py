"""The printers' thread: whatever asks CUPS — which printer is the default, what it makes of our papers, handing it
a job — runs on a thread of its own, never on the window's, so a cupsd that is slow or stopped (or cups-browsed
looking for network printers) never freezes a visitor's tap or a language change.

Qt's own path asks cupsd on whichever thread uses the QPrinter: its constructor looks up the default printer,
setPrinterName fetches the printer's PPD, and QPainter.end() hands the document over (its CUPS engine writes a PDF,
then calls cupsPrintFile). So the one-tap Print paints its pages into a PDF on the window's thread — our own
painting, bounded, as Save PDF does — at the page size and margins the printer was found to use here, and hands the
file to CUPS here through libcups (cupsPrintFile, with the options Qt's engine passes: media, sides, landscape).
The window hears back through Qt signals (ui/off_thread.py); an answer that does not come within PATIENCE_MS is
told to the steward, and the job may still go once cupsd answers again."""

from __future__ import annotations

import ctypes
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from ui.off_thread import OffThread
from ui.printing.output import RenderFn, write_print_file
from ui.printing.painter import LABEL_PAGES, ORIENTATIONS, PAPERS, page_layout
from ui.printing.spool import libcups

log = logging.getLogger(__name__)

PATIENCE_MS = 20_000  # a printer that has not answered by then is told to the steward
LOOK_AGAIN_MS = 60_000  # the default printer looked up again while a printing screen is on show
_thread: list[OffThread] = []


def printer_thread() -> OffThread:
    """The one thread that asks CUPS, in the order asked (a stopped cupsd holds what follows, never the window)."""
    if not _thread:
        _thread.append(OffThread("printers"))
    return _thread[0]


class PrintRefused(OSError):
    """CUPS did not take the job (no such printer, the queue stopped accepting, cupsd gone)."""


@dataclass(frozen=True)
class PaperFacts:
    """What the printer makes of one of our papers in one orientation."""

    size: QPageSize  # the printer's own name for the size when it has one (its "media")
    least: tuple[float, float, float, float]  # its minimum margins, as QPrinter.pageLayout() gives them


@dataclass(frozen=True)
class DefaultPrinter:
    """The system's default printer: its name ("" when there is none) and what it makes of each paper."""

    name: str = ""
    papers: Mapping[tuple[str, str], PaperFacts] = field(default_factory=dict)
    duplex: QPrinter.DuplexMode = QPrinter.DuplexMode.DuplexNone


def default_printer() -> str:
    """The name of CUPS's default printer, or "". Asks cupsd: only ever on the printers' thread."""
    info = QPrinterInfo.defaultPrinter()
    return "" if info.isNull() else info.printerName()


def look_up_default() -> DefaultPrinter:
    """The default printer and its papers (on the printers' thread: every call here may wait on cupsd)."""
    name = default_printer()
    if not name:
        return DefaultPrinter()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    papers: dict[tuple[str, str], PaperFacts] = {}
    for paper in (*PAPERS, *LABEL_PAGES):
        for orientation, turned in ORIENTATIONS.items():
            # As ui.printing.output.print_to sets up a printer: the size, the orientation, then its least margins.
            printer.setPageSize(page_layout(paper, orientation).pageSize())
            printer.setPageOrientation(turned)
            layout = printer.pageLayout()
            least = layout.minimumMargins()
            papers[(paper, orientation)] = PaperFacts(layout.pageSize(),
                                                      (least.left(), least.top(), least.right(), least.bottom()))
    return DefaultPrinter(name, papers, printer.duplex())


def make_printer(name: str) -> QPrinter:
    """A QPrinter for `name` (or CUPS's default), made here: its constructor asks cupsd. Used by Qt's preview."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    return printer


class _Option(ctypes.Structure):  # cups_option_t, cups/cups.h
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


def send_file(printer: str, path: str, title: str, options: Mapping[str, str]) -> int:
    """Hand a PDF to CUPS (cupsPrintFile, as Qt's CUPS engine does when its painter ends); the job's id.
    Waits on cupsd: only ever on the printers' thread."""
    cups = libcups()
    if cups is None:
        raise PrintRefused("libcups is not installed")
    chosen = (_Option * len(options))(*(_Option(k.encode(), v.encode()) for k, v in options.items()))
    job = cups.cupsPrintFile(printer.split("/")[0].encode(), path.encode(), title.encode(), len(options), chosen)
    if job <= 0:
        raise PrintRefused((cups.cupsLastErrorString() or b"").decode(errors="replace") or "no job")
    return int(job)


def _send_then_remove(printer: str, path: str, title: str, options: Mapping[str, str]) -> int:
    try:
        return send_file(printer, path, title, options)
    finally:
        os.unlink(path)  # the pages may carry contacts (skill cards): CUPS keeps its own copy


@dataclass(frozen=True)
class Painted:
    """Pages painted for the default printer, in a PDF waiting to be handed over."""

    path: str
    pages: int
    title: str
    options: Mapping[str, str]


_SIDES = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
          QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}


def paint_for(printer: DefaultPrinter, render: RenderFn, paper: str, orientation: str, title: str,
              margin_mm: float) -> Painted:
    """The pages painted into a temporary PDF at the printer's size for `paper` and our margins (widened where
    it cannot reach), with the options Qt's engine would pass; on the window's thread (our own painting)."""
    facts = printer.papers[(paper, orientation)]
    descriptor, path = tempfile.mkstemp(prefix="commons-table-print-", suffix=".pdf")
    os.close(descriptor)
    try:
        pages = write_print_file(path, render, facts.size, orientation,
                                 tuple(max(margin_mm, least) for least in facts.least), title)
    except BaseException:
        os.unlink(path)
        raise
    turned = ORIENTATIONS[orientation] == QPageLayout.Orientation.Landscape
    sides = _SIDES.get(printer.duplex, "one-sided")
    if printer.duplex == QPrinter.DuplexMode.DuplexAuto:
        sides = "two-sided-short-edge" if turned else "two-sided-long-edge"
    options = {"media": facts.size.key(), "sides": sides}
    if turned:
        options["landscape"] = ""
    return Painted(path, pages, title, options)


class PrinterLink(QObject):
    """What a printing screen knows of the default printer (`known`: None until the first answer) and its one
    job under way. Every question goes to the printers' thread; the answers come back as `changed`."""

    changed = Signal()

    def __init__(self, screen: QWidget):
        super().__init__(screen)
        self.screen = screen
        self.known: DefaultPrinter | None = None
        self.asking = False
        self.slow = False  # the question has waited longer than PATIENCE_MS
        self.sending: Painted | None = None
        self._again = QTimer(self)
        self._again.setInterval(LOOK_AGAIN_MS)
        self._again.timeout.connect(self._look_again)
        self._again.start()
        self._lookup_patience = QTimer(self)
        self._lookup_patience.setSingleShot(True)
        self._lookup_patience.setInterval(PATIENCE_MS)
        self._lookup_patience.timeout.connect(self._no_answer)
        self._send_patience = QTimer(self)
        self._send_patience.setSingleShot(True)
        self._send_patience.setInterval(PATIENCE_MS)
        self._late: Callable[[], None] | None = None
        self._send_patience.timeout.connect(self._send_is_late)

    def look_up(self) -> None:
        """Ask again which printer is the default (one question at a time)."""
        if self.asking:
            return
        self.asking = True
        self._lookup_patience.start()
        printer_thread().call(lambda: look_up_default(), self._found, self._not_found)

    def _look_again(self) -> None:
        if self.screen.isVisible():
            self.look_up()

    def _found(self, printer: DefaultPrinter) -> None:
        self.asking = self.slow = False
        self._lookup_patience.stop()
        self.known = printer
        self.changed.emit()

    def _not_found(self, problem: Exception) -> None:
        log.warning("The default printer could not be looked up: %s", problem)
        self._found(DefaultPrinter())

    def _no_answer(self) -> None:
        log.warning("CUPS has not said which printer is the default in %d s", PATIENCE_MS // 1000)
        self.slow = True
        self.changed.emit()

    def send(self, painted: Painted, sent: Callable[[int], None], refused: Callable[[Exception], None],
             late: Callable[[], None]) -> None:
        """Hand the painted pages to the default printer: then `sent(job id)` or `refused(problem)` here; `late()`
        when cupsd has not answered in PATIENCE_MS (either still follows). One job at a time (`sending`)."""
        assert self.sending is None and self.known is not None and self.known.name
        self.sending = painted
        self._late = late
        self._send_patience.start()

        def answered(then: Callable[..., None], what: object) -> None:
            self.sending = None
            self._send_patience.stop()
            then(what)

        printer_thread().call(partial(_send_then_remove, self.known.name, painted.path, painted.title,
                                      painted.options), partial(answered, sent), partial(answered, refused))

    def _send_is_late(self) -> None:
        log.warning("The printer has not taken the pages in %d s; they are sent when it answers",
                    PATIENCE_MS // 1000)
        if self._late is not None:
            self._late()
