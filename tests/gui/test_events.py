"""Market days and the summary, driven through the steward area with real clicks."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

from kiosk.demo import fill_demo
from kiosk.store.summary import read_summary
from tests.gui.conftest import make_window, tap, tap_to_save
from tests.unit.test_summary import MARKER, TITLE_MARKER, plant_contacts
from ui.flow import Step


def to_steward_area(window) -> None:
    window.go(Step.PIN)
    window.go(Step.STEWARD)


@pytest.fixture
def stick(tmp_path, monkeypatch):
    """A USB stick plugged in."""
    folder = tmp_path / "STICK"
    folder.mkdir()
    monkeypatch.setattr("ui.screens.summary.removable_volumes", lambda: [("STICK", folder)])
    return folder


def test_closing_the_market_and_exporting_from_the_steward_area(qtbot, demo_market, db_path, stick):
    plant_contacts(demo_market)
    window = make_window(qtbot, demo_market)
    to_steward_area(window)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert window.flow.step == Step.EVENTS
    assert events.current.isVisible() and not events.opening.isVisible()

    tap(events.close_button)
    assert window.notice.isVisible()
    tap(window.notice.answer_button("cancel"))  # second thoughts: nothing happens
    assert window.market.current_event() is not None
    tap(events.close_button)
    tap(window.notice.answer_button("handed_off"))
    closed = window.market.event(1)
    assert closed.closed_at is not None and closed.leftovers == "handed_off"
    assert all(not o.contact for o in window.market.skill_offers(1))
    wal = db_path.with_name(db_path.name + "-wal")  # its old frames emptied on the checkpoints' thread, soon after
    qtbot.waitUntil(lambda: not any(MARKER.encode() in p.read_bytes() for p in (db_path, wal) if p.exists()))

    summary = window.screen_for(Step.SUMMARY)
    assert window.flow.step == Step.SUMMARY
    assert "closed" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    expected = read_summary(window.market, 1)
    assert f"{expected.brought} things in 13 kinds" in summary.headline.text()
    assert summary.category_view.isVisible() and summary.timeline_view.isVisible()
    assert summary.category_view.chart().series()[0].count() == 2

    # The stick is offered first and chosen already.
    first = summary.places_row.itemAt(0).widget()
    assert first.text() == "STICK" and first.isChecked()
    tap_to_save(qtbot, summary.csv_button)
    assert window.notice.isVisible() and "Saved" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    tap_to_save(qtbot, summary.pdf_button)
    tap(window.notice.answer_button("ok"))
    tap_to_save(qtbot, summary.json_button)
    tap(window.notice.answer_button("ok"))
    names = sorted(p.name for p in stick.iterdir())
    assert names == [f"commons-table-{closed.date}-event-1.{x}" for x in ("csv", "json", "pdf")]
    with (stick / names[0]).open(encoding="utf-8-sig", newline="") as f:
        rows = {r["category"]: r for r in csv.DictReader(f)}
    assert sum(int(r["taken"] or 0) for r in rows.values()) == expected.taken  # the meal's rows leave it empty
    for path in stick.iterdir():
        assert MARKER.encode() not in path.read_bytes() and TITLE_MARKER.encode() not in path.read_bytes()
    assert json.loads((stick / names[1]).read_text(encoding="utf-8"))["event"]["leftovers"] == "handed_off"

    # The kiosk's own folder works too.
    kiosk_place = summary.places_row.itemAt(1).widget()
    tap(kiosk_place)
    tap_to_save(qtbot, summary.csv_button)
    tap(window.notice.answer_button("ok"))
    assert (db_path.parent / "exports" / names[0]).is_file()


def test_opening_a_market_carries_the_last_one_over(qtbot, market, clock):
    old = market.open_event("October RRFM", "Library lawn")
    market.close_event(old.id)
    clock.advance(days=30)
    window = make_window(qtbot, market)
    to_steward_area(window)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert events.opening.isVisible() and not events.current.isVisible()
    assert events.title_edit.text() == "October RRFM" and events.place_edit.text() == "Library lawn"
    tap(events.day_after)
    tap(events.start_button)
    tap(window.notice.answer_button("ok"))
    opened = market.current_event()
    assert (opened.title, opened.place, opened.date) == ("October RRFM", "Library lawn", "2026-12-29")
    assert window.event_title.text() == "October RRFM"
    assert events.current.isVisible()
    assert len(events.past_rows) == 1


def test_past_market_shows_its_summary_and_its_details_can_be_deleted(qtbot, demo_market):
    demo_market.close_event(1, "kept")
    before = read_summary(demo_market, 1)
    window = make_window(qtbot, demo_market)
    to_steward_area(window)
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    show, forget = events.past_rows[1]
    tap(show)
    assert window.flow.step == Step.SUMMARY
    assert window.screen_for(Step.SUMMARY).summary.event.id == 1
    tap(window.screen_for(Step.SUMMARY).events_button)
    show, forget = events.past_rows[1]
    tap(forget)
    tap(window.notice.answer_button("no"))
    assert not read_summary(demo_market, 1).minimised
    tap(forget)
    tap(window.notice.answer_button("yes"))
    tap(window.notice.answer_button("ok"))
    after = read_summary(demo_market, 1)
    assert after.minimised and after.brought == before.brought and after.still_here == before.still_here
    assert events.past_rows[1][1] is None  # nothing more to delete
    beside = events.past_list.itemAtPosition(0, 1).widget()  # in the button's place, the same row
    assert isinstance(beside, QLabel) and beside.text() == "Totals only" and beside.isVisible()
    assert next(demo_market.db.rows("SELECT COUNT(*) AS n FROM items"))["n"] == 0


def test_weights_for_the_estimate_are_changed_with_taps(qtbot, demo_market):
    window = make_window(qtbot, demo_market)
    to_steward_area(window)
    summary = window.screen_for(Step.SUMMARY)
    tap(summary.open_button)
    assert not summary.weights_panel.isVisible()
    tap(summary.weights_toggle)
    name, less, value, more = summary.weight_rows["books"]
    assert value.text() == "0.40 kg"
    tap(more)
    tap(more)
    assert window.market.setting("summary_weights")["books"] == 0.5
    assert summary.weight_rows["books"][2].text() == "0.50 kg*"  # marked: a steward changed it
    assert summary.weight_rows["clothes"][2].text() == "0.40 kg"
    assert f"{read_summary(window.market, 1).kg_kept_total:.1f}" in summary.totals.text()


@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
@pytest.mark.parametrize("step", [Step.EVENTS, Step.SUMMARY])
def test_touch_targets_and_fit_at_both_sizes(qtbot, market, size, step, stick):
    fill_demo(market)
    market.close_event(1, "kept")
    fill_demo(market)  # a second, open market
    window = make_window(qtbot, market, size)
    to_steward_area(window)
    window.go(step)
    screen = window.screen_for(step)
    if step == Step.SUMMARY:
        tap(screen.weights_toggle)
    qtbot.wait(50)
    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisibleTo(screen)]
    assert len(buttons) >= 5
    for b in buttons:
        assert b.height() >= 64, (b.accessibleName(), b.height())
        assert b.accessibleName(), b.text()
    assert screen.area.horizontalScrollBar().maximum() == 0  # nothing runs off the side
    for view in screen.findChildren(QChartView):
        if view.isVisibleTo(screen):
            assert view.width() <= size[0]
    assert isinstance(window.steward.action_grid.itemAt(0).widget(), QPushButton)


@pytest.mark.parametrize(("lang", "large"), [("es", False), ("es", True), ("fr", True), ("ar", True)])
def test_a_past_market_with_a_long_name_keeps_its_words_on_its_button_at_800x480(qtbot, market, lang, large):
    from kiosk.validate import TITLE_MAX
    from tests.gui.test_home import assert_words_fit

    title = ("Mercado gratis y comida compartida del barrio de la estación vieja, segundo domingo " * 2)[:TITLE_MAX]
    old = market.open_event(title.strip())
    with market.db.transaction():
        for n in range(1080):
            market.list_item("books", 3, f"Libro {n}")
    market.close_event(old.id, "handed_off")
    window = make_window(qtbot, market, (800, 480))
    window.set_language(lang)
    if large:
        tap(window.screen_for(Step.HOME).large_button)
    to_steward_area(window)
    window.go(Step.EVENTS)
    show, forget = window.screen_for(Step.EVENTS).past_rows[old.id]
    qtbot.waitUntil(lambda: "\n" in show.text())  # on two lines: one is far too wide
    assert "3240" in show.accessibleName() and forget.isVisible()
    assert_words_fit(show, "a past market")
    assert_words_fit(forget, "delete its details")


@pytest.mark.parametrize(("lang", "now", "end"), [("en", "still here now", "still here at the end"),
                                                  ("fr", "encore là maintenant", "encore là à la fin")])
def test_an_open_market_says_what_is_still_here_now_and_a_closed_one_at_the_end(qtbot, demo_market, lang, now,
                                                                                 end):
    """"open now" above "still here at the end" read as if the day were over."""
    window = make_window(qtbot, demo_market)
    window.set_language(lang)
    to_steward_area(window)
    summary = window.screen_for(Step.SUMMARY)
    tap(summary.open_button)
    still = f"{read_summary(demo_market, 1).still_here} {now}"
    assert still in summary.totals.text() and end not in summary.totals.text()
    legend = summary.category_view.chart().series()[0].barSets()[1].label()
    assert now.capitalize() == legend

    demo_market.close_event(1, "kept")
    tap(summary.events_button)
    tap(window.screen_for(Step.EVENTS).past_rows[1][0])
    assert window.flow.step == Step.SUMMARY and summary.summary.event.id == 1
    assert f"{read_summary(demo_market, 1).still_here} {end}" in summary.totals.text()
    assert now not in summary.totals.text()
    assert summary.category_view.chart().series()[0].barSets()[1].label() == end.capitalize()


def test_the_pdf_of_an_open_market_says_what_is_still_here_now(qtbot, demo_market):
    from ui.report import Report

    still = read_summary(demo_market, 1).still_here
    assert f"; {still} are still here now." in Report(read_summary(demo_market, 1), "en").totals_lines()[0]
    demo_market.close_event(1, "kept")
    assert f"; {still} were still here at the end." in Report(read_summary(demo_market, 1), "en").totals_lines()[0]
