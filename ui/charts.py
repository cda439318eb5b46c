"""The summary's two charts, built once with QtCharts and shown on screen and in the PDF report alike.

by category: a stacked bar per category — found a new home + still here = brought;
over the day: arrivals and takes per quarter hour.
"""

from __future__ import annotations

from PySide6.QtCharts import (
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


def _value_axis(maximum: int, text_px: int) -> QValueAxis:
    axis = QValueAxis()
    top = max(4, maximum)
    top = top + (-top % 4)  # a round top so the four grid steps are whole numbers
    axis.setRange(0, top)
    axis.setTickCount(5)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(_font(text_px))
    return axis



def _bars(name: str, color: str, values: list[int]) -> QBarSet:
    bars = QBarSet(name)
    bars.setColor(QColor(color))
    bars.append(values)
    return bars

def category_chart(summary: Summary, lang: str, text_px: int = 16) -> QChart:
    """Stacked horizontal bars, first category on top: found a new home, then still here."""
    chart = QChart()
    _plain(chart, text_px)
    chart.setTitle(QCoreApplication.translate("Charts", "What we shared, by kind"))
    shown = [c for c in summary.categories if c.brought][::-1]  # a horizontal axis draws bottom-up
    taken = _bars(QCoreApplication.translate("Charts", "Found a new home"), TAKEN_COLOR, [c.taken for c in shown])
    here = _bars(QCoreApplication.translate("Charts", "Still here at the end"), HERE_COLOR,
                 [c.still_here for c in shown])
    series = QHorizontalStackedBarSeries()
    series.append(taken)
    series.append(here)
    series.setBarWidth(0.7)
    series.setLabelsVisible(False)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([c.name(lang) for c in shown] or [" "])
    names.setLabelsFont(_font(text_px))
    names.setGridLineVisible(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    values = _value_axis(max((c.brought for c in shown), default=0), text_px)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    return chart


def timeline_chart(summary: Summary, text_px: int = 16) -> QChart:
    """Arrivals and takes per quarter hour, side by side."""
    chart = QChart()
    _plain(chart, text_px)
    chart.setTitle(QCoreApplication.translate("Charts", "Over the day, every quarter hour"))
    quarters = continuous_timeline(summary.timeline)
    arrived = _bars(QCoreApplication.translate("Charts", "Arrived"), ARRIVED_COLOR, [q.brought for q in quarters])
    taken = _bars(QCoreApplication.translate("Charts", "Taken"), TAKEN_COLOR, [q.taken for q in quarters])
    series = QBarSeries()
    series.append(arrived)
    series.append(taken)
    series.setBarWidth(0.85)
    chart.addSeries(series)
    # Bars sit at 0, 1, 2, …; label whole hours only (every other hour on a long day).
    times = QCategoryAxis()
    times.setRange(-0.5, max(1, len(quarters)) - 0.5)
    times.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    every = 4 if len(quarters) <= 48 else 8
    for n, q in enumerate(quarters):
        if q.bucket.endswith(":00") and (int(q.bucket[11:13]) * 4) % every == 0:
            times.append(q.clock_time, n - 0.5)
    times.setLabelsFont(_font(text_px))
    times.setGridLineVisible(False)
    chart.addAxis(times, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(times)
    values = _value_axis(max((max(q.brought, q.taken) for q in quarters), default=0), text_px)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
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
