"""The kiosk's parts beyond home, PIN and steward area. Each install(window) adds its screens
(window.add_screen) and its steward actions (window.steward.add_action)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import KioskWindow


def _installer(module: str) -> Callable[[KioskWindow], None]:
    """The module's install, imported when it runs: the steward's tools (printing, charts) are not imported
    before a steward needs them."""
    def install(window: KioskWindow) -> None:
        import_module(module).install(window)

    install.__module__ = module
    return install


FEATURES: list[Callable[[KioskWindow], None]] = [
    _installer("ui.screens.visitor"),
    _installer("ui.screens.skills"),
    _installer("ui.screens.kiosks"),  # built in idle time too (see VISITOR_FEATURES): its timer runs from the start
    _installer("ui.screens.events"),
    _installer("ui.printing.screen"),
]
