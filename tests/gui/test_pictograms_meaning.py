"""Pictograms a non-reader can rely on: sewing is not a syringe beside first aid, no two common skills share a
pictogram, and a kind whose name wraps to two lines keeps the same pictogram size as every other kind."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from tests.gui.conftest import make_window, tap
from ui.flow import Step
from ui.screens.skills.offer import COMMON_SKILLS

# Pictograms of medicine: only first aid may wear one.
MEDICAL = {"mdi6.needle", "mdi6.needle-off", "mdi6.syringe", "mdi6.medical-bag", "mdi6.pill", "mdi6.hospital-box"}


def test_sewing_is_not_a_syringe_and_no_two_common_skills_look_alike():
    icons = dict(COMMON_SKILLS)
    assert icons["sewing"] not in MEDICAL and "needle" not in icons["sewing"]
    assert [key for key, name in COMMON_SKILLS if name in MEDICAL] == ["first_aid"]
    assert len(set(icons.values())) == len(icons)
    assert not ({icons["sewing"], icons["haircuts"]} <= {"mdi6.content-cut", "mdi6.scissors-cutting"})  # two scissors


@pytest.mark.parametrize("large", [False, True], ids=["usual", "large text"])
@pytest.mark.parametrize("lang", ["es", "fr", "ar"])
def test_a_kind_whose_name_wraps_keeps_its_pictogram_size(qtbot, demo_market, lang, large):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    if large:
        tap(window.screen_for(Step.HOME).large_button)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    QTest.qWait(60)
    tiles = window.screen_for(Step.BRING).categories.tiles
    wrapped = {key for key, tile in tiles.items() if "\n" in tile.text()}
    assert {"toys", "plants"} <= wrapped or lang == "ar" or large  # Spanish and French wrap these
    sides = {key: tile.iconSize().width() for key, tile in tiles.items()}
    assert max(sides.values()) - min(sides.values()) <= 2, sides
    assert min(sides.values()) >= 44, sides
    for tile in tiles.values():  # the words still fit under the pictogram
        lines = tile.text().count("\n") + 1
        assert tile.iconSize().height() + 4 + lines * tile.fontMetrics().height() <= tile.height() - 8, tile.text()
