"""The kiosk window: a top bar, the screens in a stack, the embedded keyboard, and notices."""

from __future__ import annotations

import linecache
import logging
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from kiosk.catalog import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, RIGHT_TO_LEFT
from kiosk.errors import WORDS_CONTEXT, StoreProblem, VisitorError
from kiosk.settings import IDLE_SECONDS
from kiosk.store import Market
from ui import theme, translators
from ui.access import name_clear_buttons
from ui.flow import BEHIND_PIN, KioskFlow, Payload, Step
from ui.host import Answer
from ui.speech import Speaker
from ui.widgets import (
    ElidedLabel,
    Notice,
    Screen,
    UndoBar,
    button,
    horizontal,
    refit_all,
    running_app,
    set_words,
    vertical,
)

if TYPE_CHECKING:
    from ui.screens.steward import StewardScreen

log = logging.getLogger(__name__)
T = TypeVar("T")

IDLE_WARNING_SECONDS = 10
STEWARD_IDLE_SECONDS = 15 * 60  # behind the PIN: time to print, pair a kiosk or read a summary, then it locks
# Features a visitor reaches from home: built in idle time after the first paint. The others on first use.
# Several kiosks too: its timer folds the other kiosks' journals in from the start, before any steward comes.
VISITOR_FEATURES = frozenset({"ui.screens.visitor", "ui.screens.skills", "ui.screens.kiosks"})


class Screens(dict):
    """The window's screens by step. Only home is built before the first paint; the rest are built in idle
    time after it, or at once when first asked for (whichever comes first)."""

    def __init__(self, build_until: Callable[[Step], None]):
        super().__init__()
        self._build_until = build_until

    def __missing__(self, step: Step) -> Screen:
        self._build_until(step)
        return dict.__getitem__(self, step)


class Pages(QStackedWidget):
    """The screens. Wrapped words on a page must not hold it taller than the room the keyboard leaves."""

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return False


def in_scroll_area(thing: QObject) -> bool:
    """A scroll area's viewport, or the page inside it."""
    viewport = thing.parent()
    return isinstance(viewport, QScrollArea) or (viewport is not None and isinstance(viewport.parent(), QScrollArea))


def keyboard_hides_top_bar(height: int) -> bool:
    return height < theme.COMPACT_HEIGHT  # 7" screens: the field and what it finds need the room more than the top bar


class KioskWindow(QMainWindow):
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
        self.flow = KioskFlow(self)
        self.previous_step = Step.HOME
        self.setMinimumSize(800, 480)

        central = QWidget()
        central.setObjectName("Screen")
        self.setCentralWidget(central)
        column = vertical(central, theme.FLUSH, theme.GAP_NONE)
        self.top_bar = self._build_top_bar()
        column.addWidget(self.top_bar)
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

        self.screens: dict[Step, Screen] = Screens(self._build_until)
        self._pending: Iterator[bool] | None = self._building()
        self._building_now = False
        self._painted = False
        # Everything but home is built a piece at a time once home is on the glass.
        self._idle_build = QTimer(self)
        self._idle_build.setSingleShot(True)
        self._idle_build.setInterval(0)
        self._idle_build.timeout.connect(self._build_next)
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
        self.set_idle_seconds(market.setting(IDLE_SECONDS))
        # Until home is first painted only home is watched (for that paint); then every tap, for the idle
        # timer. Nobody can tap before that, and an application-wide filter before the first paint would
        # take each event of the start through Python.
        self.screens[Step.HOME].installEventFilter(self)

        self.set_language(self.lang)
        # A market the kiosk opens by itself (the first listing of the day) is named in the kiosk's language.
        market.default_title = self.tr("Free Market")
        self._show_step(Step.HOME, Step.HOME, None)
        self.resize(1280, 800)
        if market.closed_stale:
            QTimer.singleShot(0, self.tell_closed_stale)

    def tell_closed_stale(self) -> None:
        """Markets left open from an earlier day were closed when the file was opened: stewards are told."""
        names = []
        for event in self.market.closed_stale:
            date = QLocale().toString(QLocale(self.lang).toDate(event.date, "yyyy-MM-dd"),
                                      QLocale.FormatType.LongFormat)
            names.append(f"“{event.title}” ({date})")
        self.tell(self.tr("Still open from an earlier day, so closed now: %1. What was left is kept for next "
                          "time, and every contact on its skill offers is erased.").replace("%1", "; ".join(names)))

    # ----- building ------------------------------------------------------------------------------------

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

    def _building(self) -> Iterator[bool]:
        """Builds what home does not need, one piece per step (imports included). Each step says whether
        the next is for idle time too: what a visitor reaches from home is; the steward's tools wait for their
        first use (behind the PIN), so an unattended kiosk does not carry them."""
        from ui.screens.pin import PinScreen
        from ui.screens.steward import StewardScreen

        self.add_screen(Step.PIN, PinScreen(self))
        self.add_screen(Step.STEWARD, StewardScreen(self))
        from ui.features import FEATURES

        def for_visitors(n: int) -> bool:
            return n < len(FEATURES) and FEATURES[n].__module__ in VISITOR_FEATURES

        yield for_visitors(0)
        for n, install in enumerate(FEATURES):
            before = set(self.screens)
            install(self)
            # Screens that can read what they show ahead of a first visit do it in a step of their own.
            for step in [step for step in self.screens if step not in before]:
                warm = getattr(self.screens[step], "warm", None)
                if warm is not None:
                    yield for_visitors(n)
                    warm()
            yield for_visitors(n + 1)

    def _build_next(self) -> bool:
        """Build the next piece; False when everything is built."""
        if self._pending is None or self._building_now:
            return False
        self._building_now = True
        idle_too = False
        try:
            idle_too = next(self._pending)
        except StopIteration:
            self._pending = None
        finally:
            self._building_now = False
            # Whatever read source lines through linecache meanwhile (PySide6's own check on an import, where
            # ui.pyside could not answer it from the file's bytes) keeps every line: let it go (a traceback
            # reads its lines again).
            linecache.clearcache()
        if self._pending is None:
            return False
        if idle_too and self.isVisible():
            self._idle_build.start()
        return True

    def _build_until(self, step: Step) -> None:
        while step not in self.screens and self._build_next():
            pass

    def build_everything(self) -> None:
        """Every screen, now (the steward area, the screenshot command, checks that walk every screen)."""
        while self._build_next():
            pass

    def _build_keyboard_for(self, old: QWidget | None, new: QWidget | None) -> None:
        # The keyboard (a Qt Quick scene, 20 MB) is built when a text field is first focused: the tap's
        # release then asks the input method for it, and it is there. (Qt Quick's software renderer keeps the
        # window from being re-created for it on X11, which lost the tap's focus: see ui.app.)
        if self._keyboard is None and isinstance(new, (QLineEdit, QPlainTextEdit, QTextEdit)) \
                and new.window() is self:
            self.keyboard  # noqa: B018

    @property
    def keyboard(self):  # the KeyboardPanel, built on first use
        if self._keyboard is None:
            from ui.keyboard import KeyboardPanel

            self._keyboard = KeyboardPanel.for_window(self.centralWidget(), room=self._keyboard_room)
            self._keyboard.set_language(self.lang)
            self._column.addWidget(self._keyboard)
            # The keyboard sizes itself when the input method shows it; only then may the page scroll the
            # field into view, so the window's handler goes after the keyboard's.
            method = QGuiApplication.inputMethod()
            method.visibleChanged.disconnect(self._keep_focus_in_view)
            method.visibleChanged.connect(self._keep_focus_in_view)
        return self._keyboard

    @property
    def steward(self) -> StewardScreen:  # where features add their actions
        self.build_everything()  # its page lists every feature's actions (a no-op while features install)
        return self._steward()

    def _steward(self) -> StewardScreen:
        from ui.screens.steward import StewardScreen

        steward = self.screens[Step.STEWARD]
        assert isinstance(steward, StewardScreen)
        return steward

    def add_steward_action(self, action: QPushButton) -> None:
        self._steward().add_action(action)

    def add_screen(self, step: Step, screen: Screen) -> None:
        old = self.screens.get(step)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.screens[step] = screen
        self.stack.addWidget(screen)
        if step != Step.HOME:
            screen.retranslate()  # home is translated by set_language at start; the others as they come
            name_clear_buttons(screen)  # a screen built after home still has its ⓧ named
            self._keep_icons_after(screen)  # and keeps "Later >" pictograms after the words in Arabic

    # ----- moving --------------------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.flow.step

    def go(self, step: Step, payload: Payload | None = None) -> None:
        self.flow.go(step, payload)

    def go_home(self) -> None:
        self.flow.home()

    def _show_step(self, before: Step, step: Step, payload: Payload | None) -> None:
        # Home is a fresh start for the next person: whatever was half-typed or half-chosen anywhere is
        # forgotten (a contact typed on a skill offer included), and the steward area locks again.
        if before != step and step == Step.HOME:
            for other, screen_ in list(self.screens.items()):
                if other != Step.HOME:
                    screen_.reset()
        screen: Screen = self.steward if step == Step.STEWARD else self.screens[step]
        self.notice.dismiss()
        if before != step:  # what can be undone belongs to the page it was done on, never over another
            self.undo_bar.forget()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        # Shown first (so it is polished and sized by the style sheet), then filled; no paint between.
        self.previous_step = before
        if payload is not None:
            screen.receive(payload)
        self.stack.setCurrentWidget(screen)
        screen.entered()
        self.home_button.setVisible(step != Step.HOME)
        self.steward_button.setVisible(step == Step.HOME)
        self.refresh_event_title()
        self.restart_idle()

    def _keyboard_room(self) -> int:
        """The keyboard gets what the screen does not need while someone types (see Screen.typing_room)."""
        room = self.height() - self.current_screen().typing_room()
        if not keyboard_hides_top_bar(self.height()):
            room -= self.top_bar.sizeHint().height()
        return room  # the undo bar steps aside while the keyboard is up (UndoBar._keyboard_moved)

    def _keep_focus_in_view(self) -> None:
        """When the keyboard slides up, scroll so the field being typed into stays visible."""
        # On 7" screens the top bar gives way to the keyboard while someone types.
        self.top_bar.setVisible(not (QGuiApplication.inputMethod().isVisible()
                                     and keyboard_hides_top_bar(self.height())))
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self:
            return
        parent = focused.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and (page := parent.widget()) is not None:
            # ensureWidgetVisible() misjudges here (it looks at the text cursor); centre the field instead.
            middle = focused.mapTo(page, focused.rect().center())
            room = min(focused.height() // 2 + 8, parent.viewport().height() // 2)  # centred on a short page
            parent.ensureVisible(middle.x(), middle.y(), 10, room)

    def show_for_screenshot(self, step: Step) -> None:
        """Put a screen up as a visitor would see it, with what it needs to show (docs, checks)."""
        self.screens[step].prepare_screenshot()
        self.flow.jump(step)

    def current_screen(self) -> Screen:
        return self.screens[self.flow.step]

    # ----- idle time -----------------------------------------------------------------------------------

    def set_idle_seconds(self, seconds: int, steward_seconds: int = STEWARD_IDLE_SECONDS) -> None:
        self.idle_seconds = seconds
        self.steward_idle_seconds = max(seconds, steward_seconds)
        self._idle_behind_pin: bool | None = None  # the timers are set afresh by restart_idle
        self.restart_idle()

    def restart_idle(self) -> None:
        behind_pin = self.flow.step in BEHIND_PIN
        if behind_pin != self._idle_behind_pin:  # a steward at work is not sent home by the visitor's idle time
            self._idle_behind_pin = behind_pin
            seconds = self.steward_idle_seconds if behind_pin else self.idle_seconds
            self.idle.setInterval(seconds * 1000)
            self.idle_warning.setInterval(max(0, seconds - IDLE_WARNING_SECONDS) * 1000)
        self.idle.start()
        if (self.steward_idle_seconds if behind_pin else self.idle_seconds) >= 2 * IDLE_WARNING_SECONDS:
            self.idle_warning.start()
        if self._warning_shown:
            self._warning_shown = False
            self.notice.dismiss()

    def warn_idle(self) -> None:
        """Someone may be reading or thinking; a touch anywhere keeps what they started."""
        if self.flow.step == Step.HOME or self.notice.isVisible():
            return
        seconds = max(1, round(self.idle.remainingTime() / 1000))
        self.notice.show_message(
            self.tr("Still there? In %n second(s) the kiosk goes back to the start. Touch anywhere to keep "
                    "going.", "", seconds),
            [("still", self.tr("I'm still here"), "mdi6.hand-wave", None)])
        self._warning_shown = True

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
        elif kind == QEvent.Type.Paint and not self._painted and watched is dict.get(self.screens, Step.HOME):
            self._painted = True
            watched.removeEventFilter(self)
            running_app().installEventFilter(self)
            QTimer.singleShot(0, self, self._first_frame_done)  # home is being painted: done after this frame
        return False

    def _first_frame_done(self) -> None:
        if not self.isVisible():
            return  # closed meanwhile: nothing more is built for it
        self.painted.emit()
        self._idle_build.start()  # home is on the glass: the rest is built a piece at a time

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            return True  # set_language() retranslates every screen itself, once; not again for Qt's echo
        return super().event(event)

    def idle_reset(self) -> None:
        """Nobody has touched the kiosk for a while: forget everything half-done and go home."""
        for screen in list(self.screens.values()):
            screen.reset()
        self.notice.dismiss()
        self._warning_shown = False
        self.undo_bar.forget()
        if self.lang != self.default_lang:
            self.set_language(self.default_lang)
        self.flow.home()

    # ----- words ---------------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        app = running_app()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        # English has a file too: it holds the plural forms ("1 thing", "2 things"). Each language's file is
        # loaded once and kept: a visitor switching back and forth all day costs nothing new.
        if lang not in self._translators:
            self._translators[lang] = translators.load(lang, self)
        translator = self._translators[lang]
        if not translator.isEmpty():
            app.installTranslator(translator)
            self._translator = translator
        self.lang = lang
        QLocale.setDefault(translators.locale_for(lang))  # one digit system per language, dates and counts
        # Arabic reads right to left: every layout mirrors, and so do pictograms that point (ui.theme).
        direction = Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        if QApplication.layoutDirection() != direction:
            QApplication.setLayoutDirection(direction)
        # A button drawn with its pictogram after its words ("Later >") keeps it there when the page mirrors.
        self._keep_icons_after(self)
        # The market's name may be typed in another script; it still starts where the reader starts.
        start = Qt.AlignmentFlag.AlignRight if lang in RIGHT_TO_LEFT else Qt.AlignmentFlag.AlignLeft
        for label in (self.event_title, self.event_line):
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | start | Qt.AlignmentFlag.AlignVCenter)
        if self._keyboard is not None:
            self._keyboard.set_language(lang)
        self.retranslate()
        for screen in list(self.screens.values()):
            screen.retranslate()
        refit_all(self)
        name_clear_buttons(self)

    def _keep_icons_after(self, root: QWidget) -> None:
        after = Qt.LayoutDirection.LeftToRight if self.lang in RIGHT_TO_LEFT else Qt.LayoutDirection.RightToLeft
        for b in root.findChildren(QAbstractButton):
            if b.property("icon_after") is None and b.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
                b.setProperty("icon_after", b.layoutDirection() == Qt.LayoutDirection.RightToLeft)
            if b.property("icon_after"):
                b.setLayoutDirection(after)

    def choose_language(self) -> None:
        """Four big buttons, each language in its own words; the one in use comes first."""
        answers: list[Answer] = [(lang, LANGUAGE_NAMES[lang], "mdi6.check" if lang == self.lang else "mdi6.translate",
                                  partial(self.set_language, lang)) for lang in LANGUAGES]
        answers.sort(key=lambda answer: answer[0] != self.lang)
        self.notice.show_message(self.tr("Choose your language"), answers)

    def retranslate(self) -> None:
        set_words(self.home_button, self.tr("Home"))
        set_words(self.language_button, LANGUAGE_NAMES[self.lang], self.tr("Change the language"))
        set_words(self.steward_button, self.tr("Stewards"))
        self.setWindowTitle(self.tr("Commons Table"))
        self.refresh_event_title()

    def refresh_event_title(self) -> None:
        event = self.attempt(self.market.current_event)
        if event is None:
            self.event_title.setText(self.tr("Commons Table"))
            self.event_line.setText(self.tr("Everything here is free"))
            return
        self.event_title.setText(event.title)
        date = QLocale().toString(QLocale(self.lang).toDate(event.date, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)
        self.event_line.setText(" · ".join(part for part in (date, event.place) if part))

    # ----- telling people things -----------------------------------------------------------------------

    def tell(self, text: str, problem: bool = False, then: Callable[[], None] | None = None) -> None:
        self.notice.show_message(text, [("ok", self.tr("OK"), "mdi6.check", then)], problem=problem)

    def choose(self, text: str, answers: list[Answer]) -> None:
        self.notice.show_message(text, answers)

    def ask(self, text: str, yes: str, no: str, on_yes: Callable[[], None],
            on_no: Callable[[], None] | None = None) -> None:
        self.notice.show_message(text, [("yes", yes, "mdi6.check", on_yes), ("no", no, "mdi6.close", on_no)])

    @staticmethod
    def words_of(error: VisitorError | StoreProblem) -> str:
        """The core's sentence in the visitor's language (its template and words translated, then filled)."""
        def translated(text: object) -> object:
            return QCoreApplication.translate(WORDS_CONTEXT, text) if isinstance(text, str) else text

        template = translated(error.template)
        try:
            return str(template).format(**{key: translated(value) for key, value in error.params.items()})
        except (KeyError, IndexError, ValueError):
            return error.sentence

    def sorry_text(self) -> str:
        return self.tr("Sorry — something went wrong. The kiosk is still working; please try again.")

    def tell_damaged_file(self, kept_as: str, restored_from: str | None = None) -> None:
        if restored_from:
            self.tell(self.tr("The kiosk's data file was damaged. It was kept aside as %1, and the backup from %2 "
                              "was put in its place: what happened after %2 is missing.")
                      .replace("%1", kept_as).replace("%2", restored_from), problem=True)
            return
        self.tell(self.tr("The kiosk's data file was damaged. It was kept aside as %1 and a fresh one "
                          "was started.").replace("%1", kept_as), problem=True)

    def offer_demo(self, fill: Callable[[], None]) -> None:
        """First start on an empty data file: offer a demo market to try things out."""
        def demo() -> None:
            self.attempt(fill)
            self.go_home()

        def empty() -> None:
            self.attempt(self.market.ensure_event)
            self.go_home()

        self.ask(self.tr("This kiosk is new. Fill it with a demo market to try it out? "
                         "(Stewards can start a real market any time.)"),
                 self.tr("Try the demo"), self.tr("Start empty"), demo, empty)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Show the undo bar for a few seconds; `undo` runs only if it is tapped in time."""
        self.undo_bar.offer(text, undo, self.tr("Undo"))

    def attempt(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a store action; a known problem becomes a plain message and None."""
        try:
            return action(*args, **kwargs)
        except VisitorError as error:
            self.tell(self.words_of(error), problem=True)
        except StoreProblem as error:
            log.warning("store problem: %s", error.__cause__ or error)
            self.tell(self.words_of(error), problem=True)
        return None

    # ----- stewards ------------------------------------------------------------------------------------

    def open_pin(self, purpose: str) -> None:
        from ui.screens.pin import PinScreen

        pin = self.screens[Step.PIN]
        assert isinstance(pin, PinScreen)
        pin.set_purpose(purpose)
        if self.flow.step not in (Step.HOME, Step.STEWARD, Step.PIN):
            self.flow.home()
        self.flow.go(Step.PIN)

    def quit_kiosk(self) -> None:
        self._quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self._quitting:
            # Leaving kiosk mode needs the steward PIN, Alt+F4 included.
            event.ignore()
            self.open_pin("quit")
            return
        running_app().removeEventFilter(self)
        self.idle.stop()
        self._idle_build.stop()
        self.idle_warning.stop()
        # Stop every screen's timers (thank-you, PIN lock, undo) before the store goes away.
        for screen in list(self.screens.values()):
            screen.reset()
        self.undo_bar.forget()
        # Its words go with it: the window is only deleted later, and a problem screen or the next window must
        # not come out in this visitor's language meanwhile.
        if self._translator is not None:
            running_app().removeTranslator(self._translator)
            self._translator = None
        # Its reading direction too: Arabic mirrors the whole application, not only this window.
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if self._keyboard is not None and self._keyboard.give_back():  # Qt 6.8: see KeyboardPanel.for_window
            self._keyboard = None
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.restyle()
        if self.notice.isVisible() and (central := self.centralWidget()) is not None:
            self.notice.setGeometry(central.rect())
        super().resizeEvent(event)

    def restyle(self) -> None:
        """The style sheet for this size and the visitor's look (large text and high contrast, or not)."""
        sheet = theme.style_sheet(self.width(), self.height())
        if sheet != self.styleSheet():
            first = not self.styleSheet()
            self.setStyleSheet(sheet)
            if first:
                return  # the first look, set as the window is first shown: nothing was laid out in another
            # Pages not on screen were re-styled too, but their layouts kept the old sizes: redo them all.
            for widget in self.findChildren(QWidget):
                widget.updateGeometry()
            for layout in self.findChildren(QLayout):
                layout.invalidate()
            refit_all(self)
