"""Pictograms a visitor who cannot read tells apart: a kind of skill each, and an *Other* that is not a
menu's three dots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from kiosk.catalog import OLD_OTHER_ICON, OTHER_SKILL, SKILL_KINDS, skill_kind
from kiosk.store import open_market
from tests.gui.conftest import make_window
from ui.flow import Step

KINDS = {"arts", "garden", "transport", "food", "animals", "caregiving", "children", "community", "repair",
         "tech"}


def icon_exists(name: str) -> bool:
    import qtawesome

    qtawesome.icon("mdi6.home")  # loads the fonts
    prefix, _, glyph = name.partition(".")
    return glyph in qtawesome._resource["iconic"].charmap[prefix]


def test_each_kind_of_skill_has_its_own_real_pictogram(qapp):
    assert {k.key for k in SKILL_KINDS} == KINDS
    icons = [k.icon for k in (*SKILL_KINDS, OTHER_SKILL)]
    assert len(set(icons)) == len(icons)
    assert all(icon_exists(name) for name in icons)
    assert OTHER_SKILL.icon != OLD_OTHER_ICON


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_common_skills_fall_into_many_kinds_in_either_language(qtbot, market, lang):
    window = make_window(qtbot, market)
    window.set_language(lang)
    offer = window.screen_for(Step.SKILL_OFFER)
    kinds = {key: skill_kind(words).key for key, words in offer.skill_words().items()}
    assert kinds["bike"] == "transport" and kinds["computers"] == "tech" and kinds["childcare"] == "children"
    assert kinds["cooking"] == "food" and kinds["gardening"] == "garden" and kinds["music"] == "arts"
    assert kinds["fixing"] == "repair" and kinds["sewing"] == "repair" and kinds["first_aid"] == "caregiving"
    assert kinds["languages"] == "community"
    assert skill_kind("Dog walking").key == "animals" and skill_kind("Paseo de perros").key == "animals"
    assert skill_kind("Juggling").key == "other"


def test_each_skill_row_shows_its_kinds_pictogram(qtbot, market):
    market.ensure_event()
    for title in ("Bike repair", "Sewing and mending", "Cooking", "Juggling"):
        market.offer_skill(title, "", ("weekends",))
    window = make_window(qtbot, market, (800, 480))
    window.go(Step.SKILLS)
    view = window.screen_for(Step.SKILLS).view
    qtbot.waitUntil(lambda: view.model().rowCount() == 4)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    pictures = []
    for row in range(4):
        rect = view.visualRect(view.model().index(row, 0))
        side = 48
        box = QRect(rect.left() + 20, rect.top() + (rect.height() - side) // 2, side, side)
        pictures.append(bytes(image.copy(box).constBits()))
    assert len(set(pictures)) == 4, "two skill rows show the same pictogram"


def test_other_is_not_three_dots_in_new_and_upgraded_files(tmp_path):
    fresh = open_market(tmp_path / "new.db")
    other = {c.key: c for c in fresh.categories()}["other"]
    assert other.icon != OLD_OTHER_ICON and "dots" not in other.icon
    fresh.close()
    # A file from before the change (schema version 3) holds the dots: opening it upgrades the pictogram.
    con = sqlite3.connect(tmp_path / "old.db")
    con.executescript((Path(__file__).parents[1] / "unit" / "old_files" / "v3.sql").read_text())
    assert con.execute("SELECT icon FROM categories WHERE key = 'other'").fetchone() == (OLD_OTHER_ICON,)
    con.close()
    upgraded = open_market(tmp_path / "old.db")
    assert {c.key: c for c in upgraded.categories()}["other"].icon == other.icon
    upgraded.close()
