"""The serving table's plate counter and food rescued, by taps, to the summary screen and the PDF report."""

from __future__ import annotations

import re
import subprocess

import pytest

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from kiosk.store import food
from kiosk.store.summary import read_summary, set_weight
from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.report import write_pdf


def steward(qtbot, market, size=(800, 480)):
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, size)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    return window


def test_the_serving_table_taps_plates_and_undoes_one(qtbot, market):
    window = steward(qtbot, market)
    screen = window.screen_for(Step.MEALS)
    tap(screen.open_button)
    assert window.flow.step == Step.MEALS
    assert screen.plate.height() >= 120  # a big target for a busy serving table
    for _ in range(3):
        tap(screen.plate)
    tap(screen.five)
    assert "8 plates today" in screen.total.text()
    tap(screen.undo)  # the +5
    assert "3 plates today" in screen.total.text()
    assert food.meals_served(market, market.current_event().id) == 3
    for b in (screen.plate, screen.five, screen.undo):
        rect = b.rect().translated(b.mapTo(window, b.rect().topLeft()))
        assert window.rect().contains(rect), b.text()  # all on screen at 800x480


def test_food_rescued_by_the_number_pad_then_on_the_summary(qtbot, market):
    window = steward(qtbot, market)
    screen = window.screen_for(Step.RESCUED)
    tap(screen.open_button)
    tap(screen.source_buttons["bakery"])
    for key in ("1", "2", ",", "5", "7"):  # one decimal at most, as a kitchen scale reads
        tap(screen.keys[key])
    assert screen.amount.text() == "12.5 kg"
    tap(screen.add)
    tap(screen.source_buttons["farm"])
    tap(screen.pieces_button)
    assert not screen.keys[","].isEnabled()
    for key in ("2", "4"):
        tap(screen.keys[key])
    tap(screen.add)
    tap(screen.keys["3"])
    tap(screen.add)
    tap(screen.undo)  # the 3 pieces
    rescued = {r.source: (r.kg, r.pieces) for r in food.rescued(market, market.current_event().id)}
    assert rescued == {"bakery": (12.5, 0), "farm": (0.0, 24)}
    assert "Bakery: 12.5 kg" in screen.today.text()
    window.go(Step.STEWARD)
    summary = window.screen_for(Step.SUMMARY)
    tap(summary.open_button)
    assert "Food rescued: 12.5 kg weighed, 24 pieces counted" in summary.totals.text()


def test_the_report_prints_the_weights_it_used_and_which_a_steward_changed(qapp, demo_market, tmp_path):
    set_weight(demo_market, "books", 0.9)
    out = write_pdf(read_summary(demo_market, demo_market.current_event().id), tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    books = next(line for line in text.splitlines() if line.strip().startswith("Books") and "0." in line)
    assert "0.90*" in books  # the weight used, marked changed
    clothes = next(line for line in text.splitlines() if line.strip().startswith("Clothes") and "0." in line)
    assert re.search(r"0\.40(?!\*)", clothes)
    assert "changed by a steward" in text and "own round guesses" in text
    assert "Meals served: 89." in text and "kg weighed" in text and "pieces counted" in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_number_pad_reads_from_the_left_in_every_language(qtbot, market, lang):
    """Food rescued's pad of big keys is laid out as the on-screen keyboard's number pad and a phone's: 7 8 9
    from the left, 0 at the bottom right, in Arabic too (mirrored, it put 9 first and 0 bottom left)."""
    window = steward(qtbot, market)
    choose_language(window, lang)
    screen = window.screen_for(Step.RESCUED)
    tap(screen.open_button)
    qtbot.wait(60)

    def left(key: str) -> int:
        return screen.keys[key].mapTo(window, screen.keys[key].rect().topLeft()).x()

    assert left("7") < left("8") < left("9") < left("back")
    assert left("1") < left("2") < left("3") < left("0")
    for key in ("1", "2", ",", "5", "7"):
        tap(screen.keys[key])
    assert screen.typed == "12.5"  # one decimal at most, as a kitchen scale reads
