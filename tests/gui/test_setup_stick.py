"""The steward morning, shared (issue 22, item 10): Copy this kiosk's setup to a USB stick, and Use a setup from a
USB stick, tapped on the steward screen of two kiosks."""

from __future__ import annotations

import json

import pytest

from kiosk.settings import IDLE_SECONDS, PIN_HASH, SIGN_LANGUAGES, WELCOME_TEXT
from kiosk.store import open_market
from tests.gui.conftest import make_window, tap
from tests.gui.test_events import to_steward_area
from ui.flow import Step


@pytest.fixture
def stick(tmp_path, monkeypatch):
    """A USB stick plugged in, found as the several-kiosks copies find one (ui.drives)."""
    folder = tmp_path / "STICK"
    folder.mkdir()
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [("STICK", folder)])
    return folder


def steward_screen(qtbot, market):
    window = make_window(qtbot, market, size=(800, 480))
    to_steward_area(window)
    return window, window.screen_for(Step.STEWARD)


def answered(qtbot, window, words: str) -> None:
    qtbot.waitUntil(lambda: window.notice.isVisible() and words in window.notice.text.text(), timeout=10_000)
    tap(window.notice.answer_button("ok"))


def test_a_setup_copied_to_a_stick_is_used_by_another_kiosk(qtbot, market, tmp_path, stick):
    market.set_setting(WELCOME_TEXT, {"es": "¡Todo es gratis!"})
    market.set_setting(SIGN_LANGUAGES, ["es", "ar"])
    market.set_setting(IDLE_SECONDS, 120)
    market.set_setting(PIN_HASH, "scrypt$16384$8$1$00$11")
    market.list_item("books", 3, "Atlases")
    first, steward = steward_screen(qtbot, market)
    assert steward.setup_to_stick.isVisibleTo(steward) and steward.setup_from_stick.isVisibleTo(steward)
    tap(steward.setup_to_stick)
    answered(qtbot, first, "commons-table-setup.json")
    text = (stick / "commons-table-setup.json").read_text(encoding="utf-8")
    assert json.loads(text)["idle_seconds"] == 120
    assert "scrypt" not in text and "Atlases" not in text
    first.close()  # the other kiosk is another table's: one kiosk window at a time here (make_window)

    other = open_market(tmp_path / "other.db")
    try:
        second, steward = steward_screen(qtbot, other)
        assert second.idle_seconds == 60
        tap(steward.setup_from_stick)
        assert second.notice.isVisible()
        tap(second.notice.answer_button("no"))  # second thoughts: nothing read, nothing changed
        assert other.setting(IDLE_SECONDS) == 60
        tap(steward.setup_from_stick)
        tap(second.notice.answer_button("yes"))
        answered(qtbot, second, "now uses the setup")
        assert other.setting(WELCOME_TEXT) == {"es": "¡Todo es gratis!"}
        assert other.setting(SIGN_LANGUAGES) == ["es", "ar"]
        assert other.setting(IDLE_SECONDS) == 120 and second.idle_seconds == 120
        assert other.setting(PIN_HASH) is None and other.events() == []
        second.build_everything()
        second._quitting = True
        second.close()
    finally:
        other.close()


def test_a_stick_without_a_setup_or_with_a_bad_one_changes_nothing(qtbot, market, stick):
    window, steward = steward_screen(qtbot, market)
    tap(steward.setup_from_stick)
    tap(window.notice.answer_button("yes"))
    qtbot.waitUntil(lambda: window.notice.isVisible() and "no setup" in window.notice.text.text(), timeout=10_000)
    tap(window.notice.answer_button("ok"))
    (stick / "commons-table-setup.json").write_text('{"format": "commons-table-setup", "version": 1, '
                                                     '"idle_seconds": 5}', encoding="utf-8")
    tap(steward.setup_from_stick)
    tap(window.notice.answer_button("yes"))
    answered(qtbot, window, "nothing was changed")
    assert market.setting(IDLE_SECONDS) == 60 and window.idle_seconds == 60


def test_without_a_stick_the_steward_is_asked_to_plug_one_in(qtbot, market, monkeypatch):
    monkeypatch.setattr("ui.drives.removable_volumes", lambda: [])
    window, steward = steward_screen(qtbot, market)
    for action in (steward.setup_to_stick, steward.setup_from_stick):
        tap(action)
        assert window.notice.isVisible() and "plug in a USB stick" in window.notice.text.text()
        tap(window.notice.answer_button("ok"))
