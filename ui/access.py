"""Helpers for visitors with poor eyesight or a screen reader: words that wrap in large text, and names
for the controls Qt makes by itself (the clear-text button inside a field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton, QWidget

from ui import theme
from ui.widgets import running_app


def split_in_two(text: str) -> str:
    spaces = [n for n, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda n: abs(n - len(text) / 2))
    return text[:cut].rstrip() + "\n" + text[cut:].lstrip()


def fit_words(b: QPushButton) -> None:
    words = b.accessibleName()
    shown = b.text().replace("&&", "&")
    if not words or shown.replace("\n", " ") != words:
        return  # a button whose words are not its name (a count, a key): leave it be
    room = b.width() - 20 - (0 if b.icon().isNull() else b.iconSize().width() + 4)
    wide = b.fontMetrics().horizontalAdvance(words) > room
    lines = split_in_two(words) if theme.mode() == theme.LARGE and wide else words
    if lines != shown:
        b.setText(lines.replace("&", "&&"))


class WordFitter(QObject):
    """Watches buttons of one window as they are sized and styled (one filter for all of them)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window_ = window
        running_app().installEventFilter(self)
        window.destroyed.connect(lambda: running_app().removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange, QEvent.Type.FontChange) \
                and isinstance(watched, QPushButton) and watched.window() is self.window_:
            fit_words(watched)
        return False

    def refit_all(self) -> None:
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        for b in self.window_.findChildren(QPushButton):
            fit_words(b)


def name_clear_buttons(window: QWidget) -> None:
    """The ⓧ Qt puts in a field with a clear button gets a name a screen reader can say."""
    words = QCoreApplication.translate("Access", "Clear the words")
    for edit in window.findChildren(QLineEdit):
        action = edit.findChild(QAction, "_q_qlineeditclearaction")
        if action is None:
            continue
        for clear in edit.findChildren(QToolButton):
            if clear.defaultAction() is action or clear.parentWidget() is edit:
                clear.setAccessibleName(words)
                clear.setAccessibleDescription(edit.accessibleName())
