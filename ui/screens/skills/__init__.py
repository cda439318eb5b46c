"""Skills share: offer a skill, see the skills on offer, carry one home as a QR code; the steward sets
the gathering, whose code is a calendar event.

Every code is plain text a phone camera reads with no internet. A contact typed on an offer is never
shown as text on any screen: it only goes into that offer's own code and card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.flow import Step
from ui.screens.skills.gathering import GatheringScreen
from ui.screens.skills.offer import SkillOfferScreen
from ui.screens.skills.offers import SkillsScreen
from ui.screens.skills.qr import SkillQrScreen

if TYPE_CHECKING:
    from ui.host import Installer


def install(window: Installer) -> None:
    window.add_screen(Step.SKILLS, SkillsScreen(window))
    window.add_screen(Step.SKILL_OFFER, SkillOfferScreen(window))
    window.add_screen(Step.SKILL_QR, SkillQrScreen(window))
    gathering = GatheringScreen(window)
    window.add_screen(Step.GATHERING, gathering)
    window.add_steward_action(gathering.open_button)
