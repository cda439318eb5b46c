"""Qt's print dialog ("Printers…", or Print when there is no default printer): the steward's choices are read from
the QPrinter it set up, and that QPrinter is let go — never painted on. Painting on it would make Qt's CUPS engine
call cupsPrintFile on the window's thread when the painter ends, and a cupsd that hangs then froze the kiosk.

So the pages go as the one-tap Print sends them (printers.py): painted here into a PDF at the paper chosen, with our
margins widened where the printer cannot reach, and handed to the chosen printer on the printers' thread with the
options Qt's CUPS engine would have passed for the same choices (QCupsPrintEnginePrivate::closePrintDevice, Qt 6):
media (the page size's key), copies and Collate (only above one copy), sides (always: one-sided, or two-sided on the
long or short edge; "auto" by the page's orientation), landscape. Qt's engine passes no colour option: it writes
the PDF itself in grey when grayscale is chosen, and so do we. The range of pages is the application's to paint in
Qt (QPrinter.pageRanges), so only those pages are painted and no page-ranges option is passed; "Reverse" (the last
page first), which Qt's engine leaves to the application as well, is passed as CUPS's outputorder=reverse.

What the dialog cannot give through Qt's public API: its CUPS job options and the printer's PPD "Properties" (page
set, pages per sheet, banners, job hold, priority, billing, the PPD's own choices) live in a private engine property
(PPK_CupsOptions, qcups_p.h) that Qt's engine appends to the options above. They are not read here, so a choice
made there does not reach the printer; everything else in the dialog does.

Its "Print to File (PDF)" is left out (QPrintDialog's PrintToFile option): a path typed on a kiosk's keyboard and Qt's
file dialog (a window of its own, taller than a 7" screen) are no way to a file there. Save PDF is: one tap, onto a USB
stick when one is in, never with skill cards' contacts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QDialog, QFrame, QPushButton, QWidget

from ui import theme, translators
from ui.printing.output import RenderFn
from ui.printing.painter import ORIENTATIONS
from ui.printing.printers import Painted, paint_pages
from ui.widgets import label, scroll_page, vertical

SIDES = {  # QPrinter.DuplexMode's name → CUPS's "sides", as Qt's CUPS engine maps it
    "DuplexNone": "one-sided",
    "DuplexLongSide": "two-sided-long-edge",
    "DuplexShortSide": "two-sided-short-edge",
}

# The dialogs' printers while their dialog exists (QPrintDialog keeps a pointer to it); let go with the dialog.
_lent: list[QPrinter] = []


@dataclass(frozen=True)
class DialogChoice:
    """What the steward chose in Qt's print dialog, read off its QPrinter (plain values: the QPrinter is let go)."""

    printer: str  # the CUPS queue (as printerName(): "name" or "name/instance")
    size: QPageSize  # the paper chosen, as the printer names it
    least: tuple[float, float, float, float]  # the printer's minimum margins on it, mm (left, top, right, bottom)
    copies: int = 1
    collate: bool = True
    duplex: str = "DuplexNone"  # QPrinter.DuplexMode's name
    grey: bool = False
    reverse: bool = False  # the last page first
    ranges: tuple[tuple[int, int], ...] = ()  # the pages chosen (from, to; numbers from 1), () for all

    def wanted(self, page: int) -> bool:
        return not self.ranges or any(first <= page <= last for first, last in self.ranges)


def read_choice(printer: QPrinter) -> DialogChoice:
    """The choices a QPrintDialog left on `printer` (its engine's own values: nothing here asks cupsd)."""
    layout = QPageLayout(printer.pageLayout())
    layout.setUnits(QPageLayout.Unit.Millimeter)  # a QPrinter keeps its layout in points
    least = layout.minimumMargins()
    ranges = printer.pageRanges().toRangeList() if printer.printRange() == QPrinter.PrintRange.PageRange else []
    return DialogChoice(
        printer=printer.printerName(), size=layout.pageSize(),
        least=(least.left(), least.top(), least.right(), least.bottom()), copies=max(1, printer.copyCount()),
        collate=printer.collateCopies(), duplex=printer.duplex().name,
        grey=printer.colorMode() == QPrinter.ColorMode.GrayScale,
        reverse=printer.pageOrder() == QPrinter.PageOrder.LastPageFirst,
        ranges=tuple((r.from_, r.to) for r in ranges))


def ask(screen: QWidget, printer_name: str, title: str, doc_name: str, then: Callable[[DialogChoice | None], None],
        pages: int = 0, paper: QPageSize | None = None) -> OnScreen:
    """Open Qt's print dialog over `screen` (OnScreen) on a printer of its own (`printer_name` chosen first, else
    the system's default; `paper`, the one chosen on the kiosk's screen, first), in the steward's language. Once
    answered, `then(the steward's choice)`, or `then(None)` when cancelled or left. Never a nested event loop.
    Opening it asks cupsd on this thread: only ever right after CUPS answered the printers' thread
    (PrinterLink.with_qt)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        printer.setPrinterName(printer_name)
    printer.setDocName(doc_name)
    if paper is not None:
        printer.setPageSize(paper)
    words = translators.QtWords()  # the dialog's words in the steward's language, while it is made and shown
    dialog = QPrintDialog(printer)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)  # Save PDF is the way to a file (above)
    if pages:
        dialog.setMinMax(1, pages)

    def answered(accepted: bool) -> None:
        words.forget()
        then(read_choice(printer) if accepted else None)

    frame = OnScreen(dialog, title, screen, answered)
    frame.destroyed.connect(lambda _=None: words.forget())  # the window closed first
    _lent.append(printer)
    frame.destroyed.connect(lambda _=None, printer=printer: _lent.remove(printer))
    frame.open()
    return frame


class OnScreen(QWidget):
    """Qt's print dialog over the kiosk's screens, inside the window, as a notice is: never a window of its own.

    - The steward types in it with the kiosk's own keyboard, which comes up below it as for any field (a dialog of
      its own was modal, and the window's keyboard could neither come up for its fields nor take a tap).
    - It never outgrows the screen: with its Options open it is 565 px tall, and on a 7" screen (480 px) a window
      of its own had its Print and Cancel below the glass. It scrolls where it does not fit, flicked by a finger.
    - Its words are never cut: the kiosk's style gives every button a least width of its own, which let the
      dialog's layout squeeze one below its words ("Propiedades" came out as "opieda"); each is kept as wide as
      its words.
    - Leaving the screen (Home, the idle reset) cancels it, and so does another language.

    (Qt's print dialog is made to be a child widget as well as a window, Qt.Widget, as Qt's file dialog is
    embedded; its Print still sets up the QPrinter, and its `finished` carries the answer.)"""

    def __init__(self, dialog: QPrintDialog, title: str, screen: QWidget, answered: Callable[[bool], None]):
        super().__init__(screen)  # over the screen, in its look; above the keyboard, which shortens it
        self.setObjectName("Notice")  # the notices' veil over the screen below
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.screen_, self.dialog, self._answered = screen, dialog, answered
        self.language = QLocale().name()  # the window's language as the dialog was made (translators.locale_for)
        outer = vertical(self, theme.DIALOG_OVER, theme.GAP_NONE)
        self.card = QFrame()
        self.card.setObjectName("NoticeCard")
        column = vertical(self.card, theme.DIALOG_CARD, theme.GAP)
        self.title = label("Title", into=column)
        self.title.setText(title)
        self.setAccessibleName(title)  # what a screen reader says of it, as of a notice
        dialog.setWindowFlags(Qt.WindowType.Widget)
        self.area = scroll_page(dialog)
        column.addWidget(self.area)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        dialog.finished.connect(self._finished)
        for watched in (dialog, screen):
            watched.installEventFilter(self)
        # Its Properties (the page's setup, pages per sheet, job options, the printer's own PPD options) are read by
        # Qt's CUPS engine only when it paints on the QPrinter, which the kiosk never does (the pages go as Print
        # sends them): choices there would not reach the printer, and its window is 644 px tall. The paper is
        # chosen on the kiosk's screen and comes first in the dialog. (Found by the name Qt's form gives it.)
        self.properties = dialog.findChild(QPushButton, "properties")
        if self.properties is not None:
            self.properties.installEventFilter(self)  # the dialog shows it again for each printer chosen

    def open(self) -> None:
        self.setGeometry(self.screen_.rect())
        self.raise_()
        self.show()
        self.dialog.show()  # as a child: its own setVisible fills in the printer's details
        if self.properties is not None:
            self.properties.hide()
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        kind = event.type()
        if watched is self.dialog and kind == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # Options opened or closed: the dialog asks for another size
        elif watched is self.screen_ and kind == QEvent.Type.Resize:
            self.setGeometry(self.screen_.rect())  # the keyboard came or went
            self.fit()
        elif watched is self.screen_ and kind == QEvent.Type.Hide and self.isVisible():
            QTimer.singleShot(0, self.dialog, self.dialog.reject)  # Home, or the idle reset: not printed
        elif watched is self.properties and kind == QEvent.Type.Show:
            QTimer.singleShot(0, self.properties, self.properties.hide)
        return False

    def language_changed(self) -> None:
        """Another language chosen: Qt's words in the dialog stay those it was made with, so it is cancelled (not
        printed); its screen speaks the new language, and the dialog opened again speaks it too."""
        if self.isVisible() and QLocale().name() != self.language:
            QTimer.singleShot(0, self.dialog, self.dialog.reject)

    def fit(self) -> None:
        for button in self.dialog.findChildren(QAbstractButton):
            button.setMinimumWidth(max(button.minimumWidth(), button.sizeHint().width()))
        wanted = self.dialog.sizeHint().expandedTo(self.dialog.minimumSizeHint()) + \
            QSize(self.area.verticalScrollBar().sizeHint().width(), 0)
        around = theme.DIALOG_OVER + theme.DIALOG_CARD
        room = self.size() - QSize(around.left() + around.right(),
                                   around.top() + around.bottom() + self.title.sizeHint().height() + theme.GAP)
        self.area.setFixedSize(wanted.boundedTo(room))  # its own size, as far as the screen has room

    def _finished(self, result: int) -> None:
        self.hide()
        self.deleteLater()
        self._answered(result == QDialog.DialogCode.Accepted)


def language_changed(screen: QWidget) -> None:
    """The window's language changed (a screen's retranslate): Qt's dialog over `screen`, if open, is cancelled."""
    for frame in screen.findChildren(OnScreen, options=Qt.FindChildOption.FindDirectChildrenOnly):
        frame.language_changed()


def cups_options(choice: DialogChoice, orientation: str) -> dict[str, str]:
    """The options for cupsPrintFile, as Qt's CUPS engine builds them from the same choices (see above)."""
    landscape = ORIENTATIONS[orientation] == QPageLayout.Orientation.Landscape
    options = {"media": choice.size.key()}
    if choice.copies > 1:
        options["copies"] = str(choice.copies)
        if choice.collate:
            options["Collate"] = "True"
    if choice.duplex == "DuplexAuto":
        options["sides"] = "two-sided-short-edge" if landscape else "two-sided-long-edge"
    else:
        options["sides"] = SIDES.get(choice.duplex, "one-sided")
    if landscape:
        options["landscape"] = ""
    if choice.reverse:
        options["outputorder"] = "reverse"
    return options


def _margins(choice: DialogChoice, margin_mm: float) -> tuple[float, ...]:
    return tuple(max(margin_mm, least) for least in choice.least)


def paint_for_choice(choice: DialogChoice, render: RenderFn, orientation: str, title: str,
                     margin_mm: float) -> Painted:
    """The chosen pages painted into a PDF for the chosen printer, to hand over with PrinterLink.send."""
    return paint_pages(render, choice.size, orientation, _margins(choice, margin_mm), title,
                       cups_options(choice, orientation), choice.wanted, choice.grey)
