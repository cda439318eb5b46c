"""Nothing acknowledged is lost: a child process is killed mid-stream, again and again."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

CHILD = r"""
import sys
from kiosk.store import open_market
market = open_market(sys.argv[1])
n = 0
while True:
    n += 1
    listed = market.list_item("books", (n % 50) + 1, f"Box {n}")
    # The id is printed only after list_item returned, i.e. after the commit.
    print(listed.item.id, flush=True)
"""

TRIALS = 24


@pytest.mark.parametrize("trial", range(TRIALS))
def test_every_acknowledged_listing_survives_sigkill(tmp_path, trial):
    path = tmp_path / "kill.db"
    rng = random.Random(trial)
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout is not None
    # The clock starts at the first acknowledged listing, so a slow start on a busy machine
    # does not turn the trial into one that kills the child before it did anything.
    first = proc.stdout.readline()
    assert first, "the child listed nothing"
    acknowledged: list[int] = [int(first)]
    deadline = time.monotonic() + 0.05 + rng.random() * 1.0
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acknowledged.append(int(line))
    proc.send_signal(signal.SIGKILL)
    # Whatever the child printed before dying was acknowledged too.
    rest, _ = proc.communicate(timeout=10)
    acknowledged += [int(x) for x in rest.split()]
    assert acknowledged, "the child listed nothing before it was killed"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in con.execute("SELECT id FROM items")}
    con.close()
    missing = set(acknowledged) - stored
    assert not missing, f"acknowledged but lost: {sorted(missing)[:10]}"
