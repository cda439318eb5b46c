"""The steward PIN pad: big digits, dots for what is typed, a lock after three wrong tries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from kiosk.errors import VisitorError
from kiosk.pin import PIN_MAX, PinLock, check_new_pin, hash_pin, verify_pin
from ui.flow import Step
from ui.theme import icon
from ui.widgets import Screen

if TYPE_CHECKING:
    from ui.main_window import KioskWindow

PIN_SETTING = "pin_hash"


class PinScreen(Screen):
    def __init__(self, window: KioskWindow):
        super().__init__()
        self.window_ = window
        self.lock = PinLock()
        self.purpose = "steward"
        self.typed = ""
        self.first_choice: str | None = None
        # Words on the left, the pad on the right: it fits a 7" landscape screen.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(24)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addStretch(1)
        self.prompt = QLabel()
        self.prompt.setObjectName("Title")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setObjectName("Big")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("Hint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        column.addWidget(self.prompt)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addStretch(1)
        outer.addLayout(column, 2)
        # A number pad reads 1 2 3 from the left in every language, Arabic too (as on phones and cash machines).
        pad = QWidget()
        pad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.keys: dict[str, QToolButton] = {}
        layout = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
        for n, key in enumerate(layout):
            b = QToolButton()
            b.setObjectName("PadKey" if key.isdigit() else ("Primary" if key == "ok" else ""))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            b.setMinimumSize(96, 64)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "back":
                b.setIcon(icon("mdi6.backspace"))
            elif key == "ok":
                b.setIcon(icon("mdi6.check-bold", "white"))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setIconSize(QSize(36, 36))
            b.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(b, n // 3, n % 3)
            self.keys[key] = b
        outer.addWidget(pad, 3)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self._lock_shown = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_purpose(self, purpose: str) -> None:
        self.purpose = purpose
        self.reset()

    def has_pin(self) -> bool:
        return bool(self.window_.attempt(self.window_.market.setting, PIN_SETTING))

    def retranslate(self) -> None:
        for digit in "0123456789":
            self.keys[digit].setText(digit)
            self.keys[digit].setAccessibleName(digit)
        self.keys["back"].setText(self.tr("Erase"))
        self.keys["back"].setAccessibleName(self.tr("Erase"))
        self.keys["ok"].setText(self.tr("OK"))
        self.keys["ok"].setAccessibleName(self.tr("OK"))
        self._show()

    def reset(self) -> None:
        self.typed = ""
        self.first_choice = None
        self.message.setText("")
        self._show()

    def entered(self) -> None:
        self.reset()
        self.setFocus()
        self._tick()

    def _show(self) -> None:
        if not self.has_pin():
            if self.first_choice is None:
                self.prompt.setText(self.tr("Choose a PIN for stewards: 4 to 8 digits"))
            else:
                self.prompt.setText(self.tr("Type the same PIN again"))
        elif self.purpose == "quit":
            self.prompt.setText(self.tr("Stewards: type the PIN to leave the kiosk"))
        else:
            self.prompt.setText(self.tr("Stewards: type the PIN"))
        self.dots.setText("●" * len(self.typed) if self.typed else "–")
        self.dots.setAccessibleName(self.tr("%n digit(s) typed", "", len(self.typed)))

    def press(self, key: str) -> None:
        if self.lock.is_locked():
            return
        if key == "back":
            self.typed = self.typed[:-1]
        elif key == "ok":
            self._submit()
            return
        elif key.isdigit() and len(self.typed) < PIN_MAX:
            self.typed += key
        self.message.setText("")
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif event.key() == Qt.Key.Key_Escape:
            self.window_.go_home()
        else:
            super().keyPressEvent(event)

    def _submit(self) -> None:
        typed, self.typed = self.typed, ""
        stored = self.window_.attempt(self.window_.market.setting, PIN_SETTING)
        if not stored:
            self._choose(typed)
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
            self._show()

    def _choose(self, typed: str) -> None:
        if self.first_choice is None:
            try:
                self.first_choice = check_new_pin(typed)
            except VisitorError:
                self.message.setText(self.tr("Please choose 4 to 8 digits."))
            self._show()
            return
        if typed != self.first_choice:
            self.first_choice = None
            self.message.setText(self.tr("The two PINs were different. Please choose again."))
            self._show()
            return
        if self.window_.attempt(self.window_.market.set_setting, PIN_SETTING, hash_pin(typed)) is None:
            return
        self.first_choice = None
        self._unlocked()

    def _unlocked(self) -> None:
        if self.purpose == "quit":
            self.window_.quit_kiosk()
        else:
            self.window_.go(Step.STEWARD)

    def _tick(self) -> None:
        locked = self.lock.is_locked()
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
