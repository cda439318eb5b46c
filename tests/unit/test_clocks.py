"""Kiosks whose clocks disagree keep one market day (issue 27, item 2): real processes under faketime, two and
three kiosks a day apart, and one whose clock jumps; a clock plainly wrong is told to the stewards."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed")

ROOT = Path(__file__).resolve().parents[2]
KIOSK = r"""
import json, sys
from kiosk.store import journal, open_market
from kiosk.several_kiosks.exchange import exchange
market = open_market(sys.argv[1])
for title in sys.argv[3:]:
    market.list_item("books", 1, title)
exchange(market, sys.argv[2])
print(json.dumps({
    "today": market.clock().date().isoformat(),
    "on_table": sorted(i.title for i in market.available()),
    "days": [(e.date, e.closed_at) for e in market.events()],
    "closed_stale": [e.date for e in market.closed_stale],
    "notices": [s for _, _, s in journal.notices(market)],
}))
market.close()
"""


def at(when: str, db: Path, folder: Path, *titles: str) -> dict:
    out = subprocess.run(["faketime", when, sys.executable, "-c", KIOSK, str(db), str(folder), *titles],
                         capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "TZ": "UTC"})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("dates", [("2026-12-06", "2026-12-07"), ("2026-12-07", "2026-12-06"),
                                   ("2026-12-06", "2026-12-07", "2026-12-08")])
def test_kiosks_a_day_apart_keep_one_market_day_and_every_thing(tmp_path, dates):
    folder = tmp_path / "sync"
    folder.mkdir()
    kiosks = [(f"{d} 10:00:00", tmp_path / f"k{n}.db", f"thing {n}") for n, d in enumerate(dates)]
    for when, db, thing in kiosks:
        at(when, db, folder, thing)
    everything = sorted(thing for _, _, thing in kiosks)
    for _ in range(2):  # every kiosk hears every other, then each starts again (a restart closes stale days)
        for when, db, _thing in kiosks:
            seen = at(when.replace("10:00", "11:30"), db, folder)
            assert seen["on_table"] == everything, seen
            assert [closed for _, closed in seen["days"]] == [None], seen  # one market day, still open
            assert seen["closed_stale"] == []


def test_a_clock_that_jumps_keeps_the_day_and_is_told(tmp_path):
    folder = tmp_path / "sync"
    folder.mkdir()
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    at("2026-12-06 10:00:00", a, folder, "from a")
    at("2026-12-06 10:15:00", b, folder, "from b")
    at("2026-12-06 10:30:00", a, folder)
    # a's clock jumps a day ahead (a Pi that lost power and guessed), then back behind its own records.
    jumped = at("2026-12-07 09:00:00", a, folder, "after the jump")
    assert jumped["on_table"] == ["after the jump", "from a", "from b"] and jumped["closed_stale"] == []
    seen_b = at("2026-12-06 12:00:00", b, folder)
    assert seen_b["on_table"] == ["after the jump", "from a", "from b"]
    assert [closed for _, closed in seen_b["days"]] == [None]
    behind = at("2026-12-05 09:00:00", a, folder)
    assert any("earlier than the newest record" in s for s in behind["notices"])
    assert behind["on_table"] == ["after the jump", "from a", "from b"]
    far = at("2026-12-10 09:00:00", b, folder)
    assert any("jumped" in s for s in far["notices"])


def test_a_demo_tried_on_a_market_morning_does_not_say_the_clock_is_wrong(market, clock):
    """The demo plays a made-up morning from 10:00 on: tried at 09:00 on a market day's first start, its things
    were "newer" than the clock, and every later start told the stewards to set a clock that was right."""
    from kiosk.demo import fill_demo
    from kiosk.store import journal
    from kiosk.store.market import check_clock

    clock.now = clock.now.replace(hour=9, minute=0)
    fill_demo(market, trial=True)
    assert check_clock(market) is None
    assert not journal.notices(market)
    clock.advance(minutes=15)  # a steward's real market, opened at 09:15, and then a clock that truly went back
    market.open_event("Free market", "Library steps", clock.now.date().isoformat())
    clock.advance(hours=-2)
    assert check_clock(market) is not None


@pytest.mark.parametrize("when", ["2026-11-28 09:00:00", "2026-11-28 14:20:00", "2026-11-28 21:00:00"])
def test_the_demo_command_leaves_a_day_the_clock_is_not_behind(tmp_path, when):
    """`commons-table demo` plays a made-up market day (an ordinary one, unmarked: for screenshots and trying
    things). It ran from 10:00 to 18:00 whatever the time: run before 18:00, every later start and command told
    the stewards to set a clock that was right. Its day is now over by the time the command runs."""
    db = tmp_path / "demo.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": "UTC"}
    out = subprocess.run(["faketime", when, sys.executable, "-m", "commons_table", "demo", "--db", str(db)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    (tmp_path / "sync").mkdir()  # the other kiosks' folder: empty, no other kiosk
    seen = at(when, db, tmp_path / "sync")
    assert seen["notices"] == [] and seen["days"] == [[when[:10], None]], seen
    assert len(seen["on_table"]) > 40  # the whole day was played, not cut short
