"""The printers' thread: whatever asks CUPS — which printer is the default, what it makes of our papers, handing it
a job — runs on a thread of its own, never on the window's, so a cupsd that is slow or stopped (or cups-browsed
looking for network printers) never freezes a visitor's tap or a language change.

Qt's own path asks cupsd on whichever thread uses the QPrinter: its constructor looks up the default printer,
setPrinterName fetches the printer's PPD, and QPainter.end() hands the document over (its CUPS engine writes a PDF,
then calls cupsPrintFile). So the one-tap Print paints its pages into a PDF on the window's thread — our own
painting, bounded, as Save PDF does — at the page size and margins the printer was found to use here, and hands the
file to CUPS here through libcups (cupsPrintFile, with the options Qt's engine passes: media, sides, landscape).
Pages printed through Qt's print dialog go the same way, with the dialog's choices (ui/printing/print_dialog.py).
The window hears back through Qt signals (ui/off_thread.py); an answer that does not come within PATIENCE_MS is
told to the steward, and the job may still go once cupsd answers again.

Only libcups through ctypes is called here, never Qt's printer classes: ctypes lets go of Python's lock while a
call waits, PySide6 does not — a thread waiting in QPrinterInfo.defaultPrinter() or QPrinter() on a stopped
cupsd froze the window's thread as surely as calling it there (measured). So the default printer and its margins
for each paper come from libcups (cupsGetNamedDest, cupsGetDestMediaBySize), as Qt's CUPS support reads them."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QPushButton, QWidget

from ui.off_thread import OffThread
from ui.printing.output import RenderFn, write_print_file
from ui.printing.painter import LABEL_PAGES, ORIENTATIONS, PAPERS, page_layout
from ui.printing.spool import libcups
from ui.widgets import set_words

log = logging.getLogger(__name__)

PATIENCE_MS = 20_000  # a printer that has not answered by then is told to the steward
PAGES_FILE = "commons-table-print-"  # the start of a PDF's name waiting to be handed to CUPS; then its maker's pid
LOOK_AGAIN_MS = 60_000  # the default printer looked up again while a printing screen is on show
_thread: list[OffThread] = []


def printer_thread() -> OffThread:
    """The one thread that asks CUPS, in the order asked (a stopped cupsd holds what follows, never the window).
    Its first work: pages a kiosk stopped before CUPS had them left in the temporary folder go (remove_unsent)."""
    if not _thread:
        _thread.append(OffThread("printers"))
        _thread[0].call(remove_unsent)
    return _thread[0]


def remove_unsent(folder: str | None = None) -> list[str]:
    """Delete the PDFs a kiosk painted for CUPS and never handed over, stopped or killed while cupsd did not answer
    (skill cards carry contacts, which go only to paper): those whose maker (the pid in the name) is gone, never a
    living kiosk's on its way. The names deleted."""
    gone = []
    for entry in os.scandir(folder or tempfile.gettempdir()):
        maker = entry.name.removeprefix(PAGES_FILE).split("-")[0]
        if entry.name.startswith(PAGES_FILE) and entry.name.endswith(".pdf") and maker.isdigit() \
                and not _alive(int(maker)) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
                gone.append(entry.name)
    return gone


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's (or not a pid): not ours to judge
    return True


class PrintRefused(OSError):
    """CUPS did not take the job (no such printer, the queue stopped accepting, cupsd gone)."""


@dataclass(frozen=True)
class PaperFacts:
    """What the printer makes of one of our papers in one orientation."""

    size: QPageSize  # our paper's size
    least: tuple[float, float, float, float]  # the printer's minimum margins there, in mm (left, top, right, bottom)
    media: str  # its name for the size (CUPS's "media"), or QPageSize's key when it has none


@dataclass(frozen=True)
class DefaultPrinter:
    """The system's default printer: its name ("" when there is none) and what it makes of each paper."""

    name: str = ""
    papers: Mapping[tuple[str, str], PaperFacts] = field(default_factory=dict)


class _Dest(ctypes.Structure):  # cups_dest_t, cups/cups.h
    _fields_ = [("name", ctypes.c_char_p), ("instance", ctypes.c_char_p), ("is_default", ctypes.c_int),
                ("num_options", ctypes.c_int), ("options", ctypes.c_void_p)]


class _Size(ctypes.Structure):  # cups_size_t: sizes and margins in hundredths of a millimetre
    _fields_ = [("media", ctypes.c_char * 128), ("width", ctypes.c_int), ("length", ctypes.c_int),
                ("bottom", ctypes.c_int), ("left", ctypes.c_int), ("right", ctypes.c_int), ("top", ctypes.c_int)]


def _cups() -> ctypes.CDLL:
    cups = libcups()
    if cups is None:
        raise PrintRefused("libcups is not installed")
    cups.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    cups.cupsGetNamedDest.restype = ctypes.POINTER(_Dest)
    cups.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
    cups.cupsCopyDestInfo.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Dest)]
    cups.cupsCopyDestInfo.restype = ctypes.c_void_p
    cups.cupsFreeDestInfo.argtypes = [ctypes.c_void_p]
    cups.cupsGetDestMediaBySize.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Dest), ctypes.c_void_p, ctypes.c_int,
                                            ctypes.c_int, ctypes.c_uint, ctypes.POINTER(_Size)]
    cups.cupsGetDestMediaBySize.restype = ctypes.c_int
    return cups


def default_printer() -> str:
    """The name of CUPS's default printer (lpoptions, LPDEST/PRINTER, the server's), or "". Asks cupsd: only ever
    on the printers' thread."""
    return look_up_default().name


def _paper_facts(cups: ctypes.CDLL, dest: ctypes._Pointer, info: int | None, paper: str,
                 orientation: str) -> PaperFacts:
    size = page_layout(paper, orientation).pageSize()
    mm = size.size(QPageSize.Unit.Millimeter)
    found = _Size()
    if info and cups.cupsGetDestMediaBySize(None, dest, info, round(mm.width() * 100), round(mm.height() * 100),
                                            0, ctypes.byref(found)):
        # The printer's margins on the upright sheet; a turned page gets the widest on every side.
        left, top, right, bottom = (found.left / 100, found.top / 100, found.right / 100, found.bottom / 100)
        if ORIENTATIONS[orientation] == QPageLayout.Orientation.Landscape:
            left = top = right = bottom = max(left, top, right, bottom)
        return PaperFacts(size, (left, top, right, bottom), found.media.decode(errors="replace") or size.key())
    return PaperFacts(size, (0.0, 0.0, 0.0, 0.0), size.key())


def look_up_default() -> DefaultPrinter:
    """The default printer and its papers (on the printers' thread: every call here may wait on cupsd)."""
    cups = _cups()
    dest = cups.cupsGetNamedDest(None, None, None)
    if not dest:
        return DefaultPrinter()
    try:
        name = dest.contents.name.decode(errors="replace")
        if dest.contents.instance:
            name += "/" + dest.contents.instance.decode(errors="replace")
        info = cups.cupsCopyDestInfo(None, dest)
        try:
            papers = {(paper, turn): _paper_facts(cups, dest, info, paper, turn)
                      for paper in (*PAPERS, *LABEL_PAGES) for turn in ORIENTATIONS}
        finally:
            if info:
                cups.cupsFreeDestInfo(info)
    finally:
        cups.cupsFreeDests(1, dest)
    return DefaultPrinter(name, papers)


class _Option(ctypes.Structure):  # cups_option_t, cups/cups.h
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


def send_file(printer: str, path: str, title: str, options: Mapping[str, str]) -> int:
    """Hand a PDF to CUPS (cupsPrintFile, as Qt's CUPS engine does when its painter ends); the job's id.
    Waits on cupsd: only ever on the printers' thread."""
    cups = _cups()
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
    """Pages painted for a printer, in a PDF waiting to be handed over."""

    path: str
    pages: int
    title: str
    options: Mapping[str, str]


def paint_for(printer: DefaultPrinter, render: RenderFn, paper: str, orientation: str, title: str,
              margin_mm: float) -> Painted:
    """The pages painted into a temporary PDF at `paper`'s size and our margins (widened where the printer cannot
    reach), with the options Qt's engine would pass; on the window's thread (our own painting)."""
    facts = printer.papers[(paper, orientation)]
    # As Qt's CUPS engine: the paper's name and a turned page said; sides and the rest are the printer's own.
    options = {"media": facts.media}
    if ORIENTATIONS[orientation] == QPageLayout.Orientation.Landscape:
        options["landscape"] = ""
    return paint_pages(render, facts.size, orientation, tuple(max(margin_mm, least) for least in facts.least),
                       title, options)


def paint_pages(render: RenderFn, size: QPageSize, orientation: str, margins_mm: tuple[float, ...], title: str,
                options: Mapping[str, str], wanted: Callable[[int], bool] | None = None,
                grey: bool = False) -> Painted:
    """The pages painted into a temporary PDF (named for remove_unsent) at `size` and `margins_mm` (see
    output.write_print_file), to be handed to CUPS with `options`; on the window's thread (our own painting)."""
    descriptor, path = tempfile.mkstemp(prefix=f"{PAGES_FILE}{os.getpid()}-", suffix=".pdf")
    os.close(descriptor)
    try:
        pages = write_print_file(path, render, size, orientation, margins_mm, title, wanted, grey)
    except BaseException:
        os.unlink(path)
        raise
    return Painted(path, pages, title, options)


class PrinterLink(QObject):
    """What a printing screen knows of the default printer (`known`: None until the first answer) and its one
    job under way. Every question goes to the printers' thread; the answers come back as `changed`."""

    changed = Signal()

    def __init__(self, screen: QWidget, tell: Callable[..., None]):
        super().__init__(screen)
        self.screen = screen
        self._tell = tell  # the window's notice: tell(text, problem=…)
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
        self._after_answer: Callable[[], None] | None = None

    def show_on(self, button: QPushButton) -> None:
        """Print's words for the default printer as last heard from CUPS, never asked for here. Until CUPS has
        answered, Print waits for it (as a dialog would too); without a default printer it opens the system's
        dialog ("Print…")."""
        known = self.known
        if known is None:
            set_words(button, self.tr("Finding the printer…"),
                      self.tr("The printer has not answered yet") if self.slow else self.tr("Looking for the printer"))
        else:
            set_words(button, self.tr("Print") if known.name else self.tr("Print…"),
                      self.tr("On the printer %1").replace("%1", known.name) if known.name
                      else self.tr("Choose a printer"))
        button.setEnabled(known is not None)

    def say(self, text: str, problem: bool = False) -> None:
        """A printer's answer, for the steward: told while the screen is on show; else only logged (a visitor may
        be using the kiosk by now)."""
        if self.screen.isVisible():
            self._tell(text, problem=problem)
        else:
            log.info("%s: %s", type(self.screen).__name__, text)

    def under_way(self) -> bool:
        """A question or a job handed to the printers' thread whose answer has not come back (to this screen)."""
        return self.asking or self.sending is not None

    def look_up(self) -> None:
        """Ask again which printer is the default (one question at a time)."""
        if self.asking:
            return
        self.asking = True
        self._lookup_patience.start()
        printer_thread().call(lambda: look_up_default(), self._found, self._not_found)

    def with_qt(self, then: Callable[[], None]) -> None:
        """Qt's print dialog (and the QPrinter it sets up) asks cupsd on the window's thread. So `then`, which opens
        it, runs only once CUPS has just answered the printers' thread, while this screen is on show; never while
        cupsd is slow or stopped (the steward is told, as Print tells)."""
        self._after_answer = then
        self.look_up()

    def _look_again(self) -> None:
        if self.screen.isVisible():
            self.look_up()

    def _found(self, printer: DefaultPrinter) -> None:
        self.asking = self.slow = False
        self._lookup_patience.stop()
        self.known = printer
        self.changed.emit()
        then, self._after_answer = self._after_answer, None
        if then is not None and self.screen.isVisible():
            QTimer.singleShot(0, self.screen, then)  # its dialog's own loop runs after this answer is taken in

    def _not_found(self, problem: Exception) -> None:
        log.warning("The default printer could not be looked up: %s", problem)
        self._found(DefaultPrinter())

    def _no_answer(self) -> None:
        log.warning("CUPS has not said which printer is the default in %d s", PATIENCE_MS // 1000)
        self.slow = True
        if self._after_answer is not None:  # not opened minutes later, out of the blue
            self._after_answer = None
            self.say(self.tr("The printer has not answered yet. Please check that it is switched on, then try "
                             "again."), problem=True)
        self.changed.emit()

    def send(self, painted: Painted, sent: Callable[[int], None], refused: Callable[[Exception], None],
             late: Callable[[], None], printer: str = "") -> None:
        """Hand the painted pages to `printer` (one chosen in Qt's print dialog), else the default printer: then
        `sent(job id)` or `refused(problem)` here; `late()` when cupsd has not answered in PATIENCE_MS (either still
        follows). One job at a time (`sending`)."""
        name = printer or (self.known.name if self.known is not None else "")
        assert self.sending is None and name
        self.sending = painted
        self._late = late
        self._send_patience.start()

        def answered(then: Callable[..., None], what: object) -> None:
            self.sending = None
            self._send_patience.stop()
            then(what)

        printer_thread().call(partial(_send_then_remove, name, painted.path, painted.title, painted.options),
                              partial(answered, sent), partial(answered, refused))

    def _send_is_late(self) -> None:
        log.warning("The printer has not taken the pages in %d s; they are sent when it answers",
                    PATIENCE_MS // 1000)
        if self._late is not None:
            self._late()
