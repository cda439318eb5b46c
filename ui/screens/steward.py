"""The steward area: what any volunteer with the table's PIN may do that visitors may not."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
)

from kiosk.settings import IDLE_SECONDS
from ui import theme
from ui.carrying import open_market_in_slices
from ui.screens.market_form import MarketForm
from ui.widgets import Screen, button, grid_layout, label, row_of, scrolling_column, set_words

if TYPE_CHECKING:
    from ui.host import Host

IDLE_CHOICES = (30, 45, 60, 90, 120, 180, 300)


class StewardScreen(Screen):
    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.action_words: list[tuple[QPushButton, Callable[[], tuple[str, str]]]] = []
        _, column = scrolling_column(self)

        self.heading = label("Title", wrap=False, into=column)

        # What stewards come here for, first: features add their buttons with add_action().
        self.action_grid = grid_layout(spacing=theme.GAP_GROUP)
        column.addLayout(self.action_grid)

        # The market day
        self.event_heading = label("Subtitle", wrap=False, into=column)
        self.form = MarketForm()
        self.title_edit, self.place_edit = self.form.title_edit, self.form.place_edit
        column.addWidget(self.form)
        self.save_event = button("mdi6.content-save", "Primary", clicked=self._save_event)
        column.addLayout(row_of(self.save_event, None))

        # Idle time
        self.idle_heading = label("Subtitle", wrap=False, into=column)
        idle_row = QHBoxLayout()
        self.idle_less = button("mdi6.minus", clicked=lambda: self._step_idle(-1))
        self.idle_value = label("Title", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.idle_value.setMinimumWidth(200)
        self.idle_more = button("mdi6.plus", clicked=lambda: self._step_idle(+1))
        idle_row.addWidget(self.idle_less)
        idle_row.addWidget(self.idle_value)
        idle_row.addWidget(self.idle_more)
        idle_row.addStretch(1)
        column.addLayout(idle_row)

        # This kiosk's setup, to or from a USB stick (ui/screens/setup_copy.py)
        from ui.screens.setup_copy import SetupCopy

        self.setup_copy = SetupCopy(window, self)
        self.setup_heading = label("Subtitle", into=column)
        self.setup_words = label("Hint", into=column)
        self.setup_to_stick = button("mdi6.usb-flash-drive", clicked=self.setup_copy.copy_to_stick)
        self.setup_from_stick = button("mdi6.file-import", clicked=self.setup_copy.ask_use_from_stick)
        column.addLayout(row_of(self.setup_to_stick, None))
        column.addLayout(row_of(self.setup_from_stick, None))

        column.addStretch(1)
        self.quit_button = button("mdi6.power", "Danger", clicked=self._quit)
        column.addLayout(row_of(None, self.quit_button))

    def add_action(self, b: QPushButton, words: Callable[[], tuple[str, str]] | None = None) -> None:
        """A tool's button; `words` (its words and description) when the tool's screen is not built yet to give
        them (ui.window.building: the steward's tools are built on first use)."""
        n = self.action_grid.count()
        self.action_grid.addWidget(b, n // 2, n % 2)
        if words is not None:
            self.action_words.append((b, words))
            set_words(b, *words())

    def retranslate(self) -> None:
        for b, words in self.action_words:
            set_words(b, *words())
        self.heading.setText(self.tr("Stewards"))
        self.event_heading.setText(self.tr("This market"))
        self.form.retranslate()
        set_words(self.save_event, self.tr("Save"))
        self.idle_heading.setText(self.tr("Go back to the start after this long without a touch"))
        set_words(self.idle_less, self.tr("Shorter"))
        set_words(self.idle_more, self.tr("Longer"))
        set_words(self.quit_button, self.tr("Quit kiosk"))
        self.setup_heading.setText(self.tr("This kiosk's setup"))
        self.setup_words.setText(self.tr("Welcome words, kinds and languages of the signs, weights, idle time and "
                                         "skills share, in one small file for the collective's other kiosks: never "
                                         "the PIN, never a market."))
        set_words(self.setup_to_stick, self.tr("Copy this kiosk's setup to a USB stick"))
        set_words(self.setup_from_stick, self.tr("Use a setup from a USB stick"))
        self._show_idle()

    def entered(self) -> None:
        event = self.window_.attempt(self.window_.market.current_event)
        self.form.fill(event.title if event else "", event.place if event else "")
        self._show_idle()

    def reset(self) -> None:
        self.form.clear()

    def _save_event(self) -> None:
        market = self.window_.market
        event = self.window_.attempt(market.current_event)
        if event is None:
            saved = open_market_in_slices(self.window_, self.title_edit.text(), self.place_edit.text())
        else:
            saved = self.window_.attempt(market.rename_event, event.id, self.title_edit.text(),
                                         self.place_edit.text())
        if saved is not None:
            self.window_.refresh_event_title()
            self.window_.tell(self.tr("Saved."))

    def _show_idle(self) -> None:
        self.idle_value.setText(self.tr("%n second(s)", "", self.window_.idle_seconds))
        self.idle_less.setEnabled(self.window_.idle_seconds > IDLE_CHOICES[0])
        self.idle_more.setEnabled(self.window_.idle_seconds < IDLE_CHOICES[-1])

    def _step_idle(self, direction: int) -> None:
        now = self.window_.idle_seconds
        if direction > 0:
            choice = next((c for c in IDLE_CHOICES if c > now), IDLE_CHOICES[-1])
        else:
            choice = next((c for c in reversed(IDLE_CHOICES) if c < now), IDLE_CHOICES[0])
        if self.window_.attempt(self.window_.market.set_setting, IDLE_SECONDS, choice) is not None:
            self.window_.set_idle_seconds(choice)
        self._show_idle()

    def _quit(self) -> None:
        self.window_.ask(self.tr("Close the kiosk? Visitors will not be able to use it until it is started "
                                 "again."), self.tr("Quit kiosk"), self.tr("Stay"), self.window_.quit_kiosk)
