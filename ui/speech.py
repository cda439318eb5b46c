"""Read aloud: what a visitor who cannot read hears, offline, through Qt TextToSpeech.

Every spoken sentence is made here. When reading aloud is on, each screen says its title and its main
choices as it opens, and each tap says what it did: the undo bar's or a notice's words when the tap
brought one up ("Took one: Books"), otherwise the name of what was tapped. Words come from the screens'
own (translated) labels and accessible names, and the voice follows the visitor's language.

The engine is Debian's speech-dispatcher with espeak-ng behind Qt's "speechd" plugin (or flite). With no
working engine the toggle stays hidden and the log names the packages to install.

The engine lives on a thread of its own (ui/off_thread.py): making it starts speech-dispatcher and waits
for it, and its stop() waits for speech-dispatcher's answer (more than 90 s with no audio device). The
window's thread only sends it what to say. A call not answered within HANG_MS means speech hangs: reading
aloud is given up for this run, its toggle hidden, with a log line.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import json
import logging
import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from shiboken6 import isValid

from ui.app_filters import stop_watching_application, watch_application
from ui.off_thread import OffThread
from ui.translators import comma_joined

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from ui.host import Shown

log = logging.getLogger(__name__)

ENGINES = ("speechd", "flite")  # Qt's plugins for Debian's speech-dispatcher + espeak-ng, and flite
PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
MOST_CHOICES = 14  # a screen's first choices are read out; a long list of kinds stops there
MOST_ROWS = 5
HANG_MS = 5000  # a call to the engine not answered within this long: speech hangs, and is given up
MAKE_MS = 45_000  # making the engine starts speech-dispatcher and its voices (7 s on a quiet PC)


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
_thread: list[OffThread] = []  # the one thread the engines live on, made when reading aloud is first on
_hung: list[bool] = []  # speech stopped answering once: given up for the rest of this run


def shared_engine() -> Voice | None:
    """One engine per process: asking speech-dispatcher again for every window gains nothing. Called on the
    speech thread only; the engine itself runs in a helper process (ProcessVoice)."""
    if not _engine:
        _engine.append(ProcessVoice.start())
    return _engine[0]


class ProcessVoice:
    """The engine in `python -m ui.speech_helper`: each call writes one line and waits for its "ok" without
    Python's global lock (select), so only the speech thread waits; one that hangs is killed by `give_up`."""

    def __init__(self, process: subprocess.Popen[bytes]):
        self.process = process
        self.lang = "en"

    @staticmethod
    def spawn() -> subprocess.Popen[bytes]:
        """The helper process, told this process's id (it ends when this process does: ui/speech_helper.py)."""
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        return subprocess.Popen([sys.executable, "-m", "ui.speech_helper", str(os.getpid())], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, start_new_session=True)

    @classmethod
    def start(cls, wait_s: float = 60) -> ProcessVoice | None:
        try:
            process = cls.spawn()
        except OSError as problem:
            log.warning("read aloud is off: its helper did not start (%s)", problem)
            return None
        voice = cls(process)
        if voice._answer(wait_s) != "ready":
            voice.give_up()
            log.warning("read aloud is off: no speech engine works here; install Debian's %s "
                        "(or qt6-speech-flite-plugin)", PACKAGES)
            return None
        _voices.append(voice)
        return voice

    def _answer(self, wait_s: float | None = None) -> str:
        out = self.process.stdout
        assert out is not None
        ready, _, _ = select.select([out], [], [], wait_s)
        return out.readline().decode(errors="replace").strip() if ready else ""

    def _send(self, command: dict[str, str]) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps(command).encode() + b"\n")
            stdin.flush()
        except OSError:
            return  # given up: the process is gone
        self._answer()

    def say(self, text: str) -> None:
        self._send({"do": "say", "lang": self.lang, "text": text})

    def stop(self) -> None:
        self._send({"do": "stop"})

    def setLocale(self, locale: QLocale) -> None:  # Qt's name
        self.lang = locale.name().split("_")[0]

    def give_up(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)


_voices: list[ProcessVoice] = []


@atexit.register
def _end_voices() -> None:
    for voice in _voices:
        voice.give_up()


def speech_thread() -> OffThread:
    if not _thread:
        _thread.append(OffThread("speech"))
    return _thread[0]


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
        self._voice: Voice | None = None  # touched on the speech thread only
        self._looked = False  # the engine was asked for
        self._found: bool | None = None  # whether it came (None: not answered yet)
        self._unanswered = 0
        self._watch = QTimer(self)
        self._watch.setSingleShot(True)
        self._watch.timeout.connect(self._hangs)
        self._gone: list[Callable[[], None]] = []
        self.installed = engine is not None or engine_installed()
        self.on = False
        self._pressed: QAbstractButton | QListView | None = None
        self._heard = ("", "")  # the undo bar's and the notice's words already spoken
        window.flow.moved.connect(self._screen_opened)
        window.window().destroyed.connect(self._forget)

    @property
    def available(self) -> bool:
        """Installed, and (once asked) working and answering."""
        return self.installed and self._found is not False and not _hung

    def when_unavailable(self, hide: Callable[[], None]) -> None:
        """`hide()` is called when the engine turns out not to work, or stops answering."""
        self._gone.append(hide)

    # ----- the engine, on its own thread ------------------------------------------------------------------

    def _send(self, work: Callable[[], object]) -> None:
        """Run `work` on the speech thread; an answer not back within HANG_MS means speech hangs."""
        if _hung:
            return
        self._unanswered += 1
        if not self._watch.isActive():
            self._watch.start(HANG_MS)
        speech_thread().call(work, self._answered, self._failed)

    def _answered(self, _result: object = None) -> None:
        if not isValid(self):
            return
        self._unanswered -= 1
        if self._unanswered <= 0:
            self._unanswered = 0
            self._watch.stop()
        else:
            self._watch.start(HANG_MS)  # the next call has its own HANG_MS

    def _failed(self, problem: Exception) -> None:
        log.warning("read aloud: the engine failed: %r", problem)
        self._answered()

    def _ask_engine(self) -> None:
        if self._looked or not self.installed:
            return
        self._looked = True
        make = self._make_voice or shared_engine

        def made() -> bool:  # on the speech thread
            self._voice = make()
            return self._voice is not None

        def answered(found: bool) -> None:
            if not isValid(self):
                return
            self._answered()
            self._found = found
            if not found:
                self._give_up()

        self._unanswered += 1
        self._watch.start(MAKE_MS)
        speech_thread().call(made, answered, self._failed)

    def _speak(self, lang: str, text: str) -> None:
        """On the speech thread: cut off what is being said, then say `text` (or nothing when it is empty)."""
        if self._voice is None:
            return
        self._voice.stop()
        if text:
            self._voice.setLocale(QLocale(lang))
            self._voice.say(text)

    def _hangs(self) -> None:
        for voice in _voices:  # the speech thread's call returns once the helper is gone
            voice.give_up()
        log.warning("read aloud is off: the speech engine (speech-dispatcher) stopped answering for %g s; "
                    "its toggle is hidden until the kiosk starts again", self._watch.interval() / 1000)
        _hung.append(True)
        self._give_up()

    def _give_up(self) -> None:
        self.on = False
        self._forget()
        for hide in self._gone:
            hide()

    def _forget(self) -> None:
        stop_watching_application(self)

    # ----- turning it on and off ------------------------------------------------------------------------

    def set_on(self, on: bool) -> None:
        self.on = on and self.available
        # Taps are watched only while reading aloud is on: a filter on the whole application takes every
        # event of the kiosk through Python.
        if self.on:
            watch_application(self)
        else:
            self._forget()
        if not self.available:
            return
        if self.on:
            self._ask_engine()
            self.say(self.tr("Reading aloud is on.") + " " + self.screen_words())
        elif self._looked:
            self._send(lambda: self._speak("", ""))

    # ----- what is said ---------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Say `text` now, in the visitor's language, cutting off whatever was being said."""
        if not self.on or not self.available or not text.strip():
            return
        lang = self.window_.lang
        self._send(lambda: self._speak(lang, text))

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
