"""Several kiosks at one market (steward area): turn it on or off, add a kiosk by taps, leave, and copy
the journals to or from a USB stick. While it is on, a timer folds the other kiosks' journals in every
few seconds and the screen people are looking at refreshes.

The work is done by kiosk/several_kiosks/sharing.py (no Qt there); this screen only asks and tells. Every
call to Syncthing runs on a thread of its own (ui/off_thread.py), never on the window's: the window's thread
keeps the data file and folds what arrived in slices of at most ~20 ms, one transaction a slice, so a
Syncthing that stops answering, or a thousand files to catch up, never holds the screen. A Syncthing that
stops answering is killed and started again (the watchdog in SeveralKiosks.look), and the steward is told.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout

from kiosk.errors import WORDS_CONTEXT, StoreProblem, VisitorError
from kiosk.settings import SEVERAL_KIOSKS
from kiosk.several_kiosks import syncthing as syncthing_module
from kiosk.several_kiosks.exchange import SLICE_S, Exchange, exchange_in_steps, folder_market
from kiosk.several_kiosks.sharing import Look, SeveralKiosks
from kiosk.several_kiosks.syncthing import MISSING, Peer, SyncthingProblem, kiosk_short_name
from kiosk.store import journal
from kiosk.store.market import CLOCK_NOTICE
from ui import drives
from ui.flow import Step
from ui.off_thread import OffThread
from ui.widgets import Screen, back_row, button, label, row_of, scrolling_column, set_words

if TYPE_CHECKING:
    from ui.host import Host, Installer

log = logging.getLogger("ui.kiosks")
TICK_MS = 3000
RESTARTED = "This kiosk's Syncthing stopped answering, so it was started again."
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
        self._worker: OffThread | None = None  # Syncthing's calls, off the window's thread
        self._starting = False  # Syncthing is coming up
        self._look: Look | None = None  # what Syncthing said last
        self._folding: Iterator[Exchange] | None = None  # an exchange under way, a slice at a time
        self._folded: Exchange | None = None  # its report so far
        self._fold_then: Callable[[Exchange | None], None] | None = None  # a USB copy's next step, after its fold
        self._fold_failed: Callable[[Exception], None] | None = None
        self._copying = False  # a USB copy is under way (its buttons wait)
        self._awaiting: set[str] = set()  # kiosks confirmed here, not yet on the other kiosk
        self.showing_candidates = False
        self.open_button = button("mdi6.devices", clicked=lambda: self.window_.go(Step.KIOSKS))

        self.area, column = scrolling_column(self)
        top, self.back, self.heading = back_row(lambda: self.window_.go(Step.STEWARD))
        column.addLayout(top)
        self.status = label("Subtitle", into=column)
        self.me = label("Hint", into=column)  # this kiosk's own name, as the others show it

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
        # A clock plainly wrong is told here: the way to set it is one tap away.
        self.set_clock = button("mdi6.clock-edit-outline", clicked=lambda: self.window_.go(Step.CLOCK))
        column.addLayout(row_of(self.set_clock, None))
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

    @property
    def worker(self) -> OffThread:
        if self._worker is None:
            self._worker = OffThread("syncthing", self)
        return self._worker

    def off_thread(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
                   told: bool = True) -> None:
        """Run `work` (Syncthing only, never the data file) on the worker; a SyncthingProblem is told."""
        def failed(problem: Exception) -> None:
            if isinstance(problem, SyncthingProblem):
                log.warning("Syncthing: %s", problem.sentence)
                if told:
                    self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, problem.sentence), problem=True)
                self.refresh()
            else:
                log.warning("Syncthing call failed: %r", problem)

        self.worker.call(work, done, failed)

    def start(self) -> None:
        """At start-up: if a steward turned several kiosks on, Syncthing and the timer come back. Syncthing
        takes a second or more to answer (more on a Pi), so it starts on the worker and home answers taps
        meanwhile; the timer's exchanges wait for it."""
        if self.window_.closed:  # closed before its first turn of the event loop: nothing to start
            return
        if not self.window_.attempt(self.window_.market.setting, SEVERAL_KIOSKS):
            return
        several = self.several
        if several is not None:
            if syncthing_module.binary() is not None:  # else the screen says at once which package it needs
                self._start_syncthing(several)
            self.timer.start()

    def _start_syncthing(self, several: SeveralKiosks, then: Callable[[], None] | None = None) -> None:
        self._starting = True

        def started(_device: object) -> None:
            self._starting = False
            if then is not None:
                then()
            if self.window_.step == Step.KIOSKS:
                self.refresh()  # "starting up" gives way to the kiosks paired

        def failed(problem: Exception) -> None:
            self._starting = False
            sentence = problem.sentence if isinstance(problem, SyncthingProblem) else str(problem)
            log.warning("Syncthing did not start: %s", sentence)
            if then is not None:
                self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, sentence), problem=True)
            if self.window_.step == Step.KIOSKS:
                self.refresh()

        self.worker.call(several.syncthing.start, started, failed)

    def starting(self) -> bool:
        return self._starting

    def stop(self) -> None:
        """As the kiosk quits: the worker ends, then Syncthing (killed if it no longer answers)."""
        self.timer.stop()
        self._folding = None
        if self._worker is not None:
            self._worker.stop()
            self._worker = None
        if self._several is not None:
            syncthing = self._several.syncthing
            if syncthing.process is not None and syncthing.process.poll() is None and not syncthing.answering(1):
                syncthing.kill()
            else:
                syncthing.stop()

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_words(self.open_button, self.tr("Several kiosks"), self.tr("Share one market between several kiosks"))
        set_words(self.back, self.tr("Stewards"))
        self.heading.setText(self.tr("Several kiosks"))
        set_words(self.add_button, self.tr("Add a kiosk"))
        set_words(self.leave_button, self.tr("Leave"))
        set_words(self.to_usb, self.tr("Copy to USB stick"))
        set_words(self.from_usb, self.tr("Copy from USB stick"))
        set_words(self.set_clock, self.tr("Set the clock"), self.tr("Set this kiosk's date and time"))
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
        look = self._look
        peers: list[Peer] = [p for p in (look.peers if look is not None and look.running else [])
                             if p.device_id not in self._awaiting]  # paired once both have confirmed
        problem = look.problem if look is not None and not look.running else ""
        if on and not problem and self._several is not None and not self._starting:
            problem = self._several.syncthing.problem
        missing = syncthing_module.binary() is None
        if not on:
            self.status.setText(self.tr("Off: this kiosk keeps its own table. Turn it on to share one market "
                                        "with the other kiosks here (over the local network, no internet).") +
                                ("\n" + QCoreApplication.translate(WORDS_CONTEXT, MISSING) if missing else ""))
        elif missing:
            self.status.setText(QCoreApplication.translate(WORDS_CONTEXT, MISSING))
        elif self._starting:
            self.status.setText(self.tr("On: starting up, one moment…"))
        elif problem:
            self.status.setText(QCoreApplication.translate(WORDS_CONTEXT, problem))
        else:
            connected = sum(1 for p in peers if p.connected)
            self.status.setText(self.tr("On: %n kiosk(s) paired", "", len(peers)) + " · " +
                                self.tr("%n connected now", "", connected))
        market = self.window_.market
        mine = self.window_.attempt(journal.kiosk_id, market) if self._several is not None else None
        self.me.setVisible(bool(mine))
        self.me.setText(self.tr("This kiosk is Kiosk %1.").replace("%1", (mine or "")[:4]))
        heard = self.window_.attempt(journal.kiosks_heard, market) or []
        self.kiosks_list.setText("\n".join(
            self.tr("Kiosk %1: last heard %2").replace("%1", kiosk[:4]).replace("%2", at.replace("T", " "))
            for kiosk, at, _events in heard) or self.tr("None yet."))
        unseen = self.window_.attempt(journal.unseen_notices, market) or []
        self.notices.setVisible(bool(unseen))
        self.notices.setText("\n".join(self.window_.words_of(sentence, isolate=True) for sentence in unseen[-5:]))
        self.set_clock.setVisible(any(sentence.sentence.startswith(CLOCK_NOTICE) for sentence in unseen))
        if not self.showing_candidates:
            self._clear_candidates()

    def _clear_candidates(self) -> None:
        while (item := self.candidates.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        self.candidates_hint.setVisible(self.showing_candidates)

    # ----- on and off ----------------------------------------------------------------------------------

    def toggle(self) -> None:
        several = self.several
        if several is None:
            return
        if self._is_on():
            self.timer.stop()
            if self._fold_then is None:  # a USB copy's fold goes on
                self._folding = None
            self.window_.attempt(several.market.set_setting, SEVERAL_KIOSKS, False)
            self.off_thread(several.syncthing.stop, told=False)
            self._look = None
            self.refresh()
            self.window_.tell(self.tr("Several kiosks is off. This kiosk keeps everything it holds."))
            return
        if syncthing_module.binary() is None:
            self.refresh()  # the status says which package, at once
            self.window_.tell(QCoreApplication.translate(WORDS_CONTEXT, MISSING), problem=True)
            return

        def on() -> None:
            if self.window_.attempt(several.market.set_setting, SEVERAL_KIOSKS, True) is None and not self._is_on():
                return
            several.folder.mkdir(parents=True, exist_ok=True)
            self.timer.start()
            self.refresh()
            self.window_.tell(self.tr("Several kiosks is on. Tap “Add a kiosk” to pair another kiosk nearby."))

        self._start_syncthing(several, then=on)
        self.refresh()

    # ----- pairing -------------------------------------------------------------------------------------

    def show_candidates(self) -> None:
        several = self.several
        if several is None:
            return
        self.showing_candidates = True

        def ask() -> list[tuple[Peer, str]]:
            return [(peer, several.code_with(peer.device_id)) for peer in several.candidates()]

        self.off_thread(ask, self._show_candidates)

    def _show_candidates(self, found: list[tuple[Peer, str]]) -> None:
        if not self.showing_candidates:
            return
        self._clear_candidates()
        self.candidates_hint.setText(
            self.tr("Tap the other kiosk. On it, open Several kiosks too. Both screens show the same code.")
            if found else self.tr("No other kiosk heard yet. Turn on Several kiosks on the other kiosk, then tap "
                                  "“Add a kiosk” again."))
        for peer, code in found:
            pick = button("mdi6.tablet")
            name = kiosk_short_name(peer.name, peer.device_id)
            set_words(pick, self.tr("Kiosk %1 · code %2").replace("%1", name).replace("%2", code))
            pick.clicked.connect(lambda _=False, p=peer, c=code: self.confirm(p, c))
            self.candidates.addWidget(pick)
            pick.show()

    def confirm(self, peer: Peer, code: str) -> None:
        self.window_.ask(self.tr("Does the other kiosk show the code %1? Confirm on both kiosks.").replace("%1", code),
                         self.tr("Same code: pair"), self.tr("No"), lambda: self.pair(peer))

    def pair(self, peer: Peer) -> None:
        """Trust the kiosk (worker), decide the market (here, the data file), share the folder (worker)."""
        several = self.several
        if several is None:
            return

        def trust() -> tuple[bool, Look]:
            return several.pair_trust(peer.device_id), several.look(watch=False)

        def trusted(answer: tuple[bool, Look]) -> None:
            asked_first, look = answer
            share = self.window_.attempt(several.pair_settle, peer.device_id, asked_first)
            shares = self.window_.attempt(several.settle, look) or []
            self.off_thread(lambda: several.share([*shares, *([share] if share else [])]), paired)

        def paired(_: object) -> None:
            self.showing_candidates = False
            self._awaiting.add(peer.device_id)  # "Paired" once the other kiosk has confirmed too (they connect)
            self.refresh()
            self.window_.tell(self.tr("Now confirm on the other kiosk too. This kiosk says when both have."))
            self.tick()

        self.off_thread(trust, trusted)

    def ask_leave(self) -> None:
        self.window_.ask(self.tr("Stop sharing with the other kiosks? Everything this kiosk holds stays here."),
                         self.tr("Leave"), self.tr("Stay"), self.leave)

    def leave(self) -> None:
        several = self.several
        if several is None:
            return
        mid = self.window_.attempt(journal.market_id, several.market)

        def left(_: object) -> None:
            self._look = None
            if self._fold_then is None:  # a USB copy's fold goes on
                self._folding = None
            self.window_.attempt(several.forget_market)  # this kiosk can join another market now
            self.refresh()

        self.off_thread(lambda: several.unshare(mid), left)

    # ----- USB sticks ------------------------------------------------------------------------------------

    def copy_usb(self, to_stick: bool) -> None:
        """Three steps, the stick only ever on the worker: its journals into a local staging folder (worker),
        the fold of them in slices (here, the data file's thread), then the files the stick or the journal
        folder lacks (worker). The buttons wait meanwhile; the steward is told how it ended."""
        several = self.several
        if several is None or self._copying:
            return
        sticks = drives.removable_volumes()
        if not sticks:
            self.window_.tell(self.tr("Please plug in a USB stick first."), problem=True)
            return
        _name, root = sticks[0]
        me = self.window_.attempt(journal.kiosk_id, several.market) or ""
        self._set_copying(True)

        def fold(staging: object) -> None:
            self._fold_when_free(lambda: exchange_in_steps(several.market, several.staging, budget_s=SLICE_S),
                                 folded, self._copy_failed)

        def folded(report: Exchange | None) -> None:
            if report is None:
                report = Exchange()
            if to_stick:
                self.worker.call(lambda: several.staging_to_stick(root, me), lambda n: finished(report, n),
                                 self._copy_failed)
            else:
                self.worker.call(lambda: several.staging_to_folder(me), lambda n: finished(report, n),
                                 self._copy_failed)

        def finished(report: Exchange, copied: int) -> None:
            self._set_copying(False)
            self.changed()
            if to_stick:
                self.window_.tell(self.tr("Copied %n journal file(s) to the stick.", "", copied))
            else:
                self.window_.tell(self.tr("Folded in %n new change(s) from the stick.", "", report.new_events))

        self.worker.call(lambda: several.stick_to_staging(root, to_stick=to_stick), fold, self._copy_failed)

    def _set_copying(self, copying: bool) -> None:
        self._copying = copying
        self.to_usb.setEnabled(not copying)
        self.from_usb.setEnabled(not copying)

    def _copy_failed(self, problem: Exception) -> None:
        self._set_copying(False)
        if isinstance(problem, OSError) and problem.errno == errno.ENOSPC:
            self.window_.tell(self.tr("The USB stick is full. Make room on it, then copy again."), problem=True)
        elif isinstance(problem, OSError):
            log.warning("USB copy: %r", problem)
            self.window_.tell(self.tr("The USB stick could not be read or written; was it pulled out? Plug it in "
                                      "again, then copy again."), problem=True)
        elif isinstance(problem, (VisitorError, StoreProblem)):
            def again() -> None:
                raise problem
            self.window_.attempt(again)
        else:
            log.warning("USB copy failed: %r", problem)
        if self.window_.step == Step.KIOSKS:
            self.refresh()

    def _fold_when_free(self, steps: Callable[[], Iterator[Exchange]], then: Callable[[Exchange | None], None],
                        failed: Callable[[Exception], None]) -> None:
        """Fold in slices here once no other fold is under way (the timer's waits for this one)."""
        if self._folding is not None:
            QTimer.singleShot(50, self, lambda: self._fold_when_free(steps, then, failed))
            return
        self._folding = steps()
        self._folded = None
        self._fold_then, self._fold_failed = then, failed
        self._fold_slice()

    # ----- the timer -------------------------------------------------------------------------------------

    def tick(self) -> None:
        """Every few seconds while on: ask Syncthing (on the worker), then fold what arrived (here, in slices).
        Nothing new is asked while the last question or exchange is still under way."""
        several = self.several
        if several is None or self._starting or self._copying or self._folding is not None or self.worker.busy():
            return
        mid = self.window_.attempt(journal.market_id, several.market)
        self.worker.call(lambda: several.look(mid=mid), self._looked,
                         lambda problem: log.warning("exchange skipped: %r", problem))

    def _looked(self, look: Look) -> None:
        several = self.several
        if several is None or not self._is_on():
            return
        self._look = look
        confirmed = {p.device_id for p in look.peers if p.connected} & self._awaiting
        if confirmed:
            self._awaiting -= confirmed
            self.window_.tell(self.tr("Paired. What is listed at either kiosk now shows at both."))
        if look.restarted == "hung":
            log.warning("%s", RESTARTED)
            self.window_.attempt(several._notice_once, RESTARTED)
        shares = self.window_.attempt(several.settle, look) if look.running else None
        if shares:
            self.off_thread(lambda: several.share(shares), told=False)
        if self.window_.step == Step.KIOSKS:
            self.refresh()
        if folder_market(several.folder) is None or self._folding is not None:
            return  # not paired yet, the other kiosk's market has not arrived yet, or a USB copy's fold runs
        try:
            self._folding = exchange_in_steps(several.market, several.folder, budget_s=SLICE_S, keep_index=True)
        except (VisitorError, StoreProblem, OSError) as problem:
            log.warning("exchange skipped: %s", problem)
            return
        self._fold_slice()

    def _fold_slice(self) -> None:
        """One slice of the exchange under way (one transaction), then the window's loop goes on."""
        if self._folding is None:
            return
        then, failed = self._fold_then, self._fold_failed
        try:
            self._folded = next(self._folding)
        except StopIteration:
            self._folding = None
            self._fold_then = self._fold_failed = None
            done, self._folded = self._folded, None
            if then is not None:
                then(done)
            elif done is not None and (done.new_events or done.skipped):
                self.changed()
            return
        except (SyncthingProblem, VisitorError, StoreProblem, OSError) as problem:
            log.warning("exchange skipped: %s", problem)
            self._folding = self._folded = None
            self._fold_then = self._fold_failed = None
            if failed is not None:
                failed(problem)
            return
        QTimer.singleShot(0, self, self._fold_slice)

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
