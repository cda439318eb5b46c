"""What a screen may ask of the kiosk window, and no more.

Screens are built by the window (`ui.main_window.KioskWindow`) but never name it: they see it through
`Host`, so the window may import the screens without the screens importing the window back (an import
cycle a test forbids: tests/unit/test_ui_imports.py). A feature's `install(window)` sees `Installer`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.errors import Sentence
from kiosk.store import Market
from ui.flow import KioskFlow, Payload, Step
from ui.widgets import Notice, Screen, UndoBar

T = TypeVar("T")
Answer = tuple[str, str, str, Callable[[], None] | None]  # key, words, icon, what it does (None: just close)


class ReadsAloud(Protocol):
    """Reading aloud (ui.speech.Speaker), as the visitor's toggle sees it."""

    @property
    def available(self) -> bool: ...
    def set_on(self, on: bool) -> None: ...
    def when_unavailable(self, hide: Callable[[], None]) -> None: ...


class Host(Protocol):
    """The kiosk window as a screen sees it."""

    market: Market
    lang: str  # the visitor's language now (kiosk.catalog.LANGUAGES)
    previous_step: Step  # shown before this one (the same step when a screen was opened again from itself)
    idle_seconds: int
    undo_bar: UndoBar  # below the screens while an undo is on offer: pages short of room watch it
    flow: KioskFlow  # which screen shows; screens may watch it move (flow.moved), never move it themselves

    @property
    def step(self) -> Step: ...  # the step on show
    @property
    def speaker(self) -> ReadsAloud: ...
    @property
    def closed(self) -> bool: ...  # the window has closed: begin nothing more (its market is closed next)

    # Moving: only the flow changes the screen; a payload is what the next screen shows (ui.flow.CARRIES).
    def go(self, step: Step, payload: Payload | None = None) -> None: ...
    def go_home(self) -> None: ...
    def current_screen(self) -> Screen: ...

    # The store: a known problem becomes a plain message and None.
    def attempt(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None: ...

    # Telling people things: overlays in the window, never a nested event loop.
    def tell(self, text: str, problem: bool = False, then: Callable[[], None] | None = None) -> None: ...
    def ask(self, text: str, yes: str, no: str, on_yes: Callable[[], None],
            on_no: Callable[[], None] | None = None) -> None: ...
    def choose(self, text: str, answers: list[Answer]) -> None: ...
    def offer_undo(self, text: str, undo: Callable[[], None]) -> None: ...
    def words_of(self, sentence: Sentence, isolate: bool = False) -> str: ...  # said in the language on show

    # The window itself: its title line, its look (ui.theme's mode, words refitted), the steward's settings.
    def refresh_event_title(self) -> None: ...
    def restyle(self) -> None: ...
    def set_idle_seconds(self, seconds: int) -> None: ...
    def quit_kiosk(self) -> None: ...


class Shown(Host, Protocol):
    """The kiosk window as a helper that follows all of it sees it (reading aloud, ui.speech)."""

    notice: Notice

    @property
    def event_title(self) -> QLabel: ...
    def window(self) -> QWidget: ...  # Qt's own QWidget.window(): a top-level widget is its own window


class Installer(Host, Protocol):
    """The kiosk window as a feature's `install(window)` sees it: it adds screens and steward actions."""

    def add_screen(self, step: Step, screen: Screen) -> None: ...
    def add_screen_maker(self, step: Step, make: Callable[[], Screen]) -> None: ...  # built on first use
    # A button on the steward page; `words` gives its words and description, again when the language changes.
    def add_steward_action(self, action: QPushButton, words: Callable[[], tuple[str, str]] | None = None) -> None: ...
