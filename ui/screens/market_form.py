"""The market's name and place, as stewards type them: one form for the steward area and Market days."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui import theme
from ui.widgets import grid_layout, text_field


class MarketForm(QWidget):
    """Name and place, each with its label, in a grid that more rows may join (Market days adds the day)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = grid_layout(self, theme.FLUSH)
        self.grid.setHorizontalSpacing(theme.GAP_GROUP)
        self.grid.setVerticalSpacing(theme.GAP_COLUMN)
        self.grid.setColumnStretch(1, 1)
        self.title_label, self.place_label = QLabel(), QLabel()
        self.title_edit, self.place_edit = text_field(80, clear=False), text_field(120, clear=False)
        for row, (label, edit) in enumerate([(self.title_label, self.title_edit),
                                             (self.place_label, self.place_edit)]):
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(edit, row, 1)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Name"))
        self.title_edit.setAccessibleName(self.tr("Name of the market"))
        self.place_label.setText(self.tr("Place"))
        self.place_edit.setAccessibleName(self.tr("Place of the market"))

    def fill(self, title: str, place: str) -> None:
        self.title_edit.setText(title)
        self.place_edit.setText(place)

    def clear(self) -> None:
        self.fill("", "")
