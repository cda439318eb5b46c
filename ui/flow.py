"""The kiosk's one state machine: which screen shows, and which moves between screens are allowed.

Screens ask the flow to move; only the flow changes the visible screen. A move may carry a payload: what the
screen it enters is to show (`CARRIES` names which steps take which). Idle time sends the kiosk home from
anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from kiosk.domain import Listed


class Step(StrEnum):
    # What visitors see
    HOME = "home"
    BRING = "bring"  # category → how many → (optional details)
    THANKS = "thanks"
    BROWSE = "browse"  # see what's here
    WANTED = "wanted"  # I'm looking for… and the open wants
    SKILLS = "skills"  # skills on offer
    SKILL_OFFER = "skill-offer"  # offer a skill
    SKILL_QR = "skill-qr"  # one offer's QR code, big
    # What stewards see, behind the PIN
    PIN = "pin"
    STEWARD = "steward"
    SIGNS = "signs"  # print signs and cards
    EVENTS = "events"  # open, close, past events
    SUMMARY = "summary"  # an event's summary and export
    GATHERING = "gathering"  # the skills-share gathering's details
    KIOSKS = "kiosks"  # several kiosks at one market
    CLOCK = "clock"  # this kiosk's clock, set by a steward without root
    # Open to all (a cook labels their pot from its row), and from the steward area
    FOOD_LABELS = "food-labels"  # labels for shared food
    MEALS = "meals"  # the serving table's plate counter (steward area)
    RESCUED = "rescued"  # food that came in (steward area)


# Where each screen may lead. HOME is always reachable (Home button, idle time).
MOVES: dict[Step, frozenset[Step]] = {
    Step.HOME: frozenset({Step.BRING, Step.BROWSE, Step.WANTED, Step.SKILLS, Step.PIN}),
    Step.BRING: frozenset({Step.THANKS}),
    Step.THANKS: frozenset({Step.BROWSE, Step.BRING}),
    Step.BROWSE: frozenset({Step.BRING, Step.WANTED, Step.FOOD_LABELS}),
    Step.WANTED: frozenset({Step.BRING, Step.BROWSE}),
    Step.SKILLS: frozenset({Step.SKILL_OFFER, Step.SKILL_QR}),
    Step.SKILL_OFFER: frozenset({Step.SKILL_QR, Step.SKILLS}),
    Step.SKILL_QR: frozenset({Step.SKILLS}),
    Step.PIN: frozenset({Step.STEWARD}),
    Step.STEWARD: frozenset({Step.PIN, Step.SIGNS, Step.EVENTS, Step.SUMMARY, Step.GATHERING, Step.KIOSKS,
                             Step.FOOD_LABELS, Step.MEALS, Step.RESCUED, Step.CLOCK}),
    Step.SIGNS: frozenset({Step.STEWARD}),
    Step.EVENTS: frozenset({Step.STEWARD, Step.SUMMARY}),
    Step.SUMMARY: frozenset({Step.STEWARD, Step.EVENTS}),
    Step.GATHERING: frozenset({Step.STEWARD}),
    Step.KIOSKS: frozenset({Step.STEWARD, Step.CLOCK}),  # from the notice of a clock plainly wrong
    Step.CLOCK: frozenset({Step.STEWARD, Step.KIOSKS}),  # back to where it was opened from
    # Back to where it was opened from: the screen goes to STEWARD only when it was opened from there.
    Step.FOOD_LABELS: frozenset({Step.STEWARD, Step.BROWSE}),
    Step.MEALS: frozenset({Step.STEWARD}),
    Step.RESCUED: frozenset({Step.STEWARD}),
}

# The steward's steps, behind the PIN: a steward at work there (printing, pairing, a summary) is not sent home by
# the visitor's idle time, only by the steward's, which is longer (ui.window.idle.STEWARD_IDLE_SECONDS).
BEHIND_PIN = frozenset({Step.STEWARD, Step.SIGNS, Step.EVENTS, Step.SUMMARY, Step.GATHERING, Step.KIOSKS, Step.MEALS,
                        Step.RESCUED, Step.CLOCK})


@dataclass(frozen=True)
class ShowOffer:
    """Into SKILL_QR: one skill offer's card, just saved or picked from the list."""

    offer_id: int
    just_saved: bool = False


@dataclass(frozen=True)
class ShowEvent:
    """Into SUMMARY: one market's summary; None is the market open now (or the last one)."""

    event_id: int | None


@dataclass(frozen=True)
class ShowOnly:
    """Into BROWSE: just these things (the ones that answer a want)."""

    item_ids: frozenset[int]


@dataclass(frozen=True)
class LabelFor:
    """Into FOOD_LABELS: a label for this food thing on the table."""

    item_id: int


Payload = Listed | ShowOffer | ShowEvent | ShowOnly | LabelFor
# What a move into each step may carry; the screen gets it in Screen.receive() before it shows.
CARRIES: dict[Step, type] = {Step.THANKS: Listed, Step.SKILL_QR: ShowOffer, Step.SUMMARY: ShowEvent,
                             Step.BROWSE: ShowOnly, Step.FOOD_LABELS: LabelFor}


class KioskFlow(QObject):
    moved = Signal(Step, Step, object)  # (from, to, payload or None)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.step = Step.HOME

    def can_go(self, to: Step) -> bool:
        return to == Step.HOME or to == self.step or to in MOVES[self.step]

    def go(self, to: Step, payload: Payload | None = None) -> None:
        if not self.can_go(to):
            raise ValueError(f"the kiosk cannot move from {self.step} to {to}")
        if payload is not None and not isinstance(payload, CARRIES.get(to, ())):
            raise TypeError(f"{to} does not take {type(payload).__name__}")
        before, self.step = self.step, to
        self.moved.emit(before, to, payload)

    def home(self) -> None:
        self.go(Step.HOME)

    def jump(self, to: Step) -> None:
        """Show a screen without the path to it: only for rendering screenshots."""
        before, self.step = self.step, to
        self.moved.emit(before, to, None)
