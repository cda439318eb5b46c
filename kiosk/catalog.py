"""What the table knows about kinds of things: default categories, tags and sizes.

Icon names are Material Design Icons (Apache-2.0) as bundled by qtawesome; the core
only stores the name, the UI draws it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

LANGUAGES = ("en", "es", "fr", "ar")
# Each language by its own name, as a visitor looks for it.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
# Languages written right to left: the kiosk mirrors its layout for them.
RIGHT_TO_LEFT = frozenset({"ar"})
# Each language's comma between the parts of a list: Arabic writes "،".
LIST_COMMAS = {"ar": "، "}
DEFAULT_LANGUAGE = "en"


OTHER_ICON = "mdi6.shape"
OLD_OTHER_ICON = "mdi6.dots-horizontal-circle"


@dataclass(frozen=True)
class CategorySeed:
    """A kind of thing every new data file starts with, as the categories table is first filled."""

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
    # Assorted shapes, not "•••": three dots read as a menu.
    CategorySeed("other", {"en": "Other", "es": "Otras cosas",
                  "fr": "Autres choses", "ar": "أشياء أخرى"}, OTHER_ICON),
)


@dataclass(frozen=True)
class Tag:
    """A mark on food (vegan, contains nuts, eat today…): its names, short marks and pictogram."""

    key: str
    names: dict[str, str]
    marks: dict[str, str]  # a short mark per language for lists and printed sheets (initials of its words)
    icon: str
    words: dict[str, str] | None = None  # an allergen alone ("milk"), for "Contains: milk, egg"

    def mark(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.marks.get(lang) or self.marks[DEFAULT_LANGUAGE]


# Dietary and allergen marks for food, and the "eat today" mark. Each language has its own letters
# (Spanish "L" for leche, not the English "M" for milk), explained by a legend in that language.
DIET_TAGS: tuple[Tag, ...] = (
    Tag("vegan", {"en": "Vegan", "es": "Vegano", "fr": "Végétalien", "ar": "نباتي صرف"},
        {"en": "V", "es": "V", "fr": "V", "ar": "نص"}, "mdi6.leaf"),
    Tag("vegetarian", {"en": "Vegetarian", "es": "Vegetariano", "fr": "Végétarien", "ar": "نباتي"},
        {"en": "Veg", "es": "Veg", "fr": "Vég", "ar": "ن"}, "mdi6.carrot"),
)


def _allergen(key: str, words: dict[str, str], contains: dict[str, str], marks: dict[str, str], icon: str) -> Tag:
    return Tag(key, contains, marks, icon, words)


# "Contains" in each language: on the bring page, the lists, the signs and the food labels.
CONTAINS = {"en": "Contains", "es": "Contiene", "fr": "Contient", "ar": "يحتوي على"}

# The 14 allergens of EU/UK food law (Regulation (EU) No 1169/2011, Annex II; the UK's Natasha's Law names the
# same 14), which also cover the US "big nine". The common ones first: the bring page shows COMMON_ALLERGENS and
# keeps the rest one tap away. Keys of the five marks older kiosks knew stay as they were ("gluten", "dairy" for
# milk, "egg", "soy"), so old data files and journal events mean the same.
ALLERGENS: tuple[Tag, ...] = (
    _allergen("gluten", {"en": "gluten", "es": "gluten", "fr": "gluten", "ar": "غلوتين"},
              {"en": "Contains gluten", "es": "Contiene gluten", "fr": "Contient du gluten",
               "ar": "يحتوي على غلوتين"},
              {"en": "G", "es": "G", "fr": "G", "ar": "غ"}, "mdi6.barley"),
    _allergen("dairy", {"en": "milk", "es": "leche", "fr": "lait", "ar": "حليب"},
              {"en": "Contains milk", "es": "Contiene leche", "fr": "Contient du lait", "ar": "يحتوي على حليب"},
              {"en": "M", "es": "L", "fr": "L", "ar": "ح"}, "mdi6.cow"),
    _allergen("egg", {"en": "egg", "es": "huevo", "fr": "œuf", "ar": "بيض"},
              {"en": "Contains egg", "es": "Contiene huevo", "fr": "Contient des œufs", "ar": "يحتوي على بيض"},
              {"en": "E", "es": "H", "fr": "Œ", "ar": "ب"}, "mdi6.egg"),
    _allergen("peanuts", {"en": "peanuts", "es": "cacahuetes", "fr": "arachides", "ar": "فول سوداني"},
              {"en": "Contains peanuts", "es": "Contiene cacahuetes", "fr": "Contient des arachides",
               "ar": "يحتوي على فول سوداني"},
              {"en": "P", "es": "Ca", "fr": "Ar", "ar": "فس"}, "mdi6.peanut"),
    _allergen("tree_nuts", {"en": "tree nuts", "es": "frutos de cáscara", "fr": "fruits à coque",
                            "ar": "مكسرات شجرية"},
              {"en": "Contains tree nuts", "es": "Contiene frutos de cáscara", "fr": "Contient des fruits à coque",
               "ar": "يحتوي على مكسرات شجرية"},
              {"en": "TN", "es": "FC", "fr": "FC", "ar": "مش"}, "mdi6.tree"),
    _allergen("soy", {"en": "soy", "es": "soja", "fr": "soja", "ar": "صويا"},
              {"en": "Contains soy", "es": "Contiene soja", "fr": "Contient du soja", "ar": "يحتوي على صويا"},
              {"en": "S", "es": "S", "fr": "S", "ar": "ص"}, "mdi6.soy-sauce"),
    _allergen("sesame", {"en": "sesame", "es": "sésamo", "fr": "sésame", "ar": "سمسم"},
              {"en": "Contains sesame", "es": "Contiene sésamo", "fr": "Contient du sésame", "ar": "يحتوي على سمسم"},
              {"en": "Se", "es": "Sé", "fr": "Sé", "ar": "سم"}, "mdi6.seed"),
    _allergen("fish", {"en": "fish", "es": "pescado", "fr": "poisson", "ar": "سمك"},
              {"en": "Contains fish", "es": "Contiene pescado", "fr": "Contient du poisson", "ar": "يحتوي على سمك"},
              {"en": "F", "es": "Pe", "fr": "Po", "ar": "سك"}, "mdi6.fish"),
    _allergen("crustaceans", {"en": "crustaceans", "es": "crustáceos", "fr": "crustacés", "ar": "قشريات"},
              {"en": "Contains crustaceans", "es": "Contiene crustáceos", "fr": "Contient des crustacés",
               "ar": "يحتوي على قشريات"},
              {"en": "Cr", "es": "Cr", "fr": "Cr", "ar": "قش"}, "mdi6.jellyfish"),
    _allergen("molluscs", {"en": "molluscs", "es": "moluscos", "fr": "mollusques", "ar": "رخويات"},
              {"en": "Contains molluscs", "es": "Contiene moluscos", "fr": "Contient des mollusques",
               "ar": "يحتوي على رخويات"},
              {"en": "Mo", "es": "Ml", "fr": "Ml", "ar": "رخ"}, "mdi6.snail"),
    _allergen("celery", {"en": "celery", "es": "apio", "fr": "céleri", "ar": "كرفس"},
              {"en": "Contains celery", "es": "Contiene apio", "fr": "Contient du céleri", "ar": "يحتوي على كرفس"},
              {"en": "Ce", "es": "Ap", "fr": "Cé", "ar": "كر"}, "mdi6.leaf-maple"),
    _allergen("mustard", {"en": "mustard", "es": "mostaza", "fr": "moutarde", "ar": "خردل"},
              {"en": "Contains mustard", "es": "Contiene mostaza", "fr": "Contient de la moutarde",
               "ar": "يحتوي على خردل"},
              {"en": "Mu", "es": "Mo", "fr": "Mo", "ar": "خر"}, "mdi6.bottle-tonic"),
    _allergen("sulphites", {"en": "sulphites", "es": "sulfitos", "fr": "sulfites", "ar": "كبريتيتات"},
              {"en": "Contains sulphites", "es": "Contiene sulfitos", "fr": "Contient des sulfites",
               "ar": "يحتوي على كبريتيتات"},
              {"en": "Su", "es": "Su", "fr": "Su", "ar": "كب"}, "mdi6.glass-wine"),
    _allergen("lupin", {"en": "lupin", "es": "altramuces", "fr": "lupin", "ar": "ترمس"},
              {"en": "Contains lupin", "es": "Contiene altramuces", "fr": "Contient du lupin", "ar": "يحتوي على ترمس"},
              {"en": "L", "es": "At", "fr": "Lu", "ar": "تر"}, "mdi6.flower"),
)
ALLERGEN_KEYS: tuple[str, ...] = tuple(a.key for a in ALLERGENS)
# The six most often met first on the bring page; the other eight one tap away ("More allergens").
COMMON_ALLERGENS: tuple[str, ...] = ALLERGEN_KEYS[:6]
# Older kiosks had one "nuts" mark, used for peanuts and tree nuts alike (the demo's "Peanut cookies" wore it).
# It cannot honestly be read as either, so it keeps its key and says both: "Contains nuts (peanuts or tree
# nuts)". It is never offered for new food; old data files and journal events from older kiosks keep it.
OLD_NUTS = _allergen("nuts", {"en": "nuts (peanuts or tree nuts)", "es": "frutos secos (cacahuetes o de cáscara)",
                              "fr": "noix (arachides ou fruits à coque)", "ar": "مكسرات (فول سوداني أو شجرية)"},
                     {"en": "Contains nuts (peanuts or tree nuts)",
                      "es": "Contiene frutos secos (cacahuetes o de cáscara)",
                      "fr": "Contient des noix (arachides ou fruits à coque)",
                      "ar": "يحتوي على مكسرات (فول سوداني أو شجرية)"},
                     {"en": "N", "es": "N", "fr": "N", "ar": "م"}, "mdi6.peanut")
FOOD_TAGS: tuple[Tag, ...] = (*DIET_TAGS, *ALLERGENS, OLD_NUTS)
PERISHABLE = Tag("perishable", {"en": "Perishable — eat today", "es": "Perecedero — comer hoy",
                                "fr": "Périssable — à manger aujourd'hui", "ar": "سريع التلف — يؤكل اليوم"},
                 {"en": "!"}, "mdi6.clock-alert")

CLOTHING_SIZES = ("XS", "S", "M", "L", "XL", "XXL", "kids")
SHOE_SIZES = tuple(str(n) for n in range(22, 48))  # EU: children's from 22, adults' to 47
# The sizes each kind takes; any other kind that takes sizes takes clothing sizes, and the rest take none.
SIZES_BY_KIND: dict[str, tuple[str, ...]] = {"clothes": CLOTHING_SIZES, "shoes": ("kids", *SHOE_SIZES)}
# The buttons a visitor picks a size from, where they are fewer than the sizes taken: a row of children's
# numbers would push the adults' off a 7" screen, so children's shoes are "kids" there.
SIZE_CHOICES_BY_KIND: dict[str, tuple[str, ...]] = {"shoes": ("kids", *(str(n) for n in range(35, 47)))}


def sizes_for(category_key: str, has_sizes: bool) -> tuple[str, ...]:
    """The sizes a thing of this kind can have (none for a kind without sizes)."""
    return SIZES_BY_KIND.get(category_key, CLOTHING_SIZES) if has_sizes else ()


def size_choices(category_key: str, has_sizes: bool) -> tuple[str, ...]:
    """The sizes offered on screen for this kind, each one that sizes_for takes."""
    return SIZE_CHOICES_BY_KIND.get(category_key, sizes_for(category_key, has_sizes)) if has_sizes else ()

TAGS_BY_KEY: dict[str, Tag] = {t.key: t for t in (*FOOD_TAGS, PERISHABLE)}


SEED_NAMES: dict[str, dict[str, str]] = {c.key: c.names for c in DEFAULT_CATEGORIES}


def category_name(key: str, names: dict[str, str], lang: str) -> str:
    """A category's name in `lang`: its own, else the catalog's (files made before a language was added),
    else English, else its key."""
    return (names.get(lang) or SEED_NAMES.get(key, {}).get(lang) or names.get(DEFAULT_LANGUAGE)
            or SEED_NAMES.get(key, {}).get(DEFAULT_LANGUAGE) or key)


TATWEEL = "\u0640"  # Arabic's stretching stroke (كـتـاب): a letter to Unicode (Lm), only a flourish to a reader


def searchable(text: str) -> str:
    """Words as the search index holds them and a search looks for them (both sides, so each finds the other):
    without the marks a person may or may not type — accents (café: cafe), Arabic harakat and tatweel (كِتَاب,
    كـتـاب: كتاب), Hebrew niqqud (עִבְרִית: עברית), every combining mark (Unicode's Mn) — and compatibility forms
    as their plain letters (ligatures, Arabic presentation forms, full-width letters). Arabic's hamza above or
    below alef, waw and yeh is such a mark (أ: ا), as Arabic search usually folds it. The index's tokenizer
    drops accents too, but only Latin-script ones, and it splits a word at any other mark.

    A symbol (Unicode's So: an emoji, ©, °) stands apart, as a word of its own: the index holds each as one
    (its tokenizer keeps So), so "🍎" finds "Apples🍎" and "🍐🍎" alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category == "So":
            kept.append(f" {ch} ")
        elif ch != TATWEEL and category != "Mn":
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def search_text(title: str, category_names: dict[str, str], tags: list[str], size: str) -> str:
    """What a visitor's search matches an item by, in every language the table speaks (as `searchable`)."""
    words = [title, *category_names.values(), size]
    for key in tags:
        tag = TAGS_BY_KEY.get(key)
        if tag is not None:
            words.extend(tag.names.values())
    return searchable(" ".join(w for w in words if w))


def tag_mark(key: str, lang: str) -> str:
    tag = TAGS_BY_KEY.get(key)
    return key if tag is None else tag.mark(lang)


def allergen_word(key: str, lang: str) -> str:
    """An allergen alone in `lang` ("milk", "leche"), as the words after "Contains:" say it."""
    tag = TAGS_BY_KEY.get(key)
    if tag is None or tag.words is None:
        return key
    return tag.words.get(lang) or tag.words[DEFAULT_LANGUAGE]


def allergens_in(tags: tuple[str, ...] | list[str]) -> list[str]:
    """The allergen keys among `tags`, in the catalog's order (the common ones first)."""
    present = set(tags)
    return [t.key for t in (*ALLERGENS, OLD_NUTS) if t.key in present]


def contains_words(tags: tuple[str, ...] | list[str], lang: str) -> str:
    """ "Contains: milk, egg" in `lang` (its own list separator), or "" when no allergen is marked."""
    keys = allergens_in(tags)
    if not keys:
        return ""
    comma = "، " if lang == "ar" else ", "
    colon = "\u00a0: " if lang == "fr" else ": "  # French: a space that never breaks before its colon
    return CONTAINS.get(lang, CONTAINS[DEFAULT_LANGUAGE]) + colon + comma.join(allergen_word(k, lang) for k in keys)


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
# When a person can share their skill (kiosk.skills.WORDS says each in every language).
SKILL_TIMES = ("weekday_evenings", "weekends", "at_skills_share")


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


def joined(parts: Iterable[str], lang: str = DEFAULT_LANGUAGE) -> str:
    """The parts of a list joined with `lang`'s comma ("a, b" or "أ، ب")."""
    return LIST_COMMAS.get(lang, ", ").join(parts)
