"""The food marks a visitor taps on the bring page say what the lists, signs and food labels then show: in French
the chip said "Vegan" and the list "Végétalien", and the "eat today" chip said only "Aujourd'hui" (today: made
today? brought today?) where the food labels say "À manger aujourd'hui"."""

from __future__ import annotations

import pytest

from kiosk.catalog import PERISHABLE, tag_name
from tests.gui.conftest import choose_language, tap
from ui.flow import Step


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
def test_the_bring_pages_food_marks_say_what_the_lists_say(qtbot, window, lang):
    if lang != "en":
        choose_language(window, lang)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = window.screen_for(Step.BRING)
    tap(screen.categories.tiles["food_ready"])
    for key in ("vegan", "vegetarian"):
        assert screen.tag_buttons[key].text() == tag_name(key, lang)
    # "Eat today" stands for the catalog's "Perishable — eat today": its words are the part after the dash.
    eat_today = screen.tag_buttons["perishable"].text()
    assert PERISHABLE.names[lang].split(" — ")[1].casefold() == eat_today.casefold()
