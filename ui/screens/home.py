"""Home: four big doors — bring, see what's here, looking for, skills share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui import theme
from ui.flow import Step
from ui.widgets import Screen, Tile, button, grid_layout, horizontal, label, set_words, vertical

if TYPE_CHECKING:
    from ui.host import Host

DOORS = (
    # step, icon, tone
    (Step.BRING, "mdi6.hand-heart", "bring"),
    (Step.BROWSE, "mdi6.basket", "browse"),
    (Step.WANTED, "mdi6.magnify", "wanted"),
    (Step.SKILLS, "mdi6.school", "skills"),
)


class HomeScreen(Screen):
    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        layout = vertical(self, theme.HOME_PAGE, theme.GAP_COLUMN)
        grid = grid_layout(spacing=theme.GAP_TILES)
        self.tiles: dict[Step, Tile] = {}
        self._count: int | None = None
        for n, (step, icon_name, tone) in enumerate(DOORS):
            tile = Tile(icon_name, tone)
            tile.setObjectName("Tile")
            tile.clicked.connect(lambda _=False, s=step: self.window_.go(s))
            grid.addWidget(tile, n // 2, n % 2)
            self.tiles[step] = tile
        layout.addLayout(grid, 1)
        # A visitor's own choices, undone by the idle reset like the language: bigger words in black on
        # white, and reading aloud.
        theme.set_mode(theme.NORMAL)
        self.speaker = window.speaker
        self.large_button = self._toggle("mdi6.format-size")
        self.large_button.toggled.connect(self.set_large)
        self.speak_button = self._toggle("mdi6.volume-high")
        self.speak_button.toggled.connect(self._read_aloud)
        bottom = horizontal(spacing=theme.GAP_COLUMN)
        bottom.addWidget(self.large_button, 0, Qt.AlignmentFlag.AlignVCenter)
        words = vertical(spacing=theme.GAP_LINE)
        bottom.addLayout(words, 1)
        bottom.addWidget(self.speak_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(bottom)
        # Only now that it has a parent: shown before, it would open as a window of its own for a moment.
        self.speak_button.setVisible(self.speaker.available)
        self.speaker.when_unavailable(self._speech_gone)
        self.count = label("Subtitle", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.motto = label("Motto", align=Qt.AlignmentFlag.AlignCenter)
        words.addWidget(self.count)
        words.addWidget(self.motto)

    def _read_aloud(self, on: bool) -> None:
        self.speaker.set_on(on)
        if not self.speaker.available:
            self._speech_gone()

    def _speech_gone(self) -> None:
        """Installed, but the engine would not start or stopped answering: no toggle that does nothing."""
        self.speak_button.setChecked(False)
        self.speak_button.hide()

    @staticmethod
    def _toggle(icon_name: str) -> QPushButton:
        toggle = button(icon_name)
        toggle.setCheckable(True)
        return toggle

    def set_large(self, on: bool) -> None:
        """Large text and high contrast for the whole kiosk, until the idle reset."""
        self.large_button.setChecked(on)
        look = theme.LARGE if on else theme.NORMAL
        if theme.mode() != look:
            theme.set_mode(look)
            self.window_.restyle()

    def reset(self) -> None:
        # Only the idle reset reaches home's reset: the next visitor starts with the usual look, silent.
        self.set_large(False)
        self.speak_button.setChecked(False)

    def retranslate(self) -> None:
        words = {
            Step.BRING: (self.tr("I brought something"), self.tr("List what you brought for others")),
            Step.BROWSE: (self.tr("See what's here"), self.tr("Everything on the table now, free to take")),
            Step.WANTED: (self.tr("I'm looking for…"), self.tr("Ask the table for something you need")),
            Step.SKILLS: (self.tr("Skills share"), self.tr("Offer a skill or see what people can teach")),
        }
        for step, (text, description) in words.items():
            self.tiles[step].set_words(text, description)
        set_words(self.large_button, self.tr("Large text"), self.tr("Bigger words, black on white"))
        set_words(self.speak_button, self.tr("Read aloud"), self.tr("The kiosk says what is on the screen"))
        self.motto.setText(self.tr("Everything here is free. Take what you need, bring what you can. "
                                   "Nobody keeps score."))
        if self._count is not None:  # new words, the same count: no need to ask the store again
            self._show_count(self._count)  # (the first count is asked when home is first entered)

    def entered(self) -> None:
        self._count = self.window_.attempt(self.window_.market.things_here) or 0
        self._show_count(self._count)

    def _show_count(self, count: int) -> None:
        if count:
            self.count.setText(self.tr("%n thing(s) on the table right now", "", count))
        else:
            self.count.setText(self.tr("The table is waiting for its first things"))
        self.count.setVisible(True)
