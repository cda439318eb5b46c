"""One measurement per process, printed as JSON: `benchmarks/run` starts these and compares them.

Run one by hand:  .venv/bin/python benchmarks/probes.py NAME [ARGS…]

Each probe runs in a fresh Python process so that its peak memory (ru_maxrss) is its own and a cold
start is really cold. Probes named bare_* are the bare PySide6 baselines measured in the same run.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

STARTED = time.time()  # a cold-start probe is given the moment its parent launched it (argv)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ["winter", "coat", "boots", "vegan", "sandwich", "books", "mug", "lamp", "drill", "seeds", "soap",
         "jeans", "puzzle", "radio", "pasta", "beans", "scarf", "blanket", "kettle", "charger"]
SIZE = (1280, 800)


def switch_language(window) -> None:  # a KioskWindow
    """What a visitor's tap in the language chooser does: the next of the kiosk's languages (Arabic mirrors)."""
    from kiosk.catalog import LANGUAGES

    window.set_language(LANGUAGES[(LANGUAGES.index(window.lang) + 1) % len(LANGUAGES)])

def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


# ----- data ------------------------------------------------------------------------------------------------


def fill(market, count: int) -> None:
    from kiosk.catalog import DEFAULT_CATEGORIES

    keys = [c.key for c in DEFAULT_CATEGORIES]
    market.ensure_event()
    with market.db.transaction():  # one commit for the whole fill: set-up, not measured
        for n in range(count):
            key = keys[n % len(keys)]
            tags = ["vegan"] if key.startswith("food") and n % 3 == 0 else []
            market.list_item(key, (n % 20) + 1, f"{WORDS[n % 20]} {WORDS[(n * 7) % 20]} {n}", tags)


def make_db(path: str, count: str, offers: str = "0") -> dict:
    from kiosk.store import open_market

    market = open_market(path)
    fill(market, int(count))
    with market.db.transaction():
        for n in range(int(offers)):
            market.offer_skill(f"{WORDS[n % 20].title()} repair {n}", "Bring it along, we fix it together.",
                               ("weekends",), f"ask at table {n % 9}")
    market.close()
    return {"things": int(count)}


def leave_wal(db: str) -> dict:
    """A kiosk that lists one thing and dies (kill -9, a power cut): the market is never closed, so its -wal
    stays beside the file for the next start to judge (this probe ends with os._exit)."""
    from kiosk.store import open_market

    market = open_market(db)
    market.ensure_event()
    market.list_item("books", 1, "A book left in the -wal")
    return {"wal_bytes": Path(db + "-wal").stat().st_size}


# ----- bare PySide6 baselines --------------------------------------------------------------------------------


def bare_start(launched: str) -> dict:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    w = QLabel("hello")
    w.resize(*SIZE)
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.repaint()
    del app
    return {"s": time.time() - float(launched), "peak_mb": peak_mb()}


def bare_list(count: str) -> dict:
    """A QListView over a QStringListModel: first paint, scrolled to the end, and a fixed-string filter."""
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QListView

    app = QApplication([])
    n = int(count)
    start = time.perf_counter()
    view = QListView()
    source = QStringListModel([f"{WORDS[k % 20]} {WORDS[(k * 7) % 20]} {k}" for k in range(n)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    view.setModel(proxy)
    view.resize(*SIZE)
    view.show()
    QTest.qWaitForWindowExposed(view)
    view.viewport().repaint()
    opened = time.perf_counter() - start
    view.scrollToBottom()
    view.viewport().repaint()
    filters = []
    for typed in ("s", "sa", "san", "sand", "sandw", "sandwi", "sandwic", "sandwich", "sandwich 1") * 3:
        start = time.perf_counter()
        proxy.setFilterFixedString(typed)
        view.viewport().repaint()
        filters.append(time.perf_counter() - start)
    del app
    return {"open_ms": ms(opened), "filter_p95_ms": ms(p95(filters)), "peak_mb": peak_mb()}


def bare_pdf(pages: str) -> dict:
    """A bare QPdfWriter writing `pages` pages of big words, timed from the process start."""
    import tempfile

    from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPdfWriter

    app = QGuiApplication([])
    with tempfile.TemporaryDirectory() as folder:
        writer = QPdfWriter(str(Path(folder) / "bare.pdf"))
        painter = QPainter(writer)
        font = QFont("DejaVu Sans")
        font.setPointSize(48)
        painter.setFont(font)
        for page in range(int(pages)):
            if page:
                writer.newPage()
            painter.drawText(400, 1200, f"Free table, page {page}")
        painter.end()
    del app
    return {"s": time.time() - STARTED, "peak_mb": peak_mb()}


# ----- the kiosk -------------------------------------------------------------------------------------------


def kiosk_start(launched: str, db: str) -> dict:
    """The real command, `commons-table --windowed --db DB`, in this process up to its painted home screen;
    then it ends as the kiosk ends (the market closed, the lock let go)."""
    import ui.qapp  # a few lines, nothing of Qt: so the command's `app.exec()` can be told to stop at the paint

    painted: list[float] = []
    made = ui.qapp.application

    def application():
        app = made()

        def until_painted() -> int:
            from PySide6.QtCore import QEventLoop

            window = next(w for w in app.topLevelWidgets() if w.objectName() == "KioskWindow")
            loop = QEventLoop()
            window.painted.connect(loop.quit)  # home's first frame is done
            window.painted.connect(lambda: painted.append(time.time() - float(launched)))
            loop.exec()
            window.quit_kiosk()  # as a steward's quit does
            return 0

        app.exec = until_painted
        return app

    ui.qapp.application = application
    from commons_table.cli import main

    code = main(["--windowed", "--db", db])
    if code != 0 or not painted:
        raise SystemExit(f"the kiosk did not start (exit status {code})")
    return {"s": painted[0], "peak_mb": peak_mb()}


def _window(db: str):
    from ui.app import application, prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtTest import QTest

    from kiosk.store import open_market
    from ui.main_window import KioskWindow

    app = application()
    window = KioskWindow(open_market(db))
    window.resize(*SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    # A visitor's first tap comes after the screens built in idle time behind the painted home screen.
    deadline = time.perf_counter() + 20
    while window._pending is not None and time.perf_counter() < deadline:
        app.processEvents()
    return app, window


def browse(db: str) -> dict:
    """See what's here: opening, scrolling to the end, search keystrokes, category taps, taking one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from ui.flow import Step

    app, window = _window(db)
    opens = []
    for _ in range(5):
        window.go_home()
        app.processEvents()
        start = time.perf_counter()
        window.go(Step.BROWSE)
        screen = window.screen_for(Step.BROWSE)
        screen.list.viewport().repaint()
        opens.append(time.perf_counter() - start)
        QTimer.singleShot(0, lambda: None)
        app.processEvents()
    screen = window.screen_for(Step.BROWSE)
    screen.list.scrollToBottom()
    screen.list.viewport().repaint()
    app.processEvents()
    memory = peak_mb()

    keystrokes = []
    for _ in range(3):
        for typed in ("s", "sa", "san", "sand", "sandw", "sandwi", "sandwic", "sandwich", "sandwich 1",
                      "sandwich", "b", "bo", "boo", "book", "books", "books 5", "books", "", "c", "co"):
            screen.search.setText(typed)
            start = time.perf_counter()
            screen.apply_filter()  # what the search pause runs after each keystroke
            screen.list.viewport().repaint()
            keystrokes.append(time.perf_counter() - start)
    screen.search.clear()
    screen.apply_filter()

    taps = []
    keys = list(screen.chips)
    for _ in range(3):
        for key in keys:
            chip = screen.chips[key]
            start = time.perf_counter()
            QTest.mouseClick(chip, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
            screen.list.viewport().repaint()
            taps.append(time.perf_counter() - start)
    screen.choose_category(None)

    takes = []
    for row in range(60):
        index = screen.proxy.index(row, 0)
        start = time.perf_counter()
        screen.take_at(index)
        screen.list.viewport().repaint()
        takes.append(time.perf_counter() - start)
    window.undo_bar.forget()
    return {
        "open_ms": ms(statistics.median(opens)), "first_open_ms": ms(opens[0]),
        "search_median_ms": ms(statistics.median(keystrokes)), "search_p95_ms": ms(p95(keystrokes)),
        "category_median_ms": ms(statistics.median(taps)), "category_p95_ms": ms(p95(taps)),
        "take_p99_ms": ms(p99(takes)), "peak_mb_scrolled": memory, "peak_mb": peak_mb(),
    }


def language(db: str, switches: str = "500") -> dict:
    """Language switches: the time of one, and the memory still held after many (as an idle reset does)."""
    import gc

    from ui.flow import Step

    app, window = _window(db)
    for step in (Step.BROWSE, Step.WANTED, Step.HOME):  # the screens a visitor has seen are built
        window.go(step)
        app.processEvents()
    times = []
    for _ in range(20):
        start = time.perf_counter()
        switch_language(window)
        app.processEvents()
        times.append(time.perf_counter() - start)
    gc.collect()
    before = rss_mb()
    for n in range(int(switches)):
        switch_language(window)
        if n % 10 == 0:
            app.processEvents()
    app.processEvents()
    gc.collect()
    return {"switch_median_ms": ms(statistics.median(times)), "switch_p95_ms": ms(p95(times)),
            "growth_mb": round(rss_mb() - before, 2), "switches": int(switches), "peak_mb": peak_mb()}


def signs(db: str, kind: str = "all") -> dict:
    """`commons-table signs` in one process, timed from the process start, with its peak memory."""
    import tempfile

    from commons_table.cli import main

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "signs.pdf"
        status = main(["signs", "--db", db, "--out", str(out), "--kind", kind])
        pages = out.read_bytes().count(b"/Type /Page\n") or out.read_bytes().count(b"/Type /Page")
    return {"s": time.time() - STARTED, "status": status, "pages": pages, "peak_mb": peak_mb()}


def export(db: str, fmt: str) -> dict:
    """`commons-table export` in one process, timed from the process start, with its peak memory."""
    import tempfile

    from commons_table.cli import main

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"summary.{fmt}"
        status = main(["export", "--db", db, "--format", fmt, "--out", str(out)])
        size = out.stat().st_size if out.exists() else 0
    return {"s": time.time() - STARTED, "status": status, "bytes": size, "peak_mb": peak_mb()}


def imports(module: str) -> dict:
    """How long importing one module costs in a fresh process."""
    start = time.perf_counter()
    __import__(module)
    return {"s": time.perf_counter() - start, "peak_mb": peak_mb()}


def first_use(db: str) -> dict:
    """What is built on first use, timed as a visitor or steward meets it: the keyboard on the first tap into
    a text field, the steward's tools on entering the steward area, See what's here on its first visit."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from ui.flow import Step

    app, window = _window(db)
    start = time.perf_counter()
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    browse.list.viewport().repaint()
    first_browse = time.perf_counter() - start
    start = time.perf_counter()
    QTest.mouseClick(browse.search, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(20, browse.search.height() // 2))
    while not window.keyboard.isVisible() and time.perf_counter() - start < 5:
        app.processEvents()
    window.repaint()
    keyboard = time.perf_counter() - start
    window.go_home()
    app.processEvents()
    start = time.perf_counter()
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.repaint()
    steward = time.perf_counter() - start
    return {"first_browse_ms": ms(first_browse), "keyboard_ms": ms(keyboard), "steward_ms": ms(steward),
            "peak_mb": peak_mb()}


def soak(db: str, visitors: str = "2000", hours: str = "8") -> dict:
    """A market day in accelerated time: `visitors` people over `hours` hours list things, browse, search,
    take, undo, post wants, switch language and walk away (idle resets), through the screens' own code.
    Memory is read at the end of every hour; the clock moves on so movements land in later quarter hours."""
    import datetime as dt
    import gc
    import random

    from kiosk.store import open_market
    from ui.app import application, prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest

    from ui.flow import Step
    from ui.main_window import KioskWindow

    moment = [dt.datetime(2026, 11, 28, 10, 0).astimezone()]
    market = open_market(db, clock=lambda: moment[0])
    app = application()
    window = KioskWindow(market)
    window.resize(*SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    rng = random.Random(12)
    keys = [c.key for c in market.categories()]
    people, span = int(visitors), int(hours)
    per_hour = max(1, people // span)
    hourly: list[float] = []
    start = time.perf_counter()

    def visit(n: int) -> None:
        home = window.screen_for(Step.HOME)
        if rng.random() < 0.15:
            switch_language(window)
        roll = rng.random()
        if roll < 0.35:  # list what they brought
            home.tiles[Step.BRING].click()
            bring = window.screen_for(Step.BRING)
            bring.pick_category(rng.choice(keys))
            bring.set_count(rng.choice([1, 2, 3, 5, None]))
            bring.title_edit.setText(f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n}")
            bring.put_on_table()
            if rng.random() < 0.1 and window.undo_bar.isVisible():
                window.undo_bar.undo_button.click()
        elif roll < 0.85:  # see what's here, maybe search or pick a kind, take one, maybe undo
            home.tiles[Step.BROWSE].click()
            browse = window.screen_for(Step.BROWSE)
            if rng.random() < 0.5:
                browse.search.setText(rng.choice(WORDS)[: rng.randint(1, 6)])
                browse.apply_filter()
            elif rng.random() < 0.5:
                browse.choose_category(rng.choice(keys))
            for _ in range(rng.randint(0, 3)):
                if browse.proxy.rowCount():
                    browse.take_at(browse.proxy.index(rng.randrange(min(20, browse.proxy.rowCount())), 0))
            if rng.random() < 0.1 and window.undo_bar.isVisible():
                window.undo_bar.undo_button.click()
        elif roll < 0.95:  # looking for something
            home.tiles[Step.WANTED].click()
            wanted = window.screen_for(Step.WANTED)
            wanted.pick_category(rng.choice(keys))
            wanted.post_want()
            if window.notice.isVisible():
                window.notice.dismiss()
        else:
            home.tiles[Step.SKILLS].click()
        app.processEvents()
        if rng.random() < 0.4:
            window.idle_reset()  # they walked away: the kiosk forgets them and goes home
        else:
            window.go_home()
        window.undo_bar.forget()

    for n in range(people):
        visit(n)
        moment[0] += dt.timedelta(hours=span) / people
        if (n + 1) % per_hour == 0:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            hourly.append(round(rss_mb(), 2))
    return {"visitors": people, "hours": span, "seconds": round(time.perf_counter() - start, 1),
            "hourly_mb": hourly, "growth_mb": round(hourly[-1] - hourly[0], 2), "peak_mb": peak_mb(),
            "things_here": market.things_here()}


PROBES = {f.__name__: f for f in (make_db, leave_wal, bare_start, bare_list, bare_pdf, kiosk_start, browse, language,
                                   signs, export, imports, first_use, soak)}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))
    sys.stdout.flush()
    os._exit(0)  # no teardown in the numbers (and no shutdown noise from half-freed Qt objects)
