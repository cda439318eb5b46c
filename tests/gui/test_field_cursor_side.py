"""An empty field's text cursor stands where typing starts: at its right in Arabic, at its left in English, on the
placeholder's side, also after the language changes while the kiosk runs. Qt puts an empty field's cursor by the
direction of the keyboard's input, not the page's: in Arabic, with the keyboard up, it blinked at the left edge
while the placeholder sat at the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

from tests.gui.conftest import choose_language, make_window, tap
from ui.flow import Step


def on_its_side(field: QLineEdit, lang: str) -> str:
    """"" when the empty field's cursor is at the side where typing starts in `lang`, else what is wrong."""
    assert field.text() == "", field.accessibleName()
    x = field.cursorRect().center().x()
    right = x > field.width() / 2
    if right == (lang == "ar"):
        return ""
    return f"{field.accessibleName()!r}: cursor at x={x} of {field.width()} in {lang}"


def typed_into(window: QWidget) -> list[QLineEdit]:
    """Every empty field on the built screens a visitor or steward types words into (not a centred count, not the
    line inside a number box)."""
    return [field for field in window.findChildren(QLineEdit)
            if not field.isReadOnly() and not field.text()
            and not isinstance(field.parentWidget(), QAbstractSpinBox)
            and not field.alignment() & Qt.AlignmentFlag.AlignHCenter]


def test_an_empty_fields_cursor_is_where_typing_starts_in_each_language(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.SKILLS])
    tap(window.screen_for(Step.SKILLS).offer_button)
    offer = window.screen_for(Step.SKILL_OFFER)
    for screen in (Step.BRING, Step.WANTED, Step.BROWSE, Step.STEWARD):  # built, so their fields are checked too
        window.screen_for(screen)
    for lang in ("ar", "en", "ar"):  # the language changed while the kiosk runs, each way
        window.go_home()
        choose_language(window, lang)
        tap(window.screen_for(Step.HOME).tiles[Step.SKILLS])
        tap(window.screen_for(Step.SKILLS).offer_button)
        assert window.flow.step == Step.SKILL_OFFER
        offer.area.ensureWidgetVisible(offer.contact_edit)
        tap(offer.contact_edit)  # the keyboard comes up; the field is empty
        qtbot.waitUntil(lambda: window.keyboard.isVisible())
        assert offer.contact_edit.hasFocus()
        # A field works out where its cursor goes as it paints: the next paint, then where it stands.
        try:
            qtbot.waitUntil(lambda lang=lang: on_its_side(offer.contact_edit, lang) == "", timeout=1000)
        except qtbot.TimeoutError:
            pass
        assert on_its_side(offer.contact_edit, lang) == ""
        fields = typed_into(window)
        assert len(fields) >= 8, [field.accessibleName() for field in fields]
        for field in fields:
            field.grab()  # painted, as it will be when its page shows
        assert [problem for field in fields if (problem := on_its_side(field, lang))] == []


def test_each_welcome_field_reads_its_own_languages_way(signs):
    """Print signs' welcome words are one field a language: the Arabic one starts at the right on an English
    page, and the English one at the left on an Arabic page."""
    window, screen = signs
    tap(screen.kind_buttons["welcome"])
    assert screen.welcome_box.isVisible()
    for page in ("en", "ar"):
        choose_language(window, page)
        for lang, field in screen.welcome_edits.items():
            field.grab()  # painted: where its cursor stands is worked out then
            assert on_its_side(field, lang) == ""
