"""Looks: the style sheet scaled to the screen, and pictograms from a kept icon set (ui.icons)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ui.icons import icon  # noqa: F401 - the one icon seam, re-exported for the widgets

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
