"""A steward's tool: its button on the steward page when its feature installs, its screen later.

The steward page shows every tool's button; the screens behind them are built in the idle time after that page is
painted, or when a steward opens one sooner (ui.window.building), so that the PIN's OK builds the steward page
alone and an unattended kiosk carries no tool (issue 25)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ui.flow import Step
from ui.widgets import Screen, button

if TYPE_CHECKING:
    from ui.host import Installer

S = TypeVar("S", bound=Screen)


def steward_tool(window: Installer, step: Step, make: Callable[[], S], icon: str, context: str, words: str,
                 description: str, clicked: Callable[[], object] | None = None) -> QPushButton:
    """Put the tool's button on the steward page, and build its screen (`make`) when first shown. `words` and
    `description` are marked for lupdate with QT_TRANSLATE_NOOP in the screen's `context` (its class name, as its
    own `tr()` would); the button goes to `step` unless `clicked` says otherwise. The screen built keeps the button
    as its `open_button`."""
    open_button = button(icon, clicked=clicked or (lambda: window.go(step)))
    open_button.setProperty("opens", step.value)  # found by benchmarks and checks without building the screen

    def built() -> S:
        screen = make()
        screen.open_button = open_button  # type: ignore[attr-defined]  # each tool's screen declares it
        return screen

    window.add_screen_maker(step, built)
    window.add_steward_action(open_button, lambda: (QCoreApplication.translate(context, words),
                                                    QCoreApplication.translate(context, description)))
    return open_button
