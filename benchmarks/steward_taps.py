"""The steward's taps of `probes.py taps` alone (PIN, market days, close, open, Print signs and its preview), on a
copy of a data file, each timed to its painted frame as there (FrameClock); optionally with cProfile per row.

Run:  .venv/bin/python benchmarks/steward_taps.py DB ROUNDS ["open a market,market days"]

DB is left as it is (a copy is played on); make one with `benchmarks/probes.py make_db /tmp/t.db 10000`. Prints
p95, median and first of each row, then the profiles asked for. A minute at 10 000 things, not the whole taps run.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probes import FrameClock, _window, ms, p95, steward_round  # benchmarks/ is not a package: found beside this file


def main(source: str, rounds: int, profiled: set[str]) -> None:

    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH
    from kiosk.store import open_market

    folder = tempfile.mkdtemp(prefix="steward-taps-")
    db = str(Path(folder) / "t.db")
    shutil.copy(source, db)
    market = open_market(db)
    market.ensure_event()
    market.set_setting(PIN_HASH, hash_pin("2468"))
    market.close()
    import ui.speech

    ui.speech.ENGINES = ("mock",)  # as in probes.taps()
    _app, window = _window(db)
    clock = FrameClock(window)
    times: dict[str, list[float]] = {}
    profiles: dict[str, cProfile.Profile] = {}

    def tap(row: str, widget, frames: FrameClock = clock) -> None:
        profile = profiles.setdefault(row, cProfile.Profile()) if row in profiled else None
        if profile is not None:
            profile.enable()
        seconds = frames.tap(widget)
        if profile is not None:
            profile.disable()
        times.setdefault(row, []).append(seconds)
        clock.settle()

    for round_ in range(rounds + 1):
        steward_round(window, clock, tap, round_)
        window.go_home()
        clock.settle()
        window.undo_bar.forget()
    print(f"load {' '.join(f'{n:.2f}' for n in os.getloadavg())}, {rounds} rounds after the first")
    for row, values in times.items():
        later = values[1:] or values
        print(f"{row:45s} p95 {ms(p95(later)):8.1f} ms  median {ms(statistics.median(later)):8.1f} ms  "
              f"first {ms(values[0]):8.1f} ms")
    for row, profile in profiles.items():
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(40)
        print(f"===== {row}\n{text.getvalue()}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4,
         set(filter(None, sys.argv[3].split(","))) if len(sys.argv) > 3 else set())
    sys.stdout.flush()
    os._exit(0)  # no teardown in the numbers (as probes.py)
