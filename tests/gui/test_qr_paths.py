"""QR codes on paper are drawn as one path of rectangles (issue 12: 200 skill cards within a second). Filled
as one path, two dark neighbours never show a light seam between them, at any resolution a PDF is read at."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from ui.printing.output import write_pdf
from ui.printing.painter import QUIET_ZONE, Sheet, draw_qr, qr_matrix

PAYLOAD = "Bike repair 12\nBring it along, we fix it together.\nweekends\nask at table 3"


DARK = bytes(1 if value < 128 else 0 for value in range(256))  # a grey level: 1 where it is dark


def dark_bounds(image: QImage) -> tuple[int, int, int, int]:
    """left, top, right, bottom of the dark pixels of a grey page: each row read as bytes (a whole A4 page at 301 dpi
    is 8.7 million pixels; one call per pixel took 17 s)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride = bytes(grey.constBits()), grey.bytesPerLine()
    rows = {y: row for y in range(grey.height())
            if 1 in (row := data[y * stride: y * stride + grey.width()].translate(DARK))}
    return (min(row.find(1) for row in rows.values()), min(rows),
            max(row.rfind(1) for row in rows.values()) + 1, max(rows) + 1)


@pytest.mark.parametrize("dpi", [73, 97, 151, 301])
def test_no_light_seam_between_dark_neighbours(qapp, tmp_path, dpi):
    matrix = qr_matrix(PAYLOAD)
    drawn: list[QRectF] = []

    def render(painter: QPainter, sheet: Sheet) -> None:
        # An odd size: module edges fall between pixels at every resolution below.
        drawn.append(draw_qr(painter, QRectF(0, 0, sheet.mm(61.3), sheet.mm(61.3)), PAYLOAD))

    pdf = tmp_path / "qr.pdf"
    write_pdf(pdf, render, "a4", "portrait")
    subprocess.run(["pdftoppm", "-png", "-gray", "-r", str(dpi), "-singlefile", str(pdf), str(tmp_path / "qr")],
                   check=True)
    image = QImage(str(tmp_path / "qr.png"))
    left, top, right, bottom = dark_bounds(image)
    size = len(matrix)
    module_x, module_y = (right - left) / size, (bottom - top) / size
    assert QUIET_ZONE and module_x > 2.5
    seams = []

    def dark_across(points: list[tuple[float, float]]) -> None:
        for point in points:  # the pixels either side of the shared edge, at its middle
            pixel = (int(point[0]), int(point[1]))
            if image.pixelColor(*pixel).lightness() > 60:
                seams.append(pixel)

    for y in range(size):
        for x in range(size):
            if not matrix[y][x]:
                continue
            if x + 1 < size and matrix[y][x + 1]:  # the dark neighbour to the right
                edge, middle = left + (x + 1) * module_x, top + (y + 0.5) * module_y
                dark_across([(edge - 0.5, middle), (edge + 0.5, middle)])
            if y + 1 < size and matrix[y + 1][x]:  # the dark neighbour below
                middle, edge = left + (x + 0.5) * module_x, top + (y + 1) * module_y
                dark_across([(middle, edge - 0.5), (middle, edge + 0.5)])
    assert seams == []
