"""The steward's tools in Arabic, as a volunteer sees them on a 7" screen: the food-rescued number pad reads
7 8 9 from the left as the PIN pad does (and as phones and kitchen scales do), its weight is written in Arabic
("كغ"), and the market's name, often typed in Latin letters, starts at the right like the Arabic lines around
it on the market days and summary screens, as it does in the window's header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import tap
from tests.gui.test_meal_screens import steward
from ui.flow import Step


def ink_starts_at_the_right(line: QLabel) -> bool:
    image = line.grab().toImage()
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y).lightness() < 120]
    return bool(inked) and max(inked) > image.width() - 40 and min(inked) > image.width() // 3


def test_the_food_rescued_pad_reads_from_the_left_and_says_kg_in_arabic(qtbot, market):
    window = steward(qtbot, market)
    window.set_language("ar")
    screen = window.screen_for(Step.RESCUED)
    tap(screen.open_button)
    pin_keys = window.screen_for(Step.PIN).pad.keys
    assert pin_keys["1"].mapTo(window, pin_keys["1"].rect().center()).x() < \
        pin_keys["3"].mapTo(window, pin_keys["3"].rect().center()).x()  # the PIN pad, as it always was

    def x(key: str) -> int:
        return screen.keys[key].mapTo(window, screen.keys[key].rect().center()).x()

    assert x("7") < x("8") < x("9") < x("back")
    assert x("1") < x("2") < x("3") < x("0")
    for key in ("1", "2", ",", "5"):
        tap(screen.keys[key])
    assert "kg" not in screen.amount.text() and "كغ" in screen.amount.text(), screen.amount.text()
    tap(screen.add)
    assert "kg" not in screen.today.text() and "كغ" in screen.today.text(), screen.today.text()
    window.set_language("fr")
    assert screen.amount.text() == "0 kg"
    assert "Boulangerie : 12,5 kg" in screen.today.text(), screen.today.text()  # French's space before a colon
    assert x("7") < x("9")


def test_a_latin_market_name_starts_at_the_right_on_market_days_and_the_summary_in_arabic(qtbot, demo_market):
    window = steward(qtbot, demo_market)
    window.set_language("ar")
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert events.current_title.text() == demo_market.current_event().title  # Latin letters
    assert ink_starts_at_the_right(events.current_title)
    for line in (events.current_title, events.current_line):
        assert line.alignment() & Qt.AlignmentFlag.AlignAbsolute and line.alignment() & Qt.AlignmentFlag.AlignRight
    window.go(Step.STEWARD)
    summary = window.screen_for(Step.SUMMARY)
    tap(summary.open_button)
    assert summary.heading.text() == demo_market.current_event().title
    for line in (summary.heading, summary.event_line):
        assert line.alignment() & Qt.AlignmentFlag.AlignAbsolute and line.alignment() & Qt.AlignmentFlag.AlignRight
    assert ink_starts_at_the_right(summary.heading)
    window.set_language("es")  # back to the left for a language read left to right
    assert summary.heading.alignment() & Qt.AlignmentFlag.AlignLeft
    assert not ink_starts_at_the_right(summary.heading)
