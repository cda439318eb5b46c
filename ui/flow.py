"""The kiosk's one state machine: which screen shows, and which moves between screens are allowed.

Screens ask the flow to move; only the flow changes the visible screen. Idle time sends the
kiosk home from anywhere.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Step(StrEnum):
    HOME = "home"
    BRING = "bring"
    THANKS = "thanks"
    BROWSE = "browse"
    WANTED = "wanted"
    SKILLS = "skills"
    PIN = "pin"
    STEWARD = "steward"


# Where each screen may lead. HOME is always reachable (Home button, idle time).
MOVES: dict[Step, frozenset[Step]] = {
    Step.HOME: frozenset({Step.BRING, Step.BROWSE, Step.WANTED, Step.SKILLS, Step.PIN}),
    Step.BRING: frozenset({Step.THANKS}),
    Step.THANKS: frozenset({Step.BROWSE, Step.BRING}),
    Step.BROWSE: frozenset({Step.BRING, Step.WANTED}),
    Step.WANTED: frozenset({Step.BRING, Step.BROWSE}),
    Step.SKILLS: frozenset(),
    Step.PIN: frozenset({Step.STEWARD}),
    Step.STEWARD: frozenset({Step.PIN}),
}


class KioskFlow(QObject):
    moved = Signal(str, str)  # (from, to)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.step = Step.HOME

    def can_go(self, to: Step) -> bool:
        return to == Step.HOME or to == self.step or to in MOVES[self.step]

    def go(self, to: Step) -> None:
        if not self.can_go(to):
            raise ValueError(f"the kiosk cannot move from {self.step} to {to}")
        before, self.step = self.step, to
        self.moved.emit(before.value, to.value)

    def home(self) -> None:
        self.go(Step.HOME)
