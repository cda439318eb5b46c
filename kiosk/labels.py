"""Food labels for shared meals and the community fridge: what it is, when it was made or rescued, until when to
eat it and what it contains — no name, no contact, no time finer than the day.

Community fridges ask that everything in them says what it is, the date it was made and its ingredients, and
throw prepared food away after seven days; the UK's Natasha's Law asks for the 14 allergens in bold. A label
here is a plain value; ui/printing/labels.py paints it on the four papers collectives have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.catalog import DEFAULT_LANGUAGE, allergens_in, category_name
from kiosk.domain import Category, Item
from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.validate import plain_words

# Never past seven days: community fridges discard prepared food after a week.
MAX_DAYS = 7
WHAT_MAX = 60
INGREDIENTS_MAX = 240
COPIES_MAX = 90  # three sheets of 30


@dataclass(frozen=True)
class FoodKind:
    """A kind of food a label can name, with its eat-by default in days after it was made or rescued."""

    key: str
    names: dict[str, str]
    days: int
    icon: str

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names[DEFAULT_LANGUAGE]


# The project's own defaults, cautious on purpose (food-safety bodies give "2-3 days" for cooked leftovers in a
# fridge, and bread keeps a few days); a steward changes the date on the label screen for anything else.
FOOD_KINDS: tuple[FoodKind, ...] = (
    FoodKind("cooked", {"en": "Cooked food", "es": "Comida cocinada", "fr": "Plat cuisiné", "ar": "طعام مطبوخ"},
             2, "mdi6.pot-steam"),
    FoodKind("bread", {"en": "Bread and baked goods", "es": "Pan y bollería", "fr": "Pain et viennoiseries",
                       "ar": "خبز ومخبوزات"}, 3, "mdi6.baguette"),
    FoodKind("sandwich", {"en": "Sandwiches and salads", "es": "Bocadillos y ensaladas",
                          "fr": "Sandwichs et salades", "ar": "شطائر وسلطات"}, 1, "mdi6.food"),
    FoodKind("fruit_veg", {"en": "Fruit and vegetables", "es": "Fruta y verdura", "fr": "Fruits et légumes",
                           "ar": "فواكه وخضروات"}, 5, "mdi6.food-apple"),
    FoodKind("eat_today", {"en": "Eat today", "es": "Para comer hoy", "fr": "À manger aujourd'hui",
                           "ar": "يؤكل اليوم"}, 0, "mdi6.clock-alert"),
)
FOOD_KINDS_BY_KEY = {k.key: k for k in FOOD_KINDS}


def default_eat_by(made_on: dt.date, kind: str) -> dt.date:
    """The eat-by date a kind of food gets by default: its days after it was made or rescued, never past 7."""
    days = FOOD_KINDS_BY_KEY[kind].days if kind in FOOD_KINDS_BY_KEY else FOOD_KINDS_BY_KEY["cooked"].days
    return made_on + dt.timedelta(days=min(days, MAX_DAYS))


@dataclass(frozen=True)
class FoodLabel:
    """One label's words: typed words or a kind's names, the day it was made or rescued, the day to eat it by
    (None: packaged food whose own pack says), allergens (catalog keys), vegan/vegetarian, how many copies."""

    what: str  # typed words ("Lentil soup"), printed as typed; "" when the kind names it
    made_on: dt.date
    eat_by: dt.date | None
    kind: str = ""  # a FOOD_KINDS key, or a category's key when `names` is given
    names: tuple[tuple[str, str], ...] = ()  # (language, name) of a category, for labels of things listed
    ingredients: str = ""
    allergens: tuple[str, ...] = ()
    diet: str = ""  # "vegan", "vegetarian" or ""
    rescued: bool = False
    copies: int = 1

    def title(self, lang: str) -> str:
        if self.what:
            return self.what
        names = dict(self.names)
        if names:
            return names.get(lang) or names.get(DEFAULT_LANGUAGE) or self.kind
        kind = FOOD_KINDS_BY_KEY.get(self.kind)
        return kind.name(lang) if kind else self.kind

    @property
    def icon(self) -> str:
        if self.diet == "vegan":
            return "mdi6.leaf"
        kind = FOOD_KINDS_BY_KEY.get(self.kind)
        return kind.icon if kind else "mdi6.food-apple"


def make_label(what: str, kind: str, made_on: dt.date, eat_by: dt.date | None, ingredients: str = "",
               allergens: Iterable[str] = (), diet: str = "", rescued: bool = False, copies: int = 1) -> FoodLabel:
    """A label from a steward's choices, checked: something says what it is, eat by within the week."""
    what, ingredients = plain_words(what), plain_words(ingredients)  # printed: no control or bidi characters
    if not what and kind not in FOOD_KINDS_BY_KEY:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Say what it is: type a few words or tap a kind of food."))
    if len(what) > WHAT_MAX or len(ingredients) > INGREDIENTS_MAX:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "That is too long for a label; please shorten it."))
    if eat_by is not None and not made_on <= eat_by <= made_on + dt.timedelta(days=MAX_DAYS):
        raise VisitorError(QT_TRANSLATE_NOOP(
            "kiosk", "Eat by must be on or after the day it was made, and at most 7 days later."))
    if not 1 <= copies <= COPIES_MAX:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "Between 1 and {most} labels at a time."), most=COPIES_MAX)
    if diet not in ("", "vegan", "vegetarian"):
        raise ValueError(diet)
    return FoodLabel(what, made_on, eat_by, kind, (), ingredients, tuple(allergens_in(list(allergens))), diet,
                     rescued, copies)


def label_for_item(item: Item, category: Category | None, today: dt.date) -> FoodLabel:
    """A label for a food thing on the table: its words or its kind's names, the day it was listed, eat by that
    day when perishable, two days later when ready to eat, and the pack's own date for pantry food."""
    try:
        made_on = dt.date.fromisoformat(item.listed_at[:10])
    except ValueError:
        made_on = today
    if item.perishable:
        eat_by: dt.date | None = made_on
    elif item.category_key == "food_pantry":
        eat_by = None
    else:
        eat_by = default_eat_by(made_on, "cooked")
    names = tuple((lang, category_name(category.key, category.names, lang)) for lang in ("en", "es", "fr", "ar")) \
        if category is not None else ()
    diet = "vegan" if "vegan" in item.tags else ("vegetarian" if "vegetarian" in item.tags else "")
    return FoodLabel(item.title, made_on, eat_by, item.category_key, names, "", tuple(allergens_in(item.tags)),
                     diet)


def labels_for_table(items: Iterable[Item], categories: Iterable[Category], today: dt.date) -> list[FoodLabel]:
    """A label for each food thing on the table, in the table's order."""
    by_key = {c.key: c for c in categories}
    return [label_for_item(i, by_key.get(i.category_key), today) for i in items
            if by_key.get(i.category_key) is not None and by_key[i.category_key].is_food]
