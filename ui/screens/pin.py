"""The steward PIN pad: big digits, dots for what is typed, a lock after three wrong tries.

The pad never lets anyone choose the PIN: with none set it says how whoever looks after the kiosk sets it
(`commons-table set-pin`). The same pad guards closing the full-screen problem screen.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.pin import PIN_MAX, PinLock, verify_pin
from kiosk.settings import PIN_HASH, PIN_LOCK
from ui import theme
from ui.flow import Step
from ui.widgets import Screen, button, grid_layout, horizontal, label, set_words, vertical

if TYPE_CHECKING:
    from ui.host import Host

__all__ = ["PinPad", "PinScreen", "guard_problem_window"]


class PinPad(QWidget):
    """Twelve big keys (digits, Erase, OK) and what has been typed; `submitted` carries the digits."""

    submitted = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.typed = ""
        # A number pad reads 1 2 3 from the left in every language, Arabic too (as on phones and cash machines).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = grid_layout(self, theme.FLUSH, theme.GAP_COLUMN)
        self.keys: dict[str, QPushButton | QToolButton] = {}
        for n, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]):
            b: QPushButton | QToolButton
            if key.isdigit():
                b = QToolButton()
                b.setObjectName("PadKey")
            else:
                # Pictogram and word side by side in the middle of the key, as on every other button: a push
                # button (a tool button puts its pictogram at one edge and, in Arabic, its word at the other).
                b = button("mdi6.backspace" if key == "back" else "mdi6.check-bold", "Primary" if key == "ok" else "")
                b.setProperty("icon_after", False)  # ui.window.words: its pictogram is where its words start
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setMinimumSize(96, 64)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(b, n // 3, n % 3)
            self.keys[key] = b
        self.retranslate()

    def retranslate(self) -> None:
        for digit in "0123456789":
            set_words(self.keys[digit], digit)
        for key, text in (("back", QCoreApplication.translate("PinScreen", "Erase")),
                          ("ok", QCoreApplication.translate("PinScreen", "OK"))):
            set_words(self.keys[key], text)
            # The pad reads 1 2 3 from the left in every language; a key's word reads as its language does, its
            # pictogram where the word starts (at the right in Arabic).
            self.keys[key].setLayoutDirection(QGuiApplication.layoutDirection())

    def press(self, key: str) -> None:
        if not self.isEnabled():
            return
        if key == "ok":
            typed, self.typed = self.typed, ""
            self.changed.emit()
            self.submitted.emit(typed)
            return
        if key == "back":
            self.typed = self.typed[:-1]
        elif key.isdigit() and len(self.typed) < PIN_MAX:
            self.typed += key
        self.changed.emit()

    def press_key(self, event: QKeyEvent) -> bool:
        """A hardware key for the pad; False when it is not one."""
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            return False
        return True

    def dots(self) -> str:
        return "●" * len(self.typed) if self.typed else "–"


class PinScreen(Screen):
    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        # Wrong tries and locks live in the store: restarting the kiosk gives no fresh guesses.
        self.lock = PinLock(load=lambda: window.attempt(window.market.setting, PIN_LOCK),
                            save=lambda state: window.attempt(window.market.set_setting, PIN_LOCK, state))
        self.purpose = "steward"
        # Words on the left, the pad on the right: it fits a 7" landscape screen.
        outer = horizontal(self, theme.PAGE, theme.GAP_APART)
        column = vertical(spacing=theme.GAP)
        column.addStretch(1)
        self.prompt = label("Title", align=Qt.AlignmentFlag.AlignCenter, into=column)
        self.dots = label("Big", wrap=False, align=Qt.AlignmentFlag.AlignCenter, into=column)
        self.message = label("Hint", align=Qt.AlignmentFlag.AlignCenter, into=column)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column.addStretch(1)
        outer.addLayout(column, 2)
        self.pad = PinPad()
        self.pad.submitted.connect(self._submit)
        self.pad.changed.connect(self._typed)
        self.keys = self.pad.keys
        outer.addWidget(self.pad, 3)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self._lock_shown = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def typed(self) -> str:
        return self.pad.typed

    def set_purpose(self, purpose: str) -> None:
        self.purpose = purpose
        self.reset()

    def stored_pin(self) -> str | None:
        stored = self.window_.attempt(self.window_.market.setting, PIN_HASH)
        return stored if isinstance(stored, str) and stored else None

    def has_pin(self) -> bool:
        return self.stored_pin() is not None

    def set_pin_command(self) -> str:
        path = self.window_.market.path
        return "commons-table set-pin --db " + shlex.quote(str(path) if path else "PATH")

    def retranslate(self) -> None:
        self.pad.retranslate()
        self._show()

    def finish_button(self) -> QAbstractButton | None:
        return self.keys["ok"]

    def reset(self) -> None:
        self.pad.typed = ""
        self.message.setText("")
        self._show()

    def entered(self) -> None:
        self.reset()
        self.setFocus()
        self._tick()

    def _show(self) -> None:
        pin_set = self.has_pin()
        self.pad.setVisible(pin_set)
        self.dots.setVisible(pin_set)
        if not pin_set:
            # Whoever taps first must not become the steward: the PIN is set from the machine's shell.
            self.prompt.setText(self.tr("No steward PIN has been set on this kiosk yet."))
            self.message.setText(self.tr("Whoever looks after this kiosk sets it on its computer, with this "
                                         "command:\n%1").replace("%1", self.set_pin_command()))
            return
        if self.purpose == "quit":
            self.prompt.setText(self.tr("Stewards: type the PIN to leave the kiosk"))
        else:
            self.prompt.setText(self.tr("Stewards: type the PIN"))
        self._typed()

    def _typed(self) -> None:
        self.dots.setText(self.pad.dots())
        self.dots.setAccessibleName(self.tr("%n digit(s) typed", "", len(self.pad.typed)))
        if self.pad.typed and not self.lock.is_locked():
            self.message.setText("")

    def press(self, key: str) -> None:
        if self.lock.is_locked() or not self.has_pin():
            return
        self.pad.press(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.window_.go_home()
        elif self.lock.is_locked() or not self.has_pin() or not self.pad.press_key(event):
            super().keyPressEvent(event)

    def _submit(self, typed: str) -> None:
        stored = self.stored_pin()
        if stored is None or self.lock.is_locked():
            self._show()
            return
        if verify_pin(typed, stored):
            self.lock.succeeded()
            self._unlocked()
        else:
            self.lock.failed()
            if self.lock.is_locked():
                self._tick()
            else:
                self.message.setText(self.tr("That PIN is not right. Please try again."))
            self._typed()

    def _unlocked(self) -> None:
        if self.purpose == "quit":
            self.window_.quit_kiosk()
        else:
            self.window_.go(Step.STEWARD)

    def _tick(self) -> None:
        # A new PIN set from the shell (`commons-table set-pin`) lifts the lock: looked for at each tick while
        # the pad is on show.
        if self.isVisible() and self.lock.lifted_elsewhere():
            self.message.setText("")
        locked = self.lock.is_locked()
        self.pad.setEnabled(not locked)
        for b in self.keys.values():
            b.setEnabled(not locked)
        if locked:
            self.message.setText(self.tr("Too many wrong tries. The pad opens again in %n second(s).", "",
                                         self.lock.seconds_left()))
            self._lock_shown = True
            if not self.countdown.isActive():
                self.countdown.start()
        else:
            self.countdown.stop()
            if self._lock_shown:
                self._lock_shown = False
                self.message.setText("")


# ----- the full-screen problem screen ----------------------------------------------------------------------


class ProblemWindow(QWidget):
    """The full-screen problem screen (ui.app.problem_window builds it; guard_problem_window adds the pad)."""

    problem_text: QLabel
    close_button: QPushButton
    pin_message: QLabel
    pin_pad: PinPad
    keep_open: _KeepOpen

    def column(self) -> QVBoxLayout:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # problem_window lays its words out in one column
        return layout


class _KeepOpen(QObject):
    """Closing the problem screen (its button, Alt+F4) needs the stewards' PIN, as everywhere in kiosk mode."""

    def __init__(self, window: ProblemWindow, stored: str | None, readable: bool):
        super().__init__(window)
        self.guarded = window
        self.stored = stored
        self.readable = readable
        self.lock = PinLock()  # memory only: the data file is the problem here
        self.unlocked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        guarded = getattr(self, "guarded", None)  # None while Python is shutting down
        if guarded is not None and watched is guarded and event.type() == QEvent.Type.Close and not self.unlocked:
            event.ignore()
            self.ask()
            return True
        return False

    def ask(self) -> None:
        say = self.guarded.pin_message.setText
        if not self.readable:
            say(QCoreApplication.translate("ProblemWindow", "The PIN cannot be read from the data file, so this "
                                           "screen cannot be closed here. Stewards: stop the kiosk from the "
                                           "computer's shell."))
        elif self.stored is None:
            say(QCoreApplication.translate("ProblemWindow", "No steward PIN is set in the data file, so this "
                                           "screen cannot be closed here. Stewards: stop the kiosk from the "
                                           "computer's shell."))
        else:
            say(QCoreApplication.translate("ProblemWindow", "Stewards: type the PIN to close this screen."))
            self.guarded.pin_pad.setVisible(True)
            self.guarded.close_button.setVisible(False)  # the pad's OK closes
            self.guarded.column().setContentsMargins(theme.OVERLAY)

    def submitted(self, typed: str) -> None:
        if self.stored is None or self.lock.is_locked():
            return
        if verify_pin(typed, self.stored):
            self.unlocked = True
            self.guarded.close()
            return
        self.lock.failed()
        locked = self.lock.is_locked()
        if locked:
            text = QCoreApplication.translate("PinScreen", "Too many wrong tries. The pad opens again in %n "
                                              "second(s).", "", self.lock.seconds_left())
            QTimer.singleShot(self.lock.seconds_left() * 1000, lambda: self.guarded.pin_pad.setEnabled(True))
        else:
            text = QCoreApplication.translate("PinScreen", "That PIN is not right. Please try again.")
        self.guarded.pin_message.setText(text)
        self.guarded.pin_pad.setEnabled(not locked)


def guard_problem_window(window: ProblemWindow, db_path: Path,
                         read_pin: Callable[[Path], str | None] | None = None) -> ProblemWindow:
    """Make the full-screen problem screen close only with the stewards' PIN (read straight from the file).

    When the file is the problem and the PIN cannot be read from it, the screen says so: the way out is the
    computer's shell.
    """
    from kiosk.errors import StoreProblem
    from kiosk.store.steward import pin_hash_in_file

    try:
        stored, readable = (read_pin or pin_hash_in_file)(db_path), True
    except StoreProblem:
        stored, readable = None, False
    keep = _KeepOpen(window, stored, readable)
    window.installEventFilter(keep)
    message = label(align=Qt.AlignmentFlag.AlignCenter)
    message.setStyleSheet("font-size: 20px;")
    pad = PinPad()
    pad.setVisible(False)
    pad.setMinimumWidth(300)
    pad.submitted.connect(keep.submitted)
    # The words stay in sight; the pad comes in beside them (it fits a 7" screen that way).
    layout = window.column()
    text = window.problem_text
    at = layout.indexOf(text)
    layout.removeWidget(text)
    row = horizontal(spacing=theme.GAP_APART)
    row.addWidget(text, 1)
    side = QVBoxLayout()
    side.addWidget(message)
    side.addWidget(pad, 1)
    row.addLayout(side)
    layout.insertLayout(at, row)
    window.pin_message = message
    window.pin_pad = pad
    window.keep_open = keep
    return window
