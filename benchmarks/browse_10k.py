"""How "see what's here" feels with 10 000 things on the table.

Run:  .venv/bin/python benchmarks/browse_10k.py [--items 10000]

Every number is also given as a ratio against a bare PySide6 baseline measured in the same run
(a plain QListView over a QStringListModel of the same length, in a plain window), so results
compare across machines. Lower is better; a ratio near 1 means "as fast as Qt itself".

Every budget (these included, and peak memory) is in benchmarks/run; this is the quick look.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/ is not a package: probes.py beside this file
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.app import application, prepare_environment

prepare_environment(headless=True)

from probes import search_now  # noqa: E402
from PySide6.QtCore import QStringListModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QListView  # noqa: E402

from kiosk.catalog import DEFAULT_CATEGORIES  # noqa: E402
from kiosk.store import open_market  # noqa: E402
from ui.flow import Step  # noqa: E402
from ui.main_window import KioskWindow  # noqa: E402

WORDS = ["winter", "coat", "boots", "vegan", "sandwich", "books", "mug", "lamp", "drill", "seeds", "soap",
         "jeans", "puzzle", "radio", "pasta", "beans", "scarf", "blanket", "kettle", "charger"]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def fill(market, count: int) -> None:
    keys = [c.key for c in DEFAULT_CATEGORIES]
    with market.db.transaction():  # one commit for the whole fill: this part is set-up, not measured
        for n in range(count):
            key = keys[n % len(keys)]
            tags = ["vegan"] if key.startswith("food") and n % 3 == 0 else []
            market.list_item(key, (n % 20) + 1, f"{WORDS[n % 20]} {WORDS[(n * 7) % 20]} {n}", tags)


def scroll_frames(view: QListView, frames: int = 60, step: int = 37) -> float:
    """Median time to move the list by `step` pixels and paint it."""
    bar = view.verticalScrollBar()
    times = []
    for _ in range(frames):
        start = time.perf_counter()
        bar.setValue((bar.value() + step) % max(1, bar.maximum()))
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    app = application()
    size = (1280, 800)

    # Baseline: bare Qt, same number of rows.
    start = time.perf_counter()
    bare = QListView()
    bare.setModel(QStringListModel([f"row {n}" for n in range(args.items)]))
    bare.resize(*size)
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    bare.viewport().repaint()
    bare_open = time.perf_counter() - start
    bare_frame = scroll_frames(bare)
    bare.close()

    with tempfile.TemporaryDirectory() as folder:
        market = open_market(Path(folder) / "bench.db")
        fill(market, args.items)
        window = KioskWindow(market)
        window.resize(*size)
        window.show()
        QTest.qWaitForWindowExposed(window)

        start = time.perf_counter()
        window.go(Step.BROWSE)
        browse = window.screen_for(Step.BROWSE)
        browse.list.viewport().repaint()
        open_browse = time.perf_counter() - start
        assert browse.proxy.rowCount() == args.items

        frame = scroll_frames(browse.list)

        keystrokes = []
        for typed in ("s", "sa", "san", "sand", "sandw", "sandwi", "sandwic", "sandwich", "sandwich 1"):
            browse.search.setText(typed)
            start = time.perf_counter()
            search_now(browse)  # what the search pause runs after each keystroke
            browse.list.viewport().repaint()
            keystrokes.append(time.perf_counter() - start)
        matches = browse.proxy.rowCount()

        take_times = []
        browse.search.clear()
        browse.apply_filter()
        for row in range(20):
            index = browse.proxy.index(row, 0)
            start = time.perf_counter()
            browse.take_at(index)
            browse.list.viewport().repaint()
            take_times.append(time.perf_counter() - start)
        window.undo_bar.forget()
        window.close()
        market.close()

    result = {
        "items": args.items,
        "bare_qt": {"open_ms": ms(bare_open), "scroll_frame_ms": ms(bare_frame)},
        "kiosk": {
            "open_see_whats_here_ms": ms(open_browse),
            "scroll_frame_ms": ms(frame),
            "search_keystroke_median_ms": ms(statistics.median(keystrokes)),
            "search_keystroke_worst_ms": ms(max(keystrokes)),
            "take_one_median_ms": ms(statistics.median(take_times)),
            "search_matches_for_last_query": matches,
        },
        "ratios_vs_bare_qt": {
            "open": round(open_browse / bare_open, 2),
            "scroll_frame": round(frame / bare_frame, 2),
            "search_keystroke_vs_bare_frame": round(statistics.median(keystrokes) / bare_frame, 2),
        },
    }
    print(json.dumps(result, indent=2))
    app.quit()


if __name__ == "__main__":
    main()
