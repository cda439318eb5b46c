"""What the table knows about kinds of things: default categories, tags and sizes.

Icon names are Material Design Icons (Apache-2.0) as bundled by qtawesome; the core
only stores the name, the UI draws it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"


OTHER_ICON = "mdi6.shape"
OLD_OTHER_ICON = "mdi6.dots-horizontal-circle"


@dataclass(frozen=True)
class CategorySeed:
    key: str
    names: dict[str, str]
    icon: str
    is_food: bool = False
    sizes: bool = False  # clothes and shoes take a size tag


DEFAULT_CATEGORIES: tuple[CategorySeed, ...] = (
    CategorySeed("clothes", {"en": "Clothes", "es": "Ropa"}, "mdi6.tshirt-crew", sizes=True),
    CategorySeed("shoes", {"en": "Shoes", "es": "Zapatos"}, "mdi6.shoe-sneaker", sizes=True),
    CategorySeed("books", {"en": "Books", "es": "Libros"}, "mdi6.book-open-variant"),
    CategorySeed("kitchen", {"en": "Kitchen", "es": "Cocina"}, "mdi6.pot-steam"),
    CategorySeed("household", {"en": "Household", "es": "Hogar"}, "mdi6.sofa"),
    CategorySeed("toys", {"en": "Toys & kids", "es": "Juguetes y niños"}, "mdi6.teddy-bear"),
    CategorySeed("tools", {"en": "Tools", "es": "Herramientas"}, "mdi6.hammer-wrench"),
    CategorySeed("electronics", {"en": "Electronics", "es": "Electrónica"}, "mdi6.laptop"),
    CategorySeed("plants", {"en": "Plants & seeds", "es": "Plantas y semillas"}, "mdi6.sprout"),
    CategorySeed("hygiene", {"en": "Hygiene", "es": "Higiene"}, "mdi6.toothbrush"),
    CategorySeed(
        "food_ready", {"en": "Food — ready to eat", "es": "Comida — lista"}, "mdi6.food-apple", is_food=True
    ),
    CategorySeed(
        "food_pantry", {"en": "Food — pantry", "es": "Comida — despensa"}, "mdi6.baguette", is_food=True
    ),
    # Assorted shapes, not "•••": three dots read as a menu.
    CategorySeed("other", {"en": "Other", "es": "Otras cosas"}, OTHER_ICON),
)


@dataclass(frozen=True)
class Tag:
    key: str
    names: dict[str, str]
    mark: str  # a short mark for lists and printed sheets
    icon: str
    food_only: bool = True


# Dietary and allergen marks for food, and the "eat today" mark.
FOOD_TAGS: tuple[Tag, ...] = (
    Tag("vegan", {"en": "Vegan", "es": "Vegano"}, "V", "mdi6.leaf"),
    Tag("vegetarian", {"en": "Vegetarian", "es": "Vegetariano"}, "Veg", "mdi6.carrot"),
    Tag("nuts", {"en": "Contains nuts", "es": "Contiene nueces"}, "N", "mdi6.peanut"),
    Tag("gluten", {"en": "Contains gluten", "es": "Contiene gluten"}, "G", "mdi6.barley"),
    Tag("dairy", {"en": "Contains dairy", "es": "Contiene lácteos"}, "D", "mdi6.cow"),
    Tag("egg", {"en": "Contains egg", "es": "Contiene huevo"}, "E", "mdi6.egg"),
    Tag("soy", {"en": "Contains soy", "es": "Contiene soja"}, "S", "mdi6.soy-sauce"),
)
PERISHABLE = Tag("perishable", {"en": "Perishable — eat today", "es": "Perecedero — comer hoy"}, "!",
                 "mdi6.clock-alert")

CLOTHING_SIZES = ("XS", "S", "M", "L", "XL", "XXL", "kids")
SHOE_SIZES = tuple(str(n) for n in range(22, 48))
# The sizes each kind takes; any other kind that takes sizes takes clothing sizes, and the rest take none.
SIZES_BY_KIND: dict[str, tuple[str, ...]] = {"clothes": CLOTHING_SIZES, "shoes": ("kids", *SHOE_SIZES)}


def sizes_for(category_key: str, has_sizes: bool) -> tuple[str, ...]:
    """The sizes a thing of this kind can have (none for a kind without sizes)."""
    return SIZES_BY_KIND.get(category_key, CLOTHING_SIZES) if has_sizes else ()

TAGS_BY_KEY: dict[str, Tag] = {t.key: t for t in (*FOOD_TAGS, PERISHABLE)}


def tag_name(key: str, lang: str) -> str:
    tag = TAGS_BY_KEY.get(key)
    if tag is None:
        return key
    return tag.names.get(lang) or tag.names[DEFAULT_LANGUAGE]


# ----- kinds of skill --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillKind:
    """A kind of skill (after TimeOverflow's) and its pictogram; an offer's kind is found from its words."""

    key: str
    icon: str
    stems: tuple[str, ...]  # a word starting so, in any language (lower case, without accents)


# In order: the first kind whose stem starts a word of the offer wins ("bike repair" is transport).
SKILL_KINDS: tuple[SkillKind, ...] = (
    SkillKind("transport", "mdi6.bicycle", ("bike", "bici", "cycl", "velo", "driv", "conduc", "transport",
                                            "moto", "scooter", "patinet")),
    SkillKind("tech", "mdi6.monitor-cellphone", ("comput", "phone", "tech", "internet", "email", "telefon",
                                                 "movil", "celular", "web", "cod", "program", "linux",
                                                 "softwar", "ordinat", "informat", "tablet")),
    SkillKind("children", "mdi6.baby-carriage", ("child", "kid", "baby", "babysit", "nino", "nina", "bebe",
                                                 "infan", "enfant", "homework", "tarea", "devoir", "guarder")),
    SkillKind("food", "mdi6.chef-hat", ("cook", "bak", "food", "bread", "ferment", "cocin", "panader",
                                        "comida", "recet", "recip", "canning", "conserv", "cuisin", "pain",
                                        "repostr", "pasteler")),
    SkillKind("garden", "mdi6.flower", ("garden", "plant", "seed", "compost", "jardin", "huert", "semill",
                                        "poda", "prun", "potager", "graine")),
    SkillKind("animals", "mdi6.paw", ("dog", "pet", "animal", "perro", "gato", "mascot", "bee", "abej",
                                      "chicken", "gallin", "chien", "chat", "kitten")),
    SkillKind("arts", "mdi6.palette", ("art", "music", "paint", "draw", "sing", "guitar", "danc", "photo",
                                       "craft", "knit", "crochet", "pintur", "dibuj", "cant", "bail", "teatr",
                                       "theat", "poe", "writ", "escrit", "musiq", "dessin", "peint", "tejer",
                                       "chant")),
    SkillKind("caregiving", "mdi6.heart-pulse", ("first aid", "primeros auxilios", "premiers secours", "nurs",
                                                 "care", "massag", "masaj", "health", "salud", "sante",
                                                 "cuidad", "soin", "haircut", "hair", "pelo", "pelu",
                                                 "cortes de pelo", "coiff", "yoga", "elder", "mayores")),
    SkillKind("community", "mdi6.account-group", ("languag", "idiom", "langue", "english", "spanish",
                                                  "ingles", "espanol", "franc", "tax", "impuest", "impot",
                                                  "form", "legal", "tenant", "inquilin", "organiz", "organis",
                                                  "translat", "traduc", "convers", "read", "lectur", "lire")),
    SkillKind("repair", "mdi6.wrench", ("fix", "repair", "mend", "sew", "tailor", "arregl", "repar",
                                        "costur", "cose", "carpent", "carpint", "plumb", "fontan", "electric",
                                        "bricol", "coutur", "menuis")),
)
OTHER_SKILL = SkillKind("other", "mdi6.school", ())
SKILL_KINDS_BY_KEY: dict[str, SkillKind] = {k.key: k for k in (*SKILL_KINDS, OTHER_SKILL)}


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def skill_kind(title: str, description: str = "") -> SkillKind:
    """The kind of skill an offer speaks of — by its title, else its few words — or OTHER_SKILL."""
    for text in (title, f"{title} {description}"):
        words = re.findall(r"\w+", _folded(text))
        joined = " ".join(words)
        for kind in SKILL_KINDS:
            for stem in kind.stems:
                if (stem in joined) if " " in stem else any(word.startswith(stem) for word in words):
                    return kind
    return OTHER_SKILL
