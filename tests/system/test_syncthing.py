"""Real Syncthing instances on 127.0.0.1 carry three kiosks' journals: pairing, a kill mid-sync, a late joiner.

Each instance has its own config folder and ports, static `tcp://127.0.0.1:PORT` addresses, and local
discovery, global discovery and relays off. Outside CI the test skips when Syncthing is not installed.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.errors import VisitorError
from kiosk.export import csv_text
from kiosk.several_kiosks.sharing import SeveralKiosks
from kiosk.several_kiosks.syncthing import Syncthing, binary, free_port
from kiosk.store import Market, open_market
from kiosk.store.summary import read_summary

pytestmark = [pytest.mark.slow, pytest.mark.timeout(400), pytest.mark.xdist_group("syncthing")]

if binary() is None and not os.environ.get("CI"):
    pytest.skip("Syncthing is not installed (Debian package syncthing)", allow_module_level=True)


class Kiosk:
    def __init__(self, base: Path, name: str):
        self.base = base / name
        self.base.mkdir()
        self.port = free_port()
        self.db = self.base / "table.db"
        self.market = open_market(self.db)
        self.syncthing = Syncthing(self.base / "syncthing", listen=f"tcp://127.0.0.1:{self.port}",
                                   local_discovery=False)
        self.several = SeveralKiosks(self.market, home=self.base / "syncthing", folder=self.base / "journal",
                                     syncthing=self.syncthing)
        self.brought = 0
        self.taken = 0
        self.device = ""

    @property
    def address(self) -> list[str]:
        return [f"tcp://127.0.0.1:{self.port}"]

    def start(self) -> None:
        self.device = self.several.turn_on()

    def restart(self) -> None:
        """Killed: Syncthing dies mid-sync and the kiosk's process with it; both start again."""
        self.syncthing.kill()
        self.market.close()
        self.market = open_market(self.db)
        self.syncthing = Syncthing(self.base / "syncthing", local_discovery=False)
        self.several = SeveralKiosks(self.market, home=self.base / "syncthing", folder=self.base / "journal",
                                     syncthing=self.syncthing)
        self.several.resume()
        assert self.syncthing.process is not None and self.syncthing.running()  # a new instance, not the old

    def act(self, rng: random.Random) -> None:
        """List or take something, and remember it only once the kiosk said done."""
        if rng.random() < 0.5 or not self.market.available():
            listed = self.market.list_item(rng.choice(["books", "toys", "kitchen"]), rng.randint(1, 3), "thing")
            self.brought += listed.item.quantity or 0
        else:
            try:
                self.market.take_one(rng.choice(self.market.available()).id)
            except VisitorError:
                return
            self.taken += 1

    def export(self) -> str:
        event = self.market.current_event() or self.market.latest_event()
        return csv_text(read_summary(self.market, event.id)) if event else ""


def until(what: Callable[[], bool], timeout: float, step: Callable[[], None] = lambda: None) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        step()
        if what():
            return time.monotonic() - start
        time.sleep(0.3)
    raise AssertionError(f"not within {timeout} s")


def checksums(kiosks: list[Kiosk]) -> dict[str, str]:
    seen = {}
    for k in kiosks:
        for path in (k.base / "journal").rglob("*.jsonl"):
            name = f"{k.base.name}/{path.relative_to(k.base / 'journal')}"
            seen[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return seen


def test_three_kiosks_over_syncthing_converge(tmp_path: Path):
    rng = random.Random(13)
    a, b, c = (Kiosk(tmp_path, n) for n in "abc")
    kiosks = [a, b, c]
    try:
        a.start()
        b.start()
        options = a.syncthing.options()
        assert not options["globalAnnounceEnabled"] and not options["relaysEnabled"]
        assert not options["natEnabled"] and options["urAccepted"] == -1
        assert a.syncthing.get("/rest/config/gui")["address"].startswith("127.0.0.1:")
        for _ in range(4):
            a.act(rng)
            b.act(rng)  # b lists before it ever paired: those travel too
        # Pairing: a starts it; b sees a asking, and confirms with the same code.
        a.several.pair(b.device, addresses=b.address)
        until(lambda: any(p.device_id == a.device for p in b.several.candidates()), 60)
        assert a.several.code_with(b.device) == b.several.code_with(a.device)
        b.several.pair(a.device, addresses=a.address)

        def tick() -> None:
            for k in kiosks:
                if k.device:
                    k.several.tick()

        until(lambda: b.export() == a.export() and a.market.available(), 90, tick)
        first_seen = checksums([a, b])
        for round_ in range(6):
            a.act(rng)
            b.act(rng)
            tick()
            if round_ == 3:
                for _ in range(30):
                    a.act(rng)
                    b.act(rng)
                a.several.tick()
                b.several.tick()  # new files on their way both ways...
                b.restart()  # ...when b is killed (Syncthing and kiosk), then started again
        # a's Syncthing dies under a running kiosk: the kiosk's next exchange starts it again.
        a.syncthing.kill()
        assert not a.syncthing.running()
        a.several.tick()
        assert a.syncthing.running()
        # c joins late, paired with a only: it gets b's journal through a.
        c.start()
        a.several.pair(c.device, addresses=c.address)
        until(lambda: any(p.device_id == a.device for p in c.several.candidates()), 60)
        c.several.pair(a.device, addresses=a.address)
        for _ in range(3):
            c.act(rng)
            a.act(rng)
            tick()
        took = until(lambda: a.export() == b.export() == c.export()
                     and sum(len(list((k.base / "journal").rglob("*.jsonl"))) for k in kiosks) ==
                     3 * len(list((a.base / "journal").rglob("*.jsonl"))), 120, tick)
        print(f"converged {took:.1f} s after the last change")
        # Nothing acknowledged is lost: the shared summary is the sum of what each kiosk said done to.
        totals = read_summary(c.market, c.market.current_event().id)
        assert totals.brought == sum(k.brought for k in kiosks)
        assert totals.taken == sum(k.taken for k in kiosks)
        assert len({k.export() for k in kiosks}) == 1
        # Closed journal files never changed, and every kiosk holds the same bytes for each.
        after = checksums(kiosks)
        assert {name: after[name] for name in first_seen} == first_seen
        by_file: dict[str, set[str]] = {}
        for name, sha in after.items():
            by_file.setdefault(name.split("/", 1)[1], set()).add(sha)
        assert all(len(shas) == 1 for shas in by_file.values())
        assert not list(tmp_path.rglob("*sync-conflict*"))
    finally:
        for k in kiosks:
            k.syncthing.stop()
            k.market.close()


def test_without_syncthing_the_steward_gets_one_sentence(tmp_path: Path, monkeypatch):
    market: Market = open_market(tmp_path / "table.db")
    monkeypatch.setenv("PATH", str(tmp_path))  # no syncthing on the path
    several = SeveralKiosks(market, home=tmp_path / "st", folder=tmp_path / "journal")
    from kiosk.several_kiosks.syncthing import SyncthingProblem

    with pytest.raises(SyncthingProblem) as problem:
        several.turn_on()
    assert "“syncthing”" in problem.value.sentence and "\n" not in problem.value.sentence
    assert not several.on
    market.close()
