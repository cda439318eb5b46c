"""The steward's tools are built after the steward page (issue 25): idle time after home puts a button for every
tool on the steward page and lays the page out, so the PIN's OK only shows it; a tool's screen is built in the idle
time after that page is painted, or when its button is tapped if that comes first. Structure, never time."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.settings import PIN_HASH
from tests.gui.conftest import choose_language, tap
from ui.flow import Step

TOOLS = (Step.EVENTS, Step.SUMMARY, Step.SIGNS, Step.FOOD_LABELS, Step.MEALS, Step.RESCUED, Step.CLOCK)


def unlock(window) -> None:
    from kiosk.pin import hash_pin

    window.market.set_setting(PIN_HASH, hash_pin("2468"))
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    for digit in "2468":
        tap(pin.keys[digit])
    tap(pin.keys["ok"])
    assert window.flow.step == Step.STEWARD


def action(window, words: str) -> QPushButton:
    """The steward page's button with these words (its tool's screen may not be built)."""
    steward = window.built(Step.STEWARD)
    found = [b for b in steward.findChildren(QPushButton) if b.accessibleName() == words and b.isVisibleTo(steward)]
    assert len(found) == 1, [b.accessibleName() for b in steward.findChildren(QPushButton)]
    return found[0]


def tool_buttons(window) -> list[QPushButton]:
    """The steward page's buttons that open a tool (built or not)."""
    steward = window.built(Step.STEWARD)
    return [] if steward is None else [b for b in steward.findChildren(QPushButton) if b.property("opens")]


def steward_page_ready(window) -> bool:
    """Whether the steward page, not yet shown, has every tool's button and is laid out as it will be shown: each
    of its widgets polished and sized (no resize waiting for its first showing), at the size of a page."""
    steward = window.built(Step.STEWARD)
    if steward is None or len(tool_buttons(window)) != len(TOOLS):
        return False
    shown = [w for w in [steward, *steward.findChildren(QWidget)] if w is steward or w.isVisibleTo(steward)]
    return steward.geometry() == window.stack.contentsRect() and all(
        w.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
        and not w.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent) for w in shown)


def test_idle_time_after_home_readies_the_steward_page_with_every_tools_button_and_builds_no_tool(qtbot, window):
    qtbot.waitUntil(lambda: steward_page_ready(window), timeout=10000)
    assert window.flow.step == Step.HOME and not window.built(Step.STEWARD).isVisible()
    assert sorted(b.property("opens") for b in tool_buttons(window)) == sorted(step.value for step in TOOLS)
    assert [step for step in TOOLS if window.built(step) is not None] == []  # an unattended kiosk carries no tool
    qtbot.wait(200)  # and idle time goes on to build none
    assert [step for step in TOOLS if window.built(step) is not None] == []


def test_the_pins_ok_creates_no_widget_and_lays_nothing_out_anew(qtbot, window):
    from kiosk.pin import hash_pin

    for _ in range(500):  # idle time's building after home (old code: it stops before the steward's buttons)
        if steward_page_ready(window):
            break
        qtbot.wait(10)
    window.market.set_setting(PIN_HASH, hash_pin("2468"))
    tap(window.steward_button)
    pin = window.screen_for(Step.PIN)
    for digit in "2468":
        tap(pin.keys[digit])
    before = set(window.findChildren(QWidget)) | set(QApplication.topLevelWidgets())
    steward = window.built(Step.STEWARD)
    unready = [w for w in steward.findChildren(QWidget) if w.isVisibleTo(steward) and (
        not w.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
        or w.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent))]  # polished and sized, before the OK
    tap(pin.keys["ok"])
    assert window.flow.step == Step.STEWARD
    after = set(window.findChildren(QWidget)) | set(QApplication.topLevelWidgets())
    assert [w.accessibleName() or type(w).__name__ for w in after - before] == []
    assert unready == []


def test_the_pins_ok_builds_the_steward_page_and_no_tool(qtbot, window):
    unlock(window)
    assert [step for step in TOOLS if window.built(step) is not None] == []
    tap(action(window, "Print signs"))
    assert window.flow.step == Step.SIGNS and window.built(Step.SIGNS) is not None
    assert window.built(Step.SIGNS).open_button is action(window, "Print signs")  # the one the tests tap
    assert [step for step in TOOLS if window.built(step) is not None] == [Step.SIGNS]
    tap(window.built(Step.SIGNS).back)
    tap(action(window, "Summary & export"))  # the open market's summary, as before
    assert window.flow.step == Step.SUMMARY and window.built(Step.SUMMARY).event_id is None
    assert [step for step in TOOLS if window.built(step) is not None] == [Step.SUMMARY, Step.SIGNS]


def test_once_the_steward_page_is_painted_its_tools_are_built_in_the_idle_time_after(qtbot, window):
    unlock(window)
    assert [step for step in TOOLS if window.built(step) is not None] == []  # the OK's own frame builds none
    qtbot.waitUntil(lambda: all(window.built(step) is not None for step in TOOLS), timeout=10000)
    assert window.flow.step == Step.STEWARD  # nothing moved the steward on
    tap(action(window, "Print signs"))  # the first visit finds it built
    assert window.flow.step == Step.SIGNS and window.built(Step.SIGNS).open_button is action(window, "Print signs")


def test_with_nobody_behind_the_pin_no_tool_is_built(qtbot, window):
    unlock(window)
    window.go_home()  # before the steward page was painted
    qtbot.wait(300)
    assert [step for step in TOOLS if window.built(step) is not None] == []


def test_a_tools_button_speaks_the_language_before_and_after_its_screen_is_built(qtbot, window):
    unlock(window)
    choose_language(window, "es")
    assert window.flow.step == Step.STEWARD
    market_days = action(window, "Días de mercado")
    assert market_days.accessibleDescription() != "Open or close a market, and see past ones"
    assert window.built(Step.EVENTS) is None
    tap(market_days)
    events = window.built(Step.EVENTS)
    assert window.flow.step == Step.EVENTS and events.heading.text() == "Días de mercado"
    choose_language(window, "en")
    assert events.open_button.text() == "Market days" and events.heading.text() == "Market days"


def test_the_idle_reset_and_going_home_leave_the_tools_unbuilt(qtbot, window):
    unlock(window)
    window.idle_reset()
    assert window.flow.step == Step.HOME
    assert [step for step in TOOLS if window.built(step) is not None] == []


def test_building_everything_still_builds_every_tool(qtbot, window):
    window.build_everything()  # the screenshot command and the checks that walk every screen
    assert all(window.built(step) is not None for step in TOOLS)
    assert all(window.built(step).open_button.isVisibleTo(window.built(Step.STEWARD)) for step in TOOLS)
    assert [window.built(step).open_button.property("opens") for step in TOOLS] == [step.value for step in TOOLS]


def chart_parts(chart) -> list:
    """A chart's series, bar sets and axes: what a chart built anew would replace."""
    series = chart.series()
    return [chart, *series, *(s for one in series for s in one.barSets()), *chart.axes()]


def show_summary(window) -> None:
    window.go_home()
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.go(Step.SUMMARY)


def test_the_summarys_charts_are_filled_again_in_place_on_each_show(qtbot, window, monkeypatch):
    monkeypatch.setattr("ui.screens.summary.removable_volumes", lambda: [])  # no stick, whatever is mounted here
    market = window.market
    market.open_event("Today")
    books = market.list_item("books", 2, "Two books")
    market.list_item("toys", 1, "A toy")
    show_summary(window)
    summary = window.built(Step.SUMMARY)
    parts = chart_parts(summary.charts[0]) + chart_parts(summary.charts[1])
    assert len(parts) == 2 * (1 + 1 + 2 + 2)
    names = next(axis for axis in summary.charts[0].axes() if isinstance(axis, QBarCategoryAxis))
    assert len(names.categories()) == 2
    places = summary.places_group.buttons()  # where to export: the kiosk's own folder here
    assert len(places) == 1 and summary.weight_rows == {}  # the weights: filled when a steward opens them
    market.take_one(books.item.id)
    market.list_item("kitchen", 3, "Three cups")
    show_summary(window)
    assert chart_parts(summary.charts[0]) + chart_parts(summary.charts[1]) == parts  # the same objects
    assert summary.category_view.chart() is summary.charts[0] and summary.timeline_view.chart() is summary.charts[1]
    taken, here = summary.charts[0].series()[0].barSets()
    assert sum(taken.at(n) for n in range(taken.count())) == 1  # the new figures, three kinds now
    assert sum(here.at(n) for n in range(here.count())) == 2 + 1 + 3 - 1
    assert len(names.categories()) == 3
    assert summary.places_group.buttons() == places and places[0].isChecked()  # the same places, kept
    tap(summary.weights_toggle)
    assert summary.weight_rows["books"][2].text() == "0.40 kg"


def test_the_summarys_charts_are_made_with_the_screen_in_idle_time_not_on_its_first_visit(qtbot, window,
                                                                                          monkeypatch):
    monkeypatch.setattr("ui.screens.summary.removable_volumes", lambda: [])  # no stick, whatever is mounted here
    market = window.market
    market.open_event("Today")
    market.list_item("books", 2, "Two books")
    unlock(window)
    qtbot.waitUntil(lambda: window.built(Step.SUMMARY) is not None, timeout=10000)  # the steward reads the page
    summary = window.built(Step.SUMMARY)
    assert len(summary.charts) == 2  # made, with their series, bar sets and axes, before anyone asked
    assert summary.category_view.chart() is summary.charts[0] and summary.timeline_view.chart() is summary.charts[1]
    parts = chart_parts(summary.charts[0]) + chart_parts(summary.charts[1])
    assert len(parts) == 2 * (1 + 1 + 2 + 2)
    for chart in summary.charts:  # with their value axis laid out already (an axis's first range is slow)
        values = next(axis for axis in chart.axes() if type(axis) is QValueAxis)  # a QCategoryAxis is one too
        assert (values.min(), values.max(), values.labelFormat()) == (0, 4, "%d")
    tap(action(window, "Summary & export"))  # the first visit fills them
    assert window.flow.step == Step.SUMMARY
    assert chart_parts(summary.charts[0]) + chart_parts(summary.charts[1]) == parts
    taken, here = summary.charts[0].series()[0].barSets()
    assert [here.at(n) for n in range(here.count())] == [2]


def test_opening_print_signs_paints_page_one_alone_and_still_counts_every_page(qtbot, window, monkeypatch):
    from ui.printing import output

    market = window.market
    market.open_event("Today")
    for kind in ("books", "toys", "kitchen"):
        market.list_item(kind, 1, f"A {kind} thing")
    pages: list[tuple[int, int]] = []
    blank = output.blank_image
    monkeypatch.setattr(output, "blank_image", lambda *size: pages.append(size[:2]) or blank(*size))
    unlock(window)
    tap(action(window, "Print signs"))  # the category signs: a page for each kind on the table
    signs = window.built(Step.SIGNS)
    assert window.flow.step == Step.SIGNS and signs.kind == "categories"
    assert len(pages) == 1 and signs.page_count == 3 and signs.pages_label.text() == "3 pages"
    assert not signs.preview.pixmap().isNull()  # page one, painted
    tap(signs.kind_buttons["here-now"])  # a list's pages are counted by laying them out, as before
    qtbot.waitUntil(lambda: len(pages) > 1)


@pytest.mark.parametrize("langs", [("en",), ("ar", "es")])
def test_a_kinds_own_page_count_is_the_count_of_its_pages_laid_out(market, langs):
    from ui.printing.kinds import chosen
    from ui.printing.output import render_image
    from ui.printing.signs import SignJob, document, page_count

    market.open_event("Today")
    for kind in ("books", "toys", "kitchen", "books"):
        market.list_item(kind, 1, f"A {kind} thing")
    for key in ("welcome", "categories", "tents", "all"):
        kinds = chosen(key)
        job = SignJob(market, langs, "in_use")
        render, orientation = document(kinds, job)
        laid_out = render_image(render, "a4", orientation, 20)[1]
        known = page_count(kinds, job)
        assert known is None if key == "all" else known == laid_out, key
        if known is not None:
            assert render_image(render, "a4", orientation, 20, pages=known)[1] == laid_out
