"""The kinds of printable things, by name: the CLI's --kind, the steward's "Print signs" choices.

A kind is registered once, from the module that paints it (signs.py registers welcome, categories,
tents, here-now and wanted). Another module adds its own kinds by calling `register(...)` at import time
and appending its module name to KIND_MODULES, e.g. for the skills share::

    # ui/printing/skill_cards.py
    from ui.printing.kinds import Kind, register

    def render_cards(painter, sheet, job):   # job: SignJob (market, languages, words, fits)
        ...                                  # paint page 1; sheet.new_page() before each further page

    register(Kind("skill-cards", "portrait", render_cards, QT_TRANSLATE_NOOP("Signs", "Skill cards"),
                  "mdi6.card-account-details", in_all=False))

    # and in kinds.py: KIND_MODULES = (..., "ui.printing.skill_cards")
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from ui.printing.painter import Sheet

# Modules that register kinds when imported, in the order their kinds are offered.
KIND_MODULES: tuple[str, ...] = ("ui.printing.signs", "ui.printing.skill_cards")
ALL = "all"


# A kind's job is a ui.printing.signs.SignJob, not named here: signs.py imports this registry (no cycle).
SignJob = Any


@dataclass(frozen=True)
class Kind:
    key: str  # as typed on the command line
    orientation: str  # "portrait" or "landscape" for its pages
    render: Callable[[QPainter, Sheet, SignJob], None]
    title: str  # English words for the steward's button (context "Signs", translated on screen)
    icon: str  # mdi6 pictogram for the steward's button
    in_all: bool = True  # part of "all"
    after_print: Callable[[SignJob], None] | None = None  # run once the pages are printed or written
    # How many pages it paints, when that is known without laying them out (the steward's preview then paints
    # page one alone); None: only painting them tells.
    pages: Callable[[SignJob], int] | None = None


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    KINDS[kind.key] = kind
    return kind


def load_kinds() -> dict[str, Kind]:
    for name in KIND_MODULES:
        importlib.import_module(name)
    return KINDS


def kind_names() -> tuple[str, ...]:
    """Every name --kind accepts, "all" last."""
    return (*load_kinds(), ALL)


def chosen(key: str) -> list[Kind]:
    """The kinds a name stands for; ValueError for an unknown name."""
    kinds = load_kinds()
    if key == ALL:
        return [k for k in kinds.values() if k.in_all]
    if key not in kinds:
        raise ValueError(key)
    return [kinds[key]]


def after_printing(kinds: list[Kind], job: SignJob) -> None:
    """Call after the pages really went to a printer or a PDF file (never after a preview)."""
    for kind in kinds:
        if kind.after_print is not None:
            kind.after_print(job)
