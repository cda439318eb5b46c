"""What the table knows about kinds of things: default categories, tags and sizes.

Icon names are Material Design Icons (Apache-2.0) as bundled by qtawesome; the core
only stores the name, the UI draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "es", "fr", "ar")
# Each language by its own name, as a visitor looks for it.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
# Languages written right to left: the kiosk mirrors its layout for them.
RIGHT_TO_LEFT = frozenset({"ar"})
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class CategorySeed:
    key: str
    names: dict[str, str]
    icon: str
    is_food: bool = False
    sizes: bool = False  # clothes and shoes take a size tag


DEFAULT_CATEGORIES: tuple[CategorySeed, ...] = (
    CategorySeed("clothes", {"en": "Clothes", "es": "Ropa",
                  "fr": "Vêtements", "ar": "ملابس"}, "mdi6.tshirt-crew", sizes=True),
    CategorySeed("shoes", {"en": "Shoes", "es": "Zapatos",
                  "fr": "Chaussures", "ar": "أحذية"}, "mdi6.shoe-sneaker", sizes=True),
    CategorySeed("books", {"en": "Books", "es": "Libros",
                  "fr": "Livres", "ar": "كتب"}, "mdi6.book-open-variant"),
    CategorySeed("kitchen", {"en": "Kitchen", "es": "Cocina",
                  "fr": "Cuisine", "ar": "مطبخ"}, "mdi6.pot-steam"),
    CategorySeed("household", {"en": "Household", "es": "Hogar",
                  "fr": "Maison", "ar": "منزل"}, "mdi6.sofa"),
    CategorySeed("toys", {"en": "Toys & kids", "es": "Juguetes y niños",
                  "fr": "Jouets et enfants", "ar": "ألعاب وأطفال"}, "mdi6.teddy-bear"),
    CategorySeed("tools", {"en": "Tools", "es": "Herramientas",
                  "fr": "Outils", "ar": "أدوات"}, "mdi6.hammer-wrench"),
    CategorySeed("electronics", {"en": "Electronics", "es": "Electrónica",
                  "fr": "Électronique", "ar": "إلكترونيات"}, "mdi6.laptop"),
    CategorySeed("plants", {"en": "Plants & seeds", "es": "Plantas y semillas",
                  "fr": "Plantes et graines", "ar": "نباتات وبذور"}, "mdi6.sprout"),
    CategorySeed("hygiene", {"en": "Hygiene", "es": "Higiene",
                  "fr": "Hygiène", "ar": "نظافة شخصية"}, "mdi6.toothbrush"),
    CategorySeed(
        "food_ready", {"en": "Food — ready to eat", "es": "Comida — lista",
                  "fr": "Repas — prêt à manger", "ar": "طعام — جاهز للأكل"}, "mdi6.food-apple", is_food=True
    ),
    CategorySeed(
        "food_pantry", {"en": "Food — pantry", "es": "Comida — despensa",
                  "fr": "Épicerie — garde-manger", "ar": "طعام — مؤونة"}, "mdi6.baguette", is_food=True
    ),
    CategorySeed("other", {"en": "Other", "es": "Otras cosas",
                  "fr": "Autres choses", "ar": "أشياء أخرى"}, "mdi6.dots-horizontal-circle"),
)


@dataclass(frozen=True)
class Tag:
    key: str
    names: dict[str, str]
    marks: dict[str, str]  # a short mark per language for lists and printed sheets (initials of its words)
    icon: str
    food_only: bool = True

    def mark(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.marks.get(lang) or self.marks[DEFAULT_LANGUAGE]


# Dietary and allergen marks for food, and the "eat today" mark. Each language has its own letters
# (Spanish "L" for lácteos, not the English "D" for dairy), explained by a legend in that language.
FOOD_TAGS: tuple[Tag, ...] = (
    Tag("vegan", {"en": "Vegan", "es": "Vegano", "fr": "Végétalien", "ar": "نباتي صرف"},
        {"en": "V", "es": "V", "fr": "V", "ar": "نص"}, "mdi6.leaf"),
    Tag("vegetarian", {"en": "Vegetarian", "es": "Vegetariano", "fr": "Végétarien", "ar": "نباتي"},
        {"en": "Veg", "es": "Veg", "fr": "Vég", "ar": "ن"}, "mdi6.carrot"),
    Tag("nuts", {"en": "Contains nuts", "es": "Contiene nueces", "fr": "Contient des noix",
                 "ar": "يحتوي على مكسرات"},
        {"en": "N", "es": "N", "fr": "N", "ar": "م"}, "mdi6.peanut"),
    Tag("gluten", {"en": "Contains gluten", "es": "Contiene gluten", "fr": "Contient du gluten",
                   "ar": "يحتوي على غلوتين"},
        {"en": "G", "es": "G", "fr": "G", "ar": "غ"}, "mdi6.barley"),
    Tag("dairy", {"en": "Contains dairy", "es": "Contiene lácteos", "fr": "Contient du lait",
                  "ar": "يحتوي على حليب"},
        {"en": "D", "es": "L", "fr": "L", "ar": "ح"}, "mdi6.cow"),
    Tag("egg", {"en": "Contains egg", "es": "Contiene huevo", "fr": "Contient des œufs", "ar": "يحتوي على بيض"},
        {"en": "E", "es": "H", "fr": "Œ", "ar": "ب"}, "mdi6.egg"),
    Tag("soy", {"en": "Contains soy", "es": "Contiene soja", "fr": "Contient du soja", "ar": "يحتوي على صويا"},
        {"en": "S", "es": "S", "fr": "S", "ar": "ص"}, "mdi6.soy-sauce"),
)
PERISHABLE = Tag("perishable", {"en": "Perishable — eat today", "es": "Perecedero — comer hoy",
                                "fr": "Périssable — à manger aujourd'hui", "ar": "سريع التلف — يؤكل اليوم"},
                 {"en": "!"}, "mdi6.clock-alert")

CLOTHING_SIZES = ("XS", "S", "M", "L", "XL", "XXL", "kids")
SHOE_SIZES = tuple(str(n) for n in range(22, 48))

TAGS_BY_KEY: dict[str, Tag] = {t.key: t for t in (*FOOD_TAGS, PERISHABLE)}


SEED_NAMES: dict[str, dict[str, str]] = {c.key: c.names for c in DEFAULT_CATEGORIES}


def category_name(key: str, names: dict[str, str], lang: str) -> str:
    """A category's name in `lang`: its own, else the catalog's (files made before a language was added),
    else English, else its key."""
    return (names.get(lang) or SEED_NAMES.get(key, {}).get(lang) or names.get(DEFAULT_LANGUAGE)
            or SEED_NAMES.get(key, {}).get(DEFAULT_LANGUAGE) or key)


def tag_mark(key: str, lang: str) -> str:
    tag = TAGS_BY_KEY.get(key)
    return key if tag is None else tag.mark(lang)


def tag_name(key: str, lang: str) -> str:
    tag = TAGS_BY_KEY.get(key)
    if tag is None:
        return key
    return tag.names.get(lang) or tag.names[DEFAULT_LANGUAGE]
