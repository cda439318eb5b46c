"""Print signs → All pages: Qt's preview of every page (QPrintPreviewWidget) in a dialog made for a finger.

Qt's own QPrintPreviewDialog is a desktop's: tool buttons a few pixels high, a page number to type, a zoom list, and
a Print that opens Qt's print dialog and hands the pages to CUPS on the window's thread (a stopped cupsd freezes
the kiosk there, and skill cards printed that way are neither purged from CUPS nor have their contacts forgotten).
So the preview widget Qt made for embedding sits here beside tools 64 px high, pictogram and word, and Print asks
the screen to print as its own Print does (ui/printing/printers.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QGraphicsView, QScroller, QWidget

from ui import theme
from ui.widgets import FocusStaysPut, button, horizontal, label, set_words, vertical


class EveryPage(FocusStaysPut, QDialog):
    """Every page as it will print: flicked through by touch, a page at a time or closer; Close, and Print (which
    closes the preview first, so the steward sees what the printer answers)."""

    def __init__(self, printer: QPrinter, parent: QWidget, paint: Callable[[QPrinter], None],
                 print_: Callable[[], None]):
        super().__init__(parent)
        self._print = print_
        self._printer = printer  # the preview widget only borrows it
        row = horizontal(self, theme.PAGE, theme.GAP_SECTION)
        self.pages = QPrintPreviewWidget(printer, self)
        self.pages.paintRequested.connect(paint)
        self.pages.previewChanged.connect(self._show_where)
        view = self.pages.findChild(QGraphicsView)
        if view is not None:  # the pages follow a finger, as every list here does
            QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            view.verticalScrollBar().valueChanged.connect(self._show_where)
        row.addWidget(self.pages, 1)
        tools = vertical(spacing=theme.GAP)
        self.close_button = button("mdi6.close", clicked=self.close)
        self.print_button = button("mdi6.printer", "Primary", clicked=self._print_now)
        self.previous_button = button("mdi6.chevron-up", clicked=lambda: self._turn(-1))
        self.next_button = button("mdi6.chevron-down", clicked=lambda: self._turn(1))
        self.closer_button = button("mdi6.magnify-plus-outline", clicked=self._closer)
        self.closer_button.setCheckable(True)
        for b in (self.close_button, self.print_button, self.previous_button, self.next_button, self.closer_button):
            tools.addWidget(b)
        self.where = label(wrap=True, align=Qt.AlignmentFlag.AlignCenter, into=tools)
        tools.addStretch(1)
        row.addLayout(tools)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Every page"))
        self.pages.setAccessibleName(self.tr("The pages as they will print"))
        set_words(self.close_button, self.tr("Close"))
        set_words(self.print_button, self.tr("Print"), self.tr("Print these pages"))
        set_words(self.previous_button, self.tr("Page before"))
        set_words(self.next_button, self.tr("Next page"))
        set_words(self.closer_button, self.tr("Closer"), self.tr("The pages bigger, to read them"))
        self._show_where()

    def printer(self) -> QPrinter:
        return self._printer

    def show_from_the_top(self, size: QSize, paint_again: bool) -> None:
        """Opened as big as the kiosk's window, the first page whole in view; its pages painted again first when
        `paint_again` (the dialog paints them itself on its first show)."""
        self.resize(size)
        if paint_again:
            self.pages.updatePreview()
        self.closer_button.setChecked(False)
        self.pages.fitInView()
        if self.pages.pageCount():
            self.pages.setCurrentPage(1)
        self._show_where()
        # Kept for the visit, the dialog kept its focus on the Close or Print that closed it: its ring, opened again,
        # would mark a button nobody touched this time. It opens with the focus as on its first show.
        if (focused := self.focusWidget()) is not None:
            focused.clearFocus()
        self.open()

    def _print_now(self) -> None:
        self.close()
        self._print()

    def _turn(self, by: int) -> None:
        self.pages.setCurrentPage(self.pages.currentPage() + by)
        self._show_where()

    def _closer(self) -> None:
        if self.closer_button.isChecked():
            self.pages.fitToWidth()
        else:
            self.pages.fitInView()
        self._show_where()

    def _show_where(self) -> None:
        count, page = self.pages.pageCount(), self.pages.currentPage()
        self.where.setText(self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
                           if count else "")
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < count)
