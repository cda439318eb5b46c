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
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.settings import SEVERAL_KIOSKS
from kiosk.several_kiosks.exchange import Exchange, claim_folder, exchange, folder_market
from kiosk.several_kiosks.files import FILE_SUFFIX, KIOSK_ID, JournalError, decode_file, new_market_id
from kiosk.several_kiosks.syncthing import (
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
OTHER_MARKET = QT_TRANSLATE_NOOP(
    "kiosk", "This kiosk already keeps another market's journal, so it cannot join this one.")


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
        base = data_dir(market) if home is None or folder is None else Path(folder).parent
        self.folder = Path(folder) if folder is not None else base / "kiosks-journal"
        self.syncthing = syncthing or Syncthing(Path(home) if home is not None else base / "syncthing",
                                                name=f"Commons Table {journal.kiosk_id(market)[:4]}")

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
        tick, once the offer arrives); otherwise this kiosk shares its own market with it.
        """
        asked_first = any(p.device_id == device_id for p in self.syncthing.pending_devices())
        self.syncthing.add_device(device_id, addresses=addresses)
        self._join_offered()
        mid = journal.market_id(self.market)
        if asked_first and (mid is None or folder_market(self.folder) is None):
            return  # joining: the offer of the kiosk that started pairing decides the market
        if mid is None:
            mid = journal.settle_market_id(self.market, new_market_id())
        self.folder.mkdir(parents=True, exist_ok=True)
        if folder_market(self.folder) is None:
            claim_folder(self.folder, mid)
        fid = folder_id(mid)
        devices = sorted(set(self.syncthing.folder_devices(fid)) | {device_id})
        self.syncthing.share_folder(fid, self.folder, devices)

    def _join_offered(self) -> None:
        """Adopt a market a paired kiosk offers, if this kiosk keeps none; share it back."""
        paired = {p.device_id for p in self.syncthing.peers()}
        for fid, offered_by in self.syncthing.pending_folders().items():
            offered = market_of_folder(fid)
            by = [d for d in offered_by if d in paired]
            if offered is None or not by:
                continue
            mine = journal.market_id(self.market)
            if mine is None:
                journal.settle_market_id(self.market, offered)
                mine = offered
            if mine != offered:
                journal.notice(self.market, "A paired kiosk offered another market's journal; it was not joined.")
                continue
            devices = sorted(set(self.syncthing.folder_devices(fid)) | set(by))
            self.syncthing.share_folder(fid, self.folder, devices)

    def leave(self) -> None:
        """Stop sharing with every kiosk; this kiosk's journal, and what it folded in, stay."""
        for peer in self.syncthing.peers():
            self.syncthing.remove_device(peer.device_id)
        mid = journal.market_id(self.market)
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
        """One exchange with the journal folder (the UI calls this every few seconds while on). Syncthing is
        started again here if it stopped, unless `restart` is False (the UI starts it on a thread)."""
        if not self.on:
            return None
        if restart and self.restart_due():
            with contextlib.suppress(SyncthingProblem):
                self.syncthing.start()
        if self.syncthing.running():
            with contextlib.suppress(SyncthingProblem, JournalError):
                self._join_offered()
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
            shutil.copyfile(path, temp)
            temp.replace(into)
            copied += 1
    return copied
