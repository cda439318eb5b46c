"""Offer a skill fits a wide screen unscrolled: at 1920×1080 and 1280×800, in every language, the whole form shows
at once, with Save and "Forget it right after printing" in reach. A 1920×1080 page once needed scrolling to reach
its contact field, whose "forget it" was below the fold; on a 7" screen the page scrolls as it did."""

from __future__ import annotations

import pytest

from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_bring_one_scroll import settled_bars
from tests.gui.test_finish_on_screen import covered
from tests.gui.test_home import assert_words_fit
from tests.gui.test_keyboard_fit import keyboard_top
from ui.flow import Step


def to_the_offer(window):
    tap(window.screen_for(Step.HOME).tiles[Step.SKILLS])
    tap(window.screen_for(Step.SKILLS).offer_button)
    assert window.flow.step == Step.SKILL_OFFER
    return window.screen_for(Step.SKILL_OFFER)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)], ids=["1920x1080", "1280x800"])
def test_the_whole_form_shows_unscrolled(qtbot, demo_market, size, lang):
    window = make_window(qtbot, demo_market, size)
    choose_language(window, lang)
    offer = to_the_offer(window)
    assert settled_bars(qtbot, window) == []
    assert not covered(window, offer.save), covered(window, offer.save)
    assert not covered(window, offer.forget), covered(window, offer.forget)
    for part in (offer.title_edit, offer.words_edit, offer.contact_edit, offer.contact_hint,
                 *offer.skill_buttons.values(), *offer.when_buttons.values()):
        assert part.visibleRegion().boundingRect() == part.rect(), (part, part.accessibleName() or part.text())
    for chip in (*offer.skill_buttons.values(), *offer.when_buttons.values(), offer.forget):
        assert_words_fit(chip, f"{size} {lang}")
        assert chip.height() >= 64


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_on_a_7_inch_screen_it_scrolls_and_the_field_typed_in_stays_above_the_keyboard(qtbot, demo_market, lang):
    window = make_window(qtbot, demo_market, (800, 480))
    choose_language(window, lang)
    offer = to_the_offer(window)
    assert len(settled_bars(qtbot, window)) == 1  # one page that scrolls, as before
    for field in (offer.contact_edit, offer.title_edit):
        offer.area.ensureWidgetVisible(field)
        tap(field)
        qtbot.waitUntil(lambda: window.keyboard.isVisible())
        qtbot.waitUntil(lambda f=field: f.visibleRegion().boundingRect() == f.rect()
                        and f.mapTo(window, f.rect().bottomLeft()).y() < keyboard_top(window))
        assert not covered(window, offer.save), covered(window, offer.save)
