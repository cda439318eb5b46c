"""A back button says where it goes: the steward's tools that always go back to the steward area say "Stewards",
as Print signs, Market days, the summary and Several kiosks do (Meals, Food rescued and the skills share said
"Back"); tools reached from more than one place (Food labels, the clock) say "Back"."""

from __future__ import annotations

import pytest

from tests.gui.conftest import tap
from tests.gui.test_meal_screens import steward
from ui.flow import Step


@pytest.mark.parametrize("step", [Step.MEALS, Step.RESCUED, Step.GATHERING])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_steward_tool_says_it_goes_back_to_the_stewards(qtbot, market, step, lang):
    window = steward(qtbot, market)
    window.set_language(lang)
    tap(window.screen_for(step).open_button)
    assert window.step == step
    back = window.screen_for(step).back
    assert back.accessibleName() == window.steward_button.accessibleName()  # "Stewards", "Voluntariado"
    tap(back)
    assert window.step == Step.STEWARD
