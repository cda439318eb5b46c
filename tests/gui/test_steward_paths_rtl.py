"""Where a steward's file went, said in Arabic: the folder and the file name read left to right inside the right-to-left
sentence. Without isolates the bidi algorithm takes a path apart ("/media/pi/STICK" shown as "media/pi/STICK/"), so
a steward could not read where the summary, the signs or the labels went."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from kiosk.store import Market
from tests.gui.conftest import choose_language, make_window, tap, tap_to_save
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing import label_screen
from ui.printing import screen as signs_screen
from ui.screens import summary as summary_screen

FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def stick(tmp_path: Path, monkeypatch) -> Path:
    """A USB stick plugged in, as the kiosk finds one (ui.drives), for every steward tool that saves files."""
    folder = tmp_path / "media" / "pi" / "STICK"
    folder.mkdir(parents=True)
    monkeypatch.setattr(summary_screen, "removable_volumes", lambda: [("STICK", folder)])
    monkeypatch.setattr(signs_screen, "removable_folders", lambda: [folder])
    monkeypatch.setattr(label_screen, "removable_folders", lambda: [folder])
    return folder


def steward_in_arabic(qtbot, market: Market):
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, (800, 480))
    choose_language(window, "ar")
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    assert window.flow.step == Step.STEWARD
    return window


def tool(window, step: Step) -> QPushButton:
    steward = window.screen_for(Step.STEWARD)
    return next(b for b in steward.findChildren(QPushButton) if b.property("opens") == step.value)


def said(window) -> str:
    assert window.notice.isVisible()
    return window.notice.text.text()


def test_the_summary_exported_to_a_stick_says_its_folder_whole(qtbot, demo_market, stick):
    window = steward_in_arabic(qtbot, demo_market)
    tap(tool(window, Step.SUMMARY))
    screen = window.screen_for(Step.SUMMARY)
    tap_to_save(qtbot, screen.csv_button)
    written = next(stick.glob("*.csv"))
    text = said(window)
    assert f"{FSI}{stick}{PDI}" in text and f"{FSI}{written.name}{PDI}" in text, text


def test_signs_saved_on_a_stick_say_their_path_whole(qtbot, demo_market, stick):
    window = steward_in_arabic(qtbot, demo_market)
    tap(tool(window, Step.SIGNS))
    screen = window.screen_for(Step.SIGNS)
    tap_to_save(qtbot, screen.save_button)
    assert screen.last_saved is not None and screen.last_saved.parent == stick
    text = said(window)
    assert f"{FSI}{screen.last_saved}{PDI}" in text, text


def test_food_labels_saved_on_a_stick_say_their_path_whole(qtbot, market, stick):
    window = steward_in_arabic(qtbot, market)
    tap(tool(window, Step.FOOD_LABELS))
    screen = window.screen_for(Step.FOOD_LABELS)
    screen.what_edit.setText("شوربة عدس")
    tap_to_save(qtbot, screen.save_button)
    assert screen.last_saved is not None and screen.last_saved.parent == stick
    text = said(window)
    assert f"{FSI}{screen.last_saved}{PDI}" in text, text
