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
            # No contact: cards with contacts are only ever printed, and `signs --out` refuses to save them.
            market.offer_skill(f"{WORDS[n % 20].title()} repair {n}", "Bring it along, we fix it together.",
                               ("weekends",), "")
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


def search_now(browse) -> None:
    """browse.apply_filter(), and its rows shown."""
    browse.apply_filter()
    rows_found(browse)


def rows_found(browse) -> None:
    """Until a search's rows are shown: they come back from the search thread, waited for in a QEventLoop, as under
    app.exec() (QTest.qWait holds Python's lock while it sleeps, and the search thread would wait on it)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if browse.searching():
        loop = QEventLoop()
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        browse.shown.connect(loop.quit)
        limit.start(5000)
        loop.exec()
        limit.stop()
        browse.shown.disconnect(loop.quit)


def _window(db: str, clock=None):
    """The kiosk's window on `db` (its market on `clock`, else the machine's), its -wal checkpointed on a thread of
    its own, shown, once home's idle-time building is done."""
    from ui.app import application, prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtTest import QTest

    from kiosk.store import open_market
    from ui.main_window import KioskWindow

    app = application()
    window = KioskWindow(open_market(db) if clock is None else open_market(db, clock=clock))
    from ui.checkpoints import start_checkpoints

    start_checkpoints(window.market, window)  # as the kiosk's start does (ui/app.py)
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
            search_now(screen)  # what the search pause runs after each keystroke
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
    panel = time.perf_counter() - start
    # Qt Virtual Keyboard lists its layouts on a thread of its own and makes the keys when that answers, a turn
    # or more after the panel's first frame: what a visitor can type on is the frame with the keys.
    while window.keyboard.key("q") is None and time.perf_counter() - start < 5:
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
    return {"first_browse_ms": ms(first_browse), "keyboard_ms": ms(keyboard), "panel_ms": ms(panel),
            "steward_ms": ms(steward),
            "peak_mb": peak_mb()}


def soak(db: str, visitors: str = "2000", hours: str = "8") -> dict:
    """A market day in accelerated time: `visitors` people over `hours` hours list things, browse, search,
    take, undo, post wants, switch language and walk away (idle resets), through the screens' own code.
    Memory is read at the end of every hour; the clock moves on so movements land in later quarter hours."""
    import datetime as dt
    import gc
    import random

    from ui.app import prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.flow import Step

    moment = [dt.datetime(2026, 11, 28, 10, 0).astimezone()]
    app, window = _window(db, lambda: moment[0])
    market = window.market
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
                search_now(browse)
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


# ----- taps to painted frames (issue 25) ---------------------------------------------------------------------
#
# How "painted" is marked. A widget never paints itself when it changes: it asks its top-level window for a
# frame, and Qt posts that window an UpdateRequest (at low priority, so work a tap left in zero-timers is done
# first). Handling it paints every dirty widget into the window's backing store and flushes the store to the
# screen (offscreen: into the platform's image), all before the event returns. So FrameClock watches the
# top-level widget's events (an event filter on that one widget, not the application) and, on the first
# UpdateRequest after the tap, posts a zero-timer: it runs as soon as that event has been handled, i.e. at the
# end of the frame, painted and flushed. A tap is timed from just before QTest sends its press to that moment,
# waiting in a real QEventLoop (as the kiosk's app.exec(): deferred deletions happen as they would there).


class FrameClock:
    def __init__(self, window, everywhere: bool = False):
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        clock = self

        class Watch(QObject):
            def eventFilter(self, watched, event) -> bool:
                if clock.armed and event.type() == QEvent.Type.UpdateRequest and (
                        watched is clock.window or (clock.everywhere and watched.isWidgetType()
                                                    and watched.isWindow())):
                    clock.armed = False
                    QTimer.singleShot(0, clock.frame_done)
                return False

        self.window, self.everywhere, self.armed, self.ended = window, everywhere, False, 0.0
        self.watch = Watch()
        self.QEventLoop, self.QTimer = QEventLoop, QTimer
        (QApplication.instance() if everywhere else window).installEventFilter(self.watch)
        self.loop = None

    def frame_done(self) -> None:
        self.ended = time.perf_counter()
        if self.loop is not None:
            self.loop.quit()

    def arm(self) -> None:
        self.armed, self.ended = True, 0.0

    def expect(self) -> None:
        """A frame is to come, armed later (arm()): wait() waits for it, not for one painted before."""
        self.armed, self.ended = False, 0.0

    def wait(self, seconds: float = 10) -> float:
        """Until the armed frame is painted; returns the moment it was (perf_counter)."""
        if not self.ended:
            self.loop = self.QEventLoop()
            self.QTimer.singleShot(round(seconds * 1000), self.loop.quit)
            self.loop.exec()
            self.loop = None
        if not self.ended:
            raise RuntimeError("no frame was painted")
        return self.ended

    def tap(self, widget, pos=None) -> float:
        """A real click where a finger lands (the middle unless `pos`) to the end of the next painted frame."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if not (widget.isVisible() and widget.isEnabled()):
            raise RuntimeError(f"{widget.accessibleName() or widget} cannot be tapped")
        at = pos if pos is not None else widget.rect().center()
        start = time.perf_counter()
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        # Armed after the press: the frame the press itself may paint (a button shown pressed) is not the tap's
        # frame; the tap's is the first painted after the release, with what the release did in it.
        self.arm()
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        return self.wait() - start

    def key(self, widget, letter: str) -> float:
        from PySide6.QtTest import QTest

        self.arm()
        start = time.perf_counter()
        QTest.keyClick(widget, letter)
        return self.wait() - start

    def settle(self) -> None:
        """Let whatever a tap left (timers, later frames) happen, as the moments between two taps do."""
        from PySide6.QtTest import QTest

        QTest.qWait(5)


def bare_taps(count: str = "30") -> dict:
    """Bare PySide6: a window of buttons where a tap changes a label's words, and one where a tap turns a
    stacked page; timed as the kiosk's taps are (FrameClock), in a window of the same size."""
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

    app = QApplication([])
    window = QWidget()
    column = QVBoxLayout(window)
    words = QLabel("nothing yet")
    change = QPushButton("change the words")
    stack = QStackedWidget()
    for n in range(2):
        page = QWidget()
        inner = QVBoxLayout(page)
        for k in range(6):
            inner.addWidget(QPushButton(f"page {n} button {k}"))
        stack.addWidget(page)
    turn = QPushButton("turn the page")
    change.clicked.connect(lambda: words.setText(f"{WORDS[len(words.text()) % 20]} {time.perf_counter()}"))
    turn.clicked.connect(lambda: stack.setCurrentIndex(1 - stack.currentIndex()))
    for w in (words, change, stack, turn):
        column.addWidget(w)
    window.resize(*SIZE)
    window.show()
    from PySide6.QtTest import QTest

    QTest.qWaitForWindowExposed(window)
    clock = FrameClock(window)
    words_taps, page_taps = [], []
    for _ in range(int(count)):
        words_taps.append(clock.tap(change))
        clock.settle()
        page_taps.append(clock.tap(turn))
        clock.settle()
    del app
    return {"words_p95_ms": ms(p95(words_taps)), "words_median_ms": ms(statistics.median(words_taps)),
            "page_p95_ms": ms(p95(page_taps)), "page_median_ms": ms(statistics.median(page_taps)),
            "peak_mb": peak_mb()}


def taps(db: str, rounds: str = "20") -> dict:
    """Every visitor's and steward's tap on the real widgets, each timed to its painted frame (FrameClock).
    Each row: p95 and median over `rounds` taps after the first, and the first tap alone (a screen built or
    read on first use). Also, for the rows measured before on an internal call, that call again."""
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH
    from kiosk.store import open_market
    from ui.flow import Step

    market = open_market(db)
    market.ensure_event()
    market.set_setting(PIN_HASH, hash_pin("2468"))
    market.close()
    import ui.speech

    # speech-dispatcher does not answer on this machine (the first say() waits on it, on the window's thread):
    # read aloud's taps are timed with Qt's own mock engine, so the row measures the kiosk, not the daemon.
    ui.speech.ENGINES = ("mock",)
    app, window = _window(db)
    clock = FrameClock(window)
    home = window.screen_for(Step.HOME)
    times: dict[str, list[float]] = {}
    n = int(rounds) + 1  # the first tap of each row is reported on its own

    def timed(row: str, seconds: float) -> None:
        times.setdefault(row, []).append(seconds)
        clock.settle()

    def tap(row: str, widget, pos=None) -> None:
        if os.environ.get("PROBE_TRACE"):
            print(row, file=sys.stderr, flush=True)
        timed(row, clock.tap(widget, pos))

    def go_home() -> None:
        if window.step != Step.HOME:
            tap("the home button", window.home_button)

    browse = window.screen_for(Step.BROWSE)
    paused: list[float] = []

    pausing = QEventLoop()
    pause_limit = QTimer()  # one timer, stopped once the pause ran out: no stale quit cuts a later wait short
    pause_limit.setSingleShot(True)
    pause_limit.setInterval(2000)
    pause_limit.timeout.connect(pausing.quit)

    def filter_after_pause() -> None:  # the search's own pause ran out: its list, timed from here
        paused.append(time.perf_counter())
        pausing.quit()
        clock.expect()
        browse.apply_filter()  # the search thread finds the rows; then shown_now()

    def shown_now() -> None:  # the rows found are in the list: the tap ends with the next frame painted
        clock.arm()
        # Painted again even when the letter found the same rows (then the list is not reset and would not be).
        browse.list.viewport().update()

    for round_ in range(n):
        while len(window.market.skill_offers()) < 12:  # each round closes the market (and its offers) again
            window.market.offer_skill(f"{WORDS[round_ % 20].title()} repair", "Bring it along.", ("weekends",), "")
        for step in (Step.BRING, Step.BROWSE, Step.WANTED, Step.SKILLS):
            tap(f"home tile: {step.value}", home.tiles[step])
            go_home()
        # bring's three taps: a kind, how many, put it on the table (to the thank-you painted)
        tap("home tile: bring", home.tiles[Step.BRING])
        bring = window.screen_for(Step.BRING)
        tap("bring: a kind", bring.categories.tiles[list(bring.categories.tiles)[round_ % 5]])
        tap("bring: how many", bring.quick_buttons[2])
        tap("bring: put it on the table", bring.done)
        tap("undo (a listing)", window.undo_bar.undo_button)
        go_home()
        # see what's here: take one (the row's own button), undo, a kind chip, a search keystroke
        tap("home tile: browse", home.tiles[Step.BROWSE])
        rect = browse.list.visualRect(browse.proxy.index(round_ % 3, 0))
        tap("take one", browse.list.viewport(), browse.delegate.button_rect(rect).center())
        tap("undo (a take)", window.undo_bar.undo_button)
        keys = [k for k in browse.chips if k is not None]
        tap("a kind chip", browse.chips[keys[round_ % len(keys)]])
        tap("a kind chip", browse.chips[None])
        QTest.mouseClick(browse.search, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(20, browse.search.height() // 2))  # the keyboard comes up
        clock.settle()
        browse.search_pause.timeout.disconnect(browse.apply_filter)
        browse.search_pause.timeout.connect(filter_after_pause)
        browse.shown.connect(shown_now)
        for letter in "sandw"[: 1 + round_ % 5]:
            paused.clear()
            timed("a search keystroke (the letter shown)", clock.key(browse.search, letter))
            if not paused:  # in a real event loop, as app.exec(): QTest.qWait holds Python's lock while it sleeps,
                pause_limit.start()  # and the search thread would wait on it
                pausing.exec()
                pause_limit.stop()
            if paused:
                timed("search results painted (from the pause's end)", clock.wait() - paused[0])
        browse.search_pause.timeout.disconnect(filter_after_pause)
        browse.search_pause.timeout.connect(browse.apply_filter)
        browse.shown.disconnect(shown_now)
        window.setFocus()
        go_home()
        # the language button and a language
        from kiosk.catalog import LANGUAGES

        tap("the language button (chooser painted)", window.language_button)
        nxt = LANGUAGES[(LANGUAGES.index(window.lang) + 1) % len(LANGUAGES)]
        tap("a language (home painted in it)", window.notice.answer_button(nxt))
        if round_ % 2:  # back to English (so the rounds see every language), as a visitor would, untimed: a
            # direct set_language() here left its deferred work (a refit of every button, a repaint) to the
            # next timed tap, and every other "large text on" took it (its p95 was twice its median)
            clock.tap(window.language_button)
            clock.settle()
            clock.tap(window.notice.answer_button("en"))
            clock.settle()
        # large text and read aloud, on and off
        tap("large text on", home.large_button)
        tap("large text off", home.large_button)
        if home.speak_button.isVisible():
            tap("read aloud on", home.speak_button)
            tap("read aloud off", home.speak_button)
        # looking for: post a want, then it is found
        tap("home tile: wanted", home.tiles[Step.WANTED])
        wanted = window.screen_for(Step.WANTED)
        tap("wanted: a kind", wanted.categories.tiles[list(wanted.categories.tiles)[round_ % 5]])
        tap("post a want", wanted.post)
        if window.notice.isVisible():
            tap("a notice's OK", window.notice.answer_button("ok"))
        if window.step != Step.WANTED:
            tap("home tile: wanted", home.tiles[Step.WANTED])
        if wanted.see_wants.isVisible():
            tap("wanted: see what people look for", wanted.see_wants)
        rect = wanted.list.visualRect(wanted.model.index(0, 0))
        tap("found it", wanted.list.viewport(), wanted.delegate.button_rect(rect).center())
        go_home()
        # skills: open one offer's code
        tap("home tile: skills", home.tiles[Step.SKILLS])
        skills = window.screen_for(Step.SKILLS)
        index = skills.model.index(round_ % max(1, skills.model.rowCount()), 0)
        skills.view.scrollTo(index)
        clock.settle()
        tap("open a skill's code", skills.view.viewport(), skills.view.visualRect(index).center())
        go_home()
        # the steward: PIN pad, open/close market, Print signs and its preview
        steward_round(window, clock, lambda row, widget, frames=clock: timed(row, frames.tap(widget)), round_)
        go_home()
        window.undo_bar.forget()

    internal = _internal_calls(app, window)
    rows = {}
    for row, values in times.items():
        later = values[1:] or values
        rows[row] = {"p95_ms": ms(p95(later)), "median_ms": ms(statistics.median(later)), "first_ms": ms(values[0]),
                     "taps": len(values)}
    return {"rows": rows, "internal": internal, "peak_mb": peak_mb()}


def steward_round(window, clock: FrameClock, tap, round_: int) -> None:
    """The steward's taps of one round, from home: the PIN pad, Market days, close a market and open the next,
    Print signs and Qt's preview of every page (closed again). `tap(row, widget, frames)` times one tap to the
    frame `frames` sees painted (`clock` unless the row needs another window's)."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from ui.flow import Step

    def tool(step: Step) -> QPushButton:  # a tool's button on the steward page: its screen is built on first use
        steward = window.screen_for(Step.STEWARD)
        return next(b for b in steward.findChildren(QPushButton) if b.property("opens") == step.value)

    tap("steward button (PIN pad painted)", window.steward_button)
    pin = window.screen_for(Step.PIN)
    for digit in "2468":
        tap("a PIN key", pin.keys[digit])
    tap("PIN OK (steward area painted)", pin.keys["ok"])
    # A steward reads the page before a tool is tapped: the tools are built in that idle time (ui/window/building.py),
    # as a visitor's screens are behind home before the first visitor's tap (_window).
    deadline = time.perf_counter() + 20
    while window.unbuilt_tools() and time.perf_counter() < deadline:
        QApplication.processEvents()
    tap("market days", tool(Step.EVENTS))
    events = window.screen_for(Step.EVENTS)
    tap("close this market (the question)", events.close_button)
    tap("kept for next time (the summary painted)", window.notice.answer_button("kept"))
    if window.notice.isVisible():
        tap("a notice's OK", window.notice.answer_button("ok"))
    window.go(Step.EVENTS)
    clock.settle()
    tap("open a market", events.start_button)
    if window.notice.isVisible():
        tap("a notice's OK", window.notice.answer_button("ok"))
    from kiosk.store import carry_over

    while carry_over.pending(window.market) is not None:  # what the last market kept comes back in idle time
        clock.settle()  # (a second or so at 10 000 things: the moments before the steward's next tap)
    window.go(Step.STEWARD)
    clock.settle()
    tap("Print signs (its preview painted)", tool(Step.SIGNS))
    signs = window.screen_for(Step.SIGNS)
    tap("a kind of sign (preview painted)", list(signs.kind_buttons.values())[round_ % 3])
    dialog_clock = FrameClock(window, everywhere=True)  # Qt's preview is a window of its own
    dialog_clock.armed = False
    tap("every page (Qt's print preview painted)", signs.every_page_button, dialog_clock)
    QApplication.instance().removeEventFilter(dialog_clock.watch)
    if signs.preview_dialog is not None:
        signs.preview_dialog.close()
    clock.settle()


def _internal_calls(app, window) -> dict:
    """The calls the last round's rows timed (to a repaint), for the rows beside them."""
    from ui.flow import Step

    window.go_home()
    app.processEvents()
    browse = window.screen_for(Step.BROWSE)
    opens, searches, chips, takes, switches = [], [], [], [], []
    for n in range(10):
        window.go_home()
        app.processEvents()
        start = time.perf_counter()
        window.go(Step.BROWSE)
        browse.list.viewport().repaint()
        opens.append(time.perf_counter() - start)
        for typed in ("s", "sa", "san"):
            browse.search.setText(typed)
            start = time.perf_counter()
            search_now(browse)
            browse.list.viewport().repaint()
            searches.append(time.perf_counter() - start)
        browse.search.clear()
        browse.apply_filter()
        start = time.perf_counter()
        browse.choose_category(list(browse.chips)[1 + n % 5])
        browse.list.viewport().repaint()
        chips.append(time.perf_counter() - start)
        browse.choose_category(None)
        start = time.perf_counter()
        browse.take_at(browse.proxy.index(n % 3, 0))
        browse.list.viewport().repaint()
        takes.append(time.perf_counter() - start)
        window.undo_bar.undo_button.click()
        start = time.perf_counter()
        switch_language(window)
        app.processEvents()
        switches.append(time.perf_counter() - start)
    window.set_language("en")
    return {"open_browse_p95_ms": ms(p95(opens)), "search_p95_ms": ms(p95(searches)),
            "category_p95_ms": ms(p95(chips)), "take_p95_ms": ms(p95(takes)),
            "set_language_p95_ms": ms(p95(switches))}


def chooser(db: str, warm: str = "100", changes: str = "500") -> dict:
    """The language chooser as a visitor uses it: a tap on the language button (to the chooser painted), a
    tap on the next language (to the screen painted in it); memory after `warm` changes and after `changes`
    more, as the kiosk runs (each wait is a real QEventLoop, so deleteLater() happens as under app.exec())."""
    import gc

    from kiosk.catalog import LANGUAGES
    from ui.flow import Step

    app, window = _window(db)
    for step in (Step.BROWSE, Step.WANTED, Step.HOME):  # the screens a visitor has seen are built
        window.go(step)
        app.processEvents()
    clock = FrameClock(window)
    opened, chosen = [], []

    def change() -> None:
        opened.append(clock.tap(window.language_button))
        clock.settle()
        nxt = LANGUAGES[(LANGUAGES.index(window.lang) + 1) % len(LANGUAGES)]
        chosen.append(clock.tap(window.notice.answer_button(nxt)))
        clock.settle()

    for _ in range(int(warm)):
        change()
    gc.collect()
    before = rss_mb()
    for _ in range(int(changes)):
        change()
    gc.collect()
    return {"open_p95_ms": ms(p95(opened)), "open_median_ms": ms(statistics.median(opened)),
            "choose_p95_ms": ms(p95(chosen)), "choose_median_ms": ms(statistics.median(chosen)),
            "growth_mb": round(rss_mb() - before, 2), "changes": int(changes), "peak_mb": peak_mb()}


def day(db: str, visitors: str = "2000", hours: str = "8") -> dict:
    """A whole day, mixed, at the size of `db`: `visitors` people over `hours` hours, each a few real taps
    (QTest clicks on the real widgets) — listing, browsing, searching, taking, undoing, posting wants, offering
    skills and opening their codes, changing language through the chooser, large text and read aloud on and
    off, walking away — a steward every hour printing signs to a preview and exporting the summary, and an
    exchange with a second kiosk every 3 s of the day's clock (kiosk.several_kiosks.exchange.exchange with a
    folder shared with a second, fresh data file, which lists and takes things of its own).

    The hours are simulated by visitor counts: the clock moves 8 h / visitors per visitor, and memory (RSS,
    after a garbage collection) is read each time another visitors / hours people have passed: after that hour's
    steward (hourly_busy_mb), and at the quiet moment after it, when the idle timer resets the kiosk (hourly_mb).
    The peak is the process's own high-water mark (ru_maxrss), whenever it came."""
    import datetime as dt
    import gc
    import random
    import shutil
    import tempfile

    from kiosk.several_kiosks.exchange import exchange
    from kiosk.store import open_market

    folder = Path(tempfile.mkdtemp(prefix="day-"))
    shared = folder / "shared"
    shared.mkdir()
    other_db = folder / "second.db"  # the second kiosk: its own fresh file, filled by the exchanges
    moment = [dt.datetime(2026, 11, 28, 10, 0).astimezone()]
    import ui.speech

    ui.speech.ENGINES = ("mock",)  # as in taps(): speech-dispatcher does not answer here
    import ui.screens.summary

    stick = folder / "STICK"
    stick.mkdir()
    ui.screens.summary.removable_volumes = lambda: [("STICK", stick)]
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
    from PySide6.QtTest import QTest

    from kiosk.catalog import LANGUAGES
    from kiosk.pin import hash_pin
    from kiosk.settings import PIN_HASH
    from ui.app import prepare_environment
    from ui.flow import Step

    prepare_environment(headless=True)

    app, window = _window(str(db), lambda: moment[0])
    market = window.market
    market.set_setting(PIN_HASH, hash_pin("2468"))
    second = open_market(other_db, clock=lambda: moment[0])
    rng = random.Random(12)
    keys = [c.key for c in market.categories()]
    people, span = int(visitors), int(hours)
    per_hour = max(1, people // span)
    step_time = dt.timedelta(hours=span) / people
    next_exchange = [moment[0]]
    counts = {"exchanges": 0, "signs_previews": 0, "exports": 0, "language_changes": 0}
    hourly: list[float] = []
    busy: list[float] = []
    start = time.perf_counter()

    def tap(widget, pos=None) -> None:
        if widget is None or not widget.isVisible() or not widget.isEnabled():
            return
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos if pos is not None else widget.rect().center())
        app.processEvents()

    def ok() -> None:
        if window.notice.isVisible():
            tap(window.notice.answer_button("ok") or window.notice.buttons.itemAt(0).widget())

    def steward_hour() -> None:
        window.go_home()
        tap(window.steward_button)
        pin = window.screen_for(Step.PIN)
        for key in "2468":
            tap(pin.keys[key])
        tap(pin.keys["ok"])
        signs = window.screen_for(Step.SIGNS)
        tap(signs.open_button)
        tap(list(signs.kind_buttons.values())[rng.randrange(3)])
        tap(signs.every_page_button)  # Qt's print preview of every page
        QTest.qWait(20)
        if signs.preview_dialog is not None:
            signs.preview_dialog.close()
        counts["signs_previews"] += 1
        window.go(Step.STEWARD)
        summary = window.screen_for(Step.SUMMARY)
        tap(summary.open_button)
        tap(summary.csv_button)  # the summary exported to the stick, written on the saving thread (ui/saving.py)
        deadline = time.perf_counter() + 20
        while not summary.csv_button.isEnabled() and time.perf_counter() < deadline:
            app.processEvents()
        ok()
        counts["exports"] += 1
        window.go_home()

    def visit(n: int) -> None:
        home = window.screen_for(Step.HOME)
        if rng.random() < 0.15:  # a language through the chooser
            tap(window.language_button)
            tap(window.notice.answer_button(rng.choice([lang for lang in LANGUAGES if lang != window.lang])))
            counts["language_changes"] += 1
        if rng.random() < 0.05:
            tap(home.large_button)
        if rng.random() < 0.03:
            tap(home.speak_button)
        roll = rng.random()
        if roll < 0.3:  # list what they brought: a kind, how many, put it on the table
            tap(home.tiles[Step.BRING])
            bring = window.screen_for(Step.BRING)
            tap(bring.categories.tiles[rng.choice(list(bring.categories.tiles))])
            tap(bring.quick_buttons[rng.choice(list(bring.quick_buttons))])
            tap(bring.done)
            if rng.random() < 0.1:
                tap(window.undo_bar.undo_button)
        elif roll < 0.8:  # see what's here, maybe search or pick a kind, take one, maybe undo
            tap(home.tiles[Step.BROWSE])
            browse = window.screen_for(Step.BROWSE)
            if rng.random() < 0.5:
                QTest.mouseClick(browse.search, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 QPoint(20, browse.search.height() // 2))
                for letter in rng.choice(WORDS)[: rng.randint(1, 5)]:
                    QTest.keyClick(browse.search, letter)
                QTest.qWait(200)  # the search's pause
                rows_found(browse)
            elif rng.random() < 0.5:
                chips = [k for k in browse.chips if k is not None]
                tap(browse.chips[rng.choice(chips)])
            for _ in range(rng.randint(0, 2)):
                if browse.proxy.rowCount():
                    rect = browse.list.visualRect(browse.proxy.index(rng.randrange(min(3, browse.proxy.rowCount())), 0))
                    tap(browse.list.viewport(), browse.delegate.button_rect(rect).center())
            if rng.random() < 0.1:
                tap(window.undo_bar.undo_button)
        elif roll < 0.9:  # looking for something
            tap(home.tiles[Step.WANTED])
            wanted = window.screen_for(Step.WANTED)
            tap(wanted.categories.tiles[rng.choice(list(wanted.categories.tiles))])
            tap(wanted.post)
            ok()
            if rng.random() < 0.3 and wanted.model.rowCount():
                rect = wanted.list.visualRect(wanted.model.index(0, 0))
                tap(wanted.list.viewport(), wanted.delegate.button_rect(rect).center())
        else:  # skills: offer one now and then, open a code
            tap(home.tiles[Step.SKILLS])
            skills = window.screen_for(Step.SKILLS)
            if rng.random() < 0.3:
                tap(skills.offer_button)
                offer = window.screen_for(Step.SKILL_OFFER)
                tap(offer.skill_buttons[rng.choice(list(offer.skill_buttons))])
                tap(offer.when_buttons[rng.choice(list(offer.when_buttons))])
                tap(offer.save)
                ok()
            elif skills.model.rowCount():
                index = skills.model.index(rng.randrange(skills.model.rowCount()), 0)
                skills.view.scrollTo(index)
                tap(skills.view.viewport(), skills.view.visualRect(index).center())
        if rng.random() < 0.4:
            window.idle_reset()  # they walked away: the kiosk forgets them and goes home
        elif window.home_button.isVisible():
            tap(window.home_button)
        window.undo_bar.forget()

    def exchanges_due() -> None:
        while next_exchange[0] <= moment[0]:
            exchange(market, shared)
            exchange(second, shared)
            counts["exchanges"] += 1
            next_exchange[0] += dt.timedelta(seconds=3)

    # To find what memory follows: PROBE_DAY_WITHOUT=steward (no steward's hour) or =exchanges (no second kiosk).
    without = os.environ.get("PROBE_DAY_WITHOUT", "").split(",")
    for n in range(people):
        visit(n)
        if n % 10 == 5:  # the other kiosk's visitors
            listed = second.list_item(rng.choice(keys), rng.randint(1, 4), f"{rng.choice(WORDS)} from over there")
            if rng.random() < 0.5:
                second.take_one(listed.item.id)
        moment[0] += step_time
        if "exchanges" not in without:
            exchanges_due()
        if (n + 1) % per_hour == 0:
            if "steward" not in without:
                steward_hour()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            busy.append(round(rss_mb(), 2))  # just after the steward's hour, before any quiet moment
            # Then the table stands unused for a while, as it does many times an hour: the idle timer's own reset
            # (ui/window/idle.py), which gives back what the C heap freed. The hour's figure is read there.
            window.idle_reset()
            hourly.append(round(rss_mb(), 2))
            print(f"hour {len(hourly)}: {hourly[-1]} MB ({busy[-1]} MB just after the steward), "
                  f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
            if os.environ.get("PROBE_GROWTH"):
                growth_report(app, len(hourly))
    shutil.rmtree(folder, ignore_errors=True)
    return {"visitors": people, "hours": span, "seconds": round(time.perf_counter() - start, 1),
            "hourly_mb": hourly, "growth_mb": round(hourly[-1] - hourly[0], 2), "peak_mb": peak_mb(),
            "hourly_busy_mb": busy,
            "things_here": market.things_here(), **counts}


_GROWTH: dict[str, object] = {}


def growth_report(app, hour: int) -> None:
    """What grew since hour 1 (PROBE_GROWTH=1): live widgets and Qt objects by class, Python objects by type;
    with PROBE_GROWTH=trace also the lines that allocated most of the Python memory still held (tracemalloc, which
    slows the day several times over)."""
    import gc
    import tracemalloc
    from collections import Counter

    from PySide6.QtCore import QObject

    widgets = Counter(type(w).__name__ for w in app.allWidgets())
    qobjects = Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, QObject))
    python = Counter(type(o).__name__ for o in gc.get_objects())
    import ctypes

    # What the C heap holds free but has not given back (glibc keeps it for the next allocations): returned now,
    # the RSS that stays is what is really in use.
    before = rss_mb()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    print(f"  RSS {before:.1f} MB; {rss_mb():.1f} MB once the C heap's free memory is given back", file=sys.stderr)
    # Each font file should be mapped once (ui/memory.py keep_font_files_open): one mapping a FreeType face.
    fonts = Counter(line.split()[5] for line in Path("/proc/self/maps").read_text().splitlines()
                    if len(line.split()) == 6 and line.split()[5].endswith((".ttf", ".otf", ".ttc", ".t1", ".pfb")))
    print(f"  font files mapped: {len(fonts)}; more than once:",
          {Path(path).name: count for path, count in fonts.items() if count > 1}, file=sys.stderr)
    if hour == 1:
        if os.environ.get("PROBE_GROWTH") == "trace":
            tracemalloc.start(8)
        _GROWTH.update(widgets=widgets, qobjects=qobjects, python=python)
        return
    for name, now in (("widgets", widgets), ("qobjects", qobjects), ("python", python)):
        grew = {k: now[k] - _GROWTH[name][k] for k in now if now[k] - _GROWTH[name][k] > 0}
        print(f"  {name}: {sum(now.values())} (+{sum(now.values()) - sum(_GROWTH[name].values())}); grew:",
              sorted(grew.items(), key=lambda kv: -kv[1])[:12], file=sys.stderr)
    if not tracemalloc.is_tracing():
        return
    snapshot = tracemalloc.take_snapshot()
    if "snapshot" in _GROWTH:
        for stat in snapshot.compare_to(_GROWTH["snapshot"], "traceback")[:6]:
            print(f"  python +{stat.size_diff / 1024:.0f} KiB ({stat.count_diff:+d}) at", file=sys.stderr)
            for line in stat.traceback.format()[-8:]:
                print("     ", line, file=sys.stderr)
    _GROWTH["snapshot"] = snapshot
    sys.stderr.flush()


def backup(db: str, sticks: str = "1") -> dict:
    """The backup at a market's close as the backups' thread makes it (ui/backups.py): beside the file, and onto
    `sticks` USB sticks (folders here). The copies go into a temporary folder; the file is only read."""
    import tempfile

    from kiosk.store.backup import BackupOrder

    with tempfile.TemporaryDirectory(prefix="commons-table-backup-") as folder:
        source = Path(folder) / Path(db).name
        os.symlink(Path(db).resolve(), source)  # its backups folder goes beside the link, here
        drives = [Path(folder) / f"stick{n}" for n in range(int(sticks))]
        for drive in drives:
            drive.mkdir()
        before = peak_mb()
        started = time.perf_counter()
        BackupOrder(source, "2026-11-28T12:00", 10).make(drives)
        took = time.perf_counter() - started
        peak = peak_mb()
    return {"s": took, "peak_mb": peak, "before_mb": before, "file_mb": Path(db).stat().st_size / 1e6}


PROBES = {f.__name__: f for f in (make_db, leave_wal, bare_start, bare_list, bare_pdf, kiosk_start, browse, language,
                                   signs, export, imports, first_use, soak, bare_taps, taps,
                                   chooser, day, backup)}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))
    sys.stdout.flush()
    os._exit(0)  # no teardown in the numbers (and no shutdown noise from half-freed Qt objects)
