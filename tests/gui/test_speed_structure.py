"""The shape that keeps the kiosk quick and small (issue 12). Timings live in benchmarks/run; these tests guard
only structure: what is built before the first paint, what a language switch rebuilds and frees, that a
long list is filtered without a Python call per row, and that pictograms come without qtawesome's chain."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter
from PySide6.QtQuickWidgets import QQuickWidget

import kiosk.store.on_table
from tests.gui.conftest import choose_language, make_window, tap
from ui.flow import Step
from ui.lists import Role

ROOT = Path(__file__).resolve().parents[2]


def built(window) -> set[Step]:
    return set(window.built_screens())  # without building any (window.screen_for() would)


def free_deleted() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_only_home_is_built_before_the_first_paint_and_the_rest_follows_in_idle_time(qtbot, market):
    from ui.main_window import KioskWindow

    window = KioskWindow(market)
    qtbot.addWidget(window)
    at_first_paint: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                at_first_paint["screens"] = built(window)
                at_first_paint["keyboards"] = len(window.findChildren(QQuickWidget))
            return False

    first_paint = FirstPaint()
    window.built(Step.HOME).installEventFilter(first_paint)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(at_first_paint))
    assert at_first_paint == {"screens": {Step.HOME}, "keyboards": 0}
    # Then, with nobody touching anything, what a visitor reaches from home is built behind the home screen;
    # the keyboard (a Qt Quick scene, 20 MB) and the steward's tools (charts included) wait for their first
    # use: the keyboard for the first tap into a text field.
    qtbot.waitUntil(lambda: Step.GATHERING in built(window), timeout=10_000)
    qtbot.wait(200)
    assert {Step.BRING, Step.BROWSE, Step.WANTED, Step.SKILLS, Step.PIN} <= built(window)
    assert not {Step.SUMMARY, Step.EVENTS, Step.SIGNS} & built(window)
    assert window.findChildren(QQuickWidget) == []
    # Screens built later speak the window's language like the others.
    browse = window.screen_for(Step.BROWSE)
    assert browse.search.placeholderText() == "Search, e.g. shoes, vegan, books"
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    tap(browse.search)
    qtbot.waitUntil(lambda: len(window.findChildren(QQuickWidget)) == 1 and window.keyboard.isVisible())
    # The steward area lists every tool; each tool's screen waits for its first use (issue 25).
    window.go_home()
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    tools = {Step.EVENTS, Step.SUMMARY, Step.SIGNS, Step.FOOD_LABELS, Step.MEALS, Step.RESCUED, Step.CLOCK}
    assert built(window) == set(Step) - tools
    window.go(Step.SIGNS)
    assert built(window) == set(Step) - tools | {Step.SIGNS}


def test_a_screen_is_built_on_first_use_and_nothing_it_does_not_need(qtbot, market):
    from ui.main_window import KioskWindow

    window = KioskWindow(market)  # never shown: no idle time has passed
    qtbot.addWidget(window)
    assert built(window) == {Step.HOME}
    tap_target = window.screen_for(Step.HOME).tiles[Step.BROWSE]
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    tap(tap_target)
    assert window.flow.step == Step.BROWSE
    assert window.current_screen().isVisible()
    window.close()


def test_a_language_switch_retranslates_each_screen_once_and_reads_nothing_hidden(qtbot, demo_market, monkeypatch):
    window = make_window(qtbot, demo_market)
    window.build_everything()
    for step in (Step.BROWSE, Step.WANTED, Step.HOME):
        window.go(step)
    counts: Counter[Step] = Counter()
    for step, screen in window.built_screens().items():
        original = screen.retranslate
        monkeypatch.setattr(screen, "retranslate", lambda s=step, o=original: (counts.update([s]), o())[1])
    reads = Counter()
    for name in ("available", "open_wants"):  # what grows with the table
        original = getattr(demo_market, name)
        monkeypatch.setattr(demo_market, name,
                            lambda *a, n=name, o=original, **k: (reads.update([n]), o(*a, **k))[1])
    choose_language(window, "es")
    qtbot.wait(50)  # Qt's own LanguageChange events arrive on the next turns of the event loop
    free_deleted()
    assert window.lang == "es"
    assert set(counts.values()) == {1} and set(counts) == set(Step)
    assert window.screen_for(Step.BROWSE).search.placeholderText() != "Search, e.g. shoes, vegan, books"
    assert reads == Counter(), "screens not on show read the store on a language switch"
    # Each language's translations are loaded once and kept, not loaded again (and left behind) per switch.
    objects = len(window.findChildren(QObject))
    for n in range(6):
        choose_language(window, ("en", "es")[n % 2])
    free_deleted()
    assert len(window.findChildren(QTranslator)) == 2
    assert len(window.findChildren(QObject)) == objects


def test_no_chart_is_left_alive_after_language_switches(qtbot, demo_market):
    window = make_window(qtbot, demo_market)
    window.show_for_screenshot(Step.SUMMARY)
    summary = window.screen_for(Step.SUMMARY)
    first = list(summary.charts)
    assert len(first) == 2 and all(shiboken6.isValid(c) for c in first)

    def charts_alive() -> set[int]:
        return {id(o) for o in gc.get_objects() if isinstance(o, QChart) and shiboken6.isValid(o)}

    free_deleted()
    before = charts_alive()  # this window's two, and whatever an earlier test in this process has left going
    assert set(map(id, first)) <= before
    for n in range(4):
        choose_language(window, ("es", "en")[n % 2])  # on show: its chart titles change language, in place
    free_deleted()
    assert summary.charts == first and all(shiboken6.isValid(c) for c in first)  # filled again, not rebuilt
    assert charts_alive() - before == set()  # no chart made by a switch is left alive
    window.go_home()
    shown = list(summary.charts)
    choose_language(window, "es")  # not on show: nothing rebuilt
    assert summary.charts == shown


def test_see_whats_here_filters_without_a_python_call_per_row(qtbot, market):
    count = 1500
    with market.db.transaction():
        for n in range(count):
            market.list_item("books" if n % 2 else "kitchen", 1, f"thing {n} {'blue' if n % 3 else 'red'}", [])
    window = make_window(qtbot, market)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    assert browse.proxy.rowCount() == count
    calls: Counter[str] = Counter()

    def profile(frame, event, arg) -> None:
        if event == "call" and frame.f_code.co_filename.startswith(str(ROOT / "ui")):
            calls[f"{frame.f_code.co_filename}:{frame.f_code.co_name}"] += 1

    window.build_everything()  # not in idle time while a search is waited for below
    with qtbot.waitSignal(browse.shown):  # a first search: the search thread started
        browse.search.setText("red")
        browse.apply_filter()
    sys.setprofile(profile)
    try:
        browse.search.setText("blue")
        browse.apply_filter()
        with qtbot.waitSignal(browse.shown):  # found on the search thread
            tap(browse.chips["books"])
        browse.list.viewport().repaint()
    finally:
        sys.setprofile(None)
    shown = [browse.proxy.index(r, 0).data(Role.ROW) for r in range(browse.proxy.rowCount())]
    assert shown and all(i.category_key == "books" and "blue" in i.title for i in shown)
    assert len(shown) == sum(1 for n in range(count) if n % 2 and n % 3)
    busiest, most = calls.most_common(1)[0]
    assert most < count // 4, f"{busiest} was called {most} times for {count} rows"


def test_rows_are_kept_between_visits_and_only_changes_are_read_again(qtbot, demo_market, monkeypatch):
    window = make_window(qtbot, demo_market)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    shown = browse.proxy.rowCount()
    decoded: list[int] = []
    original = kiosk.store.on_table._item
    monkeypatch.setattr(kiosk.store.on_table, "_item", lambda row: (decoded.append(row["id"]), original(row))[1])
    window.go_home()
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    assert decoded == [] and browse.proxy.rowCount() == shown
    first = browse.proxy.index(0, 0).data(Role.ROW)
    demo_market.take_one(first.id)  # taken meanwhile (say, by the undo of another visitor's take)
    window.go_home()
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    assert decoded == [first.id]
    after = browse.proxy.index(0, 0).data(Role.ROW)
    assert after.id == first.id and (after.left == (first.left or 0) - 1 or after.gone)


def test_pictograms_are_qtawesomes_material_design_icons_pixel_for_pixel(qapp):
    import qtawesome

    from ui.icons import icon

    for name in ("mdi6.basket", "mdi6.hand-heart", "mdi6.school", "mdi6.translate"):
        for size in (24, 48, 96):
            ours = icon(name, "#1f6f5c").pixmap(QSize(size, size)).toImage()
            theirs = qtawesome.icon(name, color=QColor("#1f6f5c")).pixmap(QSize(size, size)).toImage()
            assert ours == theirs, f"{name} at {size} px differs from qtawesome's"
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    icon("mdi6.basket", "#000000").paint(painter, QRect(QPoint(0, 0), QSize(64, 64)))
    painter.end()
    painted = sum(image.pixelColor(x, y) != QColor("white") for x in range(64) for y in range(64))
    assert painted > 200  # the pictogram itself, not a blank


def test_every_pictogram_the_kiosk_names_is_qtawesomes_character(qapp):
    """The charmap is searched for each name, not parsed whole: the same characters as qtawesome's own."""
    import re

    import qtawesome

    from ui.icons import char_of

    names = {name for path in (ROOT / "ui").rglob("*.py")
             for name in re.findall(r"[\"'](mdi6\.[a-z0-9-]+)[\"']", path.read_text(encoding="utf-8"))}
    assert len(names) > 80
    assert {name for name in names if char_of(name) != qtawesome.charmap(name)} == set()
    assert char_of("mdi6.home") != char_of("mdi6.home-outline")  # a name is not mistaken for its neighbour's
    for wrong in ("mdi6.no-such-pictogram", "fa5s.home", "mdi6.ome"):
        with pytest.raises(KeyError):
            char_of(wrong)


def test_the_kiosk_starts_and_prints_without_qtawesome_and_its_qt_chain(tmp_path):
    code = """
import sys
from ui.app import application, prepare_environment
prepare_environment(headless=True)
from kiosk.store import open_market
from ui.main_window import KioskWindow
from ui.printing.signs import write_signs
app = application()
market = open_market(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from ui.flow import Step
window = KioskWindow(market)
first_paint = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not first_paint:
            # Until the first paint: no Qt Quick (the keyboard), no charts, none of qtawesome's chain.
            first_paint.append([m for m in ("qtawesome", "qtpy", "PySide6.QtOpenGL", "PySide6.QtQuick",
                                "PySide6.QtDataVisualization", "PySide6.QtCharts") if m in sys.modules])
        return False

watcher = FirstPaint()
window.screen_for(Step.HOME).installEventFilter(watcher)
window.show()
QTest.qWaitForWindowExposed(window)
print(first_paint[0])
window.build_everything()
app.processEvents()
write_signs(market, sys.argv[2], "categories")
print([m for m in ("qtawesome", "qtpy", "PySide6.QtDataVisualization") if m in sys.modules])
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db"), str(tmp_path / "s.pdf")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-2:] == ["[]", "[]"]
    assert (tmp_path / "s.pdf").stat().st_size > 1000


def test_until_home_is_painted_no_python_filter_sees_every_event(tmp_path):
    """An application-wide Python event filter takes each event of the start through Python, and the first
    one to meet Qt's private window objects makes PySide6 create every class it knows (QWizard, QProcess, …).
    Until home's first frame is done, only home is watched; then the whole application, for the idle timer."""
    code = """
import sys
import PySide6.QtWidgets as widgets
from ui.app import application, prepare_environment
prepare_environment(headless=True)
from kiosk.store import open_market
from ui.main_window import KioskWindow
from PySide6.QtCore import QEventLoop
app = application()
window = KioskWindow(open_market(sys.argv[1]))
seen = []
window.painted.connect(lambda: seen.append("QWizard" in widgets.__dict__))
window.show()
loop = QEventLoop()
window.painted.connect(loop.quit)
loop.exec()
print(seen[0])
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db")], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False"]  # True on a kiosk with its filters on the application from the start



def test_the_keyboards_qml_is_built_unseen_by_the_kiosks_filters_on_the_application(qtbot, market, monkeypatch):
    """The keyboard is built on the first tap into a text field: Qt makes its QML objects then, each of a type
    made by QML, and a Python filter on the whole application has PySide wrap every one an event goes to (about a
    third of the window thread's time in that tap, issue 25). While the QML is built the kiosk's filters on the
    application (the idle timer's, the flicking's) are set aside (ui/app_filters.py); afterwards they are back."""
    from ui import keyboard
    from ui.main_window import KioskWindow
    from ui.widgets import DragScroll

    window = KioskWindow(market)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._painted and window._pending is None, timeout=10_000)  # filters on the app
    seen: list[str] = []
    monkeypatch.setattr(window, "restart_idle", lambda: seen.append("idle timer"))

    class Page:  # what the flicking's filter hands each press to
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append("flicking")
            return False

    def pressed() -> list[str]:  # who sees a press on the window's title (a label: it does nothing)
        seen.clear()
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QCoreApplication.sendEvent(window.event_title, QMouseEvent(
                kind, QPointF(2, 2), QPointF(2, 2), Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier))
        return sorted(set(seen))

    while_built: list[list[str]] = []
    original_source = keyboard.KeyboardPanel.setSource

    def set_source(panel, url):
        while_built.append(pressed())
        original_source(panel, url)

    monkeypatch.setattr(keyboard.KeyboardPanel, "setSource", set_source)
    page = Page()
    DragScroll._all.append(page)
    handed_on = keyboard.HAND_ON and bool(keyboard._GIVEN_BACK)  # Qt 6.8: an earlier window's, built already
    try:
        assert pressed() == ["flicking", "idle timer"]
        tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
        tap(window.screen_for(Step.BROWSE).search)
        qtbot.waitUntil(lambda: window._keyboard is not None and window.keyboard.isVisible())
        assert while_built == ([] if handed_on else [[]])  # [["flicking", "idle timer"]]: filters on meanwhile
        assert pressed() == ["flicking", "idle timer"]
    finally:
        DragScroll._all.remove(page)
        window.close()
