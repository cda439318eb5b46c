"""Looks: the style sheet scaled to the screen, its colours, and pictograms from a kept icon set (ui.icons).

Two looks: the usual one, and a visitor's "large text and high contrast" (black on white, bigger words,
thicker outlines). Every colour is a named token here; assets/style.qss only names them, and a test
measures each pair against WCAG 2.2 (4.5:1 for words, 3:1 for a control's outline).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap

import assets
from ui.icons import icon as plain_icon

# Targets never shrink below this, whatever the screen (the product's touch rule).
MIN_TARGET = 64

# ----- room and breakpoints: layouts name a token, never a number -----------------------------------------

# Window sizes (px) at which a screen rearranges. Heights: a 7" panel is 480 or 600 high, full HD 1080.
SHORT_HEIGHT = 600  # the list keeps two rows above the keyboard, not three
COMPACT_HEIGHT = 700  # 7" screens (800×480, 1024×600): the top bar and the kinds' row give way, rows shrink
ROOMY_HEIGHT = 900  # full HD: the tallest list rows
# Widths: 800 (7") up to 1920 (full HD).
WIDE = 1000  # kinds of things five across
WIDER = 1100  # two columns: sign kinds, a skill's code beside its words, offering a skill's when and contact
WIDEST = 1400  # the summary's two charts side by side

# Spacing between a layout's controls (px), from pieces that read as one (a title and its line) to things kept
# well apart (the PIN's keypad and its words).
GAP_NONE, GAP_LINE, GAP_TIGHT, GAP_GRID, GAP, GAP_COLUMN = 0, 2, 4, 6, 8, 10
GAP_GROUP, GAP_TILES, GAP_SECTION, GAP_WIDE, GAP_PANES, GAP_APART = 12, 14, 16, 18, 20, 24

# Margins around a layout (left, top, right, bottom; mirrored in a right-to-left language).
FLUSH = QMargins(0, 0, 0, 0)  # a layout inside another one
SCROLL_ROOM = QMargins(0, 0, 8, 0)  # a scrolling column keeps its scroll bar off the controls
PAGE = QMargins(16, 12, 16, 12)  # a screen's edge
HOME_PAGE = QMargins(16, 16, 16, 10)
FORM_PAGE = QMargins(14, 10, 14, 10)  # bringing things
WANTED_PAGE = QMargins(14, 10, 14, 8)
LIST_PAGE = QMargins(12, 8, 12, 6)  # what is here
LIST_PAGE_COMPACT = QMargins(12, 4, 12, 2)  # what is here, on a 7" screen
SIGNS_PAGE = QMargins(16, 10, 16, 12)
# The serving table's +1 plate at the least (it grows with the page): the one button tapped all meal long. More
# would leave no room between it and the +5 row on a 7" screen.
BIG_TAP = 120
SCROLLING_PAGE = QMargins(20, 12, 20, 20)  # the steward's scrolling pages
ROW = QMargins(16, 8, 16, 8)  # a row of choices across a page
THANKS_PAGE = QMargins(24, 16, 24, 16)  # the thank-you page, its words centred
OVERLAY = QMargins(24, 24, 24, 24)  # a notice over the window; the guarded steward tools
NOTICE_CARD = QMargins(28, 24, 28, 24)
DIALOG_OVER = QMargins(12, 10, 12, 10)  # Qt's print dialog over a screen: every line of a 7" screen for it
DIALOG_CARD = QMargins(16, 10, 16, 12)
UNDO_BAR = QMargins(18, 6, 8, 6)  # the undo button sits near the edge
TOP_BAR = QMargins(12, 8, 12, 8)  # the window's top bar: title, language, steward
PROBLEM_PAGE = QMargins(48, 48, 48, 48)  # the plain screen shown when the kiosk cannot start

NORMAL = "normal"
LARGE = "large"  # large text and high contrast, one mode a visitor turns on at home

PALETTES: dict[str, dict[str, str]] = {
    NORMAL: {
        "paper": "#fbf7f0", "ink": "#1f1d1a", "muted": "#5b554c", "header": "#f1e8d8",
        "header_line": "#e2d5bf", "field": "#ffffff", "control": "#ffffff", "outline": "#8a7d68",
        "pressed": "#efe6d6", "chosen": "#1f6f5c", "on_dark": "#ffffff", "disabled_ink": "#6b655b",
        "disabled_fill": "#ece6db", "focus": "#1565c0", "bring": "#2e7d32", "browse": "#1565c0",
        "wanted": "#c4511b", "wanted_ink": "#a8470f", "skills": "#6a3d9a", "tile_pressed": "#333333",
        "danger": "#b3261e", "veil": "rgba(20, 18, 15, 150)", "track": "#efe6d6", "handle": "#6f6350",
        "cat_pressed": "#e6f0ec", "undo": "#2b2a28", "placeholder": "#6b655b",  # a field's example words: 5.9:1
        # painted rows (ui/lists.py): the card, a used-up row, the row's button, its marks
        "row_fill": "#ffffff", "row_line": "#d8ccb6", "row_dim_fill": "#f3efe8", "row_dim_ink": "#6b655b",
        "take": "#2e7d32", "mark_food": "#2e7d32", "mark_allergen": "#8a4b00", "mark_time": "#b3261e",
        "mark_size": "#1565c0",
    },
    LARGE: {
        "paper": "#ffffff", "ink": "#000000", "muted": "#000000", "header": "#ffffff",
        "header_line": "#000000", "field": "#ffffff", "control": "#ffffff", "outline": "#000000",
        "pressed": "#dddddd", "chosen": "#004d40", "on_dark": "#ffffff", "disabled_ink": "#333333",
        "disabled_fill": "#dddddd", "focus": "#0d47a1", "bring": "#1b5e20", "browse": "#0d47a1",
        "wanted": "#8f2d00", "wanted_ink": "#8f2d00", "skills": "#4a148c", "tile_pressed": "#000000",
        "danger": "#8e0000", "veil": "rgba(0, 0, 0, 200)", "track": "#dddddd", "handle": "#000000",
        "cat_pressed": "#dddddd", "undo": "#000000", "placeholder": "#555555",
        "row_fill": "#ffffff", "row_line": "#000000", "row_dim_fill": "#eeeeee", "row_dim_ink": "#333333",
        "take": "#1b5e20", "mark_food": "#1b5e20", "mark_allergen": "#6d3600", "mark_time": "#8e0000",
        "mark_size": "#0d47a1",
    },
}

# On paper (signs, skill cards, the summary's PDF and its charts, which the summary screen shows too): one look
# whatever the screen's, so these are not in PALETTES.
PAPER: dict[str, str] = {
    "ink": "#111111", "white": "#ffffff", "qr": "#000000",
    "second_ink": "#3a3a3a",  # a sign's footer and second language
    "band": "#e4e4e4",  # light grey: readable black on it, little ink
    "row_line": "#c8c8c8",  # between the rows of a list of what is here
    "guide": "#b0b0b0",  # where to cut a sheet of skill cards
    "green": "#1f6f5c", "muted": "#5b554c", "stripe": "#f4efe6",  # the summary
    "taken": "#1f6f5c", "here": "#d9a441", "arrived": "#6a8caf",  # the summary's charts
}

_mode = NORMAL


def set_mode(mode: str) -> None:
    """The look painted rows and new pictograms use (the window's style sheet follows it too)."""
    global _mode
    _mode = mode if mode in PALETTES else NORMAL


def mode() -> str:
    return _mode


def colour(token: str) -> str:
    return PALETTES[_mode][token]


def paper_colour(token: str) -> str:
    return PAPER[token]


def asset_text(name: str) -> str:
    return assets.path(name).read_text(encoding="utf-8")


def tokens_for(width: int, height: int, look: str = NORMAL) -> dict[str, int]:
    """Font and target sizes for a window: compact for 7" 800×480, roomy for full HD."""
    scale = max(0.75, min(width / 1280, height / 800, 1.6))
    # Large text: a third bigger, and never under 20 px (about 11 pt on a 7-inch panel).
    base = round(20 * scale) if look != LARGE else max(19, round(20 * scale * 1.3))
    line = 2 if look != LARGE else 3
    target = max(MIN_TARGET, round(72 * scale))
    return {
        "base": base,
        "small": max(14, round(base * 0.8)) if look != LARGE else round(base * 0.9),
        "title": round(base * 1.4) if look != LARGE else round(base * 1.2),
        "tile": round(base * 1.45) if look != LARGE else round(base * 1.2),
        "huge": round(base * 2.6) if look != LARGE else round(base * 1.8),
        "target": target,
        "icon": max(24, min(48, round(30 * scale))),
        "chip_icon": max(22, min(40, round(26 * scale))),
        "line": line,
        # Kinds of things sit five across and food marks two across at 800 px: their words grow less.
        "cat": base if look != LARGE else round(base * 0.8),
        "chip": base if look != LARGE else round(base * 0.85),
        "pad": 14 if look != LARGE else 8,  # a button's side padding: big words need the room more
        "chip_pad": 10 if look != LARGE else 7,
        "chip_min": 48 if look != LARGE else 44,  # 64 px wide with padding and outline
    } | _inner(target, line)


def _inner(target: int, line: int = 2) -> dict[str, int]:
    # QSS min-height counts the content only: take off padding and border so the whole
    # control is `target` high, never less.
    return {"button_inner": target - 2 * 6 - 2 * line, "edit_inner": target - 2 * 4 - 2 * line}


@lru_cache(maxsize=16)
def _sheet(width_band: int, height_band: int, look: str) -> str:
    sheet = asset_text("style.qss")
    for key, value in (tokens_for(width_band, height_band, look) | PALETTES[look]).items():
        sheet = sheet.replace("{" + key + "}", str(value))
    return sheet


def style_sheet(width: int, height: int, look: str | None = None) -> str:
    # Bands of 40 px keep resizes from re-polishing every widget on every pixel.
    return _sheet(width // 40 * 40, height // 40 * 40, look or _mode)


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
        image = pixmap.toImage()
        # QImage.flipped() is Qt 6.9's; Debian 13's PySide6 6.8 has only mirrored(horizontal, vertical).
        flipped = (image.flipped(Qt.Orientation.Horizontal) if hasattr(image, "flipped")
                   else image.mirrored(True, False))
        turned = QPixmap.fromImage(flipped)
        turned.setDevicePixelRatio(pixmap.devicePixelRatio())
        return turned

    def clone(self) -> QIconEngine:
        return MirroringEngine(self.plain)

    def isNull(self) -> bool:
        return self.plain.isNull()


def icon(name: str, color: str | None = None, on_color: str = "white") -> QIcon:
    """A pictogram, in ink unless `color`; `on_color` is for when its button is toggled on (a chosen chip)."""
    plain = plain_icon(name, color or colour("ink"), on_color)
    return QIcon(MirroringEngine(plain)) if name in DIRECTIONAL else plain
