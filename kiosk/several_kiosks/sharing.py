"""Several kiosks at one market: this kiosk's journal folder, its Syncthing, pairing, and USB sticks.

The journal folder (`kiosks-journal/` beside the data file) is what Syncthing shares between the kiosks
of a market; its Syncthing folder id names the market (`commons-table-<market id>`). The kiosk that
starts pairing shares its market; the kiosk that confirms joins it. Without a network, a USB stick
carries the same folder format both ways. No Qt and no SQL here: the steward screen drives this.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP, Sentence, VisitorError
from kiosk.settings import SEVERAL_KIOSKS
from kiosk.several_kiosks.exchange import MARKET_FILE, Exchange, claim_folder, exchange, folder_market
from kiosk.several_kiosks.files import (
    FILE_SUFFIX,
    KIOSK_ID,
    MAX_FILE_BYTES,
    JournalError,
    decode_file,
    new_market_id,
)
from kiosk.several_kiosks.syncthing import (
    NAME_PREFIX,
    Peer,
    Syncthing,
    SyncthingProblem,
    folder_id,
    market_of_folder,
    pairing_code,
)
from kiosk.store import journal
from kiosk.store.market import Market

log = logging.getLogger("kiosk.several_kiosks.exchange")
RESTART_AFTER_S = 60
HUNG_AFTER = 2  # looks in a row without an answer from a running Syncthing: it is killed and started again


@dataclass(frozen=True)
class Share:
    """Share the folder `folder_id` (at `path`) with these devices too."""

    folder_id: str
    path: Path
    devices: tuple[str, ...]
    remove: bool = False  # stop sharing this folder (the market this kiosk left)


@dataclass
class Look:
    """What this kiosk's Syncthing said, asked off the window's thread."""

    running: bool
    device_id: str = ""
    peers: list[Peer] = field(default_factory=list)
    offers: dict[str, list[str]] = field(default_factory=dict)  # folder id -> paired kiosks offering it
    shared: dict[str, list[str]] = field(default_factory=dict)  # folder id -> kiosks it is shared with
    restarted: str = ""  # "hung" or "stopped" when the watchdog started Syncthing again
    problem: str = ""  # why it is not running, one sentence for the steward
SPLIT = QT_TRANSLATE_NOOP("kiosk", "A paired kiosk keeps another market, and this kiosk has already shared with "
                                   "others, so they did not become one market: on that kiosk, tap Leave, then Add a "
                                   "kiosk again.")


def data_dir(market: Market) -> Path:
    if market.path is None:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "This data file is not on a disk, so it cannot share."))
    return market.path.parent


class SeveralKiosks:
    """This kiosk's part in a market of several kiosks."""

    def __init__(self, market: Market, *, home: Path | None = None, folder: Path | None = None,
                 syncthing: Syncthing | None = None):
        self.market = market
        self._last_start = float("-inf")
        self._silent = 0  # looks in a row that Syncthing's process was there and did not answer
        base = data_dir(market) if home is None or folder is None else Path(folder).parent
        self.folder = Path(folder) if folder is not None else base / "kiosks-journal"
        self.syncthing = syncthing or Syncthing(Path(home) if home is not None else base / "syncthing")
        self.syncthing.name = NAME_PREFIX + journal.kiosk_id(market)[:4]  # the name the other kiosks show

    # ----- on and off ----------------------------------------------------------------------------------

    @property
    def on(self) -> bool:
        return self.market.setting(SEVERAL_KIOSKS)

    def turn_on(self) -> str:
        """Start this kiosk's Syncthing (SyncthingProblem with one sentence if it cannot); returns its id."""
        device = self.syncthing.start()
        self.market.set_setting(SEVERAL_KIOSKS, True)
        self.folder.mkdir(parents=True, exist_ok=True)
        return device

    def turn_off(self) -> None:
        self.syncthing.stop()
        self.market.set_setting(SEVERAL_KIOSKS, False)

    def resume(self) -> None:
        """At start-up: if a steward turned several kiosks on, start Syncthing again."""
        if self.on and not self.syncthing.running():
            with contextlib.suppress(SyncthingProblem):
                self.syncthing.start()

    # ----- pairing -------------------------------------------------------------------------------------

    def code_with(self, device_id: str) -> str:
        return pairing_code(self.syncthing.device_id(), device_id)

    def candidates(self) -> list[Peer]:
        """Kiosks asking to pair with this one, then kiosks heard nearby, not yet paired."""
        known = {p.device_id for p in self.syncthing.peers()}
        found = [p for p in self.syncthing.pending_devices() if p.device_id not in known]
        seen = {p.device_id for p in found}
        found += [Peer(d, d.split("-")[0]) for d in self.syncthing.nearby_devices() if d not in seen]
        return found

    def pair(self, device_id: str, addresses: list[str] | None = None) -> None:
        """The steward confirmed the code: trust that kiosk and share the market's journal folder with it.

        If that kiosk asked first (it is pending here), this kiosk joins the market it offers (on the next
        tick, once the offer arrives); otherwise this kiosk shares its own market with it. (The screen runs
        the same three steps, the Syncthing ones off the window's thread.)
        """
        asked_first = self.pair_trust(device_id, addresses)
        self.share(self.settle(self.look(watch=False)))
        share = self.pair_settle(device_id, asked_first)
        if share is not None:
            self.share([share])

    def pair_trust(self, device_id: str, addresses: list[str] | None = None) -> bool:
        """Syncthing's part of pairing, first step: trust the device; True if it asked to pair first."""
        pending = {p.device_id: p.name for p in self.syncthing.pending_devices()}
        # Named as it names itself ("Commons Table 48ee"), so the steward reads one name for it everywhere.
        self.syncthing.add_device(device_id, name=pending.get(device_id, ""), addresses=addresses)
        return device_id in pending

    def pair_settle(self, device_id: str, asked_first: bool) -> Share | None:
        """The data file's part of pairing (no Syncthing): the market this kiosk shares, or None when it joins
        the market the other kiosk offers."""
        mid = journal.market_id(self.market)
        if asked_first and (mid is None or folder_market(self.folder) is None):
            return None  # joining: the offer of the kiosk that started pairing decides the market
        if mid is None:
            mid = journal.settle_market_id(self.market, new_market_id())
        self.folder.mkdir(parents=True, exist_ok=True)
        if folder_market(self.folder) is None:
            claim_folder(self.folder, mid)
        return Share(folder_id(mid), self.folder, (device_id,))

    # ----- what Syncthing says, and what this kiosk does about it ------------------------------------------

    def look(self, watch: bool = True, mid: str | None = None) -> Look:
        """Syncthing's part of an exchange (no data file here: it runs off the window's thread): start it
        again if it stopped, kill and restart it if it stopped answering (`watch`), then what it knows."""
        seen = Look(running=False)
        if watch:
            seen.restarted = self._watchdog()
        if not self.syncthing.running():
            seen.problem = self.syncthing.problem
            return seen
        try:
            seen.device_id = self.syncthing.device_id()
            seen.peers = self.syncthing.peers()
            paired = {p.device_id for p in seen.peers}
            for fid, offered_by in self.syncthing.pending_folders().items():
                by = [d for d in offered_by if d in paired]
                if market_of_folder(fid) is not None and by:
                    seen.offers[fid] = by
            for fid in {*seen.offers, *([folder_id(mid)] if mid else [])}:
                seen.shared[fid] = self.syncthing.folder_devices(fid)
        except SyncthingProblem as problem:
            seen.problem = problem.sentence
            return seen
        seen.running = True
        return seen

    def _watchdog(self) -> str:
        """'stopped' or 'hung' when Syncthing was started again here, else '' (never the data file: it runs
        off the window's thread, asked only while several kiosks is on)."""
        if self.syncthing.process is not None and self.syncthing.process.poll() is None:
            if self.syncthing.answering():
                self._silent = 0
                return ""
            self._silent += 1
            if self._silent < HUNG_AFTER:
                return ""
            self._silent = 0
            log.warning("Syncthing stopped answering; it is killed and started again")
            self.syncthing.kill()
            self._last_start = time.monotonic()
            with contextlib.suppress(SyncthingProblem):
                self.syncthing.start()
            return "hung"
        if self.restart_due():
            with contextlib.suppress(SyncthingProblem):
                self.syncthing.start()
            return "stopped"
        return ""

    def settle(self, seen: Look) -> list[Share]:
        """The data file's part (no Syncthing): adopt a market a paired kiosk offers if this kiosk keeps none,
        and say which folders to share back with whom.

        Two kiosks that paired while they could not reach each other each made a market of their own. When
        they meet, the lower market id wins: the kiosk keeping the higher one moves to it, as long as it has
        heard from no other kiosk in its own (then nothing shared is left behind); otherwise it says so once.
        """
        shares = []
        for fid, by in sorted(seen.offers.items()):
            offered = market_of_folder(fid)
            mine = journal.market_id(self.market)
            if mine is None and offered is not None:
                journal.settle_market_id(self.market, offered)
                mine = offered
            if offered is not None and mine is not None and offered < mine and not journal.heard_any(self.market):
                log.warning("Two markets met; this kiosk moves from %s to %s (the lower id)", mine, offered)
                shares.append(Share(folder_id(mine), self.folder, (), remove=True))
                self.forget_market()
                journal.settle_market_id(self.market, offered)
                mine = offered
            if mine != offered:
                if offered is not None and mine is not None and offered < mine:
                    self._notice_once(SPLIT)
                continue  # the other kiosk moves to this kiosk's market (the lower id)
            if not set(by) <= set(seen.shared.get(fid, [])):
                shares.append(Share(fid, self.folder, tuple(by)))
        return shares

    def forget_market(self) -> None:
        """The data file's part of leaving (no Syncthing): the market id goes; the journal folder is set aside
        (kept, never deleted), so this kiosk can join another market."""
        mid = journal.market_id(self.market)
        if mid is None:
            return
        if self.folder.exists():
            aside = self.folder.with_name(f"{self.folder.name}.left-{mid}")
            with contextlib.suppress(OSError):
                self.folder.rename(aside)
        self.market.__dict__.pop("_journal_folders", None)  # what an exchange kept in memory
        journal.forget_market(self.market)

    def _notice_once(self, template: str) -> None:
        """One notice per fact: the same sentence is not added again while it is still unseen."""
        if not any(said == template for _id, _at, said in journal.notices(self.market, True)):
            journal.notice(self.market, Sentence(template, {}))

    def share(self, shares: list[Share]) -> None:
        """Syncthing's part: share each folder with its devices (and those it is shared with already)."""
        for one in shares:
            if one.remove:
                with contextlib.suppress(SyncthingProblem):
                    self.syncthing.delete(f"/rest/config/folders/{one.folder_id}")
                continue
            devices = sorted(set(self.syncthing.folder_devices(one.folder_id)) | set(one.devices))
            self.syncthing.share_folder(one.folder_id, one.path, devices)

    def _join_offered(self) -> None:
        """Adopt a market a paired kiosk offers, if this kiosk keeps none; share it back."""
        self.share(self.settle(self.look(watch=False)))

    def leave(self) -> None:
        """Stop sharing with every kiosk and drop the market id; what this kiosk holds stays."""
        self.unshare(journal.market_id(self.market))
        self.forget_market()

    def unshare(self, mid: str | None) -> None:
        """Syncthing's part of leaving."""
        for peer in self.syncthing.peers():
            self.syncthing.remove_device(peer.device_id)
        if mid:
            with contextlib.suppress(SyncthingProblem):
                self.syncthing.delete(f"/rest/config/folders/{folder_id(mid)}")

    def peers(self) -> list[Peer]:
        return self.syncthing.peers() if self.syncthing.running() else []

    # ----- the exchange on a timer -------------------------------------------------------------------

    def restart_due(self) -> bool:
        """Syncthing stopped under us (a crash, someone killed it) and was not started again lately: True
        once per RESTART_AFTER_S, for the caller that starts it."""
        if not self.syncthing.running() and time.monotonic() - self._last_start > RESTART_AFTER_S:
            self._last_start = time.monotonic()
            return True
        return False

    def tick(self, restart: bool = True) -> Exchange | None:
        """One exchange with the journal folder, all on the caller's thread (tests, and the old way). Syncthing
        is started again here if it stopped, unless `restart` is False."""
        if not self.on:
            return None
        if restart and self.restart_due():
            with contextlib.suppress(SyncthingProblem):
                self.syncthing.start()
        if self.syncthing.running():
            with contextlib.suppress(SyncthingProblem, JournalError):
                self._join_offered()
        return self.exchange()

    def exchange(self) -> Exchange | None:
        """The data file's part of a tick (no Syncthing)."""
        if folder_market(self.folder) is None:
            return None  # not paired yet, or the other kiosk's market has not arrived yet
        return exchange(self.market, self.folder)

    # ----- USB sticks ------------------------------------------------------------------------------------

    def copy_to(self, stick: Path) -> Exchange:
        """This kiosk's journal, and every other kiosk's it holds, onto a stick (folder `commons-table-journal`)."""
        target = Path(stick) / "commons-table-journal"
        target.mkdir(exist_ok=True)
        report = exchange(self.market, target)
        if folder_market(self.folder) == folder_market(target):
            _copy_files(self.folder, target, skip=journal.kiosk_id(self.market))
        return report

    def copy_from(self, stick: Path) -> Exchange:
        """Fold in the journals on a stick; keep their files in the journal folder, so Syncthing passes them on."""
        source = Path(stick) / "commons-table-journal"
        if not source.is_dir():
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "There are no kiosk journals on this stick."))
        report = exchange(self.market, source)
        if folder_market(self.folder) in (None, folder_market(source)):
            self.folder.mkdir(parents=True, exist_ok=True)
            if folder_market(self.folder) is None:
                claim_folder(self.folder, folder_market(source) or "")
            _copy_files(source, self.folder, skip=journal.kiosk_id(self.market))
        return report


    # ----- USB sticks, in three steps (the screen's): the stick only ever off the window's thread ----------

    @property
    def staging(self) -> Path:
        """A local copy of a stick's journals, folded on the window's thread (never the stick itself)."""
        return self.folder.with_name(self.folder.name + ".stick")

    def stick_to_staging(self, stick: Path, *, to_stick: bool) -> Path:
        """The stick's part before a copy (reads the stick; no data file): its journals as they are, into the
        local staging folder, each file at most as long as a journal file can be (the fold checks them)."""
        source = Path(stick) / STICK_FOLDER
        if to_stick:
            source.mkdir(exist_ok=True)
        elif not source.is_dir():
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "There are no kiosk journals on this stick."))
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(source / MARKET_FILE, self.staging / MARKET_FILE)
        for kiosk_dir in source.iterdir():
            if not kiosk_dir.is_dir() or not KIOSK_ID.match(kiosk_dir.name):
                continue
            (self.staging / kiosk_dir.name).mkdir()
            for path in kiosk_dir.iterdir():
                if path.name.endswith(FILE_SUFFIX) and not path.name.startswith("."):
                    with path.open("rb") as handle:
                        (self.staging / kiosk_dir.name / path.name).write_bytes(handle.read(MAX_FILE_BYTES + 1))
        return self.staging

    def staging_to_stick(self, stick: Path, me: str) -> int:
        """The stick's part after the fold of Copy to USB stick (no data file): the journal files the stick lacks,
        this kiosk's and every other kiosk's it holds, each written whole (never a half file)."""
        target = Path(stick) / STICK_FOLDER
        mid = folder_market(self.staging)
        if mid is not None and folder_market(target) is None:
            claim_folder(target, mid)
        copied = _copy_files(self.staging, target, skip="")
        if mid is not None and folder_market(self.folder) == mid == folder_market(target):
            copied += _copy_files(self.folder, target, skip=me)
        shutil.rmtree(self.staging, ignore_errors=True)
        return copied

    def staging_to_folder(self, me: str) -> int:
        """After the fold of Copy from USB stick (no data file): keep the stick's files in the journal folder, so
        Syncthing passes them on."""
        mid = folder_market(self.staging)
        copied = 0
        if mid is not None and folder_market(self.folder) in (None, mid):
            self.folder.mkdir(parents=True, exist_ok=True)
            if folder_market(self.folder) is None:
                claim_folder(self.folder, mid)
            copied = _copy_files(self.staging, self.folder, skip=me)
        shutil.rmtree(self.staging, ignore_errors=True)
        return copied


STICK_FOLDER = "commons-table-journal"


def _copy_files(source: Path, target: Path, skip: str) -> int:
    """Copy whole, valid journal files another kiosk wrote that `target` lacks; never overwrite one."""
    copied = 0
    for kiosk_dir in source.iterdir():
        if not kiosk_dir.is_dir() or not KIOSK_ID.match(kiosk_dir.name) or kiosk_dir.name == skip:
            continue
        for path in kiosk_dir.iterdir():
            into = target / kiosk_dir.name / path.name
            if (not path.name.endswith(FILE_SUFFIX) or ".sync-conflict" in path.name or path.name.startswith(".")
                    or into.exists()):
                continue
            try:
                decode_file(path.read_bytes(), kiosk=kiosk_dir.name)
            except (JournalError, OSError):
                continue
            into.parent.mkdir(exist_ok=True)
            temp = into.with_name("." + into.name + ".part")
            try:
                shutil.copyfile(path, temp)
                temp.replace(into)
            except OSError:
                with contextlib.suppress(OSError):
                    temp.unlink()  # a full or pulled stick keeps no half file
                raise
            copied += 1
    return copied
