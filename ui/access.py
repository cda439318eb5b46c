"""Helpers for visitors with a screen reader: names for the controls Qt makes by itself (the clear-text button
inside a field)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def name_clear_buttons(window: QWidget) -> None:
    """The ⓧ Qt puts in a field with a clear button gets a name a screen reader can say."""
    from PySide6.QtGui import QAction  # here: home, built first, has no field
    from PySide6.QtWidgets import QLineEdit, QToolButton

    words = QCoreApplication.translate("Access", "Clear the words")
    for edit in window.findChildren(QLineEdit):
        action = edit.findChild(QAction, "_q_qlineeditclearaction")
        if action is None:
            continue
        for clear in edit.findChildren(QToolButton):
            if clear.defaultAction() is action or clear.parentWidget() is edit:
                clear.setAccessibleName(words)
                clear.setAccessibleDescription(edit.accessibleName())
