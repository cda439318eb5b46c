"""The kiosk's parts beyond home, PIN and steward area. Each install(window) adds its screens
(window.add_screen) and its steward actions (window.add_steward_action); a steward's tool adds its button and
the maker of its screen, built after the steward page (ui.steward_tools.steward_tool)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.printing import label_screen as food_labels
from ui.printing import screen as signs
from ui.screens import clock, events, kiosks, meal, skills, visitor

if TYPE_CHECKING:
    from ui.host import Installer

FEATURES: list[Callable[[Installer], None]] = [
    visitor.install,
    skills.install,
    kiosks.install,  # its screen is built as it installs (in idle time after home): its timer runs from the start
    events.install,
    signs.install,
    food_labels.install,
    meal.install,
    clock.install,
]
