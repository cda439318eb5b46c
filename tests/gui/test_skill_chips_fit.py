"""Offer a skill's common skills, one tap each: whatever the screen's width and the language, every chip shows
all its words. Six across on a 1920×1080 screen cut the Spanish ones ("Reparar bic", "Cortes de pe")."""

from __future__ import annotations

import pytest

from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_home import assert_words_fit
from ui.flow import Step


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
@pytest.mark.parametrize("size", [(800, 480), (1280, 800), (1920, 1080)])
def test_every_common_skill_shows_all_its_words(qtbot, demo_market, size, lang):
    window = make_window(qtbot, demo_market, size)
    choose_language(window, lang)
    tap(window.screen_for(Step.HOME).tiles[Step.SKILLS])
    tap(window.screen_for(Step.SKILLS).offer_button)
    assert window.flow.step == Step.SKILL_OFFER
    offer = window.screen_for(Step.SKILL_OFFER)
    qtbot.wait(60)  # pending layout requests run, as before the next paint
    box = offer.skills_box
    for key, chip in offer.skill_buttons.items():
        assert chip.isVisible(), key
        assert_words_fit(chip, f"{size} {lang} {key}")
        left = chip.mapTo(box, chip.rect().topLeft()).x()
        assert 0 <= left and left + chip.width() <= box.width(), (key, left, chip.width(), box.width())
