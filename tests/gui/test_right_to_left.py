"""Arabic and right to left, in the details: one digit system (Western) for counts and dates alike, the
language's own comma, a Latin title on the code screen starting where Arabic lines start, a market the kiosk
opens by itself named in the kiosk's language, and read aloud going right to left along a row."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from kiosk.catalog import joined
from kiosk.skills import when_words
from tests.gui.conftest import make_window, tap
from tests.gui.test_access_speech import turn_on_reading, voice  # noqa: F401 (a fixture)
from ui.flow import ShowOffer, Step
from ui.main_window import KioskWindow
from ui.screens.skills.parts import when_text
from ui.translators import locale_for

ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def test_arabic_writes_dates_with_the_digits_of_its_counts(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("ar")
    assert not ARABIC_INDIC.search(window.event_line.text()), window.event_line.text()
    assert re.search(r"\d{4}", window.event_line.text())  # the year, in the counts' digits
    assert not ARABIC_INDIC.search(QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.LongFormat))
    assert not ARABIC_INDIC.search(QLocale().toString(1234))
    assert locale_for("ar").zeroDigit() == "0" and QLocale().language() == QLocale.Language.Arabic
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    counts = [browse.words_for(item)[1] for item in demo_market.available() if not item.is_lots]
    assert counts and not any(ARABIC_INDIC.search(count) for count in counts)


def test_the_count_field_takes_arabic_indic_digits_as_the_counts_digits(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("ar")
    window.go(Step.BRING)
    bring = window.screen_for(Step.BRING)
    bring.pick_category("books")
    bring.count_edit.clear()
    tap(bring.count_edit)
    typed = QInputMethodEvent()  # as the on-screen keyboard types: its Arabic number keys give these digits
    typed.setCommitString("١٢")
    QApplication.sendEvent(bring.count_edit, typed)
    assert bring.count_edit.text() == "12" and bring.count == 12


def test_lists_are_joined_with_each_languages_comma(qtbot, demo_market):
    assert joined(["أ", "ب"], "ar") == "أ، ب" and joined(["a", "b"], "es") == "a, b"
    assert when_words(("weekends", "at_skills_share"), "ar").count("،") == 1
    assert ", " not in when_words(("weekends", "at_skills_share"), "ar")
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("ar")
    shown = when_text(("weekday_evenings", "weekends"))
    assert "،" in shown and "," not in shown
    window.set_language("fr")
    assert ", " in when_text(("weekday_evenings", "weekends"))


def test_a_latin_title_on_the_code_screen_starts_at_the_right_in_arabic(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("ar")
    offer = demo_market.skill_offers()[0]
    assert re.search("[A-Za-z]", offer.title)
    window.go(Step.SKILLS)
    window.go(Step.SKILL_QR, ShowOffer(offer.id))
    qr = window.screen_for(Step.SKILL_QR)
    assert qr.heading.text() == offer.title
    for line in (qr.heading, qr.when):
        assert line.alignment() & Qt.AlignmentFlag.AlignAbsolute and line.alignment() & Qt.AlignmentFlag.AlignRight
    # Drawn at the right: the title's ink ends near the label's right edge.
    image = qr.heading.grab().toImage()
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y).lightness() < 100]
    assert inked and max(inked) > image.width() - 40 and min(inked) > image.width() // 3


@pytest.mark.parametrize("lang, title", [("es", "Mercado gratis"), ("ar", "السوق المجاني"), ("en", "Free Market")])
def test_a_market_the_kiosk_opens_by_itself_is_named_in_the_kiosks_language(qtbot, market, lang, title):
    window = KioskWindow(market, lang=lang)
    qtbot.addWidget(window)
    window.set_language("fr")  # a visitor's language is not the kiosk's
    market.list_item("books", 1)  # the first listing of the day opens a market
    assert market.current_event().title == title
    window.close()


def test_read_aloud_goes_right_to_left_along_an_arabic_row(qtbot, demo_market, voice):  # noqa: F811
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("ar")
    qtbot.wait(50)  # the mirrored layout settles, as before anyone can tap
    turn_on_reading(qtbot, window)
    home = window.screen_for(Step.HOME)
    said = voice.last()
    tiles = sorted(home.tiles.values(), key=lambda t: (t.mapTo(window, QPoint(0, 0)).y() // 24,
                                                       -t.mapTo(window, QPoint(0, 0)).x()))
    where = [said.index(tile.accessibleName()) for tile in tiles]
    assert where == sorted(where), said
