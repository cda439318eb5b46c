"""A steward sets the kiosk's clock from the screen, with no root and no keyboard (issue 27, item 2): taps on the
day, hour and quarter-hour steppers; the correction reaches the data file; every time the kiosk then keeps
(quarter hours of takes, journal events, market days, backups' names) follows it, never finer than a quarter
hour; two kiosks a day apart agree once one is set; the notice of a clock plainly wrong leads to the screen."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kiosk.clock import bucket
from kiosk.pin import hash_pin
from kiosk.settings import CLOCK_CORRECTION, PIN_HASH
from kiosk.several_kiosks.exchange import exchange
from kiosk.store import journal, open_market
from kiosk.store.backup import make_backup
from kiosk.store.market import CLOCK_NOTICE, clock_notices
from tests.conftest import FakeClock
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step

QUARTER_HOUR = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:(00|15|30|45)$")


def steward(qtbot, market, size=(800, 480)):
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, size)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    assert window.flow.step == Step.STEWARD
    return window


def clock_screen(window):
    screen = window.screen_for(Step.CLOCK)
    tap(screen.open_button)  # the steward area's Clock
    assert window.flow.step == Step.CLOCK
    return screen


def test_taps_on_the_steppers_set_the_clock_and_every_time_kept_follows_it(qtbot, market, clock, db_path):
    market.open_event("Market")
    window = steward(qtbot, market)
    screen = clock_screen(window)
    machine = clock()  # 2026-11-28 10:07
    assert "November 28, 2026" in screen.shown.text() and "10:00" in screen.shown.text()
    tap(screen.steppers[-24 * 60])  # a day earlier
    for _ in range(2):
        tap(screen.steppers[60])  # two hours later
    tap(screen.steppers[15])  # a quarter hour later
    assert "November 27, 2026" in screen.shown.text() and "12:15" in screen.shown.text()
    assert market.clock() == machine  # nothing kept until Set
    tap(screen.set_button)
    assert "The kiosk's clock now says Friday, November 27, 2026, 12:15" in window.notice.text.text()

    correction = -24 * 60 + 2 * 60 + 15
    assert market.clock_correction == correction and market.setting(CLOCK_CORRECTION) == correction
    assert market.clock() == machine + dt.timedelta(minutes=correction)
    assert market.machine_clock() == machine  # the machine's clock is not touched

    # Everything kept from now on is stamped by the corrected clock, in quarter hours.
    item = market.list_item("books", 2, "atlas").item
    market.take_one(item.id)
    listed = market.db.execute("SELECT listed_at FROM items WHERE id = ?", [item.id]).fetchone()[0]
    assert listed == "2026-11-27T12:15"
    event_at = journal.own_events(market)[-1]["at"]
    assert event_at == "2026-11-27T12:15"
    backup = make_backup(market)
    assert backup is not None and backup.name.endswith("2026-11-27T12-15.db")
    stamps = [r[0] for r in market.db.execute(
        "SELECT listed_at FROM items UNION ALL SELECT bucket FROM movements UNION ALL "
        "SELECT json_extract(body, '$.at') FROM journal_outbox")]
    assert stamps and all(QUARTER_HOUR.match(s) for s in stamps), stamps  # never finer than a quarter hour

    # The correction is in the data file: the next start (or any command) keeps the corrected time.
    again = open_market(db_path, clock=clock)
    try:
        assert again.clock() == machine + dt.timedelta(minutes=correction)
        opened = again.close_event(again.current_event().id)
        assert opened.closed_at == "2026-11-27T12:15"
    finally:
        again.close()

    # The computer's clock again: one tap.
    tap(screen.machine_button)
    assert market.clock_correction == 0 and market.clock() == machine
    assert not screen.machine_button.isEnabled()


def test_the_steppers_stop_a_little_over_a_year_away_and_back_returns_to_the_stewards(qtbot, market):
    window = steward(qtbot, market)
    screen = clock_screen(window)
    for _ in range(400):
        tap(screen.steppers[24 * 60])
    assert not screen.steppers[24 * 60].isEnabled() and screen.steppers[-24 * 60].isEnabled()
    tap(screen.set_button)
    assert market.clock_correction == 400 * 24 * 60
    tap(screen.back)
    assert window.flow.step == Step.STEWARD


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_set_and_computers_clock_stand_apart_by_the_usual_gap(qtbot, market, lang):
    """At 800×480 they almost touched: their row took the page's no-gap column's spacing."""
    from ui import theme

    window = steward(qtbot, market)
    window.set_language(lang)
    screen = clock_screen(window)
    kept, machine = (b.geometry() for b in (screen.set_button, screen.machine_button))
    assert kept.top() == machine.top()  # one row
    first, second = sorted((kept, machine), key=lambda r: r.left())  # mirrored in Arabic
    assert second.left() - first.right() - 1 == theme.GAP_COLUMN  # as the steward pages' rows of buttons


@pytest.fixture
def two_kiosks(tmp_path):
    """Kiosks a and b sharing a folder; b's machine thinks it is a day later. Closed after their windows."""
    a_clock, b_clock = FakeClock(), FakeClock()
    b_clock.advance(days=1)  # b lost a day: it thinks it is tomorrow
    a = open_market(tmp_path / "a.db", clock=a_clock)
    b = open_market(tmp_path / "b.db", clock=b_clock)
    (tmp_path / "sync").mkdir()
    yield a, b, tmp_path / "sync"
    a.close()
    b.close()


def test_two_kiosks_a_day_apart_agree_once_one_is_set_from_the_screen(two_kiosks, qtbot):
    a, b, folder = two_kiosks
    assert bucket(a.clock()) != bucket(b.clock())
    window = steward(qtbot, b)
    screen = clock_screen(window)
    tap(screen.steppers[-24 * 60])
    tap(screen.set_button)
    assert bucket(a.clock()) == bucket(b.clock()) == "2026-11-28T10:00"

    a.open_event("Market")
    a.list_item("books", 1, "from a")
    exchange(a, folder)
    exchange(b, folder)
    b.list_item("toys", 1, "from b")
    exchange(b, folder)
    exchange(a, folder)
    for market in (a, b):
        assert sorted(i.title for i in market.available()) == ["from a", "from b"]
        assert [(e.date, e.closed_at) for e in market.events()] == [("2026-11-28", None)]
    # b's own records carry a's day and quarter hour, not the day b's machine believes.
    assert {e["at"][:10] for e in journal.own_events(b)} == {"2026-11-28"}


@pytest.fixture
def clock_gone_back(db_path, clock):
    """A data file whose newest record is later than the machine's clock (it went back three days)."""
    early = open_market(db_path, clock=clock)
    early.open_event("Market")
    early.list_item("books", 1, "atlas")
    early.close()
    clock.advance(days=-3)
    market = open_market(db_path, clock=clock)
    yield market
    market.close()


def test_the_notice_of_a_wrong_clock_leads_to_the_clock_screen(clock_gone_back, qtbot):
    market = clock_gone_back
    assert clock_notices(market) and clock_notices(market)[0].startswith(CLOCK_NOTICE)
    window = steward(qtbot, market)
    kiosks = window.screen_for(Step.KIOSKS)
    tap(kiosks.open_button)
    assert kiosks.notices.isVisible() and "earlier than the newest record" in kiosks.notices.text()
    tap(kiosks.set_clock)
    assert window.flow.step == Step.CLOCK
    screen = window.screen_for(Step.CLOCK)
    assert screen.notice.isVisible()
    for _ in range(3):
        tap(screen.steppers[24 * 60])
    tap(screen.set_button)
    assert market.clock().date() == dt.date(2026, 11, 28)
    assert clock_notices(market) == [] and not screen.notice.isVisible()
    tap(screen.back)  # back where it was opened from
    assert window.flow.step == Step.KIOSKS and not kiosks.set_clock.isVisible()
