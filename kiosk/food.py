"""Food Not Bombs' numbers: plates served and food rescued, as collective sums — nothing about who ate or gave.

A serving table taps +1 (or +5) per plate; a steward records what came in, by the kind of place it came from,
weighed on a kitchen scale (kg) or counted where there was no scale. Both are kept per quarter hour, like
everything else, and travel in the several-kiosks journal as sums (two serving tables, one total).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalog import DEFAULT_LANGUAGE
from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError

# Where rescued food came from: kinds of place, never a named shop or person.
RESCUE_SOURCES: tuple[str, ...] = ("bakery", "grocery", "farm", "garden", "home_kitchen", "other")
SOURCE_NAMES: dict[str, dict[str, str]] = {
    "bakery": {"en": "Bakery", "es": "Panadería", "fr": "Boulangerie", "ar": "مخبز"},
    "grocery": {"en": "Grocery", "es": "Tienda", "fr": "Épicerie", "ar": "بقالة"},
    # A farm, or a stall at a market: short enough for a chip on a 7" screen.
    "farm": {"en": "Farm or market", "es": "Granja o mercado", "fr": "Ferme ou marché", "ar": "مزرعة أو سوق"},
    "garden": {"en": "Garden", "es": "Huerto", "fr": "Jardin", "ar": "حديقة"},
    "home_kitchen": {"en": "Home kitchen", "es": "Cocina de casa", "fr": "Cuisine familiale", "ar": "مطبخ منزلي"},
    "other": {"en": "Other", "es": "Otro", "fr": "Autre", "ar": "غير ذلك"},
}
SOURCE_ICONS = {"bakery": "mdi6.baguette", "grocery": "mdi6.cart", "farm": "mdi6.barn", "garden": "mdi6.sprout",
                "home_kitchen": "mdi6.pot-steam", "other": "mdi6.shape"}
MEALS_SERVED_NAME = {"en": "Meals served", "es": "Comidas servidas", "fr": "Repas servis", "ar": "وجبات قُدّمت"}
KG_WORD = {"en": "kg weighed", "es": "kg pesados", "fr": "kg pesés", "ar": "كغ موزونة"}
PIECES_WORD = {"en": "pieces counted", "es": "piezas contadas", "fr": "pièces comptées", "ar": "قطع معدودة"}
KG_MAX = 500.0  # one delivery on a kitchen scale or a few crates; more is a typing slip
PIECES_MAX = 1000
PLATES_STEP_MAX = 50


def source_name(source: str, lang: str) -> str:
    names = SOURCE_NAMES.get(source, SOURCE_NAMES["other"])
    return names.get(lang) or names[DEFAULT_LANGUAGE]


def clean_source(source: object) -> str:
    if source not in RESCUE_SOURCES:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Choose where the food came from."), field="source")
    return str(source)


def clean_plates(plates: object) -> int:
    if not isinstance(plates, int) or isinstance(plates, bool) or not 1 <= plates <= PLATES_STEP_MAX:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Plates are counted 1 to {most} at a time."),
                           field="plates", most=PLATES_STEP_MAX)
    return plates


def clean_amount(kg: object = None, pieces: object = None) -> tuple[int, int]:
    """(grams, pieces) from a scale's reading in kg (to 0.1 kg) or a count; exactly one of them."""
    if (kg is None) == (pieces is None):
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Type the weight in kg, or how many pieces."), field="amount")
    if kg is not None:
        try:
            value = float(str(kg).replace(",", "."))
        except ValueError:
            value = -1.0
        if not 0 < value <= KG_MAX:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please type a weight from 0.1 to {most} kg."),
                               field="amount", most=int(KG_MAX))
        grams = round(value * 10) * 100  # to the tenth of a kilogram, as a kitchen scale is read
        if grams <= 0:
            raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please type a weight from 0.1 to {most} kg."),
                               field="amount", most=int(KG_MAX))
        return grams, 0
    if not isinstance(pieces, int) or isinstance(pieces, bool) or not 1 <= pieces <= PIECES_MAX:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Please count from 1 to {most} pieces."), field="amount",
                           most=PIECES_MAX)
    return 0, pieces


@dataclass(frozen=True)
class Rescued:
    """Food rescued from one kind of source over a day: weighed kilograms and counted pieces, apart."""

    source: str
    kg: float  # weighed on a scale
    pieces: int  # counted where there was no scale

    def name(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return source_name(self.source, lang)


@dataclass(frozen=True)
class Entry:
    """What a tap recorded, for its undo (kept in memory only): the quarter hour and the amounts."""

    bucket: str
    plates: int = 0
    source: str = ""
    grams: int = 0
    pieces: int = 0
