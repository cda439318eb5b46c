"""The summary's two charts, built once with QtCharts and shown on screen and in the PDF report alike.

by category: a stacked bar per category — found a new home + still here = brought;
over the day: arrivals and takes per quarter hour.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene

from kiosk.catalog import RIGHT_TO_LEFT
from kiosk.summary import Summary, continuous_timeline
from ui.theme import paper_colour

TAKEN_COLOR = paper_colour("taken")
HERE_COLOR = paper_colour("here")
ARRIVED_COLOR = paper_colour("arrived")


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(8, px))
    font.setBold(bold)
    return font


def _plain(chart: QChart, text_px: int) -> None:
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().setFont(_font(text_px))
    chart.setTitleFont(_font(round(text_px * 1.15), bold=True))


def _value_axis(axis: QValueAxis, maximum: int, text_px: int) -> None:
    top = max(4, maximum)
    top = top + (-top % 4)  # a round top so the four grid steps are whole numbers
    axis.setRange(0, top)
    axis.setTickCount(5)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(_font(text_px))


def _bars(name: str, color: str) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(QColor(color))
    return bars


def _refill(bars: QBarSet, name: str, values: list[int]) -> None:
    """A bar set's name and values, in place (its chart is not laid out anew)."""
    bars.setLabel(name)
    if bars.count():
        bars.remove(0, bars.count())
    bars.append(values)


def _parts(chart: QChart) -> tuple[QAbstractBarSeries, list[QBarSet], QAbstractAxis, QAbstractAxis]:
    """A chart made here: its series, its two bar sets, its horizontal and its vertical axis."""
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    return (series, series.barSets(), chart.axes(Qt.Orientation.Horizontal)[0],
            chart.axes(Qt.Orientation.Vertical)[0])


def _made(chart: QChart, series: QAbstractBarSeries, colours: tuple[str, str], names: QAbstractAxis,
          names_at: Qt.AlignmentFlag, values_at: Qt.AlignmentFlag) -> QChart:
    for colour in colours:
        series.append(_bars("", colour))
    chart.addSeries(series)
    chart.addAxis(names, names_at)
    series.attachAxis(names)
    values = QValueAxis()
    chart.addAxis(values, values_at)
    series.attachAxis(values)
    # A look and a value axis from the start: an axis's first range and fonts cost a first show ~100 ms on a busy
    # machine (its labels laid out for the first time); made in idle time (the summary screen), a show only refills.
    _plain(chart, 16)
    _value_axis(values, 0, 16)
    return chart


def new_category_chart() -> QChart:
    """An empty chart for category_chart to fill: its series, two bar sets and axes (the summary screen makes its
    charts with the screen, in idle time, and fills them on each show)."""
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.7)
    series.setLabelsVisible(False)
    kinds = QBarCategoryAxis()
    kinds.setGridLineVisible(False)
    return _made(QChart(), series, (TAKEN_COLOR, HERE_COLOR), kinds, Qt.AlignmentFlag.AlignLeft,
                 Qt.AlignmentFlag.AlignBottom)


def new_timeline_chart() -> QChart:
    """An empty chart for timeline_chart to fill."""
    series = QBarSeries()
    series.setBarWidth(0.85)
    hours = QCategoryAxis()
    hours.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    hours.setGridLineVisible(False)
    return _made(QChart(), series, (ARRIVED_COLOR, TAKEN_COLOR), hours, Qt.AlignmentFlag.AlignBottom,
                 Qt.AlignmentFlag.AlignLeft)


def category_chart(summary: Summary, lang: str, text_px: int = 16, chart: QChart | None = None) -> QChart:
    """Stacked horizontal bars, first category on top: found a new home, then still here. `chart`: one made
    here before, filled again in place (the summary screen keeps its charts; the PDF report makes its own)."""
    if chart is None:
        chart = new_category_chart()
    _plain(chart, text_px)
    chart.setTitle(QCoreApplication.translate("Charts", "What we shared, by kind"))
    shown = [c for c in summary.categories if c.brought][::-1]  # a horizontal axis draws bottom-up
    _, (taken, here), values, names = _parts(chart)
    assert isinstance(names, QBarCategoryAxis) and isinstance(values, QValueAxis)
    labels = [c.name(lang) for c in shown] or [" "]
    if names.categories() != labels:
        names.clear()
        names.append(labels)
    names.setLabelsFont(_font(text_px))
    _read_from(chart, names, values, lang in RIGHT_TO_LEFT)
    _refill(taken, QCoreApplication.translate("Charts", "Found a new home"), [c.taken for c in shown])
    still = (QCoreApplication.translate("Charts", "Still here now") if summary.event.is_open
             else QCoreApplication.translate("Charts", "Still here at the end"))
    _refill(here, still, [c.still_here for c in shown])
    _value_axis(values, max((c.brought for c in shown), default=0), text_px)
    return chart


def _read_from(chart: QChart, names: QAbstractAxis, values: QValueAxis, right_to_left: bool) -> None:
    """The kinds' names where the reader starts, the bars growing from them: at the right in Arabic, as the
    page around the chart is. An axis moves only when the language's direction changed (re-added, as QtCharts
    has no other way to move one)."""
    names_at = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    if names.alignment() != names_at:
        series = chart.series()[0]
        chart.removeAxis(names)
        chart.addAxis(names, names_at)
        series.attachAxis(names)
    values.setReverse(right_to_left)


def timeline_chart(summary: Summary, text_px: int = 16, chart: QChart | None = None) -> QChart:
    """Arrivals and takes per quarter hour, side by side. `chart`: as for category_chart."""
    if chart is None:
        chart = new_timeline_chart()
    _plain(chart, text_px)
    chart.setTitle(QCoreApplication.translate("Charts", "Over the day, every quarter hour"))
    quarters = continuous_timeline(summary.timeline)
    _, (arrived, taken), times, values = _parts(chart)
    assert isinstance(times, QCategoryAxis) and isinstance(values, QValueAxis)
    _refill(arrived, QCoreApplication.translate("Charts", "Arrived"), [q.brought for q in quarters])
    _refill(taken, QCoreApplication.translate("Charts", "Taken"), [q.taken for q in quarters])
    # Bars sit at 0, 1, 2, …; label whole hours only (every other hour on a long day).
    for old in times.categoriesLabels():
        times.remove(old)
    times.setRange(-0.5, max(1, len(quarters)) - 0.5)
    every = 4 if len(quarters) <= 48 else 8
    for n, q in enumerate(quarters):
        if q.bucket.endswith(":00") and (int(q.bucket[11:13]) * 4) % every == 0:
            times.append(q.clock_time, n - 0.5)
    times.setLabelsFont(_font(text_px))
    _value_axis(values, max((max(q.brought, q.taken) for q in quarters), default=0), text_px)
    return chart


def paint_chart(painter: QPainter, target: QRectF, chart: QChart, width: int, height: int) -> None:
    """Lay a chart out at width × height (points of text scale with it) and paint it into `target`.

    Rendered through a QGraphicsScene, so on a PDF the bars and words stay vectors.
    """
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    chart.setBackgroundBrush(QBrush(QColor("white")))
    scene.setSceneRect(QRectF(0, 0, width, height))
    painter.save()
    scene.render(painter, target, QRectF(0, 0, width, height), Qt.AspectRatioMode.KeepAspectRatio)
    painter.restore()
    scene.removeItem(chart)
    del scene
