"""Home: four big doors — bring, see what's here, looking for, skills share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

from ui.flow import Step
from ui.widgets import Screen, Tile

if TYPE_CHECKING:
    from ui.main_window import KioskWindow

DOORS = (
    # step, icon, tone
    (Step.BRING, "mdi6.hand-heart", "bring"),
    (Step.BROWSE, "mdi6.basket", "browse"),
    (Step.WANTED, "mdi6.magnify", "wanted"),
    (Step.SKILLS, "mdi6.school", "skills"),
)


class HomeScreen(Screen):
    def __init__(self, window: KioskWindow):
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 10)
        layout.setSpacing(10)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.tiles: dict[Step, Tile] = {}
        self._count: int | None = None
        for n, (step, icon_name, tone) in enumerate(DOORS):
            tile = Tile(icon_name, tone)
            tile.setObjectName("Tile")
            tile.clicked.connect(lambda _=False, s=step: self.window_.go(s))
            grid.addWidget(tile, n // 2, n % 2)
            self.tiles[step] = tile
        layout.addLayout(grid, 1)
        self.count = QLabel()
        self.count.setObjectName("Subtitle")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.motto = QLabel()
        self.motto.setObjectName("Motto")
        self.motto.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.motto.setWordWrap(True)
        layout.addWidget(self.count)
        layout.addWidget(self.motto)

    def retranslate(self) -> None:
        words = {
            Step.BRING: (self.tr("I brought something"), self.tr("List what you brought for others")),
            Step.BROWSE: (self.tr("See what's here"), self.tr("Everything on the table now, free to take")),
            Step.WANTED: (self.tr("I'm looking for…"), self.tr("Ask the table for something you need")),
            Step.SKILLS: (self.tr("Skills share"), self.tr("Offer a skill or see what people can teach")),
        }
        for step, (text, description) in words.items():
            self.tiles[step].set_words(text, description)
        self.motto.setText(self.tr("Everything here is free. Take what you need, bring what you can. "
                                   "Nobody keeps score."))
        if self._count is None:
            self.entered()
        else:
            self._show_count(self._count)  # new words, the same count: no need to ask the store again

    def entered(self) -> None:
        self._count = self.window_.attempt(self.window_.market.things_here) or 0
        self._show_count(self._count)

    def _show_count(self, count: int) -> None:
        if count:
            self.count.setText(self.tr("%n thing(s) on the table right now", "", count))
        else:
            self.count.setText(self.tr("The table is waiting for its first things"))
        self.count.setVisible(True)
