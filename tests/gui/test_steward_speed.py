"""The steward's screens read what they show, not every thing on every table (issue 25): the rows the store
hands back on a tap do not grow with the number of things, and Market days makes no widget again for a past market
it shows already. Structure, never time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.store import Market, open_market
from kiosk.store.datafile import DataFile
from tests.conftest import FakeClock
from tests.gui.conftest import choose_language, closed_by_taps, keep_until_test_ends, make_window, tap
from ui.flow import Step


class Counted(DataFile):
    """The same open file, counting the rows the store reads from it (through DataFile.rows)."""

    def __init__(self, db: DataFile):
        super().__init__(db.conn)
        self.rows_read = 0

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Iterator[dict[str, Any]]:
        for row in super().rows(sql, params):
            self.rows_read += 1
            yield row


def past_markets_of(folder: Path, things: int) -> Market:
    """Three closed markets of `things` things each (kept for next time), and an open one."""
    market = open_market(folder / "m.db", clock=FakeClock())
    keep_until_test_ends(market)
    for n in range(3):
        day = market.open_event(f"Market {n}")
        for k in range(things):
            market.list_item(["books", "toys", "kitchen"][k % 3], 2, f"Thing {k}")
        market.close_event(day.id, "kept")
        market.machine_clock.advance(days=30)
    market.open_event("Market now")
    return market


def rows_read_entering_market_days(qtbot, market: Market) -> int:
    window = make_window(qtbot, market)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    events = window.screen_for(Step.EVENTS)
    counted = window.market.db = Counted(window.market.db)
    tap(events.open_button)
    assert window.flow.step == Step.EVENTS and len(events.past_rows) == 3
    rows_read = counted.rows_read
    window.close()  # one kiosk window at a time, as in a kiosk (make_window)
    return rows_read


def test_market_days_reads_as_many_rows_for_past_markets_of_60_things_as_of_6(qtbot, tmp_path: Path):
    # The markets are closed after the test (keep_until_test_ends): the windows may still read them until then.
    few, many = past_markets_of(tmp_path / "few", 6), past_markets_of(tmp_path / "many", 60)
    counted = rows_read_entering_market_days(qtbot, few), rows_read_entering_market_days(qtbot, many)
    assert counted[0] == counted[1], counted


def place_of(events, widget: QWidget) -> tuple[int, int]:
    """The row and column of a widget in Market days' list of past markets."""
    row, column, _rows, _columns = events.past_list.getItemPosition(events.past_list.indexOf(widget))
    return row, column


def market_days_of(qtbot, market):
    """A window on `market`, showing Market days (opened by its button on the steward page), and that screen."""
    window = make_window(qtbot, market)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    return window, events


def test_market_days_makes_no_widget_on_a_visit_when_no_past_market_changed(qtbot, tmp_path: Path):
    """Market days made its 48 widgets of 24 past markets again on every visit (half of its tap, issue 25)."""
    market = past_markets_of(tmp_path, 3)
    window, events = market_days_of(qtbot, market)
    before = events.findChildren(QWidget)  # held: no id is used again
    rows = dict(events.past_rows)
    tap(events.back)
    tap(events.open_button)
    assert window.flow.step == Step.EVENTS
    assert {id(w) for w in events.findChildren(QWidget)} == {id(w) for w in before}
    assert events.past_rows == rows  # the very same buttons


def test_a_market_closed_adds_one_row_on_top_and_keeps_the_others(qtbot, tmp_path: Path):
    market = past_markets_of(tmp_path, 3)
    window, events = market_days_of(qtbot, market)
    kept = dict(events.past_rows)
    closed = market.current_event()
    market.close_event(closed.id, "kept")
    market.open_event("Market next")
    choose_language(window, "es")  # while Market days is hidden: its words change on the next visit
    window.go(Step.STEWARD)
    tap(events.open_button)
    assert sorted(events.past_rows) == sorted([*kept, closed.id])
    for n, event_id in enumerate(sorted(events.past_rows, reverse=True)):  # newest on top, each in its place
        show, forget = events.past_rows[event_id]
        assert forget is not None and place_of(events, show) == (n, 0) and place_of(events, forget) == (n, 1)
        assert "cosas compartidas" in show.text() and forget.text() == "Borrar detalles"
        assert event_id == closed.id or (show, forget) == kept[event_id]  # the rows shown before are kept


def market_of(folder: Path, things: int) -> Market:
    market = open_market(folder / "m.db", clock=FakeClock())
    keep_until_test_ends(market)
    market.open_event("Market now")
    for k in range(things):
        market.list_item(["books", "toys", "kitchen"][k % 3], 2, f"Thing {k}")
    return market


def rows_read_opening_print_signs(qtbot, market: Market) -> int:
    window = make_window(qtbot, market)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    signs = window.screen_for(Step.SIGNS)
    counted = window.market.db = Counted(window.market.db)
    tap(signs.open_button)  # its preview: a sign for each kind on the table
    assert window.flow.step == Step.SIGNS and signs.page_count == 3
    rows_read = counted.rows_read
    window.close()  # one kiosk window at a time, as in a kiosk (make_window)
    return rows_read


def test_print_signs_reads_as_many_rows_for_60_things_on_the_table_as_for_6(qtbot, tmp_path: Path):
    few, many = market_of(tmp_path / "few", 6), market_of(tmp_path / "many", 60)
    counted = rows_read_opening_print_signs(qtbot, few), rows_read_opening_print_signs(qtbot, many)
    assert counted[0] == counted[1], counted


def test_the_backup_at_close_is_made_off_the_windows_thread_through_a_connection_of_its_own(qtbot, tmp_path: Path,
                                                                                           monkeypatch):
    """A copy of the whole file (half a second at 10 000 things) never holds up the summary's first frame."""
    import threading

    import kiosk.store.backup
    from kiosk.store.backup import backups
    from ui.backups import backup_thread

    copies: list[tuple[threading.Thread, object]] = []
    copy_database = kiosk.store.backup.copy_database

    def copying(source, target, **options):
        copies.append((threading.current_thread(), source))
        return copy_database(source, target, **options)

    monkeypatch.setattr("kiosk.store.backup.copy_database", copying)
    stick = tmp_path / "STICK"
    stick.mkdir()
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", stick)])
    market = past_markets_of(tmp_path, 3)
    window = closed_by_taps(qtbot, market)
    assert window.flow.step == Step.SUMMARY
    qtbot.waitUntil(lambda: len(copies) == 2)  # beside the file, and onto the stick
    # copy_database takes the file's path and opens its own read-only connection: it cannot be given the window's
    assert all(thread is not threading.main_thread() for thread, _source in copies)
    qtbot.waitUntil(lambda: len(backups(market.path)) == 1)
    qtbot.waitUntil(lambda: not backup_thread().busy())
