"""The kiosk window: a top bar, the screens in a stack, the embedded keyboard, and notices.

Each of its jobs is a part in ui/window/: building the screens (`building`), the keyboard (`keyboard`), moving
between screens (`moving`), idle time (`idle`), languages (`words`), telling people things (`messages`) and
quitting (`quitting`). Screens see the whole as `ui.host.Host`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QSizePolicy, QStackedWidget, QWidget

from kiosk.catalog import DEFAULT_LANGUAGE
from kiosk.settings import IDLE_SECONDS
from kiosk.store import Market
from ui import theme, widgets
from ui.app_filters import watch_application
from ui.carrying import carrying_over
from ui.flow import KioskFlow, Step
from ui.speech import Speaker
from ui.widgets import (
    ElidedLabel,
    FocusStaysPut,
    Notice,
    Screen,
    UndoBar,
    button,
    horizontal,
    refit_all,
    running_app,
    vertical,
)
from ui.window.building import Building
from ui.window.idle import IdleTime
from ui.window.keyboard import Typing, in_scroll_area
from ui.window.messages import Messages
from ui.window.moving import Moving
from ui.window.quitting import Quitting
from ui.window.words import Words


class Pages(QStackedWidget):
    """The screens. Wrapped words on a page must not hold it taller than the room the keyboard leaves."""

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return False


class _LateLook(QObject):
    """Gives a part of the window that was hidden when the look changed (a notice, the undo bar, the keyboard)
    that look as it is next shown, before it is painted: restyling the language chooser's hidden buttons made
    each tap on Large text 10-20 ms slower."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.window_ = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            self.window_.style_part(watched)
        return False


class KioskWindow(Building, Typing, Moving, IdleTime, Words, Messages, Quitting, FocusStaysPut, QMainWindow):
    """The window, put together from its jobs (ui.window.*); screens see it as ui.host.Host."""

    painted = Signal()  # home's first frame is done

    def __init__(self, market: Market, *, kiosk_mode: bool = False, lang: str | None = None):
        super().__init__()
        self.setObjectName("KioskWindow")
        self.market = market
        self.kiosk_mode = kiosk_mode
        self.default_lang = lang or DEFAULT_LANGUAGE
        self.lang = self.default_lang
        self._translator: QTranslator | None = None
        self._translators: dict[str, QTranslator] = {}
        self._quitting = False
        self._sheet = ""  # the look (ui.theme.style_sheet) set on each part of the window, and on each screen
        self._late_look = _LateLook(self)
        self.flow = KioskFlow(self)
        self.previous_step = Step.HOME
        self.for_stewards: list[str] = []  # told once, when a steward next opens the steward area
        self._demo_running = False
        self.setMinimumSize(800, 480)

        central = QWidget()
        central.setObjectName("Screen")
        self.setCentralWidget(central)
        column = vertical(central, theme.FLUSH, theme.GAP_NONE)
        self.top_bar = self._build_top_bar()
        column.addWidget(self.top_bar)
        # While a demo market runs, every screen says so (refresh_event_title shows or hides it).
        self.demo_banner = widgets.label("DemoBanner", align=Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.hide()
        column.addWidget(self.demo_banner)
        self.stack = Pages()
        self.undo_bar = UndoBar(central)
        # A stack is as tall as its tallest page by default; the keyboard must be able to squeeze it.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        pages = self.stack.layout()
        assert pages is not None  # a QStackedWidget's own QStackedLayout
        pages.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        column.addWidget(self.stack, 1)
        column.addWidget(self.undo_bar)
        self._column = column
        self._keyboard = None  # the Qt Quick keyboard: built when a text field is first focused
        self.notice = Notice(central)
        QGuiApplication.inputMethod().visibleChanged.connect(self._keep_focus_in_view)
        running_app().focusChanged.connect(self._build_keyboard_for)

        self._screens: dict[Step, Screen] = {}
        self._makers: dict[Step, Callable[[], Screen]] = {}  # the steward's tools, built on first use
        self._pending: Iterator[None] | None = self._building()
        self._building_now = False
        self._painted = False
        # Everything but home is built a piece at a time once home is on the glass.
        self._idle_build = QTimer(self)
        self._idle_build.setSingleShot(True)
        self._idle_build.setInterval(0)
        self._idle_build.timeout.connect(self._build_next)
        # The steward's tools, one at a time once the steward page is on the glass (ui/window/building.py).
        self._tool_build = QTimer(self)
        self._tool_build.setSingleShot(True)
        self._tool_build.setInterval(0)
        self._tool_build.timeout.connect(self._build_next_tool)
        from ui.screens.home import HomeScreen

        self.speaker = Speaker(self)  # read aloud, when the visitor turns it on at home
        self.add_screen(Step.HOME, HomeScreen(self))
        self.flow.moved.connect(self._show_step)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.idle_reset)
        # A little before going back to the start, ask whether someone is still there.
        self.idle_warning = QTimer(self)
        self.idle_warning.setSingleShot(True)
        self.idle_warning.timeout.connect(self.warn_idle)
        self._warning_shown = False
        self._closed = False  # set when the window closes: nothing may start its timers again
        self.set_idle_seconds(market.setting(IDLE_SECONDS))
        # Until home is first painted only home is watched (for that paint); then every tap, for the idle
        # timer. Nobody can tap before that, and an application-wide filter before the first paint would
        # take each event of the start through Python.
        self.screen_for(Step.HOME).installEventFilter(self)

        self.set_language(self.lang)
        # A market the kiosk opens by itself (the first listing of the day) is named in the kiosk's language.
        market.default_title = self.tr("Free Market")
        # And what the last market kept comes back in idle time after the tap that opened it (ui/carrying.py).
        market.carry_later = carrying_over(self).start
        self._show_step(Step.HOME, Step.HOME, None)
        self.resize(1280, 800)
        if market.closed_stale:
            QTimer.singleShot(0, self.tell_closed_stale)

    def _build_top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("Header")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = horizontal(bar, theme.TOP_BAR, theme.GAP_GROUP)
        self.home_button = button("mdi6.home", "Quiet", clicked=self.go_home)
        row.addWidget(self.home_button)
        titles = vertical(spacing=theme.GAP_NONE)
        # The market's name and day give way to the buttons, never the other way round.
        self.event_title = ElidedLabel()
        self.event_title.setObjectName("Title")
        self.event_line = ElidedLabel()
        self.event_line.setObjectName("Subtitle")
        titles.addWidget(self.event_title)
        titles.addWidget(self.event_line)
        row.addLayout(titles, 1)
        self.language_button = button("mdi6.translate", "Quiet", clicked=self.choose_language)
        row.addWidget(self.language_button)
        self.steward_button = button("mdi6.lock", "Quiet", clicked=lambda: self.open_pin("steward"))
        row.addWidget(self.steward_button)
        return bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.restart_idle()
        elif watched is self.undo_bar and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            if self._keyboard is not None:  # never built just to be refitted
                self._keyboard.refit()
        elif kind == QEvent.Type.Resize and watched is self.stack:
            # The keyboard came or went and the screens got shorter or taller.
            if self._keyboard is not None:
                QTimer.singleShot(0, self._keyboard.refit)
            QTimer.singleShot(0, self._keep_focus_in_view)
        elif (kind == QEvent.Type.Resize and self._keyboard is not None and self._keyboard.isVisible()
              and in_scroll_area(watched)):
            # A page's scrolling part (or what it holds) settled after the window did: look again.
            QTimer.singleShot(0, self._keep_focus_in_view)
        elif kind == QEvent.Type.Paint and not self._painted and watched is self.built(Step.HOME):
            self._painted = True
            watched.removeEventFilter(self)
            watch_application(self)
            widgets.watch_taps(new_window=True)  # a hurried second tap never lands where the first led
            QTimer.singleShot(0, self, self._first_frame_done)  # home is being painted: done after this frame
        elif (kind == QEvent.Type.Paint and watched is self._screens.get(Step.STEWARD) and watched.isVisible()
              and self.unbuilt_tools()):  # on the glass, not laid out while hidden (_ready_steward_page)
            self._tool_build.start()  # the steward page is being painted: a tool is built after this frame
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.restyle()
        if self.notice.isVisible() and (central := self.centralWidget()) is not None:
            self.notice.setGeometry(central.rect())
        super().resizeEvent(event)

    def restyle(self) -> None:
        """The style sheet for this size and the visitor's look (large text and high contrast, or not), on the
        window's own parts (top bar, undo bar, notices) and the screen on show. A screen not on show takes it
        when it is next shown (`_show_step`): restyling every screen built made each tap on Large text cost
        0.4-0.7 s at 10 000 things."""
        sheet = theme.style_sheet(self.width(), self.height())
        if sheet == self._sheet:
            return
        self._sheet = sheet
        central = self.centralWidget()
        assert central is not None
        for part in central.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if part is self.stack:
                continue
            if part.isVisible():
                self.style_part(part)
            else:  # a notice, the undo bar, the keyboard, the demo banner: when next shown (_LateLook)
                part.installEventFilter(self._late_look)
        if (screen := self.stack.currentWidget()) is not None:
            self.style_part(screen)

    def style_part(self, part: QWidget) -> None:
        """The window's look on one part of it (a screen, the top bar), laid out again in that look."""
        if not self._sheet or part.styleSheet() == self._sheet:
            return
        first = not part.styleSheet()
        part.setStyleSheet(self._sheet)
        if first:
            return  # its first look, set before it is first shown: nothing was laid out in another
        # Its layouts kept the old look's sizes: redo them.
        for widget in part.findChildren(QWidget):
            widget.updateGeometry()
        for layout in part.findChildren(QLayout):
            layout.invalidate()
        refit_all(part)
