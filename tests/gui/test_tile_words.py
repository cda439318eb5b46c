"""A kind's name too wide for its tile goes on two lines, never cut before a dash: "Comida —" over "lista", not
"Comida" over "— lista", whose line reads as a list's item."""

from __future__ import annotations

import pytest

from tests.gui.conftest import make_window, tap
from ui.flow import Step
from ui.widgets import DASHES, words_width


def test_no_line_of_a_kinds_tile_starts_with_a_dash(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("es")
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tiles = window.screen_for(Step.BRING).categories.tiles
    qtbot.wait(30)
    ready = tiles["food_ready"].text().split("\n")
    assert ready == ["Comida —", "lista"]  # too wide for one line at 800×480, as seen
    for tile in tiles.values():
        assert not any(line.startswith(DASHES) for line in tile.text().split("\n")), tile.text()


def test_bring_shows_an_example_of_the_kind_chosen(qtbot, demo_market):
    """The few words' example fits the kind tapped: soup for ready food, boots for shoes, never the clothes'
    winter coats for everything; in the visitor's language."""
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("es")
    bring = window.screen_for(Step.BRING)
    seen = {}
    for kind in ("clothes", "shoes", "food_ready", "other"):
        tap(window.screen_for(Step.HOME).tiles[Step.BRING])
        tap(bring.categories.tiles[kind])
        seen[kind] = bring.title_edit.placeholderText()
        tap(bring.back)
        window.go_home()
    assert seen["clothes"] == "p. ej. abrigos de invierno"
    assert seen["food_ready"] == "p. ej. sopa de verduras"
    assert len(set(seen.values())) == 4, seen


@pytest.mark.parametrize("step", [Step.BRING, Step.WANTED])
def test_every_size_shows_its_whole_word(qtbot, demo_market, step):
    """Sizes stand as many to a row as leave room for their words: French "Enfants", four across at 800×480,
    was cut to "nfant"."""
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("fr")
    tap(window.screen_for(Step.HOME).tiles[step])
    screen = window.screen_for(step)
    tap(screen.categories.tiles["shoes"])
    qtbot.wait(30)
    sizes = screen.sizes_box.group.buttons()
    assert "Enfants" in [size.text() for size in sizes]
    for size in sizes:
        assert words_width(size, two_lines=False) <= size.width(), (size.text(), size.width())
