"""Several kiosks at one market (steward area): turn it on or off, add a kiosk by taps, leave, and copy
the journals to or from a USB stick. While it is on, a timer folds the other kiosks' journals in every
few seconds and the screen people are looking at refreshes.

The work is done by kiosk/several_kiosks/sharing.py (no Qt there); this screen only asks and tells.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout

from kiosk.errors import WORDS_CONTEXT, StoreProblem, VisitorError
from kiosk.settings import SEVERAL_KIOSKS
from kiosk.several_kiosks.sharing import SeveralKiosks
from kiosk.several_kiosks.syncthing import Peer, Syncthing, SyncthingProblem, short_id
from kiosk.store import journal
from ui import drives
from ui.flow import Step
from ui.widgets import Screen, back_row, button, label, row_of, scrolling_column, set_words

if TYPE_CHECKING:
    from ui.host import Host, Installer

log = logging.getLogger("ui.kiosks")
TICK_MS = 3000
START_WAIT_S = 35  # longer than Syncthing.start's own 30 s
# Steps whose screens show what is on the table; they refresh after other kiosks' changes fold in.
REFRESHED = (Step.HOME, Step.BROWSE, Step.WANTED, Step.SKILLS, Step.EVENTS, Step.KIOSKS)


def make_several(window: Host) -> SeveralKiosks:
    """This kiosk's SeveralKiosks (tests replace this to give Syncthing static addresses)."""
    return SeveralKiosks(window.market)


class KiosksScreen(Screen):
    def __init__(self, window: Host, factory: Callable[[Host], SeveralKiosks] | None = None):
        super().__init__()
        self.window_ = window
        self.factory = factory or make_several
        self._several: SeveralKiosks | None = None
        self._starting: threading.Thread | None = None  # Syncthing coming up, off the GUI thread
        self.showing_candidates = False

        self.open_button = button("mdi6.devices", clicked=lambda: self.window_.go(Step.KIOSKS))

        self.area, column = scrolling_column(self)
        top, self.back, self.heading = back_row(lambda: self.window_.go(Step.STEWARD))
        column.addLayout(top)
        self.status = label("Subtitle", into=column)

        self.switch = button("mdi6.toggle-switch", "Primary", clicked=self.toggle)
        self.add_button = button("mdi6.lan-connect", clicked=self.show_candidates)
        self.leave_button = button("mdi6.link-variant-off", "Danger", clicked=self.ask_leave)
        column.addLayout(row_of(self.switch, self.add_button, self.leave_button, None))

        self.candidates_hint = label("Hint", into=column)
        self.candidates = QVBoxLayout()
        column.addLayout(self.candidates)

        self.kiosks_heading = label("Subtitle", wrap=False, into=column)
        self.kiosks_list = label(into=column)

        self.to_usb = button("mdi6.usb-flash-drive", clicked=lambda: self.copy_usb(True))
        self.from_usb = button("mdi6.usb-flash-drive-outline", clicked=lambda: self.copy_usb(False))
        column.addLayout(row_of(self.to_usb, self.from_usb, None))

        self.notices = label("Hint", into=column)
        column.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    # ----- the manager, made when first needed -----------------------------------------------------------

    @property
    def several(self) -> SeveralKiosks | None:
        if self._several is None:
            try:
                self._several = self.factory(self.window_)
            except VisitorError:
                return None  # a data file only in memory (screenshots): nothing to share
        return self._several

    def start(self) -> None:
        """At start-up: if a steward turned several kiosks on, Syncthing and the timer come back. Syncthing
        takes a second or more to answer (more on a Pi), so it starts on a thread of its own and home answers
        taps meanwhile; the timer's exchanges wait for it."""
        if not self.window_.attempt(self.window_.market.setting, SEVERAL_KIOSKS):
            return
        several = self.several
        if several is not None:
            self._start_syncthing(several.syncthing)
            self.timer.start()

    def _start_syncthing(self, syncthing: Syncthing) -> None:
        def start() -> None:
            with contextlib.suppress(SyncthingProblem):  # the next tick tries again; its log says why
                syncthing.start()

        # Only Syncthing on that thread: the data file's SQLite connection stays with this one.
        self._starting = threading.Thread(target=start, name="start-syncthing", daemon=True)
        self._starting.start()

    def starting(self) -> bool:
        return self._starting is not None and self._starting.is_alive()

    def _settle(self) -> None:
        """A steward's action on Syncthing waits for a start still under way (never two starts at once)."""
        if self._starting is not None:
            self._starting.join(START_WAIT_S)
            self._starting = None

    def stop(self) -> None:
        self.timer.stop()
        self._settle()  # a Syncthing still starting is stopped too, not left running after the kiosk
        if self._several is not None:
            self._several.syncthing.stop()

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_words(self.open_button, self.tr("Several kiosks"), self.tr("Share one market between several kiosks"))
        set_words(self.back, self.tr("Stewards"))
        self.heading.setText(self.tr("Several kiosks"))
        set_words(self.add_button, self.tr("Add a kiosk"))
        set_words(self.leave_button, self.tr("Leave"))
        set_words(self.to_usb, self.tr("Copy to USB stick"))
        set_words(self.from_usb, self.tr("Copy from USB stick"))
        self.kiosks_heading.setText(self.tr("Kiosks heard from"))
        self.refresh()

    def entered(self) -> None:
        self.refresh()

    def reset(self) -> None:
        self.showing_candidates = False
        self._clear_candidates()
        if self.notices.isVisible():
            # A steward has seen them here; they stay in the data file and the log.
            self.window_.attempt(journal.mark_notices_seen, self.window_.market)
            self.notices.hide()

    def prepare_screenshot(self) -> None:
        self.refresh()

    # ----- showing -------------------------------------------------------------------------------------

    def _is_on(self) -> bool:
        several = self.several
        return bool(several is not None and self.window_.attempt(lambda: several.on))

    def refresh(self) -> None:
        on = self._is_on()
        set_words(self.switch, self.tr("Turn off") if on else self.tr("Turn on"))
        self.add_button.setVisible(on)
        self.leave_button.setVisible(on)
        peers: list[Peer] = []
        if on and self.several is not None and not self.starting():
            try:
                peers = self.several.peers()
            except SyncthingProblem:
                peers = []
        if not on:
            self.status.setText(self.tr("Off: this kiosk keeps its own table. Turn it on to share one market "
                                        "with the other kiosks here (over the local network, no internet)."))
        elif self.starting():
            self.status.setText(self.tr("On: starting up, one moment…"))
        else:
            connected = sum(1 for p in peers if p.connected)
            self.status.setText(self.tr("On: %n kiosk(s) paired", "", len(peers)) + " · " +
                                self.tr("%n connected now", "", connected))
        market = self.window_.market
        heard = self.window_.attempt(journal.kiosks_heard, market) or []
        self.kiosks_list.setText("\n".join(
            self.tr("Kiosk %1: last heard %2").replace("%1", kiosk[:4]).replace("%2", at.replace("T", " "))
            for kiosk, at, _events in heard) or self.tr("None yet."))
        unseen = self.window_.attempt(journal.notices, market, True) or []
        self.notices.setVisible(bool(unseen))
        self.notices.setText("\n".join(sentence for _id, _at, sentence in unseen[-5:]))
        if not self.showing_candidates:
            self._clear_candidates()

    def _clear_candidates(self) -> None:
        while (item := self.candidates.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        self.candidates_hint.setVisible(self.showing_candidates)

    # ----- on and off ----------------------------------------------------------------------------------

    def toggle(self) -> None:
        self._settle()
        several = self.several
        if several is None:
            return
        if self._is_on():
            self.timer.stop()
            several.turn_off()
            self.refresh()
            self.window_.tell(self.tr("Several kiosks is off. This kiosk keeps everything it holds."))
            return
        try:
            several.turn_on()
        except SyncthingProblem as problem:
            self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, problem.sentence), problem=True)
            return
        self.timer.start()
        self.refresh()
        self.window_.tell(self.tr("Several kiosks is on. Tap “Add a kiosk” to pair another kiosk nearby."))

    # ----- pairing -------------------------------------------------------------------------------------

    def show_candidates(self) -> None:
        self._settle()
        several = self.several
        if several is None:
            return
        self.showing_candidates = True
        self._clear_candidates()
        try:
            found = several.candidates()
        except SyncthingProblem as problem:
            self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, problem.sentence), problem=True)
            return
        self.candidates_hint.setText(
            self.tr("Tap the other kiosk. On it, open Several kiosks too. Both screens show the same code.")
            if found else self.tr("No other kiosk heard yet. Turn on Several kiosks on the other kiosk, then tap "
                                  "“Add a kiosk” again."))
        for peer in found:
            pick = button("mdi6.tablet")
            code = several.code_with(peer.device_id)
            set_words(pick, self.tr("Kiosk %1 · code %2").replace("%1", short_id(peer.device_id)).replace("%2", code))
            pick.clicked.connect(lambda _=False, p=peer, c=code: self.confirm(p, c))
            self.candidates.addWidget(pick)
            pick.show()

    def confirm(self, peer: Peer, code: str) -> None:
        self.window_.ask(self.tr("Does the other kiosk show the code %1? Confirm on both kiosks.").replace("%1", code),
                         self.tr("Same code: pair"), self.tr("No"), lambda: self.pair(peer))

    def pair(self, peer: Peer) -> None:
        self._settle()
        several = self.several
        if several is None:
            return
        try:
            self.window_.attempt(several.pair, peer.device_id)
        except SyncthingProblem as problem:
            self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, problem.sentence), problem=True)
            return
        self.showing_candidates = False
        self.refresh()
        self.window_.tell(self.tr("Paired. What is listed at either kiosk now shows at both."))

    def ask_leave(self) -> None:
        self.window_.ask(self.tr("Stop sharing with the other kiosks? Everything this kiosk holds stays here."),
                         self.tr("Leave"), self.tr("Stay"), self.leave)

    def leave(self) -> None:
        self._settle()
        if self.several is not None:
            try:
                self.several.leave()
            except SyncthingProblem as problem:
                self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, problem.sentence), problem=True)
                return
        self.refresh()

    # ----- USB sticks ------------------------------------------------------------------------------------

    def copy_usb(self, to_stick: bool) -> None:
        several = self.several
        if several is None:
            return
        sticks = drives.removable_volumes()
        if not sticks:
            self.window_.tell(self.tr("Please plug in a USB stick first."), problem=True)
            return
        _name, root = sticks[0]
        done = self.window_.attempt(several.copy_to if to_stick else several.copy_from, root)
        if done is None:
            return
        self.changed()
        if to_stick:
            self.window_.tell(self.tr("Copied %n journal file(s) to the stick.", "", done.wrote_files))
        else:
            self.window_.tell(self.tr("Folded in %n new change(s) from the stick.", "", done.new_events))

    # ----- the timer -------------------------------------------------------------------------------------

    def tick(self) -> None:
        several = self.several
        if several is None:
            return
        if self._starting is not None:
            if self._starting.is_alive():
                return  # Syncthing is still coming up
            self._starting = None
            if self.window_.step == Step.KIOSKS:
                self.refresh()  # "starting up" gives way to the kiosks paired
        try:
            if several.on and several.restart_due():
                # Syncthing stopped under the kiosk: started again off the GUI thread, exchanges after.
                self._start_syncthing(several.syncthing)
                return
            done = several.tick(restart=False)
        except (SyncthingProblem, VisitorError, StoreProblem, OSError) as problem:
            log.warning("exchange skipped: %s", problem)
            return
        if done is not None and (done.new_events or done.skipped):
            self.changed()

    def changed(self) -> None:
        """Other kiosks' changes arrived: the screen people look at shows them."""
        self.window_.refresh_event_title()
        if self.window_.step in REFRESHED:
            self.window_.current_screen().entered()


def install(window: Installer) -> None:
    screen = KiosksScreen(window)
    window.add_screen(Step.KIOSKS, screen)
    window.add_steward_action(screen.open_button)
    QTimer.singleShot(0, screen.start)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(screen.stop)
