"""Looks: the style sheet scaled to the screen, and pictograms from a kept icon set."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import qtawesome
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap

# Targets never shrink below this, whatever the screen (the product's touch rule).
MIN_TARGET = 64


def asset_text(name: str) -> str:
    return resources.files("assets").joinpath(name).read_text(encoding="utf-8")


def tokens_for(width: int, height: int) -> dict[str, int]:
    """Font and target sizes for a window: compact for 7" 800×480, roomy for full HD."""
    scale = max(0.75, min(width / 1280, height / 800, 1.6))
    base = round(20 * scale)
    return {
        "base": base,
        "small": max(14, round(base * 0.8)),
        "title": round(base * 1.4),
        "tile": round(base * 1.45),
        "huge": round(base * 2.6),
        "target": max(MIN_TARGET, round(72 * scale)),
        "icon": max(24, min(48, round(30 * scale))),
        "chip_icon": max(22, min(40, round(26 * scale))),
    } | _inner(max(MIN_TARGET, round(72 * scale)))


def _inner(target: int) -> dict[str, int]:
    # QSS min-height counts the content only: take off padding and border so the whole
    # control is `target` high, never less.
    return {"button_inner": target - 2 * 6 - 2 * 2, "edit_inner": target - 2 * 4 - 2 * 2}


@lru_cache(maxsize=8)
def _sheet(width_band: int, height_band: int) -> str:
    sheet = asset_text("style.qss")
    for key, value in tokens_for(width_band, height_band).items():
        sheet = sheet.replace("{" + key + "}", str(value))
    return sheet


def style_sheet(width: int, height: int) -> str:
    # Bands of 40 px keep resizes from re-polishing every widget on every pixel.
    return _sheet(width // 40 * 40, height // 40 * 40)


# Pictograms that point along the line of reading: they turn round in a right-to-left language.
DIRECTIONAL = frozenset({
    "mdi6.arrow-left", "mdi6.arrow-right", "mdi6.chevron-left", "mdi6.chevron-right",
    "mdi6.chevron-double-left", "mdi6.chevron-double-right", "mdi6.undo", "mdi6.redo",
})


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


class MirroringEngine(QIconEngine):
    """Draws a pictogram as it is, or mirrored while the application reads right to left."""

    def __init__(self, plain: QIcon):
        super().__init__()
        self.plain = plain

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._turned(self.plain.pixmap(size, mode, state))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return self._turned(self.plain.pixmap(size, scale, mode, state))

    def _turned(self, pixmap: QPixmap) -> QPixmap:
        if not right_to_left() or pixmap.isNull():
            return pixmap
        turned = QPixmap.fromImage(pixmap.toImage().flipped(Qt.Orientation.Horizontal))
        turned.setDevicePixelRatio(pixmap.devicePixelRatio())
        return turned

    def clone(self) -> QIconEngine:
        return MirroringEngine(self.plain)

    def isNull(self) -> bool:
        return self.plain.isNull()


def icon(name: str, color: str = "#1f1d1a", on_color: str = "white") -> QIcon:
    """A pictogram; `on_color` is for when its button is toggled on (a chosen chip)."""
    # "Active" is the mode of a focused button: the same colours, or the pictogram would vanish on focus.
    plain = qtawesome.icon(name, color=QColor(color), color_active=QColor(color), color_on=QColor(on_color),
                           color_on_active=QColor(on_color))
    return QIcon(MirroringEngine(plain)) if name in DIRECTIONAL else plain
