"""Read aloud: what a visitor who cannot read hears, offline, through Qt TextToSpeech.

Every spoken sentence is made here. When reading aloud is on, each screen says its title and its main
choices as it opens, and each tap says what it did: the undo bar's or a notice's words when the tap
brought one up ("Took one: Books"), otherwise the name of what was tapped. Words come from the screens'
own (translated) labels and accessible names, and the voice follows the visitor's language.

The engine is Debian's speech-dispatcher with espeak-ng behind Qt's "speechd" plugin (or flite). With no
working engine the toggle stays hidden and the log names the packages to install.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ui.translators import comma_joined
from ui.widgets import running_app

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from ui.host import Shown

log = logging.getLogger(__name__)

ENGINES = ("speechd", "flite")  # Qt's plugins for Debian's speech-dispatcher + espeak-ng, and flite
PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
MOST_CHOICES = 14  # a screen's first choices are read out; a long list of kinds stops there
MOST_ROWS = 5


class Voice(Protocol):
    """The part of QTextToSpeech the speaker uses (a recording fake stands in for it in tests)."""

    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    def setLocale(self, locale: QLocale) -> None: ...  # Qt's name


def make_engine() -> Voice | None:
    """The first engine that works here, or None (and the log says what to install)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        log.warning("read aloud is off: Qt TextToSpeech is missing (the PySide6-Addons wheel, or Debian's "
                    "python3-pyside6.qttexttospeech)")
        return None
    found = [name for name in QTextToSpeech.availableEngines() if name in ENGINES]
    for name in found:
        engine = QTextToSpeech(name)
        if engine.state() != QTextToSpeech.State.Error:
            log.info("read aloud uses Qt's %s engine", name)
            return engine
        log.warning("read aloud: Qt's %s engine does not work here (%s)", name, engine.errorString())
        engine.deleteLater()
    log.warning("read aloud is off: no speech engine works here; install Debian's %s "
                "(or qt6-speech-flite-plugin)", PACKAGES)
    return None


def engine_plugins() -> set[str]:
    """The speech engines whose Qt plugins are installed, by their files' names (libqtexttospeech_NAME.so) in
    Qt's plugin folders: importing Qt TextToSpeech to ask it costs 2.7 MB at start."""
    from PySide6.QtCore import QCoreApplication

    return {plugin.name.split("qtexttospeech_", 1)[1].split(".", 1)[0]
            for folder in QCoreApplication.libraryPaths()
            for plugin in Path(folder, "texttospeech").glob("*qtexttospeech_*")}


def engine_installed() -> bool:
    """Whether a speech engine is installed at all: cheap (file names only), so home can show its toggle
    without waiting for speech-dispatcher, which the engine itself starts (about a second)."""
    if importlib.util.find_spec("PySide6.QtTextToSpeech") is None:
        log.warning("read aloud is off: Qt TextToSpeech is missing (the PySide6-Addons wheel, or Debian's "
                    "python3-pyside6.qttexttospeech)")
        return False
    if engine_plugins() & set(ENGINES):
        return True
    log.warning("read aloud is off: no speech engine is installed; install Debian's %s "
                "(or qt6-speech-flite-plugin)", PACKAGES)
    return False


_engine: list[Voice | None] = []


def shared_engine() -> Voice | None:
    """One engine per process: asking speech-dispatcher again for every window gains nothing."""
    if not _engine:
        _engine.append(make_engine())
    return _engine[0]


W = TypeVar("W", bound=QWidget)


def in_reading_order(widgets: list[W], window: QWidget) -> list[W]:
    """A row at a time, each from where its reader starts: left to right, or right to left (Arabic)."""
    backwards = window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(window, QPoint(0, 0))
        return (point.y() // 24, -(point.x() + widget.width()) if backwards else point.x())

    return sorted(widgets, key=place)


class Speaker(QObject):
    """Says what the kiosk shows and what each tap did, when the visitor has turned reading aloud on."""

    def __init__(self, window: Shown, engine: Callable[[], Voice | None] | None = None):
        super().__init__(window.window())
        self.window_ = window
        # The engine starts speech-dispatcher and waits for it: made when reading aloud is first turned on,
        # never while the kiosk starts.
        self._make_voice = engine
        self._voice: Voice | None = None
        self._looked = False
        self.installed = engine is not None or engine_installed()
        self.on = False
        self._pressed: QAbstractButton | QListView | None = None
        self._heard = ("", "")  # the undo bar's and the notice's words already spoken
        window.flow.moved.connect(self._screen_opened)
        window.window().destroyed.connect(self._forget)

    @property
    def voice(self) -> Voice | None:
        if not self._looked and self.installed:
            self._looked = True
            self._voice = (self._make_voice or shared_engine)()
        return self._voice

    @property
    def available(self) -> bool:
        """Installed, and (once asked) working."""
        return self.installed and (not self._looked or self._voice is not None)

    def _forget(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # ----- turning it on and off ------------------------------------------------------------------------

    def set_on(self, on: bool) -> None:
        self.on = on and self.available
        # Taps are watched only while reading aloud is on: a filter on the whole application takes every
        # event of the kiosk through Python.
        if self.on:
            running_app().installEventFilter(self)
        else:
            self._forget()
        if self.voice is None:
            return
        self.voice.stop()
        if self.on:
            self.say(self.tr("Reading aloud is on.") + " " + self.screen_words())

    # ----- what is said ---------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Say `text` now, in the visitor's language, cutting off whatever was being said."""
        if not self.on or self.voice is None or not text.strip():
            return
        self.voice.stop()
        self.voice.setLocale(QLocale(self.window_.lang))
        self.voice.say(text)

    def screen_words(self) -> str:
        """The screen's title and its main choices, as a sentence or two."""
        from PySide6.QtWidgets import QLineEdit, QListView  # here: a start without reading aloud never needs them

        screen = self.window_.current_screen()
        window = self.window_.window()
        titles = [label for label in screen.findChildren(QLabel)
                  if label.objectName() in ("Big", "Title") and label.isVisibleTo(window) and label.text()]
        title = " ".join(label.text() for label in in_reading_order(titles, window)[:2])
        if not title:
            title = self.step_titles().get(self.window_.flow.step, self.window_.event_title.text())
        buttons = [b for b in screen.findChildren(QAbstractButton)
                   if b.isVisibleTo(window) and b.isEnabled() and b.accessibleName()
                   and not isinstance(b.parentWidget(), QLineEdit)]
        names = [b.accessibleName() for b in in_reading_order(buttons, window)][:MOST_CHOICES]
        for view in screen.findChildren(QListView):
            if view.isVisibleTo(window) and view.model() is not None:
                model = view.model()
                rows = min(MOST_ROWS, model.rowCount())
                names += [str(model.index(n, 0).data(self._accessible_text_role())) for n in range(rows)]
        names = list(dict.fromkeys(name for name in names if name))
        if not names:
            return title
        return self.tr("%1. You can choose: %2.").replace("%1", title.rstrip(".!?")) \
            .replace("%2", comma_joined([name.rstrip(".") for name in names]))

    def step_titles(self) -> dict[str, str]:
        """For screens whose title is not written on them."""
        from ui.flow import Step

        return {Step.HOME: self.tr("Welcome! Everything here is free."), Step.BROWSE: self.tr("See what's here")}

    @staticmethod
    def _accessible_text_role() -> int:
        from PySide6.QtCore import Qt

        return Qt.ItemDataRole.AccessibleTextRole

    def tap_words(self, tapped: QAbstractButton | QListView | None) -> str:
        """What a tap did: the undo bar's or a notice's new words, or else the name of what was tapped."""
        window = self.window_
        undo = window.undo_bar.text.text() if window.undo_bar.isVisible() else ""
        notice = window.notice.text.text() if window.notice.isVisible() else ""
        heard, self._heard = self._heard, (undo, notice)
        if notice and notice != heard[1]:
            return notice
        if undo and undo != heard[0]:
            return undo
        if isinstance(tapped, QAbstractButton) and tapped.accessibleName():
            if tapped.isCheckable():
                state = self.tr("on") if tapped.isChecked() else self.tr("off")
                return f"{tapped.accessibleName()}: {state}"
            return tapped.accessibleName()
        return ""

    # ----- when -----------------------------------------------------------------------------------------

    def _screen_opened(self, before: str, to: str) -> None:
        if self.on:
            # After the screen has filled itself in (entered() runs on the same signal).
            QTimer.singleShot(0, self, lambda: self.say(self.screen_words()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.on:
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._pressed = self._tappable(watched)
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd) and self._pressed is not None:
            tapped, self._pressed = self._pressed, None
            step = self.window_.flow.step
            # After the tap has done its work; a tap that opened another screen is told by that screen.
            QTimer.singleShot(0, self, lambda: self._after_tap(tapped, step))
        return False

    def _tappable(self, watched: QObject) -> QAbstractButton | QListView | None:
        from PySide6.QtWidgets import QListView

        if not isinstance(watched, QWidget) or watched.window() is not self.window_:
            return None
        widget: QWidget | None = watched
        while widget is not None:
            if isinstance(widget, QAbstractButton | QListView):
                return widget
            widget = widget.parentWidget()
        return None

    def _after_tap(self, tapped: QAbstractButton | QListView, step: object) -> None:
        if self.window_.flow.step != step:
            return
        self.say(self.tap_words(tapped))
