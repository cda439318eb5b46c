"""Small reusable pieces: big touch tiles, buttons with pictograms, and the in-window notice."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import RIGHT_TO_LEFT
from ui import theme
from ui.app_filters import watch_application
from ui.theme import MIN_TARGET, icon

Box = TypeVar("Box", QVBoxLayout, QHBoxLayout, QGridLayout)


def running_app() -> QApplication:
    """The application every widget lives in (made by ui.qapp.application before the first widget)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication yet")
    return app


class Tile(QToolButton):
    """A big pictogram-and-word button; the pictogram grows with the tile."""

    def __init__(self, icon_name: str, tone: str = "", parent: QWidget | None = None, color: str = "white"):
        super().__init__(parent)
        self.setObjectName("Tile")
        if tone:
            self.setProperty("tone", tone)
        self.setIcon(icon(icon_name, color))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MIN_TARGET * 2, MIN_TARGET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_words(self, text: str, description: str = "") -> None:
        self._words = text
        self._fit_words()
        self.setAccessibleName(text)
        if description:
            self.setAccessibleDescription(description)

    def sizeHint(self) -> QSize:
        # Tiles share out the room they are given; their words wrap or the pictogram shrinks.
        return QSize(MIN_TARGET * 2, MIN_TARGET)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TARGET * 2, MIN_TARGET)

    # Tiles shown together (a grid of kinds) whose pictograms keep one size: each leaves room for as many lines
    # of words as the most any of them needs, so a name that wraps does not shrink its own pictogram.
    peers: list[Tile] | None = None
    # What the pictogram and words leave of the tile's height: padding, border, the gap under the pictogram.
    slack = 34

    def _shown_words(self, width: int) -> str:
        text = getattr(self, "_words", "")
        return split_in_two(text) if self.fontMetrics().horizontalAdvance(text) > width - 24 else text

    def _fit_words(self) -> int:
        """Show the words on one line, or on two when one is too wide; returns the number of lines."""
        shown = self._shown_words(self.width())
        # "Toys & kids" is words, not a keyboard shortcut.
        self.setText(shown.replace("&", "&&"))
        return shown.count("\n") + 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Room for the words (with their descenders) and the padding first; the pictogram gets the rest.
        self.ensurePolished()
        lines = self._fit_words()
        for peer in self.peers or ():
            peer.ensurePolished()
            lines = max(lines, peer._shown_words(self.width()).count("\n") + 1)
        words = self.fontMetrics().height() * lines
        side = min(self.width() * 0.5, self.height() - words - self.slack)
        side = int(max(20, min(side, 220)))
        self.setIconSize(QSize(side, side))
        super().resizeEvent(event)


ELLIPSIS = "…"
_MARK = {"L": "\u200e", "R": "\u200f", "AL": "\u200f"}  # left-to-right and right-to-left marks


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` cut to `width`, ending in "…" where it is cut (Qt's elidedText, ElideRight), the "…" marked to read
    the way the words before it read. Qt adds the "…" in logical order; on its own it then takes the way the page
    reads, so an English description cut short on an Arabic page showed it at the line's far end, beside the
    description's first word ("…Bring your bike; I'll show y"), and an Arabic one on an English page the same.
    A direction mark (no width) after it ties it to the letter before it."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
    if shown == text or not shown.endswith(ELLIPSIS):
        return shown
    return shown + direction_mark(reversed(shown))


def isolated(text: str) -> str:
    """A file name or a folder set inside a sentence reads on its own, left to right, in Arabic words too: without
    the isolates the bidi algorithm takes "/media/pi/STICK" apart, its first slash shown at its end."""
    return f"\u2068{text}\u2069"


def direction_mark(chars: Iterable[str]) -> str:
    """The mark (no width) that reads as the first letter of `chars` that has a direction, or "" if none has."""
    for char in chars:
        mark = _MARK.get(unicodedata.bidirectional(char))
        if mark:
            return mark
    return ""


class ElidedLabel(QLabel):
    """One line of words that gives way to buttons beside it, ending in "…" when it must."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:  # Qt's name
        self._full = text
        self.setAccessibleName(text)
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        """The whole words, not the shortened ones on screen."""
        return self._full

    def _elide(self) -> None:
        super().setText(elided(self.fontMetrics(), self._full, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()


class DragScroll(QObject):
    """Flick a page or a list by finger or mouse, wherever the finger lands — on a button too.

    On a page, a press goes to the widget under it as usual; only once the finger has moved past a few pixels
    does it become a drag: a button lets go of its press, never sees the release (so it does not click), and
    QScroller takes the motion, with momentum. A list (`tap` given) never sees the press at all: a press that
    stays still is a tap handed to `tap(point)`, and a press on a list still gliding only stops it.
    Touches reach widgets as the mouse events Qt makes from them, so one path serves both. (QScroller's own
    touch gesture was tried: it swallowed later taps on other pages.)
    """

    SLOP = 12  # pixels a finger may wobble during a tap
    PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)  # a quick second tap is a tap
    KINDS = (*PRESSES, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease)
    _all: ClassVar[list[DragScroll]] = []  # one application event filter serves every scrolling page
    _dispatcher: ClassVar[_MouseDispatcher | None] = None

    def __init__(self, area: QAbstractScrollArea, tap: Callable[[QPoint], None] | None = None):
        super().__init__(area)
        self.area = area
        self.tap = tap
        self.scroller = QScroller.scroller(area.viewport())
        self.pressed: QObject | None = None
        self.start: QPointF | None = None
        self.dragging = self.gliding = False
        DragScroll._all.append(self)
        area.destroyed.connect(lambda: DragScroll._all.remove(self) if self in DragScroll._all else None)
        watch_taps()

    def _local(self, event: QMouseEvent) -> QPointF:
        return QPointF(self.area.viewport().mapFromGlobal(event.globalPosition().toPoint()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent) or kind not in self.KINDS:
            return False
        owns = self.tap is not None  # a list: its presses are ours
        if kind in self.PRESSES:
            viewport = self.area.viewport()
            inside = isinstance(watched, QWidget) and (watched is viewport or viewport.isAncestorOf(watched))
            if not (inside and event.button() == Qt.MouseButton.LeftButton and self.area.isVisible()):
                return False
            self.pressed, self.start, self.dragging = watched, self._local(event), False
            self.gliding = self.scroller.state() == QScroller.State.Scrolling
            self.scroller.stop()
            return owns
        if self.start is None or watched is not self.pressed:
            return False
        point = self._local(event)
        if kind == QEvent.Type.MouseMove:
            if not self.dragging and (point - self.start).manhattanLength() > self.SLOP:
                self.dragging = True
                # The button lets go of its press; it never sees the release, so it is not clicked.
                if isinstance(self.pressed, QAbstractButton):
                    self.pressed.setDown(False)
                self.scroller.handleInput(QScroller.Input.InputPress, self.start, event.timestamp())
            if self.dragging:
                self.scroller.handleInput(QScroller.Input.InputMove, point, event.timestamp())
            return self.dragging or owns
        # Release
        dragging, gliding, self.start, self.pressed, self.dragging = self.dragging, self.gliding, None, None, False
        if dragging:
            self.scroller.handleInput(QScroller.Input.InputRelease, point, event.timestamp())
        elif self.tap is not None and not gliding:
            self.tap(point.toPoint())
        return dragging or owns


class SecondTap:
    """The second half of a hurried double tap lands where the first half has just changed the screen: on the
    Bring screen's first kind (a double tap on "I brought something" chose Shoes), on "Put it on the table" (a
    double tap on a kind listed it), on a list's "Take one" (a double tap on "See what's here" took something),
    on "All skills" (the new skill card went before it was seen). Qt makes such a tap a double click (quick, and
    near the first); it reaches only what the first tap pressed (a second "More", a second "Take one"), never
    something that came under the finger since. A later tap there is a tap as any, and so is a quick tap
    elsewhere (Qt makes a double click of two touches 400 ms apart however far apart they are)."""

    NEAR = 24  # pixels between a finger's two taps on one spot (a third of the smallest target)

    def __init__(self) -> None:
        self.seen: tuple[QEvent.Type, int] | None = None  # the event judged last: it goes on to each parent in turn
        self.swallowed = False
        self.pressed: QObject | None = None  # what the flurry's first tap reached first
        self.tapped_at = QPoint()  # where the last tap came down
        self.tapped_ms: int | None = None  # and when (the event's time stamp)
        self.tapped_by: int | None = None  # by which device (a touchscreen, a mouse): time stamps are per device
        self.interval = QGuiApplication.styleHints().mouseDoubleClickInterval()
        self.lift_too = False  # the release of a second tap swallowed goes too

    def swallows(self, watched: QObject, event: QMouseEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget) or kind == QEvent.Type.MouseMove:
            return False  # the window's own copy of the event comes before the widget's
        stamp = (kind, event.timestamp())
        if stamp == self.seen:
            return self.swallowed
        self.seen = stamp
        if kind in DragScroll.PRESSES:
            at, ms, by = event.globalPosition().toPoint(), event.timestamp(), event.pointingDevice().systemId()
            quick = self.tapped_ms is not None and by == self.tapped_by and 0 <= ms - self.tapped_ms < self.interval
            near = (at - self.tapped_at).manhattanLength() <= self.NEAR
            # Judged against the first tap of the flurry: a third quick tap (Qt's press again) goes too.
            self.swallowed = self.lift_too = quick and near and watched is not self.pressed
            if not self.swallowed:
                self.pressed = watched
            self.tapped_at, self.tapped_ms, self.tapped_by = at, ms, by
        else:  # the release
            self.swallowed, self.lift_too = self.lift_too, False
        return self.swallowed


class _MouseDispatcher(QObject):
    """Hands mouse presses, moves and releases to the page that may be dragged, after a second tap that would
    land on what the first brought (SecondTap) has gone; nothing else is looked at."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.second_tap = SecondTap()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in DragScroll.KINDS or not isinstance(event, QMouseEvent):
            return False
        if self.second_tap.swallows(watched, event):
            return True
        return any(page.eventFilter(watched, event) for page in list(DragScroll._all))


def watch_taps(new_window: bool = False) -> None:
    """The one filter on the application's mouse events (_MouseDispatcher), from the kiosk window's first frame.
    `new_window`: a window starts with no tap behind it (one a process makes after another, as tests do: a touch's
    time stamp, from Qt's clock, and a synthetic click's, from QTest's, are not on one clock)."""
    if DragScroll._dispatcher is None:
        DragScroll._dispatcher = _MouseDispatcher(running_app())
        watch_application(DragScroll._dispatcher)
    elif new_window:
        DragScroll._dispatcher.second_tap = SecondTap()


def takes_text(widget: QWidget | None) -> bool:
    """A field a person types into: a line, a text, or a number box (Qt's print dialog's copies and pages)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    return False


def scroll_page(inner: QWidget, flick: bool = True) -> QScrollArea:
    """A page that scrolls when it does not fit (a 7" screen, the keyboard up), flicked by finger or mouse.

    `flick=False` for a page that holds another flickable area, so one drag moves one thing.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    if flick:
        DragScroll(area)
    return area


def scrolling_column(screen: QWidget, margins: QMargins = theme.SCROLLING_PAGE) -> tuple[QScrollArea, QVBoxLayout]:
    """A screen that is one scrolling column of controls (the steward area's pages); what the screen's own
    layout gets next (a bar of buttons) stays put below it."""
    outer = vertical(screen, theme.FLUSH, theme.GAP_NONE)
    body = QWidget()
    area = scroll_page(body)
    outer.addWidget(area, 1)
    return area, vertical(body, margins, theme.GAP_COLUMN)


def back_row(go_back: Callable[[], None], role: str = "",
             wrap: bool = False) -> tuple[QHBoxLayout, QPushButton, QLabel]:
    """A page's top row: a way back, then its heading (words set in retranslate)."""
    row = QHBoxLayout()
    back = button("mdi6.arrow-left", role, clicked=go_back)
    row.addWidget(back)
    heading = label("Title", wrap)
    row.addWidget(heading, 1)
    return row, back, heading


def label(name: str = "", wrap: bool = True, align: Qt.AlignmentFlag | None = None,
          into: QBoxLayout | None = None) -> QLabel:
    """Words on a page, never read as markup; `name` is the style sheet's look (Title, Subtitle, Hint …).
    `into`: the layout it joins, next in line."""
    widget = QLabel()
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if align is not None:
        widget.setAlignment(align)
    if into is not None:
        into.addWidget(widget)
    return widget


def reader_start(right_to_left: bool) -> Qt.AlignmentFlag:
    """Where a reader starts a line, whatever its words' own direction: at the right in a language read right to
    left (absolute, so a Latin name among Arabic does not flip it), else at the left."""
    start = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignAbsolute | start | Qt.AlignmentFlag.AlignVCenter


def start_where_the_reader_starts(lang: str, *lines: QLabel) -> None:
    """Lines that may hold words in another script (a market's name in Latin letters among Arabic) still start
    where the page's reader starts: at the right in a language read right to left, whatever the words' own."""
    for line in lines:
        line.setAlignment(reader_start(lang in RIGHT_TO_LEFT))


class TextField(QLineEdit):
    """A line to type in whose words start where the page's reader starts: at the right in a language read right
    to left, whatever the words' own direction (as a right-to-left page on the web does), and so does the cursor
    of an empty field. Qt puts that cursor by the direction of the keyboard's input, not the page's: in Arabic it
    stood at the left edge, across the field from the placeholder and from where the words then went."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._start_where_the_reader_starts()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:  # the language changed, or the field joined a page
            self._start_where_the_reader_starts()

    def _start_where_the_reader_starts(self) -> None:
        self.setAlignment(reader_start(self.layoutDirection() == Qt.LayoutDirection.RightToLeft))


CLEAR_GLYPH = MIN_TARGET - 20  # px: the ⓧ that empties a field; its button is 6 px wider and 2 px taller


class RoomyClearButton(QProxyStyle):
    """The style of a field with a ⓧ: the button a finger can hit. Qt sizes that button from the style's
    line-edit icon size (16 px: a 22×18 button at every screen size, which a finger on a cheap touchscreen
    misses and puts the cursor in the field instead). A style sheet cannot change it: `icon-size` sets
    PM_SmallIconSize, and Qt 6 asks PM_LineEditIconSize. Given to those fields alone, so the rest of the window's
    metrics never pass through Python."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option=None, widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_LineEditIconSize:
            return CLEAR_GLYPH
        return super().pixelMetric(metric, option, widget)


def roomy_clear_button() -> RoomyClearButton:
    """One such style for the whole application, owned by it (a widget's style is not its widget's)."""
    app = running_app()
    style = app.findChild(RoomyClearButton)
    if style is None:
        style = RoomyClearButton()
        style.setParent(app)
    return style


def text_field(max_length: int, clear: bool = True, into: QBoxLayout | None = None) -> TextField:
    """A line to type in, at most `max_length` long; `clear`: with a ⓧ that empties it."""
    field = TextField()
    field.setMaxLength(max_length)
    field.setClearButtonEnabled(clear)
    if clear:
        field.setStyle(roomy_clear_button())
    if into is not None:
        into.addWidget(field)
    return field


def row_of(*parts: QWidget | None, margins: QMargins | None = None, spacing: int | None = None) -> QHBoxLayout:
    """Controls side by side, in reading order; a None is a stretch that takes the spare room. Without
    `spacing` the row takes the gap of the layout it goes into (a column's), or the style's."""
    row = horizontal(margins=margins, spacing=spacing)
    for part in parts:
        if part is None:
            row.addStretch(1)
        else:
            row.addWidget(part)
    return row


def vertical(parent: QWidget | None = None, margins: QMargins | None = None,
             spacing: int | None = None) -> QVBoxLayout:
    """A column of controls, with room from the theme's tokens (None: Qt's own)."""
    return _with_room(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), margins, spacing)


def horizontal(parent: QWidget | None = None, margins: QMargins | None = None,
               spacing: int | None = None) -> QHBoxLayout:
    """A row of controls, with room from the theme's tokens (None: Qt's own)."""
    return _with_room(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), margins, spacing)


def grid_layout(parent: QWidget | None = None, margins: QMargins | None = None,
                spacing: int | None = None) -> QGridLayout:
    """Controls in rows and columns, with room from the theme's tokens (None: Qt's own)."""
    return _with_room(QGridLayout(parent) if parent is not None else QGridLayout(), margins, spacing)


def _with_room(layout: Box, margins: QMargins | None, spacing: int | None) -> Box:
    if margins is not None:
        layout.setContentsMargins(margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


DASHES = ("—", "–", "-")


def split_in_two(text: str) -> str:
    """Words on two lines, cut at the space nearest their middle; never before a dash ("Comida —\nlista", not
    "Comida\n— lista": a line that starts with a dash reads as a list's item)."""
    spaces = [n for n, ch in enumerate(text) if ch == " " and text[n + 1:n + 2] not in DASHES]
    if not spaces:
        return text
    cut = min(spaces, key=lambda n: abs(n - len(text) / 2))
    return text[:cut].rstrip() + "\n" + text[cut:].lstrip()


def fit_words(b: QPushButton) -> None:
    """In large text a button's words go on two lines when one is too wide for it, in every language."""
    words = b.accessibleName()
    shown = b.text().replace("&&", "&")
    if not words or shown.replace("\n", " ") != words:
        return  # a button whose words are not its name (a count, a key): leave it be
    if theme.mode() != theme.LARGE and not b.property("wraps"):
        lines = words  # one line whatever the width: nothing to measure
    else:
        room = b.width() - around_words(b)
        lines = split_in_two(words) if b.fontMetrics().horizontalAdvance(words) > room else words
    if lines != shown:
        b.setText(lines.replace("&", "&&"))


def refit_all(window: QWidget) -> None:
    """Fit every button's words again once the window has settled (after a language or a look changes)."""
    def fit_them() -> None:
        for b in window.findChildren(QPushButton):
            fit_words(b)

    QTimer.singleShot(0, window, fit_them)


class WordsButton(QPushButton):
    """A push button that fits its words to itself whenever it is sized or restyled. Each button watches
    its own events: an application-wide filter would take every event of the kiosk through Python."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_words(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            fit_words(self)


def button(icon_name: str | None = None, role: str = "", color: str | None = None,
           clicked: Callable[[], object] | None = None) -> QPushButton:
    """A plain touch button; `role` is Primary, Danger or Quiet for its colour; `clicked` is what it does."""
    b = WordsButton()
    if role:
        b.setObjectName(role)
    if icon_name:
        b.setIcon(icon(icon_name, color or ("white" if role in ("Primary", "Danger") else None)))
    b.setMinimumHeight(MIN_TARGET)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if clicked is not None:
        b.clicked.connect(clicked)
    return b


if TYPE_CHECKING:
    _Window = QWidget  # a mixin for a window's class: what it calls is QWidget's
else:
    _Window = object


class FocusStaysPut(_Window):
    """For a window (the kiosk's, a dialog of ours): its focus never moves by itself. When the widget holding it greys
    out (a stepper at its last value, Add once recorded), hides (More allergens) or goes with its bar or card (Undo,
    a notice's answer), Qt asks the window for the next widget in the chain: a button whose ring, untouched, a
    visitor takes for a choice made, or a text field whose cursor blinks as if tapped and whose first focus builds
    the keyboard. The focus goes instead. Tab, from a widget on show and enabled, moves on as ever."""

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        focused = self.focusWidget()  # the window's own, active or not
        if focused is not None and (not focused.isVisible() or not focused.isEnabled()):
            focused.clearFocus()
            return True
        return super().focusNextPrevChild(next)


def turn_to(pages: QStackedWidget, page: int) -> None:
    """Another page of a screen. The focus of the button tapped goes with its page: a QStackedWidget hands it to the
    next page's first button itself (not through the window's FocusStaysPut), whose ring, untouched, a visitor
    takes for a choice made (the window does the same between screens)."""
    focused = QApplication.focusWidget()
    if focused is not None and pages.isAncestorOf(focused):
        focused.clearFocus()
    pages.setCurrentIndex(page)


def set_words(widget: QPushButton | QToolButton, text: str, description: str = "") -> None:
    """A button's words, and what a screen reader says beyond them (`description`)."""
    widget.setText(text.replace("&", "&&"))  # an "&" in words is shown, not taken as a shortcut
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


class Screen(QWidget):
    """One page of the kiosk. Screens clear half-done input in reset() and refresh in entered()."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        """Set every visible word; called at start and whenever the language changes."""

    def reset(self) -> None:
        """Forget anything half-typed or half-chosen."""

    def entered(self) -> None:
        """The screen is about to show: refresh what it shows from the store."""

    def receive(self, payload: object) -> None:
        """What the move into this screen carried (ui.flow.CARRIES), given just before entered()."""

    def prepare_screenshot(self) -> None:
        """Set up what this screen shows when rendered by the screenshot command (demo data)."""

    def under_way(self) -> bool:
        """Work this screen started whose answer comes back to it later (pages handed to a printer, a question asked
        of CUPS): such a screen is kept when the steward's tools are let go (ui.window.building.retire_tools)."""
        return False

    def finish_button(self) -> QAbstractButton | None:
        """The button that ends the task of the page on show ("Put it on the table"), or None: it is kept on
        screen, outside any scrolling part, with the undo bar and the keyboard up."""
        return None

    def typing_room(self) -> int:
        """How much of this screen must stay above the on-screen keyboard while someone types here."""
        field = QApplication.focusWidget()
        if field is None or not self.isAncestorOf(field):
            return 2 * MIN_TARGET
        parent = field.parentWidget()
        while parent is not None and parent is not self and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        finish = self.finish_button()
        below = 0  # the finish button (and what is beside it) under the field stays above the keyboard too
        if finish is not None and finish.isVisibleTo(self) and not finish.isAncestorOf(field):
            top = finish.mapTo(self, QPoint(0, 0)).y()
            if top > field.mapTo(self, QPoint(0, 0)).y():
                below = self.height() - top
        if isinstance(parent, QScrollArea):
            # The page scrolls the field into view: what sits above the scrolling part, and the field.
            return parent.mapTo(self, QPoint(0, 0)).y() + field.height() + 24 + below
        return field.mapTo(self, QPoint(0, field.height())).y() + 12 + below

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Notice(QWidget):
    """A plain message over the whole window, answered with big buttons. Never a nested event loop."""

    answered = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("Notice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.over = parent
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.OVERLAY)
        self.card = QFrame()
        self.card.setObjectName("NoticeCard")
        self.card_layout = card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(theme.NOTICE_CARD)
        card_layout.setSpacing(theme.GAP_WIDE)
        row = QHBoxLayout()
        self.pictogram = QLabel()
        self.pictogram.setFixedSize(56, 56)
        row.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setObjectName("NoticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.text, 1)
        card_layout.addLayout(row)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(theme.GAP_SECTION)
        card_layout.addLayout(self.buttons)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._callbacks: dict[str, Callable[[], None] | None] = {}
        self.hide()

    def show_message(
        self,
        text: str,
        answers: list[tuple[str, str, str, Callable[[], None] | None]],
        problem: bool = False,
    ) -> None:
        """answers: (key, words, icon, callback) for each button, the first one the default."""
        self.card.setProperty("tone", "problem" if problem else "")
        self.card.style().unpolish(self.card)
        self.card.style().polish(self.card)
        name = "mdi6.alert-circle" if problem else "mdi6.information"
        colour = theme.colour("danger" if problem else "chosen")
        if self.pictogram.property("look") != f"{name} {colour}":
            # Drawn again only when it changes: a label shows its picture through Qt's pixmap cache, where each
            # new picture stays until the cache is full (10 MB).
            self.pictogram.setPixmap(icon(name, colour).pixmap(56, 56))
            self.pictogram.setProperty("look", f"{name} {colour}")
        self.text.setText(text)
        self.setAccessibleName(text)
        self._callbacks = {}
        # The answer buttons are kept and given new words, not made per message: a button made per message
        # lives on until the event loop deletes it, and a visitor opening the language chooser all day
        # would leave thousands (and their styles) behind wherever that comes late.
        for n, (key, words, icon_name, callback) in enumerate(answers):
            if n == self.buttons.count():
                b = button()
                b.clicked.connect(lambda _=False, b=b: self._answer(b.property("answer")))
                self.buttons.addWidget(b)
            b = self._button_at(n)
            role = "Primary" if n == 0 else ""
            look = f"{icon_name} {role} {theme.mode()}"
            if b.property("look") != look:  # a new pictogram or colour only when it changes
                b.setIcon(icon(icon_name, "white" if role else None))
                b.setProperty("look", look)
            if b.objectName() != role:
                b.setObjectName(role)
                b.style().unpolish(b)
                b.style().polish(b)
            b.setProperty("answer", key)
            set_words(b, words)
            b.show()
            self._callbacks[key] = callback
        for n in range(len(answers), self.buttons.count()):
            self._button_at(n).hide()
        self.setGeometry(self.over.rect())
        self.raise_()
        self.show()
        self._fit_card()
        first = self.buttons.itemAt(0)
        if first is not None and (widget := first.widget()) is not None:
            widget.setFocus()

    def _fit_card(self) -> None:
        """As wide as the window allows (900 px at most) and exactly as tall as its wrapped words need."""
        margins = self.outer.contentsMargins()
        width = max(200, min(900, self.width() - margins.left() - margins.right()))
        self.card.setFixedWidth(width)
        layout = self.card_layout
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.card.setFixedHeight(min(height, max(120, self.height() - margins.top() - margins.bottom())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fit_card()

    def _answer(self, key: str) -> None:
        callback = self._callbacks.get(key)
        self.dismiss()
        self.answered.emit(key)
        if callback is not None:
            callback()

    def dismiss(self) -> None:
        self._callbacks = {}
        self.hide()

    def _button_at(self, n: int) -> QPushButton:
        item = self.buttons.itemAt(n)
        b = item.widget() if item is not None else None
        assert isinstance(b, QPushButton)
        return b

    def answer_button(self, key: str) -> QPushButton | None:
        for n in range(self.buttons.count()):
            b = self._button_at(n)
            if not b.isHidden() and b.property("answer") == key:
                return b
        return None


class UndoBar(QFrame):
    """"Listed 3 × Books  [Undo]" for a few seconds after every listing and every take.

    What can be undone lives only here, in memory, and is forgotten when the bar goes.
    """

    SECONDS = 5

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("UndoBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.UNDO_BAR)
        self.text = QLabel()
        self.text.setObjectName("UndoText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.text, 1)
        self.undo_button = button("mdi6.undo", "Primary", clicked=self.undo)
        row.addWidget(self.undo_button)
        self._undo: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.forget)
        self._left_ms = 0  # while it steps aside for the keyboard: what was left of its time
        self.hide()
        # While someone types it steps aside, so the keys keep their size; it comes back when they are done.
        QGuiApplication.inputMethod().visibleChanged.connect(self._keyboard_moved)

    def offer(self, text: str, undo: Callable[[], None], words: str) -> None:
        self._undo = undo
        self.text.setText(text)
        self.setAccessibleName(text)
        set_words(self.undo_button, words)
        self._left_ms = 0
        if QGuiApplication.inputMethod().isVisible():
            self._left_ms = self.SECONDS * 1000
            return
        self.timer.start(self.SECONDS * 1000)
        self.show()
        self.raise_()

    def offered(self) -> bool:
        """Something can still be undone (the bar is up, or aside while the keyboard is)."""
        return self._undo is not None

    def _keyboard_moved(self) -> None:
        if QGuiApplication.inputMethod().isVisible():
            if self.isVisible() and self._undo is not None:
                self._left_ms = max(1, self.timer.remainingTime())
                self.timer.stop()
                self.hide()
        elif self._left_ms and self._undo is not None:
            self.timer.start(self._left_ms)
            self._left_ms = 0
            self.show()
            self.raise_()

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.forget()
        if undo is not None:
            undo()

    def forget(self) -> None:
        self._undo = None
        self._left_ms = 0
        self.timer.stop()
        self.hide()


def around_words(b: QAbstractButton) -> int:
    """The width a button's words share with its pictogram and the padding and border its style draws around them
    (a plain button's 14 px of padding and 2 px of outline a side; 20 px in all was once assumed, which let words
    that fitted that guess run into the outline)."""
    b.ensurePolished()
    beside = 0 if b.icon().isNull() else b.iconSize().width() + 4  # as QPushButton's own size hint counts it
    if not isinstance(b, QPushButton):
        return 20 + beside
    option = QStyleOptionButton()
    b.initStyleOption(option)
    wide = 1000  # wider than any min-width of the style sheet's, which would count as padding
    outside = b.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(wide, 0), b).width() - wide
    return outside + beside


def words_width(b: QAbstractButton, two_lines: bool = True) -> int:
    """The narrowest `b` can be and show its words (on two lines if `two_lines`), beside its pictogram."""
    b.ensurePolished()
    words = b.accessibleName() or b.text().replace("&&", "&")
    lines = (split_in_two(words) if two_lines else words).split("\n")
    return max(b.fontMetrics().horizontalAdvance(line) for line in lines) + around_words(b)


class FitGrid(QWidget):
    """Buttons in as many even columns (up to `most`) as leave each one room for its words, on two lines
    where one is too wide; one column where even that is too narrow. Arranged again when the grid is resized,
    restyled or its words change (`arrange()` after set_words). `whole_rows`: only as many columns as fill
    every row (twelve buttons six, four, three or two across, never five with two left over). `even=False`: a
    column whose words need more room is that much wider than the rest, which share what is left evenly, so one
    long word ("Computadoras") does not cost the grid a row."""

    def __init__(self, buttons: Sequence[QAbstractButton], most: int, spacing: int = theme.GAP,
                 parent: QWidget | None = None, whole_rows: bool = False, even: bool = True):
        super().__init__(parent)
        self.buttons: list[QAbstractButton] = []
        self.most = most
        self.whole_rows = whole_rows
        self.even = even
        self.grid = grid_layout(self, theme.FLUSH, spacing)
        self.columns = 0
        self.set_buttons(buttons)

    def add(self, b: QAbstractButton) -> None:
        self.set_buttons([*self.buttons, b])

    def set_buttons(self, buttons: Sequence[QAbstractButton]) -> None:
        """These buttons in the grid instead (those taken out are the caller's), arranged once."""
        for b in self.buttons:
            if b not in buttons:
                self.grid.removeWidget(b)
        self.buttons = list(buttons)
        for b in self.buttons:
            b.setProperty("wraps", True)  # fit_words puts its words on two lines when one is too wide
            b.setSizePolicy(QSizePolicy.Policy.Ignored, b.sizePolicy().verticalPolicy())
        self.columns = 0
        self.arrange()

    def _shown(self) -> list[QAbstractButton]:
        return [b for b in self.buttons if not b.isHidden()] or self.buttons

    def _needs(self, two_lines: bool = True) -> list[int]:
        """Each button's narrowest (words_width), in the grid's order; 0 for one not on show."""
        shown = self._shown()
        return [words_width(b, two_lines) if b in shown else 0 for b in self.buttons]

    def column_widths(self, columns: int, needs: list[int]) -> list[int]:
        """The narrowest each of `columns` columns can be and show its buttons' words (`needs`, from _needs)."""
        widths = [max(needs[column::columns], default=0) for column in range(columns)]
        return [max(widths)] * columns if self.even else widths

    def row_width(self) -> int:
        """The narrowest the grid can be and keep its buttons in one row, their words on two lines where need be."""
        shown = len(self._shown())
        return sum(self.column_widths(len(self.buttons), self._needs())) + self.grid.spacing() * (shown - 1)

    def fitting_columns(self, width: int) -> int:
        shown = self._shown()
        needs = self._needs()
        spacing = self.grid.spacing()
        for columns in range(min(self.most, max(1, len(shown))), 1, -1):
            if self.whole_rows and len(shown) % columns:
                continue
            if sum(self.column_widths(columns, needs)) + spacing * (columns - 1) <= width:
                return columns
        return 1

    def arrange(self) -> None:
        columns = self.fitting_columns(self.width()) if self.width() > 0 else 1
        if columns != self.columns:
            self.columns = columns
            for b in self.buttons:
                self.grid.removeWidget(b)
            for n, b in enumerate(self.buttons):
                self.grid.addWidget(b, n // columns, n % columns)
            for column in range(max(self.most, self.grid.columnCount())):
                self.grid.setColumnStretch(column, 1 if column < columns else 0)
        if not self.even:  # words change with the language and the look: each column's least width with them
            widths = [0]
            if columns > 1:  # each button's words on one line where the room allows it, else on two
                widths = self.column_widths(columns, self._needs(two_lines=False))
                if sum(widths) + self.grid.spacing() * (columns - 1) > self.width():
                    widths = self.column_widths(columns, self._needs())
            for column in range(max(self.most, self.grid.columnCount())):
                self.grid.setColumnMinimumWidth(column, widths[column] if column < len(widths) else 0)
        for b in self.buttons:
            if isinstance(b, QPushButton):
                fit_words(b)

    def minimumSizeHint(self) -> QSize:  # Qt's name: any width, the columns follow it
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self.arrange()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.arrange()
