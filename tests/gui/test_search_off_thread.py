"""A search of See what's here leaves the window's thread free: the query and the pass over every thing run on the
search thread, and the window's thread only shows the rows found (issue 25). Structure only, never a time."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tests.gui.conftest import make_window
from ui.flow import Step
from ui.lists import Role

# What searching the table has called (before: Market.matching_ids and ItemsModel._refilter, on the window's thread).
SEARCHING = {"matching_ids", "matching_ids_in", "rows_shown", "_refilter"}
OURS = tuple(str(Path(__file__).resolve().parents[2] / part) for part in ("kiosk", "ui"))  # not Qt's, not pytest's


def list_things(market, count: int) -> None:
    with market.db.transaction():
        for n in range(count):
            market.list_item("books" if n % 2 else "kitchen", 2, f"thing {n} {'blue' if n % 3 else 'red'}", [])


def shown(browse) -> list:
    return [browse.proxy.index(r, 0).data(Role.ROW) for r in range(browse.proxy.rowCount())]


def search_on_the_window_thread(qtbot, market, count: int) -> tuple[int, set[str], list]:
    """Python lines run on the window's thread from a search's pause running out to its rows shown, the functions
    of the store called there, and the rows shown."""
    list_things(market, count)
    window = make_window(qtbot, market)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    window.build_everything()  # not in idle time while the search is waited for below
    browse.search.setText("red")  # a first search: the search thread started
    browse.search_pause.stop()
    with qtbot.waitSignal(browse.shown, timeout=5000):
        browse.apply_filter()
    QCoreApplication.processEvents()  # and its rows painted
    browse.search.setText("blue")
    browse.search_pause.stop()
    lines = 0
    store: set[str] = set()

    def trace(frame, event, arg):
        nonlocal lines
        if event == "call" and frame.f_code.co_name in SEARCHING:
            store.add(frame.f_code.co_name)
        if event == "line" and frame.f_code.co_filename.startswith(OURS):
            lines += 1
        return trace

    sys.settrace(trace)  # this thread's only: the search thread is not traced
    try:
        with qtbot.waitSignal(browse.shown, timeout=5000):
            browse.apply_filter()  # what the pause's end does
    finally:
        sys.settrace(None)
    rows = shown(browse)
    window.close()
    return lines, store, rows


def test_a_search_runs_no_query_and_no_pass_over_the_things_on_the_windows_thread(qtbot, market):
    lines, store, rows = search_on_the_window_thread(qtbot, market, 2000)
    assert [i.title for i in rows] == [f"thing {n} blue" for n in reversed(range(2000)) if n % 3]
    assert store == set(), f"searched on the window's thread: {store}"
    # One Python line per thing would be 2 000 lines at least; showing the rows found is a few hundred.
    assert lines < 1000, f"{lines} lines of Python on the window's thread for a search of 2 000 things"


def test_a_thing_changed_while_the_search_is_on_its_way_is_shown_as_it_is_now(qtbot, market):
    list_things(market, 30)
    window = make_window(qtbot, market)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    browse.search.setText("blue")
    browse.search_pause.stop()
    browse.apply_filter()
    assert browse.searching()
    newest_blue = next(i for i in browse.model.items if "blue" in i.title)
    browse.take(newest_blue)  # before the answer comes back (it comes through the window's event loop)
    qtbot.waitUntil(lambda: not browse.searching(), timeout=5000)
    rows = shown(browse)
    assert [i.title for i in rows] == [f"thing {n} blue" for n in reversed(range(30)) if n % 3]
    assert rows[0].id == newest_blue.id and rows[0].left == 1  # as the table is now, not as it was asked
    window.close()


def test_a_search_overtaken_by_another_shows_only_the_last(qtbot, market):
    list_things(market, 30)
    window = make_window(qtbot, market)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    for typed in ("red", "blue"):
        browse.search.setText(typed)
        browse.search_pause.stop()
        browse.apply_filter()
    with qtbot.waitSignals([browse.shown], timeout=5000):
        pass
    qtbot.wait(50)  # the first answer too has come back by now, and was not shown
    assert [i.title for i in shown(browse)] == [f"thing {n} blue" for n in reversed(range(30)) if n % 3]
    browse.reset()  # home: a search on its way is not shown after it
    browse.search.setText("red")
    browse.search_pause.stop()
    browse.apply_filter()
    browse.reset()
    qtbot.wait(100)
    assert len(shown(browse)) == 30 and browse.proxy.matching is None and not browse.searching()
    window.close()
