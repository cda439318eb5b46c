"""Pictograms: Material Design Icons 6 (Apache-2.0), the very font and charmap qtawesome ships.

The one seam for icons. The font is loaded straight into Qt (QRawFont) and glyphs are painted by a small
QIconEngine, the way qtawesome paints them, without importing qtawesome itself: its import pulls in qtpy,
QtOpenGL and QtDataVisualization (a third of the kiosk's start-up). Names are qtawesome's ("mdi6.printer").
Licence: Material Design Icons by Pictogrammers, Apache-2.0 (the font files carry it; see README).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPixmap,
    QRawFont,
    QTransform,
)

PREFIX = "mdi6"
FONT = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP = "materialdesignicons6-webfont-charmap-6.9.96.json"
PATH_SIZE = 1000.0  # glyph outlines are taken once at this pixel size and scaled (they are vectors)


@cache
def font_folder() -> Path:
    """qtawesome's fonts folder, found without importing qtawesome (pip's wheel or Debian's package)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The icon font is missing: install qtawesome (python3-qtawesome on Debian).")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _charmap_text() -> str:
    return (font_folder() / CHARMAP).read_text(encoding="utf-8")


@cache
def _font_data() -> bytes:
    return (font_folder() / FONT).read_bytes()


@cache
def char_of(name: str) -> str:
    """The font's character for a pictogram, found by its key in the charmap's text (one `"name": "0xf…"` a
    line): parsing all 7 367 entries as JSON to use a dozen was 2 ms of the start."""
    prefix, _, glyph = name.partition(".")
    if prefix != PREFIX:
        raise KeyError(f"Only {PREFIX} pictograms are kept, not {name!r}")
    text = _charmap_text()
    key = text.find(json.dumps(glyph) + ":")
    if key < 0:
        raise KeyError(f"There is no pictogram {name!r} in Material Design Icons ({CHARMAP})")
    value = json.JSONDecoder().raw_decode(text, text.index('"', text.index(":", key)))[0]
    return chr(int(value, 16))


@cache
def _raw_font() -> QRawFont:
    font = QRawFont(_font_data(), PATH_SIZE)
    if not font.isValid():
        raise RuntimeError("The icon font could not be loaded.")
    return font


@lru_cache(maxsize=512)
def _outline(name: str) -> tuple[QPainterPath, float, float]:
    """The glyph's outline at PATH_SIZE pixels, its advance and its line height (ascent + descent)."""
    font = _raw_font()
    glyph = font.glyphIndexesForString(char_of(name))[0]
    advance = font.advancesForGlyphIndexes([glyph])[0]
    path = font.pathForGlyph(glyph)
    path.translate(0, font.ascent())
    path.setFillRule(Qt.FillRule.WindingFill)
    return path, abs(advance.x()), font.ascent() + font.descent()


def glyph_path(name: str, rect: QRectF) -> QPainterPath:
    """The pictogram as a vector path in `rect`, sized and centred as qtawesome draws it (7/8 of the height)."""
    path, advance, height = _outline(name)
    scale = round(0.875 * rect.height()) / PATH_SIZE
    transform = QTransform()
    transform.translate(rect.center().x() - advance * scale / 2, rect.center().y() - height * scale / 2)
    transform.scale(scale, scale)
    return transform.map(path)


def paint_glyph(painter: QPainter, rect: QRectF | QRect, name: str, color: QColor | str) -> None:
    """The pictogram as a vector path (for paper: crisp at any resolution)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillPath(glyph_path(name, QRectF(rect)), QColor(color))
    painter.restore()


@cache
def font_family() -> str:
    """The icon font, added to Qt's font database once (needs the QGuiApplication)."""
    # From the file: Qt maps it, and Python never holds its 1.3 MB (only print reads the bytes, for QRawFont).
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_folder() / FONT)))
    if not families:
        raise RuntimeError("The icon font could not be loaded.")
    return families[0]


@lru_cache(maxsize=64)
def _font(pixels: int) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(max(1, pixels))
    return font


def draw_glyph(painter: QPainter, rect: QRect, name: str, color: QColor) -> None:
    """The pictogram as text in the icon font, as qtawesome draws it on screen (hinted, 7/8 of the height)."""
    painter.save()
    painter.setPen(color)
    painter.setFont(_font(round(0.875 * rect.height())))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, char_of(name))
    painter.restore()


class GlyphEngine(QIconEngine):
    """One pictogram in two colours: off (normal, focused) and on (a chosen chip)."""

    def __init__(self, name: str, color: QColor, on_color: QColor):
        super().__init__()
        char_of(name)  # an unknown name fails here, not at paint time
        self.name, self.color, self.on_color = name, color, on_color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self.on_color if state == QIcon.State.On else self.color
        if mode == QIcon.Mode.Disabled:
            color = QColor(color)
            color.setAlpha(110)
        draw_glyph(painter, rect, self.name, color)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.name, self.color, self.on_color)


def icon(name: str, color: str, on_color: str = "white") -> QIcon:
    """A pictogram in `color` (ui.theme.icon picks the look's ink); `on_color` is for when its button is toggled
    on (a chosen chip)."""
    return QIcon(GlyphEngine(name, QColor(color), QColor(on_color)))
