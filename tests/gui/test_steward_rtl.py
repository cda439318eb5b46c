"""The steward's tools in Arabic, as a volunteer sees them on a 7" screen: the food-rescued number pad reads
7 8 9 from the left as the PIN pad does (and as phones and kitchen scales do), its weight is written in Arabic
("كغ"), and the market's name, often typed in Latin letters, starts at the right like the Arabic lines around
it on the market days and summary screens, as it does in the window's header; the PIN pad's Erase and OK keep
their pictogram beside their word, at its right."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui.conftest import make_window, tap
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
    assert "Boulangerie\u00a0: 12,5 kg" in screen.today.text(), screen.today.text()  # French's space before a colon
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


def icon_and_words(key: QAbstractButton) -> tuple[QRect, QRect]:
    """Where a key draws its pictogram and its words: the key drawn with a plain red square for its pictogram,
    the red pixels are the pictogram, the others that are not the key's own background are the words."""
    kept = key.icon()
    key.setIcon(QIcon(red_square(key.iconSize().width())))
    image = key.grab().toImage()
    key.setIcon(kept)
    ground = image.pixelColor(image.width() // 2, 6)
    red, words = QRect(), QRect()
    for y in range(6, image.height() - 6):
        for x in range(6, image.width() - 6):
            c = image.pixelColor(x, y)
            if c.red() > 200 and c.green() < 60 and c.blue() < 60:
                red = red.united(QRect(x, y, 1, 1))
            elif abs(c.lightness() - ground.lightness()) > 60:
                words = words.united(QRect(x, y, 1, 1))
    return red, words


def red_square(size: int) -> QPixmap:
    square = QPixmap(size, size)
    square.fill(QColor(255, 0, 0))
    return square


def test_the_pin_pads_erase_and_ok_keys_draw_their_pictogram_beside_their_words(qtbot, market):
    """As every other button: the pictogram and the word side by side in the middle of the key, the pictogram
    where the reader starts (at the right in Arabic), though the pad itself reads 1 2 3 from the left. In Arabic
    the pictogram sat at the key's left edge and the word at its far right."""
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, (800, 480))
    tap(window.steward_button)
    pad = window.screen_for(Step.PIN).pad
    for lang in ("ar", "fr", "en", "ar"):  # and back again: the keys follow a language chosen on the pad's screen
        window.set_language(lang)
        assert pad.isVisible()
        assert pad.keys["1"].x() < pad.keys["3"].x() and pad.keys["back"].x() < pad.keys["ok"].x()
        for name in ("back", "ok"):
            key = pad.keys[name]
            pictogram, words = icon_and_words(key)
            assert pictogram.isValid() and words.isValid(), name
            assert words.top() < pictogram.center().y() < words.bottom(), name  # on one line
            if lang == "ar":
                gap = pictogram.left() - words.right()  # the pictogram where the word starts, at its right
            else:
                gap = words.left() - pictogram.right()
            assert 0 < gap <= 12, (name, lang, pictogram, words)
            both = pictogram.united(words)
            assert abs(both.center().x() - key.width() // 2) <= 6, (name, lang, both, key.width())  # in the middle
