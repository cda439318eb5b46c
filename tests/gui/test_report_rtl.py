"""The market's report (the PDF export) in Arabic reads right to left like the signs: its lines start at the right,
the logo stands at the right of the page, and the charts are painted the right way round, laid out for Arabic by
themselves. Before, every page was laid out left to right with Arabic words in it: headings at the left, each
line of the totals ragged on the side where an Arabic reader starts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, qGray

import ui.report
from kiosk.store.summary import read_summary
from ui import translators
from ui.printing.output import render_image
from ui.report import Report

DPI = 40
MM = DPI / 25.4


def first_page(summary, lang: str) -> QImage:
    with translators.installed(lang):
        image, _ = render_image(Report(summary, lang).render, "a4", "portrait", dpi=DPI, page=0)
    return image


def ink_span(image: QImage, top_mm: float, bottom_mm: float) -> tuple[int, int]:
    """The leftmost and rightmost columns with a dark pixel between two heights of the page."""
    xs = [x for x in range(image.width())
          if any(qGray(image.pixel(x, y)) < 160 for y in range(round(top_mm * MM), round(bottom_mm * MM)))]
    assert xs, (top_mm, bottom_mm)
    return xs[0], xs[-1]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_reports_lines_start_where_its_reader_starts(qapp, demo_market, lang):
    image = first_page(read_summary(demo_market, 1), lang)
    width = image.width()
    # The brand line (logo and words) and the totals' lines, below the headline: ragged at the end of the line.
    for band in ((8, 24), (110, 135)):
        left, right = ink_span(image, *band)
        if lang == "ar":
            assert right > width - 25 * MM and left > 35 * MM, (band, left, right, width)
        else:
            assert left < 25 * MM and right < width - 35 * MM, (band, left, right, width)


def test_the_charts_on_an_arabic_report_are_painted_the_right_way_round(qapp, demo_market, monkeypatch):
    turns = []
    painted = ui.report.paint_chart

    def paint_chart(painter, *args) -> None:
        turns.append(painter.worldTransform().determinant())  # negative: mirrored, its words backwards
        painted(painter, *args)

    monkeypatch.setattr(ui.report, "paint_chart", paint_chart)
    with translators.installed("ar"):
        render_image(Report(read_summary(demo_market, 1), "ar").render, "a4", "portrait", dpi=DPI, page=1)
    assert turns and all(turn > 0 for turn in turns), turns  # the by-kind chart, and the timeline where it has room
