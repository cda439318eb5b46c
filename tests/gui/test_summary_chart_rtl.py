"""The summary's "by kind" chart reads from the reader's side: in Arabic the kinds' names stand at the right and
the bars grow leftwards from them, as the page around the chart is mirrored (they stood at the left, bars growing
right, in an otherwise right-to-left page); back in a left-to-right language they return to the left."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import choose_language, make_window
from ui.charts import _parts
from ui.flow import Step


def names_side_and_reversed(chart) -> tuple[Qt.AlignmentFlag, bool]:
    _, _, values, names = _parts(chart)
    return names.alignment(), values.isReverse()


def open_summary(window) -> object:
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.go(Step.SUMMARY)
    summary = window.screen_for(Step.SUMMARY)
    assert window.flow.step == Step.SUMMARY and summary.category_view.isVisible()
    return summary


def test_the_by_kind_chart_mirrors_in_arabic_and_comes_back(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (1280, 800))
    chart = open_summary(window).charts[0]
    assert names_side_and_reversed(chart) == (Qt.AlignmentFlag.AlignLeft, False)
    window.go_home()
    choose_language(window, "ar")
    chart = open_summary(window).charts[0]
    assert names_side_and_reversed(chart) == (Qt.AlignmentFlag.AlignRight, True)
    assert len(chart.axes(Qt.Orientation.Vertical)) == 1  # moved, not doubled
    assert chart.series()[0].attachedAxes()  # the bars still hang on their axes
    window.go_home()
    choose_language(window, "en")
    chart = open_summary(window).charts[0]
    assert names_side_and_reversed(chart) == (Qt.AlignmentFlag.AlignLeft, False)
