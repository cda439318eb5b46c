"""What the last market kept, brought to the new market's table in the window's idle time: one slice (one
transaction, kiosk/store/carry_over.py) per turn of the window's loop, so no tap waits on work that grows with
the number of things kept. The market's opening carries the first slice itself."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.domain import Event
from kiosk.store import carry_over
from ui.flow import Step

if TYPE_CHECKING:
    from ui.host import Host

# Steps whose screens show what is on the table: the one on show reads it again when the carry-over ends.
SHOWS_THE_TABLE = (Step.HOME, Step.BROWSE, Step.WANTED, Step.EVENTS)
MIN_THINGS, MAX_THINGS = 20, 2000  # things in one slice, whatever the pace of the last
FIRST_SLICE_MS = 100  # the steward's tap is painted (its screen, its notice) before the first slice in idle time


class CarryingOver(QObject):
    """The window's one carry-over in slices (a child of the window, found again by `carrying_over`)."""

    carried = Signal()  # a slice landed (or the last one: carry_over.pending() is None then)

    def __init__(self, window: Host):
        super().__init__(cast(QObject, window))
        self.window_ = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.carry_slice)
        self.things = carry_over.SLICE_THINGS  # in the next slice

    def start(self) -> None:
        if not self.timer.isActive():
            self.timer.start(FIRST_SLICE_MS)

    def carry_slice(self) -> None:
        window = self.window_
        began = time.perf_counter()
        more = window.attempt(carry_over.carry_slice, window.market, self.things)
        took = time.perf_counter() - began
        # The next slice as many things as fit the budget at this one's pace (a slow disk, a slower CPU: fewer).
        paced = int(self.things * carry_over.SLICE_S / max(took, 1e-4))
        self.things = max(MIN_THINGS, min(MAX_THINGS, 2 * self.things, paced))
        if more:
            self.timer.start(0)  # the next turn of the window's loop, after what it has waiting (a tap, a paint)
        else:
            window.refresh_event_title()
            if window.step in SHOWS_THE_TABLE:
                window.current_screen().entered()
        self.carried.emit()


def carrying_over(window: Host) -> CarryingOver:
    """The window's carry-over in slices (made the first time it is asked for)."""
    found = cast(QObject, window).findChild(CarryingOver, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, CarryingOver) else CarryingOver(window)


def open_market_in_slices(window: Host, title: str, place: str = "", date: str | None = None) -> Event | None:
    """Open a market as the steward's tap does: the market and a first slice of what the last one kept now, the
    rest in idle time. Returns the market opened (None after a problem told)."""
    opened = window.attempt(window.market.open_event, title, place, date, in_slices=True)
    if opened is not None and window.attempt(carry_over.pending, window.market) is not None:
        carrying_over(window).start()
    return opened
