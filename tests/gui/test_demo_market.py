"""A demo is never part of the real record (issue 22, item 1), and things kept for next time are carried over,
not brought again.

The issue's steps: first start → Try the demo → switched off → next morning the demo was closed by itself, and the
first visitor's listing opened a new market with ~126 demo things back, "just arrived", counted as brought.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from kiosk.demo import fill_demo
from kiosk.export import summary_dict
from kiosk.store import open_market
from kiosk.store.demo import demo_events
from kiosk.store.summary import read_summary
from tests.gui.conftest import make_window, tap
from tests.gui.test_events import to_steward_area
from ui.flow import Step
from ui.lists import Role


def first_start_with_the_demo(qtbot, market):
    """What ui.app does on a first start: the demo offered, and taken."""
    window = make_window(qtbot, market, size=(800, 480))
    window.offer_demo(lambda: fill_demo(market, trial=True))
    assert window.notice.isVisible()
    tap(window.notice.answer_button("yes"))
    return window


def journal_rows(market) -> int:
    return market.db.execute("SELECT COUNT(*) FROM journal_outbox").fetchone()[0]


def test_the_demo_says_so_on_every_screen_and_the_next_mornings_market_leaves_it_behind(qtbot, market, db_path,
                                                                                         clock):
    window = first_start_with_the_demo(qtbot, market)
    assert market.current_event().is_demo and market.things_here() > 100
    for step in (Step.HOME, Step.BRING, Step.BROWSE, Step.WANTED, Step.SKILLS):
        window.go_home()
        if step != Step.HOME:
            window.go(step)
        assert window.demo_banner.isVisible(), step
        assert "demo" in window.demo_banner.text()
    assert journal_rows(market) == 0  # nothing of it is shared with other kiosks
    window._quitting = True
    window.close()

    # The kiosk was switched off; the next morning it starts again on the same file.
    clock.advance(days=1)
    morning = open_market(db_path, clock=clock)
    window = None
    try:
        assert morning.closed_stale == []  # the demo is not reported as a market closed by itself
        window = make_window(qtbot, morning, size=(800, 480))
        assert not window.demo_banner.isVisible()
        listed = morning.list_item("books", 2, "Atlas")  # the first visitor's listing opens the real market
        event = morning.current_event()
        assert not event.is_demo and listed.item.event_id == event.id
        assert [i.title for i in morning.available()] == ["Atlas"]  # nothing of the demo carried over
        assert morning.things_here() == 2
        summary = read_summary(morning, event.id)
        assert (summary.brought, summary.taken, summary.carried_over) == (2, 0, 0)
        assert [e.id for e in morning.events()] == [event.id] and demo_events(morning) == []
        assert "Really Really" not in json.dumps(summary_dict(summary))
        window.go(Step.HOME)
        assert not window.demo_banner.isVisible()
        for table in ("items", "movements", "wants", "skill_offers"):
            assert morning.db.execute(f"SELECT COUNT(*) FROM {table} WHERE event_id != ?",
                                      [event.id]).fetchone()[0] == 0, table
    finally:
        if window is not None:
            window.build_everything()
            QApplication.processEvents()  # what the screens built asked for next (several kiosks' start)
            window._quitting = True
            window.close()
        morning.close()


def test_a_steward_closing_the_demo_kept_for_next_time_and_opening_the_real_market_starts_clean(qtbot, market):
    window = first_start_with_the_demo(qtbot, market)
    to_steward_area(window)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert events.demo.isVisible()
    tap(events.close_button)
    tap(window.notice.answer_button("kept"))  # the highlighted answer
    tap(window.notice.answer_button("ok"))
    window.go(Step.EVENTS)
    assert events.opening.isVisible()
    assert not events.past_rows  # the demo is no past market
    assert events.title_edit.text() == ""  # and its name is not offered for the real one
    events.title_edit.setText("December market")
    tap(events.start_button)
    real = market.current_event()
    assert real.title == "December market" and not real.is_demo
    assert market.available() == [] and market.things_here() == 0
    assert [e.title for e in market.events()] == ["December market"]
    assert not events.demo.isVisible() and not window.demo_banner.isVisible()
    summary = read_summary(market, real.id)
    assert (summary.brought, summary.taken, summary.still_here) == (0, 0, 0)
    # The real market is shared with other kiosks, from its opening on.
    assert journal_rows(market) > 0


def test_a_steward_removes_the_demo(qtbot, market):
    window = first_start_with_the_demo(qtbot, market)
    assert window.demo_banner.isVisible()
    to_steward_area(window)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert events.remove_demo_button.isVisible()
    tap(events.remove_demo_button)
    tap(window.notice.answer_button("no"))  # second thoughts: it stays
    assert demo_events(market)
    tap(events.remove_demo_button)
    tap(window.notice.answer_button("yes"))
    assert market.events() == [] and market.current_event() is None
    assert market.db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 0
    assert not events.demo.isVisible() and not window.demo_banner.isVisible()
    tap(window.notice.answer_button("ok"))
    assert events.opening.isVisible()
    # A restart before the first real market: the kiosk is not new, and the demo is not offered again.
    from kiosk.store.demo import is_new_kiosk

    assert not is_new_kiosk(market)


def test_things_kept_for_next_time_are_not_just_arrived(qtbot, market, clock):
    first = market.open_event("October market")
    kept = market.list_item("books", 5, "Atlases").item
    market.close_event(first.id, "kept")
    clock.advance(days=30)
    market.open_event("November market")
    fresh = market.list_item("books", 1, "Bird guide").item
    window = make_window(qtbot, market)
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    rows = [browse.model.index(row, 0) for row in range(browse.model.rowCount())]
    badges = {index.data(Role.ROW).title: [words for words, _, _ in browse.look(index).badges] for index in rows}
    assert "Just arrived" in badges[fresh.title]
    assert "Just arrived" not in badges[kept.title]


def test_only_a_new_kiosk_is_offered_the_demo(market):
    from kiosk.demo import fill_demo
    from kiosk.store.demo import is_new_kiosk, remove_demo

    assert is_new_kiosk(market)
    fill_demo(market, trial=True)
    assert not is_new_kiosk(market)
    remove_demo(market)
    assert market.events() == [] and not is_new_kiosk(market)
