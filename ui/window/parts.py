"""What the window's parts know of each other. Each part (ui/window/*) is one job of
`ui.main_window.KioskWindow`, a class it inherits; what a part uses of the window and of the other parts is
the window's protocol (ui.host) and what is declared here, for the type checker only (at run time `Parts` is an
empty class)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, QTranslator, SignalInstance
    from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

    from ui.flow import Step
    from ui.host import Installer, Shown
    from ui.keyboard import KeyboardPanel
    from ui.screens.steward import StewardScreen
    from ui.speech import Speaker
    from ui.widgets import ElidedLabel, Screen

    class Base(QMainWindow, Installer, Shown):
        pass
else:
    Base = object


class Parts(Base):
    if TYPE_CHECKING:
        painted: SignalInstance
        kiosk_mode: bool
        default_lang: str
        speaker: Speaker
        top_bar: QWidget
        demo_banner: QLabel
        _demo_running: bool
        home_button: QPushButton
        language_button: QPushButton
        steward_button: QPushButton
        event_title: ElidedLabel
        event_line: ElidedLabel
        stack: QStackedWidget
        _column: QVBoxLayout
        _screens: dict[Step, Screen]
        _makers: dict[Step, Callable[[], Screen]]
        _pending: Iterator[None] | None
        _building_now: bool
        _painted: bool
        _idle_build: QTimer
        _tool_build: QTimer
        _keyboard: KeyboardPanel | None
        idle: QTimer
        idle_warning: QTimer
        _warning_shown: bool
        _closed: bool
        _translator: QTranslator | None
        _translators: dict[str, QTranslator]
        _quitting: bool
        for_stewards: list[str]

        @property
        def steward(self) -> StewardScreen: ...
        @property
        def keyboard(self) -> KeyboardPanel: ...
        def screen_for(self, step: Step) -> Screen: ...
        def build_everything(self) -> None: ...
        def retire_tools(self) -> list[Step]: ...
        def open_pin(self, purpose: str) -> None: ...
        def restart_idle(self) -> None: ...
        def set_language(self, lang: str) -> None: ...
        def retranslate(self) -> None: ...
        def _keep_icons_after(self, root: QWidget) -> None: ...
        def _keep_focus_in_view(self) -> None: ...
        def style_part(self, part: QWidget) -> None: ...
