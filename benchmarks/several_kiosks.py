"""Several kiosks: how fast the fold is, and how soon a listing at one kiosk shows at another.

Run:  .venv/bin/python benchmarks/several_kiosks.py [--events 10000] [--no-syncthing]

1. Folding: kiosk A records N events (listings, takes, wants, a few settings); a fresh kiosk folds them all
   in, shuffled, in one call. Goal: 10 000 events in at most 1 s.
2. Latency: two kiosks, each with its own Syncthing on 127.0.0.1 (static addresses, no discovery), exchange
   every second as the kiosk's timer would (the UI's is 3 s); time from "listed at A" to "on B's table".
   Goal: at most 10 s on loopback. Needs the Debian package syncthing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.several_kiosks.sharing import SeveralKiosks
from kiosk.several_kiosks.syncthing import Syncthing, binary, free_port
from kiosk.store import journal, open_market


def make_events(folder: Path, count: int) -> list[dict]:
    rng = random.Random(1)
    a = open_market(folder / "a.db")
    while journal.journal_size(a) < count:
        listed = a.list_item(rng.choice(["books", "toys", "kitchen", "clothes"]), rng.randint(1, 5), "thing")
        for _ in range(rng.randint(0, 3)):
            try:
                a.take_one(listed.item.id)
            except Exception:  # all gone
                break
        if rng.random() < 0.05:
            a.post_want("shoes", "boots")
    events = journal.own_events(a)[:count]
    a.close()
    return events


def fold_time(folder: Path, events: list[dict]) -> float:
    shuffled = list(events)
    random.Random(2).shuffle(shuffled)
    b = open_market(folder / "b.db")
    start = time.perf_counter()
    journal.fold(b, shuffled)
    took = time.perf_counter() - start
    b.close()
    return took


def latency(folder: Path, rounds: int = 5) -> list[float]:
    kiosks = []
    for name in "ab":
        port = free_port()
        st = Syncthing(folder / f"{name}-st", listen=f"tcp://127.0.0.1:{port}", local_discovery=False)
        market = open_market(folder / f"{name}.db")
        kiosks.append((SeveralKiosks(market, home=folder / f"{name}-st", folder=folder / f"{name}-j", syncthing=st),
                       market, port))
    (a, ma, pa), (b, mb, pb) = kiosks
    try:
        ida, idb = a.turn_on(), b.turn_on()
        a.pair(idb, addresses=[f"tcp://127.0.0.1:{pb}"])
        deadline = time.monotonic() + 60
        while not any(p.device_id == ida for p in b.candidates()) and time.monotonic() < deadline:
            time.sleep(0.3)
        b.pair(ida, addresses=[f"tcp://127.0.0.1:{pa}"])
        times = []
        for n in range(rounds + 1):
            title = f"probe {n}"
            ma.list_item("books", 1, title)
            start = time.monotonic()
            while not any(i.title == title for i in mb.available()):
                if time.monotonic() - start > 60:
                    raise SystemExit("a listing did not arrive within 60 s")
                a.tick()
                b.tick()
                time.sleep(1.0)
            if n:  # the first one also waits for the pairing to settle
                times.append(time.monotonic() - start)
        return times
    finally:
        a.syncthing.stop()
        b.syncthing.stop()
        ma.close()
        mb.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--no-syncthing", action="store_true")
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        events = make_events(Path(tmp), args.events)
        results["fold_events"] = len(events)
        results["fold_seconds"] = round(min(fold_time(Path(tmp) / str(n), events) for n in range(3)
                                            if (Path(tmp) / str(n)).mkdir() is None), 3)
        results["fold_goal_met"] = results["fold_seconds"] <= 1.0 * len(events) / 10_000
    if not args.no_syncthing and binary():
        with tempfile.TemporaryDirectory() as tmp:
            times = latency(Path(tmp))
            results["listing_to_other_kiosk_seconds"] = [round(t, 1) for t in times]
            results["latency_goal_met"] = max(times) <= 10
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
