"""A door that is not built yet says so plainly instead of leading nowhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.flow import Step
from ui.widgets import Screen, button, set_words

if TYPE_CHECKING:
    from ui.main_window import KioskWindow


class PlaceholderScreen(Screen):
    def __init__(self, window: KioskWindow, step: Step):
        super().__init__()
        self.window_ = window
        self.step = step
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel()
        self.text.setObjectName("Title")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.back = button("mdi6.home", "Primary")
        self.back.clicked.connect(window.go_home)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.text.setText(self.tr("This part of the table is still being built."))
        set_words(self.back, self.tr("Back home"))
