"""The visitor's flows: bring, thank-you, see what's here, looking for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.flow import Step

if TYPE_CHECKING:
    from ui.host import Installer


def install(window: Installer) -> None:
    from ui.screens.bring import BringScreen, ThanksScreen
    from ui.screens.browse import BrowseScreen
    from ui.screens.wanted import WantedScreen

    window.add_screen(Step.BRING, BringScreen(window))
    window.add_screen(Step.THANKS, ThanksScreen(window))
    window.add_screen(Step.BROWSE, BrowseScreen(window))
    window.add_screen(Step.WANTED, WantedScreen(window))
