"""Every key of the on-screen keyboard shows its sign, in every language: no empty box where a font has no
glyph (the Arabic "د" key's ﷼ was one; Debian's fonts-hosny-amiri draws it, a dependency of the .deb)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from tests.gui.conftest import choose_language, make_window, tap
from tests.gui.test_keyboard_fit import keys
from ui.flow import Step


def drawable(ch: str, fonts: list[QRawFont]) -> bool:
    """Some installed font (its own file, not a fallback) has a glyph for `ch`."""
    return ch.isspace() or any(font.supportsCharacter(ord(ch)) for font in fonts)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
def test_every_key_shows_its_sign(qtbot, demo_market, lang):
    window = make_window(qtbot, demo_market, (800, 480))
    choose_language(window, lang)
    window.go(Step.BROWSE)
    tap(window.screen_for(Step.BROWSE).search)
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and window.keyboard.input_locale().startswith(lang))
    qtbot.waitUntil(lambda: len(list(keys(window.keyboard.root()))) >= 20)
    fonts = [QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families()]
    missing = set()
    for key in keys(window.keyboard.root()):
        for words in (key.property("text"), key.property("smallText"), key.property("alternativeKeys")):
            for ch in str(words or ""):
                if not drawable(ch, fonts):
                    missing.add(f"{ch} (U+{ord(ch):04X}) on {key.property('text')!r}")
    assert not missing, sorted(missing)
